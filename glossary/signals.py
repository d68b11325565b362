"""Signal handlers that keep glossary usage current (see usage.py)."""

from django.db.models.signals import post_delete

from wagtail.signals import page_published, published, unpublished

from core.cachepurge import purge_after_task, purge_on_change
from glossary.models import GlossaryMarkingMixin, GlossaryTerm
from glossary.usage import refresh_all_usage_task, refresh_page_usage_task


def page_was_published(sender, instance, **kwargs):
    if isinstance(instance, GlossaryMarkingMixin):
        refresh_page_usage_task.enqueue(instance.pk)


def glossary_changed(sender, instance, **kwargs):
    refresh_all_usage_task.enqueue()


def connect():
    purge_on_change(GlossaryTerm)
    # On the worker the usage changes after the publish purged: the terms' pages list it.
    purge_after_task(refresh_page_usage_task)
    purge_after_task(refresh_all_usage_task)
    page_published.connect(page_was_published, dispatch_uid="glossary_page_published")
    for signal in (published, unpublished, post_delete):
        signal.connect(glossary_changed, sender=GlossaryTerm, dispatch_uid=f"glossary_{id(signal)}")
