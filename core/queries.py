"""Querysets for public pages that share per-request work.

Wagtail's ``.public()`` reads every page view restriction each time it is called; a page that
lists its siblings, its examples and the menu would do that three times. Here the restricted paths
are read once per request, and a page's ancestors once per page object.
"""

from django.db.models import Q

from wagtail.models import PageViewRestriction


def restricted_paths(request=None):
    cached = getattr(request, "_portal_restricted_paths", None)
    if cached is None:
        cached = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        if request is not None:
            request._portal_restricted_paths = cached
    return cached


def public_live(queryset, request=None):
    """Live pages outside every view-restricted part of the tree (what anonymous users may see)."""
    condition = Q()
    for path in restricted_paths(request):
        condition &= ~Q(path__startswith=path)
    return queryset.live().filter(condition)


def hidden_pages_condition(request=None):
    """The opposite of ``public_live``: pages that are not live or are in a restricted part."""
    condition = Q(live=False)
    for path in restricted_paths(request):
        condition |= Q(path__startswith=path)
    return condition


def ancestors(page):
    """The page's ancestors below the tree root, fetched once per page object."""
    if not hasattr(page, "_portal_ancestors"):
        page._portal_ancestors = list(page.get_ancestors().filter(depth__gt=1))
    return page._portal_ancestors
