"""Site-wide views: search and the Norwegian error pages."""

import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.template.response import TemplateResponse

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from glossary.models import GlossaryTerm

MAX_QUERY_LENGTH = 200
NON_WORD = re.compile(r"[^\w]+|_")
RESULTS_PER_PAGE = 20


def clean_query(raw):
    """Words only: punctuation and operators become spaces, whitespace collapses, length is capped.

    The search backends parse their own query syntax (quotes, minus, brackets); a user's stray
    quote or angle bracket must never reach them as syntax.
    """
    words = NON_WORD.sub(" ", (raw or "")[: MAX_QUERY_LENGTH * 4])
    return " ".join(words.split())[:MAX_QUERY_LENGTH].strip()


def search(request):
    raw_query = request.GET.get("q", "")
    query = clean_query(raw_query)
    results = None
    terms = []
    if query:
        pages = Page.objects.live().public().specific().search(query)
        paginator = Paginator(pages, RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("side", 1))
        except (PageNotAnInteger, EmptyPage):
            results = paginator.page(1)
        terms = list(get_search_backend().search(query, GlossaryTerm.objects.filter(live=True))[:5])
    return TemplateResponse(
        request,
        "portal/search.html",
        {
            "query": query,
            "raw_query": raw_query[:MAX_QUERY_LENGTH],
            "query_was_emptied": bool(raw_query.strip()) and not query,
            "results": results,
            "terms": terms,
        },
    )


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without a request context or database access: the database may be what failed.
    return HttpResponseServerError(loader.render_to_string("500.html"))
