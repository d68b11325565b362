"""The site's own shape, read once per request: its sections, the pages about the portal, where
each section lives, and how to reach the editors. The header, the footer, glossary links and the
search all ask here, so none of them looks the same thing up again.

It is kept in the shared cache per site under the version of its cache tags, so a publish that
changes the menus or the contact details gives it a new key (core/cachetags.py): reading it was
two queries on every page, one of them a scan of the page tree."""

from django.core.cache import cache

from wagtail.models import Site

from core.cachepurge import NAVIGATION
from core.cachetags import ALL, model_tag, versions
from core.queries import public_live
from home.models import SiteContact

EMPTY = {"root": None, "sections": [], "about": [], "urls": {}, "contact": None}
# The header and footer show the sections and the editors' contact details.
NAVIGATION_TAGS = (NAVIGATION, model_tag(SiteContact), ALL)
NAVIGATION_SECONDS = 60 * 60 * 24


def site_navigation(request):
    nav = getattr(request, "_portal_navigation", None)
    if nav is None:
        nav = request._portal_navigation = _cached(request)
    return nav


def navigation_version():
    """Changes whenever the menus or the contact details may have: part of the cache keys of the
    navigation and of the header and footer fragments."""
    current = versions(NAVIGATION_TAGS, create=True)
    return "-".join(str(current.get(tag)) for tag in NAVIGATION_TAGS)


def _cached(request):
    site = Site.find_for_request(request)
    if site is None:
        return EMPTY
    key = f"navigation:{site.pk}:{navigation_version()}"
    nav = cache.get(key)
    if nav is None:
        nav = _read(request)
        cache.set(key, nav, NAVIGATION_SECONDS)
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
