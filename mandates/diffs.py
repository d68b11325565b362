"""What changed between two revisions of a step, as a person reads it.

Text is compared word by word (``difflib``, whitespace kept with the word before it), so a
sentence added to a paragraph shows as that sentence, not as a new paragraph. A table is
compared row by row by the rows' ids: rows added, removed, and for a changed row the cells that
changed (old and new text, as the documents print them). Order changes are told as "flyttet".
"""

import difflib
import re
from dataclasses import dataclass, field

from mandates.sections import row_is_blank

WORDS = re.compile(r"\S+\s*|\s+")
WORDED = {"text", "long"}  # kinds compared word by word; the others as before -> after


@dataclass(frozen=True)
class Piece:
    """A run of words: "same", "added" or "removed"."""

    kind: str
    text: str


@dataclass
class FieldChange:
    label: str
    pieces: list  # Piece, for text; empty for a short value told as before -> after
    before: str = ""
    after: str = ""


@dataclass
class CellChange:
    label: str
    before: str
    after: str


@dataclass
class RowChange:
    kind: str  # "added", "removed", "changed" or "moved"
    title: str  # the row's first filled cell, to tell the rows apart
    cells: list = field(default_factory=list)  # CellChange, for "changed"; every cell for others


@dataclass
class StepChanges:
    fields: list = field(default_factory=list)  # FieldChange
    rows: list = field(default_factory=list)  # RowChange
    table_label: str = ""

    def __bool__(self):
        return bool(self.fields or self.rows)


def word_diff(before, after):
    """Pieces that turn ``before`` into ``after``, word by word."""
    old, new = WORDS.findall(before or ""), WORDS.findall(after or "")
    matcher = difflib.SequenceMatcher(a=[w.strip() for w in old], b=[w.strip() for w in new])
    pieces = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(Piece("same", "".join(new[j1:j2])))
            continue
        if i2 > i1:
            pieces.append(Piece("removed", "".join(old[i1:i2])))
        if j2 > j1:
            pieces.append(Piece("added", "".join(new[j1:j2])))
    return pieces


def _text(spec, value):
    return spec.kind.text(value).strip() if not spec.kind.is_blank(value) else ""


def _rows(table, data):
    rows = data.get(table.name) if isinstance(data, dict) else None
    if not isinstance(rows, list):
        return {}
    keyed = {}
    for index, row in enumerate(rows):
        if isinstance(row, dict) and not row_is_blank(table, row):
            keyed[str(row.get("id") or f"rad-{index}")] = row
    return keyed


def _title(table, row):
    for column in table.columns:
        text = _text(column, row.get(column.name))
        if text:
            return text
    return table.row_label


def _cells(table, row):
    return [
        CellChange(c.label, "", _text(c, row.get(c.name)))
        for c in table.columns
        if _text(c, row.get(c.name))
    ]


def table_changes(table, before, after):
    old, new = _rows(table, before), _rows(table, after)
    changes = []
    for key, row in new.items():
        if key not in old:
            changes.append(RowChange("added", _title(table, row), _cells(table, row)))
            continue
        cells = []
        for column in table.columns:
            a, b = _text(column, old[key].get(column.name)), _text(column, row.get(column.name))
            if a != b:
                cells.append(CellChange(column.label, a, b))
        if cells:
            changes.append(RowChange("changed", _title(table, row), cells))
    for key, row in old.items():
        if key not in new:
            removed = [CellChange(c.label, c.after, "") for c in _cells(table, row)]
            changes.append(RowChange("removed", _title(table, row), removed))
    common_old = [k for k in old if k in new]
    common_new = [k for k in new if k in old]
    if common_old != common_new:
        moved = {k for i, k in enumerate(common_new) if common_old[i] != k}
        changes.extend(RowChange("moved", _title(table, new[k])) for k in common_new if k in moved)
    return changes


def step_changes(step, before, after):
    """What changed in ``step`` from the data ``before`` to ``after`` (either may be {})."""
    before, after = before or {}, after or {}
    changes = StepChanges(table_label=step.table.label if step.table else "")
    for spec in step.fields:
        a, b = _text(spec, before.get(spec.name)), _text(spec, after.get(spec.name))
        if a == b:
            continue
        if spec.kind.name in WORDED:
            changes.fields.append(FieldChange(spec.label, word_diff(a, b)))
        else:
            changes.fields.append(FieldChange(spec.label, [], before=a, after=b))
    if step.table is not None:
        changes.rows = table_changes(step.table, before, after)
    return changes


def is_empty(step, data):
    """True when ``data`` holds nothing a person wrote in ``step`` (restoring it empties it)."""
    data = data or {}
    if any(_text(spec, data.get(spec.name)) for spec in step.fields):
        return False
    return step.table is None or not _rows(step.table, data)
