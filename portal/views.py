"""Site-wide views: the Norwegian error pages and robots.txt. Search lives in ``portal.search``."""

from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader

from portal.headers import private


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


TECHNICAL_FIELDS = {"csrfmiddlewaretoken", "website", "versjon", "handling"}


def csrf_failure(request, reason=""):
    """A form came back without a valid security token (the page was open very long, or the
    browser refuses cookies). Nothing is saved, so the page says so in Norwegian and shows what
    was typed, so it can be copied into a fresh form. Scripts get JSON they can act on."""
    if "application/json" in request.headers.get("Accept", ""):
        response = JsonResponse({"status": "csrf"}, status=403)
    else:
        typed = [
            value.strip()
            for key, values in request.POST.lists()
            if key not in TECHNICAL_FIELDS
            for value in values
            if value.strip()
        ]
        response = render(request, "403_csrf.html", {"typed": typed}, status=403)
    return private(response)  # what was typed may be a working group's draft


def server_error(request):
    # Rendered without a request context or database access: the database may be what failed.
    return HttpResponseServerError(loader.render_to_string("500.html"))


def robots_txt(request):
    """Crawlers may read the public pages; admin, search results, the API and share links are
    not for them (results and filter combinations are endless, and share links are secrets)."""
    from mandates.models import MandateWizardPage

    disallow = ["/admin/", "/sok/", "/api/"]
    wizard = MandateWizardPage.objects.live().public().first()
    if wizard is not None and wizard.url:
        disallow.append(f"{wizard.url}lenke/")
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in disallow)]
    lines.append(f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
