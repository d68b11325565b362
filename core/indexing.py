"""Index each object once at the end of a bulk load, not on every save.

A page is saved three times or more while it is built (add_child, save_revision, publish), and each
save queues a search index update; loading the demo content (443 objects) ran 1,224 of them, 65 of
its 126 s under a profiler. Inside ``search_index_updates_deferred()`` saves only note which
objects changed; when the block ends without an error each is indexed once, in bulk per model,
from a fresh read (so its many-to-many relations, saved after the page, are in it), and
``deferred_index_updated`` tells the search app to rebuild what it derives from the index (the
vocabulary and suggestions) once instead of once per publish.

Deletions still leave the index at once (modelsearch's post_delete handler stays connected).
"""

import threading
from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save
from django.dispatch import Signal

from modelsearch import index
from modelsearch.backends import get_search_backends_with_name
from modelsearch.signal_handlers import post_save_signal_handler

__all__ = ["deferred_index_updated", "search_index_updates_deferred", "search_index_deferred"]

# Sent once after a deferred block has indexed what it changed (no arguments but the sender).
deferred_index_updated = Signal()

_state = threading.local()


def search_index_deferred():
    """Whether this thread is inside ``search_index_updates_deferred()``."""
    return getattr(_state, "changed", None) is not None


def _note(sender, instance, raw=False, **kwargs):
    # Signal receivers are process-wide: a save in another thread (a server thread beside a
    # loading test) is indexed as usual instead of being noted for a block it is not in.
    if not search_index_deferred():
        post_save_signal_handler(instance=instance, raw=raw, **kwargs)
    elif not raw:
        _state.changed[sender].add(instance.pk)


def _auto_updated_models():
    return [
        model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]


@contextmanager
def search_index_updates_deferred():
    if search_index_deferred():  # nested: the outer block indexes everything
        yield
        return
    models = _auto_updated_models()
    _state.changed = defaultdict(set)
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(_note, sender=model, dispatch_uid=f"core.indexing.{model._meta.label}")
    try:
        yield
        changed = _state.changed
    finally:
        for model in models:
            post_save.disconnect(
                _note, sender=model, dispatch_uid=f"core.indexing.{model._meta.label}"
            )
            post_save.connect(post_save_signal_handler, sender=model)
        _state.changed = None
    _index(changed)
    deferred_index_updated.send(sender=search_index_updates_deferred)


def _index(changed):
    backends = [backend for _name, backend in get_search_backends_with_name(with_auto_update=True)]
    by_model = defaultdict(list)
    for model, pks in changed.items():
        for instance in model.get_indexed_objects().filter(pk__in=pks):
            # what insert_or_update_object indexes: a page as its specific type
            indexed = instance.get_indexed_instance()
            if indexed is not None:
                by_model[indexed._meta.model].append(indexed)
    for model, objects in by_model.items():
        for backend in backends:
            backend.add_bulk(model, objects)
