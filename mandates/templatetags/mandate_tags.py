"""Showing stored draft values as each field's kind shows them (``mandates/kinds.py``)."""

from django import template
from django.utils.html import format_html

from mandates.sections import EDITABLE_STEPS

register = template.Library()


@register.simple_tag
def cell(row, column):
    """One stored value as HTML, escaped by the kind (text through ``linebreaksbr``)."""
    value = row.get(column.name) if isinstance(row, dict) else None
    return column.kind.html(value)


@register.simple_tag
def field_value(data, spec):
    value = (data or {}).get(spec.name)
    if spec.kind.is_blank(value):
        return format_html('<span class="portal-empty">{}</span>', "Ikke fylt ut")
    return spec.kind.html(value)


@register.simple_tag
def document_steps(document, only=""):
    """(step, data) for each editable step in the document, or only the one named."""
    return [
        (step, document.sections.get(step.key, {}))
        for step in EDITABLE_STEPS
        if not only or step.key == only
    ]
