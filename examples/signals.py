"""Keep cached facet counts honest: any change to an example drops them. The page cache purges
the pages that show a municipality, theme or target group when one changes. An example's
searchable facts name its place's earlier and later names and counties (places.history), so a
change in the register's names or links indexes those examples again."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.search import index
from wagtail.signals import page_published, page_unpublished

from core.cachepurge import purge_on_change
from core.cachetags import CONTENT, model_tag, page_tag, purge
from examples.facets import invalidate_facet_counts
from examples.pages import ExamplePage
from examples.snippets import ExampleTheme, TargetGroup
from places.history import connected
from places.regions import County, Municipality


def example_changed(sender, **kwargs):
    invalidate_facet_counts()


def examples_of(municipality):
    """The examples whose place is named with this municipality's name: its own, and those of
    the numbers it came from or went into («Fjell (nå Øygarden)» when Øygarden is renamed)."""
    places = [m.pk for m in connected(municipality)]
    pages = ExamplePage.objects.filter(municipality__in=places).values_list("pk", flat=True)
    return [page_tag(pk) for pk in pages]


def reindex_examples(municipality_ids):
    pages = ExamplePage.objects.live().filter(municipality__in=set(municipality_ids))
    for page in pages.select_related("municipality"):
        index.insert_or_update_object(page)


def place_renamed(sender, instance, created=False, raw=False, **kwargs):
    if created or raw:
        return
    reindex_examples(m.pk for m in connected(instance))


def county_renamed(sender, instance, created=False, raw=False, **kwargs):
    if created or raw:
        return
    places = Municipality.objects.filter(county=instance) | Municipality.objects.filter(
        current_county=instance
    )
    reindex_examples(m.pk for place in places for m in connected(place))


def place_links_changed(sender, instance, action, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    places = [instance, *Municipality.objects.filter(pk__in=pk_set or ())]
    reindex_examples(m.pk for place in places for m in connected(place))
    # New links relabel the register (places.signals): the pages showing those places.
    purge(
        model_tag(Municipality), CONTENT, *(tag for place in places for tag in examples_of(place))
    )


def connect():
    for model in (ExampleTheme, TargetGroup):
        purge_on_change(model)
    # Every card of an example names its municipality: the pages listing those examples.
    purge_on_change(Municipality, shown_on=examples_of)
    purge_on_change(County)  # the fact box and the listing's county facet name it
    post_save.connect(place_renamed, sender=Municipality, dispatch_uid="reindex_place")
    post_save.connect(county_renamed, sender=County, dispatch_uid="reindex_county")
    m2m_changed.connect(
        place_links_changed, sender=Municipality.successors.through, dispatch_uid="reindex_links"
    )
    for signal in (page_published, page_unpublished, post_save, post_delete):
        signal.connect(example_changed, sender=ExamplePage, dispatch_uid=f"facets_{id(signal)}")
