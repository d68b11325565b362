from django import template

from phases.blocks import ResponsibleRole

register = template.Library()


@register.filter
def role_labels(keys):
    """Turn stored role keys into what readers see; unknown keys are shown as stored."""
    labels = dict(ResponsibleRole.choices)
    return [labels.get(key, key) for key in keys or []]
