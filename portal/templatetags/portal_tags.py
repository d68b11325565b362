from django import template

from portal.queries import ancestors

register = template.Library()


@register.simple_tag
def page_ancestors(page):
    """Ancestors from the home page down, shared with the page's own context (one query)."""
    return ancestors(page)
