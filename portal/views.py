"""Site-wide views: the Norwegian error pages, robots.txt and the favicon (search: ``search``)."""

from django.conf import settings
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.templatetags.static import static

from core.http import private
from core.typed import typed_values
from examples.proposals import typed_label as proposal_label
from mandates.models import MandateWizardPage
from mandates.sections import typed_label as wizard_label


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def typed_label_for(post):
    """Which of the site's forms came back: a wizard step carries its section's version, anything
    else is taken for the example proposal. Only their text fields are given back."""
    return wizard_label if "versjon" in post else proposal_label


def csrf_failure(request, reason=""):
    """A form came back without a valid security token (the page was open very long, or the
    browser refuses cookies). Nothing is saved, so the page says so in Norwegian and shows what
    was typed, so it can be copied into a fresh form. Scripts get JSON they can act on."""
    if "application/json" in request.headers.get("Accept", ""):
        response = JsonResponse({"status": "csrf"}, status=403)
    else:
        # Only a post from the site's own pages gets its text back: another site could
        # otherwise make this page show words of its choosing under the portal's header.
        same_origin = request.headers.get("Sec-Fetch-Site") in ("same-origin", None) and (
            request.headers.get("Origin")
            in (None, "null", f"{request.scheme}://{request.get_host()}")
        )
        typed = typed_values(request.POST, typed_label_for(request.POST)) if same_origin else []
        response = render(request, "403_csrf.html", {"typed": typed}, status=403)
    return private(response)  # what was typed may be a working group's draft


def server_error(request):
    # Rendered without a request context or database access: the database may be what failed.
    return HttpResponseServerError(loader.render_to_string("500.html"))


def robots_txt(request):
    """Crawlers may read the public pages; admin, search results, the API and share links are
    not for them (results and filter combinations are endless, and share links are secrets)."""
    disallow = ["/admin/", "/sok/", "/api/"]
    wizard = MandateWizardPage.objects.live().public().first()
    if wizard is not None and wizard.url:
        disallow.append(f"{wizard.url}lenke/")
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in disallow)]
    lines.append(f"Sitemap: {settings.PUBLIC_BASE_URL}/sitemap.xml")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def favicon(request):
    """The icon every page links to, for clients that ask for /favicon.ico regardless."""
    return redirect(static("img/favicon.svg"), permanent=True)
