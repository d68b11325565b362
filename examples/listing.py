"""What the example listing (/eksempler/) shows for one request: results, facets, chips, title."""

from django.core.paginator import EmptyPage, PageNotAnInteger
from django.http import JsonResponse

from examples.facets import CachedCountPaginator, cached_facet_counts
from examples.filters import SORTS, ExampleFilterSet


def listing_context(request, examples, page_size, scope):
    """The template context for ``examples`` (public examples) filtered by the request's GET
    parameters; ``scope`` keeps one index page's cached counts apart from another's."""
    filterset = ExampleFilterSet(request.GET, queryset=examples)
    facets = cached_facet_counts(filterset, filterset.searched, scope=scope)
    results = filterset.order(filterset.narrow(filterset.searched)).select_related("municipality")
    paginator = CachedCountPaginator(results, page_size, scope=(scope, filterset))
    try:
        page_obj = paginator.page(request.GET.get("side", 1))
    except (PageNotAnInteger, EmptyPage):
        page_obj = paginator.page(1)
    # A list, not a sliced queryset the template would run (tests/portal/test_template_context.py).
    page_obj.object_list = list(page_obj.object_list)
    chips = [
        (f"{facet.label}: {value.label}", filterset.querystring(without=(facet.name, value.value)))
        for facet in facets
        for value in facet.values
        if value.selected
    ]
    if filterset.query:
        text = filterset.query
        chips.append((f"Tekst: «{text}»", filterset.querystring(without=("q", text))))
    query = filterset.querystring()
    chosen = [value.label for facet in facets for value in facet.values if value.selected]
    if filterset.query:
        chosen.append(f"«{filterset.query}»")
    return {
        "filter_summary": ", ".join(chosen),
        "examples": page_obj,
        "paginator": paginator,
        "filter": filterset,
        "facets": facets,
        "chips": chips,
        "sorts": SORTS,
        "pagination_query": f"&{query}" if query else "",
        "noindex": filterset.active_count > 1,
    }


def count_response(request, examples, scope):
    """How many examples the form's current state gives, and each value's count under it: the
    listing's script updates «Vis N eksempler» and the counts as boxes are ticked."""
    filterset = ExampleFilterSet(request.GET, queryset=examples)
    facets = cached_facet_counts(filterset, filterset.searched, scope=scope)
    count = filterset.narrow(filterset.searched).count()
    response = JsonResponse(
        {
            "count": count,
            "facets": {facet.name: {v.value: v.count for v in facet.values} for facet in facets},
        }
    )
    response["X-Robots-Tag"] = "noindex"
    return response
