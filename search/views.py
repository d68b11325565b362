"""The search page (/sok/) and its autocomplete endpoint (/sok/forslag/)."""

from urllib.parse import urlencode

from django.db import OperationalError
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from core.cachetags import on_cache_hit
from core.queries import restricted_paths
from examples.snippets import TargetGroup
from home.navigation import section_url
from places.regions import County

from .analysis import parse
from .engine import get_engine, visibility
from .query import MAX_QUERY_LENGTH, clean_query
from .querylog import log_query
from .suggest import suggestions as find_suggestions
from .types import RESULT_TYPES, TYPES_BY_KEY

AUTOCOMPLETE_LIMIT = 8
AUTOCOMPLETE_MIN_LENGTH = 2


def promotions(request, query_text):
    """Editors' recommended results («anbefalte treff») for exactly this query, live and public."""
    picks = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query_text))
        .select_related("page")
        .order_by("sort_order")
    )
    hidden = restricted_paths(request)
    shown = []
    for pick in picks:
        page = pick.page
        if page is not None:
            if not page.live or any(page.path.startswith(p) for p in hidden):
                continue
            shown.append(
                {"title": page.title, "url": page.get_url(request), "text": pick.description}
            )
        elif pick.external_link_url:
            shown.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "text": pick.description,
                }
            )
    return shown


def search_url(query, type_key=""):
    params = {"q": query}
    if type_key:
        params["type"] = type_key
    return "?" + urlencode(params)


def example_filters(request):
    """Ways into the example bank for a search that found little: counties and target groups."""
    base = section_url(request, "ExampleIndexPage", "/eksempler/")
    groups = [
        {"label": group.name, "url": f"{base}?{urlencode({'malgruppe': group.slug})}"}
        for group in TargetGroup.objects.all()[:12]
    ]
    counties = [
        {"label": county.name, "url": f"{base}?{urlencode({'fylke': county.slug})}"}
        for county in County.objects.current().order_by("name")
    ]
    return {"url": base, "groups": groups, "counties": counties}


@require_GET
def search(request):
    raw_query = request.GET.get("q", "")
    query = clean_query(raw_query)
    type_key = request.GET.get("type", "")
    if type_key not in TYPES_BY_KEY:
        type_key = ""
    page_number = request.GET.get("side", 1)
    parsed = parse(query) if query else None
    outcome = None
    picks = []
    timed_out = False
    if parsed:
        try:
            outcome = get_engine(request).search(parsed, type_key, page_number)
        except OperationalError:  # the web statement timeout (portal/wsgi.py): say so, no 500
            timed_out = True
    if outcome is not None:
        first_view = outcome.page.number == 1 and not type_key
        if first_view:
            picks = promotions(request, query)
            log_query(query, outcome.counts["alle"])
            on_cache_hit(request, "search.querylog.log_query", query, outcome.counts["alle"])
    filters = []
    help_links = None
    if outcome is not None and outcome.page.paginator.count < 3:
        help_links = example_filters(request)
    if outcome is not None:
        filters = [{"key": "", "label": "Alle", "count": outcome.counts["alle"]}] + [
            {"key": t.key, "label": t.label, "count": outcome.counts[t.key]} for t in RESULT_TYPES
        ]
        for item in filters:
            item["url"] = search_url(query, item["key"])
    return TemplateResponse(
        request,
        "portal/search.html",
        {
            "is_search_page": True,
            "query": query,
            "raw_query": raw_query[:MAX_QUERY_LENGTH],
            "query_was_emptied": bool(raw_query.strip()) and not query,
            "only_common_words": bool(query) and not parsed,
            "query_was_cut": len(raw_query) > MAX_QUERY_LENGTH,
            "type_key": type_key,
            "type_label": TYPES_BY_KEY[type_key].label if type_key else "",
            "filters": filters,
            "outcome": outcome,
            "results": outcome.page if outcome else None,
            "promotions": picks,
            "extra_query": "&"
            + urlencode({"q": query, **({"type": type_key} if type_key else {})}),
            "all_types_url": search_url(query),
            "corrected": parsed.corrected_text if parsed else "",
            "corrected_url": search_url(parsed.corrected_text) if parsed else "",
            "broader": [
                {"text": term, "url": search_url(term)} for term in parsed.broader_terms[:6]
            ]
            if parsed
            else [],
            "help_links": help_links,
            "timed_out": timed_out,
        },
    )


@require_GET
def autocomplete(request):
    """Suggestions for what has been typed so far, from the vocabulary (suggest.py), as JSON:
    title, type, address and language of each."""
    query = clean_query(request.GET.get("q", ""))[:100]
    found = []
    if len(query) >= AUTOCOMPLETE_MIN_LENGTH:
        found = find_suggestions(query, visibility(request), AUTOCOMPLETE_LIMIT)
        for item in found:
            if not item["url"]:
                item["url"] = "/sok/" + search_url(item["title"])
    response = JsonResponse({"query": query, "suggestions": found})
    response["Cache-Control"] = "public, max-age=60"
    return response
