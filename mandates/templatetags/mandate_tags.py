"""Showing stored draft values: dates in Norwegian form, yes/no, choice labels, line breaks."""

import datetime

from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.html import format_html

from mandates.sections import EDITABLE_STEPS

register = template.Library()


def as_date(value):
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


@register.simple_tag
def cell(row, column):
    """One stored value as HTML, escaped (``linebreaksbr`` escapes before adding <br>)."""
    value = row.get(column.name) if isinstance(row, dict) else None
    if column.kind == "date":
        day = as_date(value)
        return day.strftime("%d.%m.%Y") if day else ""
    if column.kind == "bool":
        return "Ja" if value else ""
    if column.kind == "choice":
        return dict(column.choices).get(value, "")
    return linebreaksbr(value or "", autoescape=True)


@register.simple_tag
def field_value(data, spec):
    value = (data or {}).get(spec.name)
    if value in (None, "", False):
        return format_html('<span class="portal-empty">{}</span>', "Ikke fylt ut")
    return cell(data, spec)


@register.simple_tag
def document_steps(document, only=""):
    """(step, data) for each editable step in the document, or only the one named."""
    return [
        (step, document.sections.get(step.key, {}))
        for step in EDITABLE_STEPS
        if not only or step.key == only
    ]
