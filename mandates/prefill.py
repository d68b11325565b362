"""A new draft: its sections, the work plan pre-filled from the chosen process (any shape)."""

import secrets
from dataclasses import dataclass
from functools import cached_property

from django.db import transaction

from wagtail.models import Page

from core.queries import public_live
from mandates.access import create_link
from mandates.drafts import MandateDraft, MandateSection, SectionRevision, ShareLink
from mandates.sections import EDITABLE_STEPS, TASKS, TaskStatus, empty_row
from phases.models import PhasePage
from phases.roles import role_labels
from phases.tree import labelled_pages, page_tasks, process_tasks


def new_row_id():
    return secrets.token_hex(4)


def task_row(label, task, role_names):
    """A work-plan row for a task of the process, with its suggested roles."""
    return {
        **empty_row(TASKS),
        "id": new_row_id(),
        "phase": label,
        "task": task["text"].strip(),
        "responsible": ", ".join(role_names.get(key, key) for key in task["responsible"] or []),
        "status": TaskStatus.NOT_STARTED,
    }


def plan_rows(process, subprocesses=()):
    """One work-plan row per task, in the process's order, with its suggested roles: each
    phase's tasks, or for a planning circle each step's tasks followed by its own phases'; the
    tasks of the chosen sub-processes follow their phase (tree.py in phases walks the tree)."""
    role_names = role_labels()
    return [
        task_row(label, task, role_names) for label, task in process_tasks(process, subprocesses)
    ]


@dataclass
class PlanPart:
    """A phase, a step of the planning circle or one of a step's own phases, under the label the
    pre-filled plan gives its rows: «Legg til oppgavene fra …» adds its tasks."""

    label: str
    page: Page

    @property
    def pk(self):
        return self.page.pk

    @cached_property
    def tasks(self):
        return page_tasks(self.page)

    def rows(self):
        role_names = role_labels()
        return [task_row(self.label, task, role_names) for task in self.tasks]


def plan_parts(draft, request=None):
    """The live steps and phases of the draft's process, at every depth, in the process's order
    (none for a draft started blank). Three queries at most."""
    if not draft.work_process_id:
        return []
    return [
        PlanPart(label, page) for label, page in labelled_pages(draft.work_process, (), request)
    ]


def process_phases(draft, request=None, parts=None):
    """The live phases of the draft's process, in order (none for a draft started blank); from
    ``parts`` (``plan_parts``) when the caller has them, without a query."""
    if not draft.work_process_id:
        return []
    if parts is not None:
        depth = draft.work_process.depth + 1
        return [p.page for p in parts if isinstance(p.page, PhasePage) and p.page.depth == depth]
    return list(
        public_live(PhasePage.objects.child_of(draft.work_process), request)
        .order_by("number", "path")
        .only("title", "number", "url_path", "path", "depth", "short_description", "results")
    )


@transaction.atomic
def create_draft(process=None, subprocesses=()):
    """The draft, its empty sections, and an edit and a read link (tokens returned once)."""
    draft = MandateDraft.objects.create(work_process=process)
    now = draft.created_at
    sections = []
    for step in EDITABLE_STEPS:
        data = {}
        if step.table is TASKS and process is not None:
            data = {TASKS.name: plan_rows(process, subprocesses)}
        sections.append(MandateSection(draft=draft, key=step.key, data=data, updated_at=now))
    MandateSection.objects.bulk_create(sections)
    SectionRevision.objects.bulk_create(
        SectionRevision(
            section=s,
            version=0,
            first_version=0,
            data=s.data,
            note="Opprettet",
            started_at=now,
            created_at=now,
        )
        for s in sections
    )
    _, edit_token = create_link(draft, ShareLink.Access.EDIT)
    _, read_token = create_link(draft, ShareLink.Access.READ)
    return draft, {"edit": edit_token, "read": read_token}
