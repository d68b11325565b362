"""Keep cached facet counts honest: any change to an example drops them. The page cache purges
the pages that show a municipality, theme or target group when one changes."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished

from core.cachepurge import purge_on_change
from core.cachetags import page_tag
from examples.facets import invalidate_facet_counts
from examples.pages import ExamplePage
from examples.snippets import ExampleTheme, TargetGroup
from places.regions import Municipality


def example_changed(sender, **kwargs):
    invalidate_facet_counts()


def examples_of(municipality):
    return [page_tag(pk) for pk in municipality.examples.values_list("pk", flat=True)]


def connect():
    for model in (ExampleTheme, TargetGroup):
        purge_on_change(model)
    # Every card of an example names its municipality: the pages listing those examples.
    purge_on_change(Municipality, shown_on=examples_of)
    for signal in (page_published, page_unpublished, post_save, post_delete):
        signal.connect(example_changed, sender=ExamplePage, dispatch_uid=f"facets_{id(signal)}")
