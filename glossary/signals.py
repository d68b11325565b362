"""Signal handlers that keep glossary usage current (see usage.py)."""

import threading
from contextlib import contextmanager

from django.db.models.signals import post_delete

from wagtail.signals import page_published, published, unpublished

from core.cachepurge import purge_after_task, purge_on_change
from glossary.models import GlossaryMarkingMixin, GlossaryTerm
from glossary.usage import refresh_all_usage_task, refresh_page_usage_task

_deferred = threading.local()


@contextmanager
def usage_refreshed_once():
    """Publish many pages and terms, then refresh all usage once at the end (the demo loader:
    a refresh per term would re-read every page 160 times)."""
    _deferred.active, _deferred.changed = True, False
    try:
        yield
    finally:
        _deferred.active = False
    if _deferred.changed:
        refresh_all_usage_task.enqueue()


def page_was_published(sender, instance, **kwargs):
    if not isinstance(instance, GlossaryMarkingMixin):
        return
    if getattr(_deferred, "active", False):
        _deferred.changed = True
    else:
        refresh_page_usage_task.enqueue(instance.pk)


def glossary_changed(sender, instance, **kwargs):
    if getattr(_deferred, "active", False):
        _deferred.changed = True
    else:
        refresh_all_usage_task.enqueue()


def connect():
    purge_on_change(GlossaryTerm)
    # On the worker the usage changes after the publish purged: the terms' pages list it.
    purge_after_task(refresh_page_usage_task)
    purge_after_task(refresh_all_usage_task)
    page_published.connect(page_was_published, dispatch_uid="glossary_page_published")
    for signal in (published, unpublished, post_delete):
        signal.connect(glossary_changed, sender=GlossaryTerm, dispatch_uid=f"glossary_{id(signal)}")
