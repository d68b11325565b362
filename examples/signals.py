"""Keep cached facet counts honest: any change to an example drops them."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished

from examples.facets import invalidate_facet_counts
from examples.pages import ExamplePage


def example_changed(sender, **kwargs):
    invalidate_facet_counts()


def connect():
    for signal in (page_published, page_unpublished, post_save, post_delete):
        signal.connect(example_changed, sender=ExamplePage, dispatch_uid=f"facets_{id(signal)}")
