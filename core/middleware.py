"""Let same-origin form posts from pages with ``Referrer-Policy: no-referrer`` pass CSRF.

The mandate wizard's pages send ``no-referrer`` so a draft's address never leaks. A browser then
sends ``Origin: null`` with every form post from such a page, and Django's CSRF middleware
refuses a null origin. Fetch metadata tells the truth here: ``Sec-Fetch-Site: same-origin`` is
set by the browser itself and cannot be forged by another site. Only for that combination is the
origin restored to the site's own before Django's CsrfViewMiddleware runs, which still checks
the CSRF token as always. A null origin from anywhere else is left alone and refused.
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class SameOriginNullOriginMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        meta = request.META
        if meta.get("HTTP_ORIGIN") == "null" and meta.get("HTTP_SEC_FETCH_SITE") == "same-origin":
            meta["HTTP_ORIGIN"] = f"{request.scheme}://{request.get_host()}"
        return self.get_response(request)


class AdminLocaleMiddleware(LocaleMiddleware):
    """Django's language negotiation for the admin only.

    The public site's text is bokmål whatever the browser asks for (nynorsk pages say so with
    ``lang="nn"`` on their content), so its pages do not vary by ``Accept-Language`` and a cache
    can keep one copy of each. Without this, every public response said ``Vary: Accept-Language``
    and a browser preferring nynorsk got Django's own strings in nynorsk beside bokmål ones."""

    def process_request(self, request):
        if request.path.startswith("/admin/"):
            return super().process_request(request)
        translation.activate(settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return None

    def process_response(self, request, response):
        if request.path.startswith("/admin/"):
            return super().process_response(request, response)
        return response
