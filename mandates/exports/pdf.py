"""The mandate as PDF/A-2b for the archive, made on the server with WeasyPrint from the print
view's own page (`mandates/print.html` and `mandates/document.css`), so the PDF has the print
view's layout: A4, the work plan on landscape pages, headings kept with what follows, rows never
split, the header row repeated on every page, the running header and «Side X av Y».

PDF/A-2b: WeasyPrint writes the XMP metadata (pdfaid part 2, conformance B), an sRGB output
intent, and embeds the fonts (Inter, the site's own font, from the npm package
@fontsource/inter; letters beyond Latin-1 come from its latin-ext files). Title, author (the
municipality), subject, keywords and creation date come from the page's <title> and <meta>
elements; the language from <html lang="nb">.

WeasyPrint fetches nothing from outside: `StaticFetcher` serves the page's stylesheet and fonts
from the static files and refuses every other address (nothing typed into a draft can make the
server fetch a URL).
"""

import hashlib
import mimetypes
from datetime import UTC
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.template.loader import render_to_string

from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from .outline import build_outline

BASE_URL = "https://veiviser.invalid/"  # a name that never resolves: nothing is fetched
PDF_VARIANT = "pdf/a-2b"
CACHE_SECONDS = 24 * 60 * 60
_FONTS = FontConfiguration()  # WeasyPrint's font set-up, reused by every export


class OutsideAddress(ValueError):
    """An address WeasyPrint may not fetch."""


def print_context(document, **extra):
    """What `mandates/print.html` needs to show a document."""
    created = document.exported_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"outline": build_outline(document), "created": created, **extra}


def build_pdf(document):
    """The PDF/A-2b file for a `MandateDocument`, as bytes."""
    return _write(_page(document))


def cached_pdf(document):
    """`build_pdf`, made once per content: WeasyPrint takes seconds for a long work plan
    (bench/exports.py), so a document whose page is the same as one made before (same text,
    status, version and date) comes from the cache. The key is a hash of the page itself, so
    any change to what the document shows makes a new PDF; the creation date is the first
    export's."""
    html = _page(document)
    key = "mandates:pdf:" + hashlib.sha256(_without_moment(html).encode()).hexdigest()
    data = cache.get(key)
    if data is None:
        data = _write(html)
        cache.set(key, data, CACHE_SECONDS)
    return data


def _page(document):
    return render_to_string("mandates/print.html", print_context(document, pdf=True))


def _write(html):
    page = HTML(string=html, base_url=BASE_URL, url_fetcher=StaticFetcher())
    return page.write_pdf(pdf_variant=PDF_VARIANT, font_config=_FONTS, full_fonts=True)


def _without_moment(html):
    """The page without its creation time (which changes with every export, the content not)."""
    return "\n".join(line for line in html.split("\n") if "dcterms." not in line)


class StaticFetcher(URLFetcher):
    """Static files (the stylesheet, the fonts) for WeasyPrint; any other address is refused."""

    def fetch(self, url, headers=None):
        static = BASE_URL.rstrip("/") + settings.STATIC_URL
        if not url.startswith(static):
            raise OutsideAddress(url)
        name = url[len(static) :].split("?", 1)[0].split("#", 1)[0]
        path = _static_path(name)
        if path is None:
            raise OutsideAddress(url)
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})


def _static_path(name):
    """The file of a static name: the collected (possibly hashed) copy, else the source."""
    if ".." in name.split("/"):
        return None
    try:
        if staticfiles_storage.exists(name):
            return Path(staticfiles_storage.path(name))
    except NotImplementedError:  # a storage without local paths
        pass
    found = finders.find(name)
    return Path(found) if found else None
