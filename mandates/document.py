"""A draft as one read-only document: what the review page, the print view and exports show."""

from dataclasses import dataclass, field

from mandates.sections import EDITABLE_STEPS, missing_parts, row_is_blank


@dataclass
class MandateDocument:
    name: str
    public_id: str
    process_title: str
    sections: dict  # step key -> section data (a dict of field values and table rows)
    versions: dict = field(default_factory=dict)  # step key -> section version

    @classmethod
    def from_draft(cls, draft, sections=None):
        if sections is None:
            sections = list(draft.sections.all())
        return cls(
            name=draft.name,
            public_id=draft.public_id,
            process_title=draft.work_process.title if draft.work_process_id else "",
            sections={s.key: s.data or {} for s in sections},
            versions={s.key: s.version for s in sections},
        )

    @property
    def version(self):
        """One number for the whole document: it grows with every save of any section."""
        return sum(self.versions.values()) or 1

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
        return {
            step.key: not missing_parts(step, self.sections.get(step.key))
            for step in EDITABLE_STEPS
        }
