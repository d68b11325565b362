"""The display names follow the register: a municipality renamed or given successors by hand
(the refresh command asks for «Ble til» in admin), or a county renamed, relabels the register at
once («Fjell (nå Øygarden)», «Herøy (Nordland)»), as a refresh would. Without it the label, which
every page and the API show, kept the old name until the next refresh.

Connected when the models are imported (places.models), before any app's ``ready()``: the apps
above react to the same saves (examples reindexes and purges the pages showing a municipality)
and must see the new labels.
"""

from django.db.models.signals import m2m_changed, post_save

from places.loading import refresh_labels
from places.regions import County, Municipality

# Fields a label is made from; a save of others (population, say) leaves the labels alone.
LABELLED = {"name", "valid_to", "county"}


def municipality_saved(sender, instance, created=False, raw=False, update_fields=None, **kw):
    # A new row is labelled by the import that makes it (and shows its name until then).
    if created or raw or (update_fields is not None and not LABELLED & set(update_fields)):
        return
    refresh_labels(Municipality)
    instance.refresh_from_db(fields=["label"])


def county_saved(sender, instance, created=False, raw=False, **kwargs):
    if not (created or raw):
        refresh_labels(Municipality)


def successors_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        refresh_labels(Municipality)


def connect():
    post_save.connect(municipality_saved, sender=Municipality, dispatch_uid="places_labels")
    post_save.connect(county_saved, sender=County, dispatch_uid="places_county_labels")
    m2m_changed.connect(
        successors_changed, sender=Municipality.successors.through, dispatch_uid="places_links"
    )
