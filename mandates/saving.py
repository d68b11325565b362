"""Saving a section: versions, three-way merge, conflicts and revisions.

Every save names the version the writer started from. If nobody saved the section since, the
save is applied. If someone did, the two edits are merged field by field against the revision
both started from: fields only one of them changed are taken from that one. Tables are merged
row by row (rows keep their ids) and cell by cell, so two members adding, editing or removing
different rows never conflict. Only when both changed the same text (or the same cell)
differently is nothing applied, and the caller shows both texts.

A writer may also say that some fields of its page are not what the version it names holds
(``older``: field -> version): its save of that version was merged with another member's change
that the browser could not show (the user was typing in the field, or it was a table). Those
fields are merged against what the browser sent in that save (``SectionRevision.sent``), which
is what the page still shows. That is how an autosave never sends back an old value as if it
were new, and never takes the writer's own confirmed edits for someone else's.

Revisions: autosaves by one browser within ``MANDATE_REVISION_COALESCE_SECONDS`` go into one
revision (the browser's own latest one, also when another member saved the section in between,
unless a page has been shown that revision as the current version); every other save begins a
new one. ``mandates/retention.py`` keeps the history within its limits.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.input import ascii_int
from mandates.drafts import MandateSection, SectionRevision
from mandates.retention import make_room
from mandates.sections import TABLES

MERGED_NOTE = "Slått sammen med endringer fra en annen"


@dataclass(frozen=True)
class Writer:
    """Who saves: the browser's random id and the name its member gave (both may be empty)."""

    browser: str = ""
    name: str = ""
    autosave: bool = False


@dataclass
class SaveResult:
    status: str  # "saved", "unchanged", "conflict" or "full"
    section: MandateSection
    data: dict  # the stored data after the save; on conflict, the merge with the writer's text
    conflicts: dict = field(default_factory=dict)  # field name -> the other writer's value
    updated: dict = field(default_factory=dict)  # fields where the stored value is not the writer's

    @property
    def saved(self):
        return self.status in ("saved", "unchanged")


def _norm(value):
    """A field never filled in and a field emptied are the same thing to a merge."""
    if value is None or value is False or value == "" or value == []:
        return None
    return value


def _same(a, b):
    if isinstance(a, dict) and isinstance(b, dict):
        return all(_norm(a.get(key)) == _norm(b.get(key)) for key in {*a, *b})
    return _norm(a) == _norm(b)


def three_way_merge(base, mine, theirs, tables=()):
    """Merge ``mine`` and ``theirs``, both edits of ``base``: (merged, conflicts).

    ``tables`` names the keys that hold table rows, merged row by row (``merge_rows``).
    """
    merged, conflicts = {}, {}
    for key in dict.fromkeys([*base, *mine, *theirs]):
        b, m, t = base.get(key), mine.get(key), theirs.get(key)
        if _same(m, t) or _same(t, b):
            merged[key] = m
        elif _same(m, b):
            merged[key] = t
        else:
            rows = merge_rows(b, m, t) if key in tables else None
            if rows is None:
                merged[key] = m
                conflicts[key] = t
            else:
                merged[key] = rows
    return merged, conflicts


def _by_id(rows):
    """Rows by their ids, in order; None when rows cannot be told apart (no or repeated ids)."""
    if not isinstance(rows, list):
        return None if rows else {}
    keyed = {}
    for row in rows:
        key = row.get("id") if isinstance(row, dict) else None
        if not isinstance(key, str) or not key or key in keyed:
            return None
        keyed[key] = row
    return keyed


def merge_rows(base, mine, theirs):
    """Three-way merge of a table, row by row: the merged rows, or None for a conflict.

    A row only one side added, changed or removed is taken from that side; a row both changed
    is merged cell by cell. A conflict is a cell both changed differently, or a row one side
    removed while the other changed it. The order is mine, unless only theirs moved rows;
    rows the other side added follow the row they followed there (before rows this side added
    at the same place: theirs were saved first).
    """
    b, m, t = _by_id(base), _by_id(mine), _by_id(theirs)
    if b is None or m is None or t is None:
        return None
    kept = {}
    for key in dict.fromkeys([*m, *t, *b]):
        br, mr, tr = b.get(key), m.get(key), t.get(key)
        if _same(mr, tr) or _same(tr, br):
            row = mr
        elif _same(mr, br):
            row = tr
        elif mr is None or tr is None or br is None:
            return None  # removed on one side and changed on the other, or added twice
        else:
            row, conflicts = three_way_merge(br, mr, tr)
            if conflicts:
                return None
        if row is not None:
            kept[key] = row
    return [kept[key] for key in _order(list(b), list(m), list(t), kept)]


def _moved(base_keys, keys):
    """True when ``keys`` orders the rows it shares with ``base_keys`` differently."""
    common = set(base_keys) & set(keys)
    return [k for k in keys if k in common] != [k for k in base_keys if k in common]


def _order(base_keys, mine_keys, their_keys, kept):
    first, other = mine_keys, their_keys
    if not _moved(base_keys, mine_keys) and _moved(base_keys, their_keys):
        first, other = their_keys, mine_keys
    order = [key for key in first if key in kept]
    for index, key in enumerate(other):
        if key in kept and key not in order:
            before = next((k for k in reversed(other[:index]) if k in order), None)
            order.insert(order.index(before) + 1 if before else 0, key)
    return order


