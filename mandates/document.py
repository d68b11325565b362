"""A draft as one read-only document: what the review page, the print view and exports show."""

from dataclasses import dataclass, field
from datetime import datetime

from mandates.drafts import SectionRevision
from mandates.record import Approval, Change, change_log, export_moment
from mandates.sections import EDITABLE_STEPS, missing_parts, row_is_blank

DRAFT, APPROVED = "Utkast", "Godkjent"


@dataclass
class MandateDocument:
    name: str
    public_id: str
    process_title: str
    sections: dict  # step key -> section data (a dict of field values and table rows)
    versions: dict = field(default_factory=dict)  # step key -> section version
    approval: Approval | None = None  # recorded by an approval step (none yet: «Utkast»)
    changes: list[Change] = field(default_factory=list)  # the change log, oldest first
    exported_at: datetime = field(default_factory=export_moment)
    approved_versions: int = 0  # how many versions were approved («Godkjent versjon N»)

    @classmethod
    def from_draft(cls, draft, sections=None, approval=None, until=None):
        """The draft's document; ``until``: the change log up to then (an approved version)."""
        if sections is None:
            sections = list(draft.sections.all())
        revisions = (
            SectionRevision.objects.filter(section__draft=draft)
            .select_related("section")
            .defer("data", "section__data")
        )
        if until is not None:
            revisions = revisions.filter(created_at__lte=until)
        return cls(
            name=draft.name,
            public_id=draft.public_id,
            process_title=draft.work_process.title if draft.work_process_id else "",
            sections={s.key: s.data or {} for s in sections},
            versions={s.key: s.version for s in sections},
            approval=approval,
            changes=change_log(revisions),
        )

    @property
    def version(self):
        """One number for the whole document: it grows with every save of any section."""
        return sum(self.versions.values()) or 1

    @property
    def status(self):
        return APPROVED if self.approval is not None else DRAFT

    @property
    def shown_version(self):
        """The version a document shows: the approved one; after an approval N, changes are
        the draft of N+1; before any approval, the count of saves."""
        if self.approval is not None and self.approval.version:
            return self.approval.version
        if self.approved_versions:
            return self.approved_versions + 1
        return self.version

    @property
    def version_label(self):
        """«Versjon 12», «Godkjent versjon 2», or «Utkast til versjon 3» after approval 2."""
        if self.approval is not None and self.approval.version:
            return f"Godkjent versjon {self.approval.version}"
        if self.approved_versions:
            return f"Utkast til versjon {self.approved_versions + 1}"
        return f"Versjon {self.version}"

    @property
    def date(self):
        """The document's date: the approval's, else the day it was exported."""
        if self.approval is not None and self.approval.approved_on:
            return self.approval.approved_on
        return self.exported_at.date()

    def value(self, name):
        for step in EDITABLE_STEPS:
            if name in step.all_field_names():
                return self.sections.get(step.key, {}).get(name, "")
        raise KeyError(name)

    def rows(self, table_name):
        step = next(s for s in EDITABLE_STEPS if s.table and s.table.name == table_name)
        rows = self.sections.get(step.key, {}).get(table_name, []) or []
        return [row for row in rows if not row_is_blank(step.table, row)]

    @property
    def members(self):
        return self.rows("members")

    @property
    def tasks(self):
        return self.rows("tasks")

    @property
    def milestones(self):
        return [row for row in self.tasks if row.get("milestone")]

    @property
    def municipality(self):
        return self.value("municipality")

    @property
    def title(self):
        return self.value("work_name") or self.name

    def missing(self):
        return [
            item
            for step in EDITABLE_STEPS
            for item in missing_parts(step, self.sections.get(step.key))
        ]

    def step_states(self):
        """Step key -> «Fullført»: saved by someone (a pre-filled plan is not) and complete."""
        return {
            step.key: self.versions.get(step.key, 0) > 0
            and not missing_parts(step, self.sections.get(step.key))
            for step in EDITABLE_STEPS
        }
