"""Site-wide template context, computed lazily so admin and API views never pay for it."""

from django.utils.functional import SimpleLazyObject

from core.cachetags import depends_on
from home.navigation import NAVIGATION_TAGS, navigation_version, section_url, site_navigation


def navigation(request):
    depends_on(request, *NAVIGATION_TAGS)
    return {
        "portal_nav": SimpleLazyObject(lambda: site_navigation(request)),
        "glossary_url": SimpleLazyObject(lambda: section_url(request, "GlossaryIndexPage")),
        # Part of the header's and footer's fragment cache keys: a purge of the menus or the
        # contact details gives them new keys, so a cached fragment is never stale.
        "navigation_version": SimpleLazyObject(navigation_version),
    }
