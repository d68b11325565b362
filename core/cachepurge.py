"""Purge the page cache by what changed: pages through Wagtail's signals, other models through
``purge_on_change`` (each app registers the snippets and settings its pages show)."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished
from modelsearch.tasks import insert_or_update_object_task

from core.cachetags import (
    ALL,
    CONTENT,
    children_tag,
    model_tag,
    page_tag,
    purge,
    tree_tag,
    type_tag,
)

NAVIGATION = "nav"  # the header and footer menus: the front page and the sections under it
NAVIGATION_DEPTH = 3


def change_tags(page):
    """What shows ``page``: itself and all below it, pages that list or show it, the listing of
    its parent, pages listing the newest of its type, search and feeds, the menus for a section,
    and whatever its type declares in ``cache_purges()``."""
    tags = {page_tag(page.pk), tree_tag(page.path), type_tag(page.specific_class or Page), CONTENT}
    if page.depth > 1:
        tags.add(children_tag(page.path[: -page.steplen]))
    if page.depth <= NAVIGATION_DEPTH:
        tags.add(NAVIGATION)
    # Signals about a base Page (a move, the parent row of a delete) carry no specific fields.
    declared = getattr(page, "cache_purges", None)
    if declared is not None:
        tags.update(declared())
    return tags


def page_changed(sender, instance, **kwargs):
    purge(*change_tags(instance))


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        purge(*change_tags(instance))


def everything_changed(sender, **kwargs):
    """A page became private or public, or a site moved: any listing may differ."""
    purge(ALL)


def purge_on_change(model, *tags, shown_on=None):
    """Saving or deleting a ``model`` purges the pages that show it (``model:<app.model>``),
    search and feeds, ``tags``, and the tags ``shown_on(instance)`` names (the pages whose cards
    show it, wherever they are listed)."""

    def changed(sender, instance, **kwargs):
        purge(model_tag(model), CONTENT, *tags, *(shown_on(instance) if shown_on else ()))

    uid = f"pagecache_{model._meta.label_lower}"
    post_save.connect(changed, sender=model, weak=False, dispatch_uid=f"{uid}_save")
    post_delete.connect(changed, sender=model, weak=False, dispatch_uid=f"{uid}_delete")


# Tasks whose work changes what pages show, and the tags to purge when one has run. In production
# they run on the worker (README «Bakgrunnsoppgaver») after the publish that queued them has
# purged: a page rendered in between (a search, a term's «Brukes på») would otherwise stay
# cached with what it showed before the task.
TASK_PURGES = {}


def purge_after_task(task, *tags):
    """When ``task`` has run successfully, purge ``tags`` (search, sitemap, API: ``content``)."""
    TASK_PURGES[task.module_path] = set(tags) or {CONTENT}


def task_done(sender, task_result, **kwargs):
    tags = TASK_PURGES.get(task_result.task.module_path)
    if tags and task_result.status == TaskResultStatus.SUCCESSFUL:
        purge(*tags)


def connect():
    purge_after_task(insert_or_update_object_task)  # the search index: search results
    task_finished.connect(task_done, dispatch_uid="pagecache_task_finished")
    page_published.connect(page_changed, dispatch_uid="pagecache_published")
    page_unpublished.connect(page_changed, dispatch_uid="pagecache_unpublished")
    pre_page_move.connect(page_changed, dispatch_uid="pagecache_pre_move")  # the old place
    post_page_move.connect(page_changed, dispatch_uid="pagecache_post_move")  # the new place
    post_delete.connect(page_deleted, dispatch_uid="pagecache_deleted")
    for model in (PageViewRestriction, Site):
        post_save.connect(everything_changed, sender=model, dispatch_uid=f"pagecache_{model}")
        post_delete.connect(everything_changed, sender=model, dispatch_uid=f"pagecache_d{model}")
