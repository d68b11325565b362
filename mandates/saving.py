"""Saving a section: versions, three-way merge, conflicts and revisions.

Every save names the version the writer started from. If nobody saved the section since, the
save is applied. If someone did, the two edits are merged field by field against the revision
both started from: fields only one of them changed are taken from that one. Only when both
changed the same field differently is nothing applied, and the caller shows both texts.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from core.input import ascii_int
from mandates.drafts import MandateSection, SectionRevision


@dataclass
class SaveResult:
    status: str  # "saved", "unchanged" or "conflict"
    section: MandateSection
    data: dict  # the stored data after the save; on conflict, the merge with the writer's text
    conflicts: dict = field(default_factory=dict)  # field name -> the other writer's value
    updated: dict = field(default_factory=dict)  # fields where the stored value is not the writer's

    @property
    def saved(self):
        return self.status in ("saved", "unchanged")


def _norm(value):
    """A field never filled in and a field emptied are the same thing to a merge."""
    return None if value in (None, "", []) else value


def three_way_merge(base, mine, theirs):
    merged, conflicts = {}, {}
    for key in dict.fromkeys([*base, *mine, *theirs]):
        b, m, t = _norm(base.get(key)), _norm(mine.get(key)), _norm(theirs.get(key))
        if m == t or t == b:
            merged[key] = mine.get(key)
        elif m == b:
            merged[key] = theirs.get(key)
        else:
            merged[key] = mine.get(key)
            conflicts[key] = theirs.get(key)
    return merged, conflicts


def save_section(lookup, base_version, mine, note=""):
    """Save ``mine`` into the section found by ``lookup`` (``{"pk": …}`` or draft and key)."""
    with transaction.atomic():
        section = MandateSection.objects.select_for_update().get(**lookup)
        theirs = section.data or {}
        conflicts = {}
        if base_version == section.version:
            merged = mine
        else:
            base = (
                SectionRevision.objects.filter(section=section, version=base_version)
                .values_list("data", flat=True)
                .first()
            )
            if base is None:  # an unknown starting point: every difference is a conflict
                base = {}
            merged, conflicts = three_way_merge(base, mine, theirs)
            if conflicts:
                return SaveResult("conflict", section, merged, conflicts=conflicts)
            if merged != mine and not note:
                note = "Slått sammen med endringer fra en annen"
        updated = {key: value for key, value in merged.items() if mine.get(key) != value}
        if merged == theirs:
            return SaveResult("unchanged", section, merged, updated=updated)
        section.data = merged
        section.version += 1
        section.updated_at = timezone.now()
        section.save(update_fields=["data", "version", "updated_at"])
        SectionRevision.objects.create(
            section=section,
            version=section.version,
            data=merged,
            created_at=section.updated_at,
            note=note,
        )
        return SaveResult("saved", section, merged, updated=updated)


def parse_version(raw):
    """The version a form was loaded at, as posted; -1 when it is missing or not a number."""
    return ascii_int(raw, default=-1)
