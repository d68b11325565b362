"""Content-Security-Policy for the public site.

Every script and stylesheet the portal serves is a static file of its own: no inline script,
no ``<style>`` element, no event-handler attribute. The policy says so, so that text an editor,
a visitor or a working group typed can never run as script even if an escaping mistake let it
into a page. Style attributes are allowed (Wagtail's responsive embeds use them); images and
embedded frames may come from HTTPS sources (oEmbed), everything else only from the site itself.

The Wagtail admin under ``/admin/`` has needs of its own and is left out, as are Django's
debug error pages (inline CSS) when DEBUG is on.
"""

from django.conf import settings

POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "style-src-attr": "'unsafe-inline'",
    "img-src": "'self' data: https:",
    "frame-src": "'self' https:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


HEADER = "; ".join(f"{directive} {sources}" for directive, sources in POLICY.items())


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.exempt = tuple(settings.CONTENT_SECURITY_POLICY_EXEMPT_PATHS)

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(self.exempt) or "Content-Security-Policy" in response:
            return response
        if settings.DEBUG and response.status_code >= 400:
            return response  # Django's technical error pages carry inline CSS and script
        response["Content-Security-Policy"] = HEADER
        return response


# Features no page of the portal uses are switched off for it and anything it embeds.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "camera",
        "microphone",
        "geolocation",
        "payment",
        "usb",
        "serial",
        "bluetooth",
        "browsing-topics",
    )
)
# Other sites may not embed the portal's responses (images, scripts, documents) in their pages;
# the API and the feed are for everyone (their readers use CORS or fetch them directly).
CROSS_ORIGIN_READABLE = ("/api/", "/eksempler/atom/")


class PermissionsPolicyMiddleware:
    """Permissions-Policy and Cross-Origin-Resource-Policy on every response, the admin's too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        readable = request.path.startswith(CROSS_ORIGIN_READABLE)
        response.setdefault(
            "Cross-Origin-Resource-Policy", "cross-origin" if readable else "same-origin"
        )
        return response
