"""A process's pages in reading order, for whoever needs its tasks (the mandate wizard)."""

from wagtail.models import Page

from core.queries import public_live
from phases.pages import PhasePage, PlanningStepPage, SubProcessPage


def ordered_descendants(process, subprocesses=(), request=None):
    """The live steps and phases under ``process`` (and the chosen sub-processes), siblings in
    number order, each directly before its own children. Three queries at most."""
    types = [PhasePage, PlanningStepPage]
    chosen = {page.pk for page in subprocesses}
    if chosen:
        types.append(SubProcessPage)
    pages = [
        page
        for page in public_live(Page.objects.descendant_of(process).type(*types), request)
        .order_by("path")
        .specific()
        if not isinstance(page, SubProcessPage) or page.pk in chosen
    ]
    by_path = {page.path: page for page in pages}

    def key(page):
        parts, path = [], page.path
        while path in by_path:
            parts.append((getattr(by_path[path], "number", 0), path))
            path = path[: -Page.steplen]
        return list(reversed(parts))

    return sorted(pages, key=key)


def label(page, by_path):
    if isinstance(page, PlanningStepPage):
        return page.label
    parent = by_path.get(page.path[: -Page.steplen])
    if isinstance(page, SubProcessPage):
        return f"{label(parent, by_path)} – {page.title}" if parent else page.title
    if isinstance(parent, PlanningStepPage):
        return f"Trinn {parent.number} · {page.label}"
    return page.label


def labelled_pages(process, subprocesses=(), request=None):
    """(row label, page) for every live step and phase of the process (and chosen
    sub-process), in order: «Fase 2: Kartlegging», «Trinn 4: Temaplan», «Trinn 4 · Fase 1: …»."""
    pages = ordered_descendants(process, subprocesses, request)
    by_path = {page.path: page for page in pages}
    return [(label(page, by_path), page) for page in pages]


def page_tasks(page):
    return [task for group in page.task_groups for task in group.value["tasks"]]


def process_tasks(process, subprocesses=(), request=None):
    """(row label, task) for every task of the process, in order."""
    for row_label, page in labelled_pages(process, subprocesses, request):
        for task in page_tasks(page):
            yield row_label, task
