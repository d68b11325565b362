"""Site-wide template context, computed lazily so admin and API views never pay for it."""

from django.utils.functional import SimpleLazyObject

from home.navigation import section_url, site_navigation


def navigation(request):
    return {
        "portal_nav": SimpleLazyObject(lambda: site_navigation(request)),
        "glossary_url": SimpleLazyObject(lambda: section_url(request, "GlossaryIndexPage")),
    }
