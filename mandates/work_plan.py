"""The work plan's table: tasks grouped by phase, the filters, and the actions on a whole phase.

The table's rows are grouped by their ``Table.group_by`` column (the phase): consecutive rows
with the same phase are one group, in the order the plan has them. Moving a row up past the
first row of its group moves it into the group above (it takes that phase); moving it down past
the last row, into the group below. The same rules are in ``work_plan.js``, so a move without
JavaScript (a button that saves the step) and one with it end the same way.

Filters (status, responsible, overdue) come from the query string and hide the rows that do not
match; hidden rows are still in the form, so a save never loses them.
"""

from dataclasses import dataclass, field

from django.utils import timezone

from core.input import ascii_int
from mandates.prefill import new_row_id
from mandates.sections import TaskStatus, empty_row

NO_PHASE = "Uten fase"


def responsibles(value):
    """The people or roles a «Ansvarlig» cell names: «NAV-veileder, Boligkonsulent» is two."""
    return [part.strip() for part in str(value or "").split(",") if part.strip()]


def is_overdue(row, today, table):
    deadline = table.column("deadline").kind.calendar_date(row.get("deadline"))
    return deadline is not None and deadline < today and row.get("status") != TaskStatus.DONE


@dataclass
class PlanFilter:
    status: str = ""
    responsible: str = ""
    overdue: bool = False

    @classmethod
    def from_query(cls, query, table):
        status = query.get("status", "")
        if status not in dict(table.column("status").kind.choices):
            status = ""
        return cls(
            status=status,
            responsible=query.get("ansvarlig", "").strip()[:200],
            overdue=query.get("forfalt") == "1",
        )

    @property
    def active(self):
        return bool(self.status or self.responsible or self.overdue)

    def matches(self, row, today, table):
        if self.status and row.get("status") != self.status:
            return False
        if self.responsible and self.responsible not in responsibles(row.get("responsible")):
            return False
        return not self.overdue or is_overdue(row, today, table)


@dataclass
class PlanRow:
    number: int  # 1-based, as the table shows it
    values: dict  # column name -> the value as its control holds it
    errors: dict  # column name -> messages
    shown: bool


@dataclass
class PhaseGroup:
    phase: str
    first: int  # the index of its first row in the plan
    rows: list = field(default_factory=list)

    @property
    def label(self):
        return self.phase or NO_PHASE

    @property
    def shown(self):
        return sum(1 for r in self.rows if r.shown)


def plan_groups(sources, table, plan_filter, today=None, show_all=False):
    """The rows as groups of consecutive rows with the same phase; ``sources`` are (values,
    errors) per row. A form that comes back with errors shows every row (``show_all``)."""
    today = today or timezone.localdate()
    groups = []
    for index, (values, errors) in enumerate(sources):
        phase = str(values.get(table.group_by) or "").strip()
        if not groups or groups[-1].phase != phase:
            groups.append(PhaseGroup(phase, index))
        shown = show_all or plan_filter.matches(values, today, table)
        groups[-1].rows.append(PlanRow(index + 1, values, errors, shown))
    return groups


def responsible_options(rows):
    return sorted({name for row in rows for name in responsibles(row.get("responsible"))})


# Actions (the step's «handling» buttons)


def move_row(rows, index, step, group_by):
    """Move the row at ``index`` one place up (step -1) or down (+1), across a group's edge into
    the neighbouring group. The index it ends at, or None when it cannot move."""
    other = index + step
    if not (0 <= index < len(rows) and 0 <= other < len(rows)):
        return None
    if group_by and rows[other].get(group_by) != rows[index].get(group_by):
        rows[index] = {**rows[index], group_by: rows[other].get(group_by, "")}
        return index
    rows[index], rows[other] = rows[other], rows[index]
    return other


def group_end(rows, first, group_by):
    phase = rows[first].get(group_by)
    end = first
    while end < len(rows) and rows[end].get(group_by) == phase:
        end += 1
    return end


def apply_plan_action(action, table, rows, parts):
    """The phase-wide actions of a grouped table: «ny-F» adds a task at the end of the group
    starting at F, «fjern-fase-F» removes that group, «hent-fase-P» adds the tasks of the
    process's phase or planning step with page id P (``parts``: ``prefill.plan_parts``; a
    phase's number is not enough: each step of the planning circle numbers its own phases from
    1). (new rows, index to show) or None when ``action`` is none of them.
    """
    if not table.group_by:
        return None
    verb, _, position = action.rpartition("-")
    first = ascii_int(position, default=-1)
    if verb == "ny" and 0 <= first < len(rows) and len(rows) < table.max_rows:
        end = group_end(rows, first, table.group_by)
        row = {
            "id": new_row_id(),
            **empty_row(table),
            table.group_by: rows[first].get(table.group_by, ""),
        }
        return [*rows[:end], row, *rows[end:]], end
    if verb == "fjern-fase" and 0 <= first < len(rows):
        end = group_end(rows, first, table.group_by)
        rest = [*rows[:first], *rows[end:]]
        return rest, min(first, len(rest) - 1) if rest else None
    if verb == "hent-fase":
        position = next((i for i, part in enumerate(parts) if part.pk == first), None)
        if position is None:
            return None
        added = parts[position].rows()[: max(table.max_rows - len(rows), 0)]
        at = insert_position(rows, parts[position + 1 :], table.group_by)
        return [*rows[:at], *added, *rows[at:]], at if added else None
    return None


def insert_position(rows, later_parts, group_by):
    """Where a part's tasks go: before the first row of a later phase or step of the process."""
    later = {part.label for part in later_parts}
    return next((i for i, row in enumerate(rows) if row.get(group_by) in later), len(rows))


def overdue_rows(rows, table, today=None):
    today = today or timezone.localdate()
    return [row for row in rows if is_overdue(row, today, table)]
