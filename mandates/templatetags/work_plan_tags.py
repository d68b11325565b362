"""The work plan's compact table (``templates/mandates/includes/work_plan.html``).

Rows are made here as plain strings, each control by its column's kind (``Kind.cell``): 300
rows of nine controls through template includes, or Django forms and ``format_html``, took
0.4 s of CPU and 550 kB (bench/work_plan.py prints the figures now). A plan just opened is read
from the stored rows without building 300 row forms; one coming back with errors (a refused
save, or the review's «mangler» links) is read from its forms, so every message and typed
value is shown.
"""

from html import escape

from django import template
from django.utils.safestring import mark_safe

from mandates.work_plan import PlanFilter, PlanRow, plan_groups, responsible_options

register = template.Library()


def _sources(forms, table):
    """(values as the controls hold them, errors by column) per row."""
    formset = forms.formset
    flagged = getattr(forms, "flagged_summary", None)
    if not formset.is_bound and not flagged:
        return [
            (
                {c.name: c.kind.posted(row.get(c.name)) for c in table.columns}
                | {"id": row.get("id", "")},
                {},
            )
            for row in formset.initial or []
        ]
    return [
        (
            {c.name: form[c.name].value() for c in table.columns}
            | {"id": form["id"].value() or ""},
            {name: list(messages) for name, messages in form.errors.items()},
        )
        for form in formset.forms
    ]


@register.simple_tag(takes_context=True)
def work_plan(context, forms, table):
    """The groups of the table and its filter (from the query string)."""
    formset = forms.formset
    plan_filter = PlanFilter.from_query(context["request"].GET, table)
    sources = _sources(forms, table)
    groups = plan_groups(sources, table, plan_filter, show_all=formset.is_bound)
    return {
        "groups": groups,
        "shown": sum(g.shown for g in groups),
        "filter": plan_filter,
        "responsibles": responsible_options(values for values, _ in sources),
        "statuses": table.column("status").kind.choices,
        "count": len(sources),
        "prefix": formset.prefix,
        # Given to the template, not looked up on the formset there: «formset.management_form»
        # in a template tries formset["management_form"] first, and a formset's __getitem__
        # builds every row's form (300 forms: 60 % of the step's CPU, bench/work_plan.py).
        "management_form": formset.management_form,
        "non_form_errors": formset.non_form_errors(),
    }


@register.simple_tag
def plan_rows(group, table, prefix, count):
    # Safe: every value in the rows is escaped by _row and the kinds' ``cell``.
    return mark_safe(  # noqa: S308
        "".join(
            _row(
                row,
                table,
                prefix,
                str(row.number),
                str(row.number - 1),
                last=row.number == count,
                says_group=position == 0,
            )
            for position, row in enumerate(group.rows)
        )
    )


@register.simple_tag
def plan_template(table, prefix):
    """An empty row for work_plan.js to copy: «__prefix__» is the row's index, «__n__» its
    number, as in a formset's empty form."""
    values = {c.name: c.kind.posted(c.kind.empty()) for c in table.columns} | {"id": ""}
    row = PlanRow(0, values, {}, True)
    # Safe: as plan_rows.
    return mark_safe(  # noqa: S308
        _row(row, table, prefix, "__n__", "__prefix__", last=True, says_group=True)
    )


def _row(row, table, prefix, number, index, last, says_group):
    """One task as a table row: its number, a control per column, and buttons to move and remove
    it. The group's column is a hidden input in the group's first row only (``says_group``): the
    rows after it take it from the row above (``forms.fill_down_groups``); one a row was 19 kB of
    a 300-row plan.

    End tags HTML lets out (``</td>``, ``</th>``, ``</tr>``, ``</option>``) are left out: 15 kB of
    a 300-row plan, and the browser builds the same table."""
    what = f"{table.row_label.lower()} {number}"
    name = f"{prefix}-{index}-"
    group = ""
    if says_group:
        value = escape(str(row.values.get(table.group_by) or ""))
        group = f'<input type="hidden" name="{name}{table.group_by}" value="{value}">'
    cells = []
    for column in table.columns:
        if column.name == table.group_by:
            continue
        errors = row.errors.get(column.name)
        control_id = f"id_{name}{column.name}" if errors else ""
        # «Frist 12»: the row's number after the column heading (the table says the rest;
        # «, oppgave» in every label was 20 kB of a 300-row plan).
        label = f"{column.column_heading} {number}"
        cell = column.kind.cell(name + column.name, row.values.get(column.name), label, control_id)
        if errors:
            message = escape(" ".join(errors))
            cell += (
                f'<p class="ds-validation-message portal-field-error" id="{control_id}-feil"'
                f' data-color="danger">{message}</p>'
            )
        cells.append(f"<td>{cell}")
    up = " disabled" if index == "0" else ""
    down = " disabled" if last else ""
    return (
        f'<tr id="rad-{number}" data-row{"" if row.shown else " hidden"}><th scope="row">{number}'
        f'<input type="hidden" name="{name}id" value="{escape(str(row.values.get("id") or ""))}">'
        f"{group}{''.join(cells)}<td>"
        f'<button name="handling" value="opp-{index}" aria-label="Flytt opp {what}"{up}>↑</button>'
        f'<button name="handling" value="ned-{index}" aria-label="Flytt ned {what}"{down}>'
        "↓</button>"
        f'<button name="handling" value="fjern-{index}" aria-label="Fjern {what}">✕</button>'
    )
