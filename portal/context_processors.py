"""Site-wide template context, computed lazily so admin and API views never pay for it."""

from django.utils.functional import SimpleLazyObject

from wagtail.models import Site

from portal.queries import public_live


def _navigation(request):
    site = Site.find_for_request(request)
    if site is None:
        return {"root": None, "sections": [], "about": [], "urls": {}}
    root = site.root_page
    children = list(public_live(root.get_children(), request).order_by("path"))
    # The header menu: sections shown in menus. The footer adds the pages about the portal itself.
    sections = [page for page in children if page.show_in_menus]
    about = [page for page in children if page.specific_class.__name__ == "InformationPage"]
    urls = {page.specific_class.__name__: page.get_url(request) for page in sections}
    return {"root": root, "sections": sections, "about": about, "urls": urls}


def navigation(request):
    nav = SimpleLazyObject(lambda: _navigation(request))
    return {
        "portal_nav": nav,
        "glossary_url": SimpleLazyObject(lambda: nav["urls"].get("GlossaryIndexPage", "")),
    }
