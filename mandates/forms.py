"""Forms for the wizard's steps, built from the schema in ``sections.py``.

Saving never requires a field to be filled in (a group writes its mandate over weeks); what is
required is flagged at review. What a save does refuse, with a Norwegian message per field, is
text that is too long, a date that is not a date, and an end or deadline before its start.
Control characters are removed; HTML is kept as the text it is and escaped wherever shown.
Each field's kind (``mandates/kinds.py``) makes its form field and turns what the form cleaned
into what is stored.
"""

from django import forms

from core.input import ascii_int
from mandates.kinds import CleanCharField
from mandates.prefill import new_row_id
from mandates.sections import APPROVAL_FIELDS, Field, Step, Table


def form_field(spec: Field):
    """The form field of a field or column, as its kind makes it."""
    field = spec.kind.form_field(spec)
    field.portal_required = spec.required  # required at review, not for saving
    field.portal_kind = spec.kind  # field.html includes the kind's control
    return field


def ordered_dates(form, specs):
    """A date the schema says may not be before another (``Field.not_before``) is refused."""
    cleaned = form.cleaned_data
    for spec in specs:
        start = cleaned.get(spec.not_before) if spec.not_before else None
        end = cleaned.get(spec.name)
        if start and end and end < start:
            form.add_error(spec.name, spec.order_message)


class SectionForm(forms.Form):
    step: Step

    def clean(self):
        cleaned = super().clean()
        ordered_dates(self, self.step.fields)
        return cleaned


class RowForm(forms.Form):
    table: Table
    id = CleanCharField(required=False, max_length=16, widget=forms.HiddenInput)

    def clean(self):
        cleaned = super().clean()
        ordered_dates(self, self.table.columns)
        return cleaned


class RowFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        # The management form's count is what the browser says; the schema has the last word.
        if self.total_form_count() > self.table.max_rows:
            raise forms.ValidationError(f"Tabellen kan ha høyst {self.table.max_rows} rader.")


class ApprovalForm(forms.Form):
    """Who approved the mandate, when and under which case number (``APPROVAL_FIELDS``). Unlike
    a step, an approval is refused without its required fields: it is a record, not a draft."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for spec in APPROVAL_FIELDS:
            self.fields[spec.name] = form_field(spec)

    def clean(self):
        cleaned = super().clean()
        for spec in APPROVAL_FIELDS:
            missing = spec.required and spec.kind.is_blank(cleaned.get(spec.name))
            if missing and spec.name not in self.errors:
                self.add_error(spec.name, f"{spec.label} må fylles ut.")
        return cleaned

    def stored(self):
        return {s.name: s.kind.to_stored(self.cleaned_data.get(s.name)) for s in APPROVAL_FIELDS}


def form_class(step):
    attrs = {f.name: form_field(f) for f in step.fields}
    return type(f"{step.key.title().replace('-', '')}Form", (SectionForm,), {"step": step, **attrs})


def formset_class(table):
    row = type(
        f"{table.name.title()}RowForm",
        (RowForm,),
        {"table": table, **{c.name: form_field(c) for c in table.columns}},
    )
    return forms.formset_factory(
        row,
        formset=type("TableFormSet", (RowFormSet,), {"table": table}),
        extra=0,
        max_num=table.max_rows,
        absolute_max=table.max_rows + 50,
    )


def fill_down_groups(data, table):
    """The posted data with every row's group: the work plan says a row's phase only in the
    first row of its group (``work_plan_tags._row``), so a row that posts none takes the one of
    the row above. A row that posts one, even empty («Uten fase»), keeps it."""
    prefix, column = table.name, table.group_by
    total = ascii_int(data.get(f"{prefix}-TOTAL_FORMS"), default=0, maximum=table.max_rows + 50)
    data = data.copy()
    above = None
    for index in range(total):
        key = f"{prefix}-{index}-{column}"
        if key in data:
            above = data[key]
        elif above is not None and f"{prefix}-{index}-id" in data:
            data[key] = above
    return data


class StepForms:
    """The form (and, for a step with a table, the formset) of one step, bound or not."""

    def __init__(self, step, data=None, stored=None):
        self.step = step
        stored = stored or {}
        initial = {f.name: f.kind.to_initial(stored.get(f.name, "")) for f in step.fields}
        self.form = form_class(step)(data=data, initial=initial)
        self.formset = None
        if step.table is not None:
            table = step.table
            rows = [
                {
                    "id": r.get("id", ""),
                    **{c.name: c.kind.to_initial(r.get(c.name)) for c in table.columns},
                }
                for r in stored.get(table.name, [])
            ]
            if data is not None and table.group_by:
                data = fill_down_groups(data, table)
            self.formset = formset_class(table)(data=data, initial=rows, prefix=table.name)

    def is_valid(self):
        valid = self.form.is_valid()
        if self.formset is not None:
            valid = self.formset.is_valid() and valid
        return valid

    @property
    def error_count(self):
        count = len(self.form.errors)
        if self.formset is not None:
            count += sum(len(e) for e in self.formset.errors) + len(self.formset.non_form_errors())
        return count

    def errors_for_summary(self):
        """(anchor id, label, message) for every error, in the order they appear on the page."""
        items = []
        table_position = self._table_position()
        for index, name in enumerate([f.name for f in self.step.fields]):
            if index == table_position:
                items.extend(self._table_errors())
            label = self.form.fields[name].label
            for message in self.form.errors.get(name, []):
                # "Planlagt slutt kan ikke …" needs no "Planlagt slutt:" in front of it
                items.append((f"id_{name}", "" if message.startswith(label) else label, message))
        if table_position == len(self.step.fields):
            items.extend(self._table_errors())
        for message in self.form.non_field_errors():
            items.append(("", "", message))
        return items

    def _table_position(self):
        if self.step.table is None:
            return -1
        names = [f.name for f in self.step.fields]
        if self.step.table_after in names:
            return names.index(self.step.table_after) + 1
        return len(names)

    def _table_errors(self):
        if self.formset is None or not self.formset.is_bound:
            return []
        items = []
        table = self.step.table
        for message in self.formset.non_form_errors():
            items.append((f"{table.name}-tabell", table.label, message))
        for index, row_form in enumerate(self.formset.forms):
            for name, messages in row_form.errors.items():
                label = row_form.fields[name].label if name in row_form.fields else ""
                for message in messages:
                    items.append(
                        (
                            f"id_{table.name}-{index}-{name}",
                            f"{table.row_label} {index + 1}: {label}",
                            message,
                        )
                    )
        return items

    def cleaned(self):
        """The step's data as stored: strings, ISO dates, booleans, rows with stable ids."""
        data = {
            f.name: f.kind.to_stored(self.form.cleaned_data.get(f.name)) for f in self.step.fields
        }
        if self.formset is not None:
            table = self.step.table
            data[table.name] = [
                {
                    "id": row.cleaned_data.get("id") or new_row_id(),
                    **{
                        c.name: c.kind.to_stored(row.cleaned_data.get(c.name))
                        for c in table.columns
                    },
                }
                for row in self.formset.forms
            ]
        return data