def _revision_data(section, version):
    """The section as it was at ``version``: its revision, or the newest one before it (the
    version may be inside a run of autosaves kept as one revision, or pruned). {} when unknown,
    which makes every difference a conflict: nothing is taken on trust."""
    if version < 0 or version > section.version:
        return {}
    if version == section.version:
        return section.data or {}
    data = (
        SectionRevision.objects.filter(section=section, version__lte=version)
        .order_by("-version")
        .values_list("data", flat=True)
        .first()
    )
    return data or {}


def _sent_data(section, version):
    """What the browser sent in its save that became ``version`` (its stored data when nothing
    was merged in); None when that revision is gone, so every difference in those fields is a
    conflict rather than a guess."""
    found = (
        SectionRevision.objects.filter(section=section, version=version)
        .values_list("sent", "data")
        .first()
    )
    if found is None:
        return None
    sent, data = found
    return sent if sent is not None else data


def _base(section, base_version, older, keys):
    """What the writer started from, field by field (``older`` fields as it sent them)."""
    stored = _revision_data(section, base_version)
    sent = {version: _sent_data(section, version) for version in set(older.values())}
    base = {}
    for key in keys:
        if key in older:
            base[key] = (sent[older[key]] or {}).get(key)
        else:
            base[key] = stored.get(key)
    return base


def save_section(lookup, base_version, mine, note="", older=None, writer=None):
    """Save ``mine`` into the section found by ``lookup`` (``{"pk": …}`` or draft and key)."""
    writer = writer or Writer()
    with transaction.atomic():
        section = MandateSection.objects.select_for_update().get(**lookup)
        theirs = section.data or {}
        older = {k: v for k, v in (older or {}).items() if k in mine}
        conflicts = {}
        if base_version == section.version and not older:
            merged = mine
        else:
            keys = [*dict.fromkeys([*mine, *theirs])]
            base = _base(section, base_version, older, keys)
            merged, conflicts = three_way_merge(base, mine, theirs, tables=TABLES)
            if conflicts:
                return SaveResult("conflict", section, merged, conflicts=conflicts)
            if merged != mine and not note:
                note = MERGED_NOTE
        updated = {key: value for key, value in merged.items() if mine.get(key) != value}
        if merged == theirs:
            return SaveResult("unchanged", section, merged, updated=updated)
        if not _write(section, merged, note, writer, sent=mine if merged != mine else None):
            return SaveResult("full", section, merged, updated=updated)
        return SaveResult("saved", section, merged, updated=updated)


def _write(section, data, note, writer, sent=None):
    """Store the new version of the section and its revision; False if the draft is full."""
    now = timezone.now()
    section.data = data
    section.version += 1
    section.updated_at = now
    coalesce = 0
    if writer.autosave and writer.browser:
        # A revision keeps its ``browser`` only while it is that browser's latest in the
        # section and still open (``seal_run`` closes it): the one this autosave may extend,
        # if it is an autosave begun within the window. It may lie under others' saves (two
        # members typing in one step take turns): a browser's page is based on its own latest
        # save, so that revision stays its base.
        window = timedelta(seconds=settings.MANDATE_REVISION_COALESCE_SECONDS)
        changes = {"version": section.version, "data": data, "created_at": now, "sent": sent}
        if writer.name:
            changes["author"] = writer.name
        if note:
            changes["note"] = note
        coalesce = SectionRevision.objects.filter(
            section=section, browser=writer.browser, autosave=True, started_at__gte=now - window
        ).update(**changes)
        section.run_browser = writer.browser
    if not coalesce:
        if not make_room(section.draft_id):
            return False
        if writer.browser:  # the browser's earlier revision is closed: this one is its latest
            SectionRevision.objects.filter(section=section, browser=writer.browser).update(
                browser=""
            )
        SectionRevision.objects.create(
            section=section,
            version=section.version,
            first_version=section.version,
            data=data,
            sent=sent,
            started_at=now,
            created_at=now,
            note=note,
            autosave=writer.autosave,
            browser=writer.browser,
            author=writer.name,
        )
        section.run_browser = writer.browser if writer.autosave else ""
        section.run_started_at = now
    section.save(update_fields=["data", "version", "updated_at", "run_browser", "run_started_at"])
    return True


def seal_run(section):
    """A page now shows ``section`` at its version: the revision holding it is closed (its
    ``browser`` cleared, so no autosave extends it), and that version stays in the history
    exactly, as the base the page's saves merge against.
    (Without it, a page loaded in the middle of someone's run of autosaves would be merged
    against the revision before the run, and could see a conflict where there is none.)"""
    if section.run_browser:
        SectionRevision.objects.filter(section=section, version=section.version).update(browser="")
        MandateSection.objects.filter(pk=section.pk, version=section.version).update(run_browser="")
        section.run_browser = ""


def parse_version(raw):
    """The version a form was loaded at, as posted; -1 when it is missing or not a number."""
    return ascii_int(raw, default=-1)


def parse_older(raw, names):
    """``grunnlag`` as posted ("members:3 background:2"): field -> the version its value in the
    page came from, for fields of this step only; anything else is ignored."""
    older = {}
    for item in (raw or "").split()[:50]:
        name, _, version = item.partition(":")
        if name in names and parse_version(version) >= 0:
            older[name] = parse_version(version)
    return older
