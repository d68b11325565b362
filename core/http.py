"""HTTP helpers shared by the apps' views."""

from django.http import HttpResponseRedirect


def private(response):
    """Nobody's business but the writer's: no referrer, no caching, no indexing."""
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


class HttpResponseSeeOther(HttpResponseRedirect):
    """303 See Other: after a form post, the browser GETs the new address (no re-post on
    reload or Back)."""

    status_code = 303


def see_other(url):
    return HttpResponseSeeOther(url)
