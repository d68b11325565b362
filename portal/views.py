"""Site-wide views: the Norwegian error pages and robots.txt. Search lives in ``portal.search``."""

from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


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
