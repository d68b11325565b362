"""The site's own shape, read once per request: its sections, the pages about the portal, where
each section lives, and how to reach the editors. The header, the footer, glossary links and the
search all ask here, so none of them looks the same thing up again."""

from wagtail.models import Site

from core.queries import public_live
from home.models import SiteContact

EMPTY = {"root": None, "sections": [], "about": [], "urls": {}, "contact": None}


def site_navigation(request):
    nav = getattr(request, "_portal_navigation", None)
    if nav is None:
        nav = request._portal_navigation = _read(request)
    return nav


def section_url(request, class_name, default=""):
    """Where the section of a page type lives («/ordliste/» for GlossaryIndexPage)."""
    return site_navigation(request)["urls"].get(class_name, default)


def _read(request):
    site = Site.find_for_request(request)
    if site is None:
        return EMPTY
    root = site.root_page
    children = list(public_live(root.get_children(), request).order_by("path"))
    return {
        "root": root,
        # The header menu: sections shown in menus. The footer adds the pages about the portal.
        "sections": [page for page in children if page.show_in_menus],
        "about": [page for page in children if page.specific_class.__name__ == "InformationPage"],
        # Every section type may appear once under the front page (SectionIndexPage.max_count).
        "urls": {page.specific_class.__name__: page.get_url(request) for page in children},
        "contact": SiteContact.for_site(site),
    }
