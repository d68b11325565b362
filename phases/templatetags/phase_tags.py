from django import template

from phases.roles import role_labels as read_role_labels

register = template.Library()


@register.simple_tag
def role_labels(keys):
    """Stored role keys as readers see them; unknown keys are shown as stored."""
    labels = read_role_labels()
    return ", ".join(labels.get(key, key) for key in keys or [])
