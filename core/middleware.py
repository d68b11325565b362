"""Let same-origin form posts from pages with ``Referrer-Policy: no-referrer`` pass CSRF.

The mandate wizard's pages send ``no-referrer`` so a draft's address never leaks. A browser then
sends ``Origin: null`` with every form post from such a page, and Django's CSRF middleware
refuses a null origin. Fetch metadata tells the truth here: ``Sec-Fetch-Site: same-origin`` is
set by the browser itself and cannot be forged by another site. Only for that combination is the
origin restored to the site's own before Django's CsrfViewMiddleware runs, which still checks
the CSRF token as always. A null origin from anywhere else is left alone and refused.
"""


class SameOriginNullOriginMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        meta = request.META
        if meta.get("HTTP_ORIGIN") == "null" and meta.get("HTTP_SEC_FETCH_SITE") == "same-origin":
            meta["HTTP_ORIGIN"] = f"{request.scheme}://{request.get_host()}"
        return self.get_response(request)
