"""Following the plan up (issue 16.4): tick the phase's results and the plan's tasks, see what
is overdue, and who does what.

The progress view (``oppfolging/``) is one form that works without JavaScript: a box per result
of each phase of the draft's process (``ResultCheck``, with the day it was ticked) and, per task,
«Ferdig» with its done date. Ticking a task sets its status to «Ferdig» and its done date (the
one given, else today); unticking a finished task sets it back to «Pågår» and clears the date.
The tasks are saved as a save of the work-plan step (a revision like any other), changed by row
id on the rows as they are stored at that moment (the section is locked), so nobody's edit in
the step is lost.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction

from mandates.approvals import ResultCheck
from mandates.drafts import MandateSection
from mandates.saving import save_section
from mandates.sections import TASKS, TaskStatus
from mandates.work_plan import NO_PHASE, is_overdue, responsibles

DONE_ON = TASKS.column("done_on")


@dataclass
class PhaseResults:
    phase: object
    results: list  # (block id, text, done_on or None)


def phase_results(parts, checks):
    """The results to tick, per phase (``prefill.plan_parts``: a planning circle's steps and
    their own phases too, under the labels the plan gives them); a part without results is left
    out."""
    done = {c.result_id: c.done_on for c in checks}
    found = []
    for part in parts:
        results = getattr(part.page, "results", None) or ()
        if len(results):
            found.append(
                PhaseResults(part, [(b.id, str(b.value), done.get(b.id)) for b in results])
            )
    return found


@dataclass
class TaskLine:
    number: int
    row: dict
    done: bool
    done_on: str  # as the date control holds it (ISO), or as posted
    overdue: bool
    error: bool = False

    @property
    def id(self):
        return self.row.get("id", "")


def task_lines(rows, today, posted=None, error_anchors=()):
    """([(phase, [TaskLine])] in plan order, [overdue TaskLine])."""
    groups, overdue = [], []
    for number, row in enumerate(rows, start=1):
        row_id = row.get("id", "")
        if posted is not None:
            done = row_id in posted.getlist("ferdig")
            done_on = posted.get(f"ferdig-dato-{row_id}", "")
        else:
            done = row.get("status") == TaskStatus.DONE
            done_on = str(row.get("done_on") or "")
        line = TaskLine(
            number,
            row,
            done,
            done_on,
            is_overdue(row, today, TASKS),
            f"ferdig-dato-{row_id}" in error_anchors,
        )
        phase = str(row.get(TASKS.group_by) or "").strip() or NO_PHASE
        if not groups or groups[-1][0] != phase:
            groups.append((phase, []))
        groups[-1][1].append(line)
        if line.overdue:
            overdue.append(line)
    return groups, overdue


def who_does_what(rows):
    """(responsible, [rows]) sorted by name; the tasks nobody is responsible for last."""
    by_name = {}
    for row in rows:
        for name in responsibles(row.get("responsible")) or [""]:
            by_name.setdefault(name, []).append(row)
    named = sorted((name, items) for name, items in by_name.items() if name)
    return named + ([("", by_name[""])] if "" in by_name else [])


def summary(rows, results):
    done = sum(1 for row in rows if row.get("status") == TaskStatus.DONE)
    ticked = [r for group in results for r in group.results]
    return {
        "tasks": len(rows),
        "done": done,
        "results": len(ticked),
        "results_done": sum(1 for _, _, day in ticked if day),
    }


def parse_done_dates(rows, posted):
    """The posted done dates as stored (ISO) by row id, and errors for the error summary."""
    field = DONE_ON.kind.form_field(DONE_ON)
    dates, errors = {}, []
    for number, row in enumerate(rows, start=1):
        name = f"ferdig-dato-{row.get('id', '')}"
        raw = posted.get(name, "").strip()
        if not raw:
            continue
        try:
            dates[row.get("id")] = DONE_ON.kind.to_stored(field.clean(raw))
        except ValidationError as error:
            errors.append((name, f"{DONE_ON.label}, oppgave {number}", " ".join(error.messages)))
    return dates, errors


def save_results(draft, shown, ticked, today):
    """Tick the results in ``ticked`` among those ``shown``, untick the other shown ones."""
    with transaction.atomic():
        ResultCheck.objects.filter(draft=draft, result_id__in=shown).exclude(
            result_id__in=ticked
        ).delete()
        have = set(
            ResultCheck.objects.filter(draft=draft, result_id__in=ticked).values_list(
                "result_id", flat=True
            )
        )
        ResultCheck.objects.bulk_create(
            ResultCheck(draft=draft, result_id=rid, done_on=today)
            for rid in ticked
            if rid in shown and rid not in have
        )


def ticked_rows(rows, done_ids, dates, today):
    """The rows with the ticks applied, and how many changed."""
    changed, result = 0, []
    for row in rows:
        row_id = row.get("id")
        updated = dict(row)
        if row_id in done_ids:
            updated["status"] = TaskStatus.DONE
            updated[DONE_ON.name] = dates.get(row_id) or row.get(DONE_ON.name) or today.isoformat()
        elif row.get("status") == TaskStatus.DONE:
            updated["status"] = TaskStatus.IN_PROGRESS
            updated[DONE_ON.name] = ""
        changed += updated != row
        result.append(updated)
    return result, changed


def save_tasks(section, done_ids, dates, today):
    """Apply the ticks to the tasks as stored now (the section locked); a save of the step only
    if anything changed. Rows the view does not show (blank ones) are left as they are."""
    with transaction.atomic():
        section = MandateSection.objects.select_for_update().get(pk=section.pk)
        rows = (section.data or {}).get(TASKS.name, [])
        shown = [r for r in rows if str(r.get("task") or "").strip()]
        ticked, changed = ticked_rows(shown, done_ids, dates, today)
        if not changed:
            return 0
        by_id = {r.get("id"): r for r in ticked}
        new_rows = [by_id.get(r.get("id"), r) if r in shown else r for r in rows]
        data = {**(section.data or {}), TASKS.name: new_rows}
        save_section({"pk": section.pk}, section.version, data, note="Framdrift")
        return changed
