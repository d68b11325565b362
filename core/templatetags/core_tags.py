from django import template

from core.queries import ancestors

register = template.Library()

PAGES_ON_EACH_SIDE = 2
PAGES_AT_ENDS = 1


@register.simple_tag
def page_ancestors(page):
    """Ancestors from the home page down, shared with the page's own context (one query)."""
    return ancestors(page)


@register.simple_tag
def page_links(page_obj):
    """Page numbers to link to, with «…» for long gaps: 1 … 4 5 6 7 8 … 1001.

    A search for a common word can have a thousand pages; a link to each made the page 200 kB
    and took longer to render than the search itself.
    """
    paginator = page_obj.paginator
    return [
        None if number == paginator.ELLIPSIS else number
        for number in paginator.get_elided_page_range(
            page_obj.number, on_each_side=PAGES_ON_EACH_SIDE, on_ends=PAGES_AT_ENDS
        )
    ]
