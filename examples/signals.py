"""Keep cached facet counts honest: any change to an example drops them. The page cache purges
the pages that show a municipality, theme or target group when one changes."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished

from core.cachepurge import purge_on_change
from examples.facets import invalidate_facet_counts
from examples.pages import ExamplePage
from examples.snippets import ExampleTheme, Municipality, TargetGroup


def example_changed(sender, **kwargs):
    invalidate_facet_counts()


def connect():
    for model in (Municipality, ExampleTheme, TargetGroup):
        purge_on_change(model)
    for signal in (page_published, page_unpublished, post_save, post_delete):
        signal.connect(example_changed, sender=ExamplePage, dispatch_uid=f"facets_{id(signal)}")
