"""Editors' synonym changes apply to the next search (the parsed list is cached); publishing and
unpublishing keep the vocabulary and suggestions current (refresh.py)."""

from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.cachepurge import purge_on_change
from core.indexing import deferred_index_updated, search_index_deferred
from glossary.models import GlossaryTerm

from .models import SynonymGroup
from .refresh import add_page_task, rebuild_task
from .synonyms import forget_synonyms

# Search results show synonyms' effect and editors' recommended results (the page cache).
purge_on_change(SynonymGroup)
purge_on_change(SearchPromotion)


@receiver(post_save, sender=SynonymGroup)
@receiver(post_delete, sender=SynonymGroup)
def synonyms_changed(**kwargs):
    forget_synonyms()


@receiver(page_published)
def page_was_published(sender, instance, **kwargs):
    if search_index_deferred():  # a bulk load: one rebuild at its end instead (below)
        return
    add_page_task.enqueue(instance.pk)


def rebuild_after_commit():
    """One rebuild when the transaction commits, however many pages or terms it changed (deleting
    a section deletes every page under it). A rolled-back transaction drops it."""
    if any(getattr(item[1], "portal_search_rebuild", False) for item in connection.run_on_commit):
        return

    def run():
        rebuild_task.enqueue()

    run.portal_search_rebuild = True
    transaction.on_commit(run)


@receiver(page_unpublished)
@receiver(post_page_move)
def page_went_away(sender, instance=None, **kwargs):
    rebuild_after_commit()


@receiver(post_delete)
def something_was_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page | GlossaryTerm | PageViewRestriction):
        rebuild_after_commit()


@receiver(post_save, sender=GlossaryTerm)
@receiver(post_save, sender=PageViewRestriction)
def visibility_changed(sender, **kwargs):
    rebuild_after_commit()


@receiver(deferred_index_updated)
def bulk_load_indexed(sender, **kwargs):
    """The vocabulary and suggestions of everything a bulk load published, built once."""
    rebuild_after_commit()
