"""A new draft: its sections, the work plan pre-filled from the chosen process (any shape)."""

import secrets

from django.db import transaction

from core.queries import public_live
from mandates.access import create_link
from mandates.drafts import MandateDraft, MandateSection, SectionRevision, ShareLink
from mandates.sections import EDITABLE_STEPS, TASKS, TaskStatus, empty_row
from phases.models import PhasePage
from phases.roles import role_labels
from phases.tree import process_tasks


def new_row_id():
    return secrets.token_hex(4)


def phase_rows(phase):
    """One work-plan row per task of a phase, with its suggested roles."""
    labels = role_labels()
    rows = []
    for group in phase.task_groups:
        for task in group.value["tasks"]:
            roles = [labels.get(key, key) for key in task["responsible"] or []]
            rows.append(
                {
                    **empty_row(TASKS),
                    "id": new_row_id(),
                    "phase": phase.label,
                    "task": task["text"].strip(),
                    "responsible": ", ".join(roles),
                    "status": TaskStatus.NOT_STARTED,
                }
            )
    return rows


def plan_rows(process, subprocesses=()):
    """One work-plan row per task, in the process's order, with its suggested roles: each
    phase's tasks, or for a planning circle each step's tasks followed by its own phases'; the
    tasks of the chosen sub-processes follow their phase (tree.py in phases walks the tree)."""
    labels = role_labels()
    return [
        {
            **empty_row(TASKS),
            "id": new_row_id(),
            "phase": label,
            "task": task["text"].strip(),
            "responsible": ", ".join(labels.get(key, key) for key in task["responsible"] or []),
            "status": TaskStatus.NOT_STARTED,
        }
        for label, task in process_tasks(process, subprocesses)
    ]


def process_phases(draft, request=None):
    """The live phases of the draft's process, in order (none for a draft started blank)."""
    if not draft.work_process_id:
        return []
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
