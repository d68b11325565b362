"""The page cache: anonymous GETs served from the shared cache, purged by cache tags.

A response is stored only when nothing in it can belong to one visitor: a GET or HEAD without a
session cookie (editors are logged in, and previews and drafts live under /admin/), status 200,
no cookie set, no ``Vary: Cookie`` (a CSRF token or the session was used), no ``private``,
``no-store`` or ``no-cache``, not a Wagtail preview, not under ``PAGE_CACHE_EXEMPT_PATHS``.
Everything else passes through untouched and gets ``Cache-Control: private`` if it said nothing,
so no proxy stores it either.

A stored response carries the versions of its tags (core/cachetags.py); a lookup reads the
entry, then the tags' current versions, and serves it only if none moved. A request that began
before a purge never stores what it rendered (the epoch check). Hits answer conditional requests
with 304, and send the body gzip- or brotli-compressed when the browser accepts it: compressing
here is safe from BREACH because a stored page holds no secret (no CSRF token, nothing
per-visitor). Pages that are not stored are never compressed by the portal.
"""

import gzip
import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, parse_http_date
from django.utils.module_loading import import_string

import brotli

from core import cachetags, frontendcache

ENTRY_PREFIX = "pagecache:page:"
SKIPPED_HEADERS = {"set-cookie", "date", "content-length", "vary", "cache-control", "etag"}
UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.enabled = settings.PAGE_CACHE_ENABLED
        self.seconds = settings.PAGE_CACHE_SECONDS
        self.max_age = settings.PAGE_CACHE_MAX_AGE
        self.s_maxage = settings.PAGE_CACHE_S_MAXAGE
        self.exempt = tuple(settings.PAGE_CACHE_EXEMPT_PATHS)

    def __call__(self, request):
        if not self.enabled or not self.cacheable_request(request):
            return self.private(self.get_response(request))
        key = entry_key(request)
        found = cache.get_many([key, cachetags.EPOCH_KEY])
        entry = found.get(key)
        if entry is not None and self.fresh(entry):
            return self.hit(request, entry)
        request._cache_tags = set()
        response = self.get_response(request)
        if not self.storable(request, response):
            return self.private(response)
        if cachetags.epoch() != found.get(cachetags.EPOCH_KEY):
            # Something was purged while this page was made: it may show the old state.
            return self.private(response)
        return self.store(request, response, key)

    # Which requests and responses ----------------------------------------------------------

    def cacheable_request(self, request):
        return (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "HTTP_AUTHORIZATION" not in request.META
            and not request.path.startswith(self.exempt)
        )

    def storable(self, request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if getattr(request, "is_preview", False) or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return False
        control = response.get("Cache-Control", "").lower()
        if any(directive in control for directive in UNCACHEABLE_DIRECTIVES):
            return False
        vary = {v.strip().lower() for v in response.get("Vary", "").split(",")}
        return "cookie" not in vary and "*" not in vary

    @staticmethod
    def private(response):
        if "Cache-Control" not in response:
            response["Cache-Control"] = "private"
        return response

    # Storing and serving --------------------------------------------------------------------

    def store(self, request, response, key):
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        tags = set(request._cache_tags) | {cachetags.ALL}
        if not getattr(request, "_cache_page_served", False):
            # Not a page of the tree (search, sitemap, API): it may show any content.
            tags.add(cachetags.CONTENT)
        content = response.content
        entry = {
            "status": response.status_code,
            "headers": [(k, v) for k, v in response.items() if k.lower() not in SKIPPED_HEADERS],
            "vary": [v.strip() for v in response.get("Vary", "").split(",") if v.strip()],
            "content": content,
            "gzip": gzip.compress(content, 6, mtime=0),
            "br": brotli.compress(content, quality=5),
            "etag": f'"{hashlib.sha256(content).hexdigest()[:32]}"',
            "last_modified": http_date(time.time()),
            "versions": cachetags.versions(tags, create=True),
            "on_hit": getattr(request, "_cache_on_hit", None),
        }
        cache.set(key, entry, self.seconds)
        frontendcache.remember(request.build_absolute_uri(), tags, self.seconds)
        self.headers(response, entry)
        return conditional(request, response, entry)

    def fresh(self, entry):
        stored = entry["versions"]
        return cachetags.versions(stored) == stored

    def hit(self, request, entry):
        if entry["on_hit"]:
            path, args = entry["on_hit"]
            import_string(path)(*args)
        encoding = accepted_encoding(request)
        body = entry[encoding] if encoding else entry["content"]
        response = HttpResponse(b"" if request.method == "HEAD" else body, status=entry["status"])
        for header, value in entry["headers"]:
            response[header] = value
        if encoding:
            response["Content-Encoding"] = encoding
        response["Content-Length"] = str(len(body))
        self.headers(response, entry)
        return conditional(request, response, entry)

    def headers(self, response, entry):
        response["ETag"] = entry["etag"]
        response["Last-Modified"] = entry["last_modified"]
        response["Cache-Control"] = f"public, max-age={self.max_age}, s-maxage={self.s_maxage}"
        # What the page depends on is in the tags; the body differs only by its encoding.
        if "Vary" in response:
            del response["Vary"]
        patch_vary_headers(response, [*entry["vary"], "Accept-Encoding"])


def conditional(request, response, entry):
    """304 Not Modified when the browser's ETag or date matches the stored page."""
    last_modified = parse_http_date(entry["last_modified"])
    return get_conditional_response(
        request, etag=entry["etag"], last_modified=last_modified, response=response
    )


def entry_key(request):
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return ENTRY_PREFIX + hashlib.sha256(url.encode()).hexdigest()


def accepted_encoding(request):
    """The best encoding the browser accepts: brotli, then gzip (q=0 means refused)."""
    accepted = {}
    for part in request.headers.get("Accept-Encoding", "").split(","):
        name, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        accepted[name.strip().lower()] = q
    for encoding in ("br", "gzip"):
        if accepted.get(encoding, 0) > 0:
            return encoding
    return None
