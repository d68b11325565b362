"""Site-wide views: the Norwegian error pages. Search lives in ``portal.search``."""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without a request context or database access: the database may be what failed.
    return HttpResponseServerError(loader.render_to_string("500.html"))
