from html import unescape

from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator

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


# Where each page type keeps its own short text, tried in order when the editor has left
# «Søkebeskrivelse» (search_description) empty.
SUMMARY_FIELDS = ("search_description", "summary", "short_description", "intro")
DESCRIPTION_LENGTH = 160


@register.simple_tag
def meta_description(page):
    """The page's summary as plain text for <meta name="description">, at most 160 characters
    (cut at a word), or "" when the page has none."""
    for name in SUMMARY_FIELDS:
        value = getattr(page, name, "") if page else ""
        text = " ".join(strip_tags(str(value or "")).split())
        if text:
            return Truncator(unescape(text)).chars(DESCRIPTION_LENGTH)
    return ""
