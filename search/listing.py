"""The example listing's free text (core.search.matching_ids → here): the same query analysis
and engine as /sok/."""

from django.conf import settings

from wagtail.search.backends import get_search_backend

from .analysis import parse
from .engine import matching_page_ids
from .query import clean_query

MAX_IDS = 2000


def matching_ids(queryset, query, request=None):
    parsed = parse(clean_query(query))
    if not parsed:
        return []
    if settings.PORTAL_SEARCH_ENGINE.endswith("PostgresEngine"):
        candidates = matching_page_ids(queryset, parsed, request, MAX_IDS)
        allowed = set(queryset.filter(pk__in=candidates).values_list("pk", flat=True))
        return [pk for pk in candidates if pk in allowed]
    words = " ".join(dict.fromkeys(f for w in parsed.words for f in w.forms))
    results = get_search_backend().search(words, queryset, operator="or")
    return [page.pk for page in results[:MAX_IDS]]
