"""Run a parsed query: ranked hits of one type, counts per type, and an exact glossary match.

Two engines with one interface, chosen by the setting ``PORTAL_SEARCH_ENGINE``:

* ``PostgresEngine`` (default): ranked queries straight on the index Wagtail's database backend
  keeps (``index_schema``), pages and glossary terms ranked together. A row matches when any word
  of the query matches, through its Norwegian stem, a synonym, a folded spelling, a compound part
  or a typo correction (``analysis``); rows are ranked by how much of the query they cover, then
  by where the words hit (``pg_query``).
* ``BackendEngine`` (Elasticsearch): the same forms through Wagtail's search API, OR-ed, ranked by
  Elasticsearch's score.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import NotSupportedError, connection
from django.db.models import Q, prefetch_related_objects
from django.utils.functional import cached_property
from django.utils.module_loading import import_string

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core.queries import restricted_paths
from glossary.models import GlossaryTerm
from home.navigation import section_url

from . import index_schema, pg_query
from .highlight import snippet
from .stopwords import IGNORED
from .types import (
    GLOSSARY_MODEL,
    RESULT_TYPES,
    TYPES_BY_KEY,
    content_type_ids,
    page_content_type_ids,
    type_content_type_ids,
    type_of,
)

RESULTS_PER_PAGE = 10  # RERANKED in pg_query is a multiple of it
BACKEND_RESULT_LIMIT = 500
ENTRY_COUNT_KEY = "portal-search-entry-count"


@dataclass
class Hit:
    obj: object
    type_label: str
    page_url: str = ""
    snippet: list = field(default_factory=list)
    municipality: str = ""
    glossary_url: object = None  # GlossaryUrl, for terms
    lang: str = ""  # "nn" for nynorsk pages
    complete: bool = True  # matches every word of the query

    @property
    def is_glossary(self):
        return self.glossary_url is not None

    @property
    def title(self):
        return self.obj.term if self.is_glossary else self.obj.title

    @property
    def url(self):
        if self.is_glossary:
            return f"{self.glossary_url.base}{self.obj.slug}/"
        return self.page_url


class GlossaryUrl:
    """The glossary's address, read from the site's navigation (home.navigation), which the
    page's header reads anyway; only when a term is shown."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def base(self):
        return section_url(self.request, "GlossaryIndexPage", "/ordliste/")


@dataclass
class Outcome:
    page: object  # django.core.paginator.Page of Hit
    counts: dict  # type key → hits; "alle" → all hits
    exact_term: object = None  # a GlossaryTerm whose term or variant is the whole query
    partial: bool = False  # no result has every word: ranked by how much of the query they have
    typo_tolerant: bool = False  # a word was corrected


class KnownCountPaginator(Paginator):
    def __init__(self, object_list, count, per_page=RESULTS_PER_PAGE):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count


def paginate(items, count, page_number):
    paginator = KnownCountPaginator(items, count)
    try:
        return paginator.page(page_number)
    except (PageNotAnInteger, EmptyPage):
        return paginator.page(1)


def exact_glossary_term(parsed):
    """A live term whose name or one of its variants is exactly the query (one query)."""
    text = parsed.normalised
    if not text:
        return None
    candidates = GlossaryTerm.objects.filter(live=True).filter(
        Q(term__iexact=text) | Q(variants__icontains=text)
    )[:10]
    for term in candidates:
        if is_exact_term(term, parsed):
            return term
    return None


def counts_by_type(ct_counts):
    counts = {"alle": sum(ct_counts.values())}
    for result_type in RESULT_TYPES:
        ids = type_content_type_ids(result_type)
        counts[result_type.key] = sum(n for ct, n in ct_counts.items() if ct in ids)
    return counts


def visibility(request):
    """What anyone may find (the view restrictions are read once per request)."""
    return pg_query.Visibility(
        page_type_ids=list(page_content_type_ids()),
        restricted_paths=list(restricted_paths(request)),
        glossary_type_ids=list(content_type_ids([GLOSSARY_MODEL])),
        page_table=Page._meta.db_table,
        term_table=GlossaryTerm._meta.db_table,
    )


def entry_count():
    """Rows in the index, for the words' idf; cached, as it only needs to be roughly right."""
    count = cache.get(ENTRY_COUNT_KEY)
    if count is None:
        count = index_schema.index_entry_model().objects.count()
        cache.set(ENTRY_COUNT_KEY, count, 600)
    return max(count, 1)


def execute(composed):
    connection.ensure_connection()
    with connection.cursor() as cursor:
        cursor.execute(composed.as_string(connection.connection))
        return cursor.fetchall()


def typed_words(parsed):
    """The query's words as typed (a phrase's words, a compound's parts): they count more than
    their synonyms and corrections in the title and the body rank."""
    typed = []
    for word in parsed.words:
        for part in [*word.text.split(), *word.parts]:
            if part.isalnum() and part not in IGNORED and part not in typed:
                typed.append(part)
    return typed or [parsed.words[0].text.split()[0]]


def ranking_for(parsed, exact_term=None):
    return pg_query.Ranking(
        text=parsed.text,
        typed=typed_words(parsed),
        total_entries=entry_count(),
        glossary_type_ids=tuple(content_type_ids([GLOSSARY_MODEL])),
        exact_term_id=exact_term.pk if exact_term is not None else None,
    )


def is_exact_term(term, parsed):
    text = parsed.normalised
    return term.term.lower() == text or text in (v.lower() for v in term.variant_list)


def make_hits(entries, request, glossary_url, parsed):
    """Specific objects for (content_type_id, object_id, text, complete) rows, in their order."""
    by_ct = {}
    for ct_id, object_id, _text, _complete in entries:
        by_ct.setdefault(ct_id, []).append(object_id)
    objects = {}
    for ct_id, ids in by_ct.items():
        model = ContentType.objects.get_for_id(ct_id).model_class()
        queryset = model._default_manager.filter(pk__in=ids)
        if hasattr(model, "municipality"):
            queryset = queryset.select_related("municipality")
        for obj in queryset:
            objects[(ct_id, str(obj.pk))] = obj
    hits = []
    keys = parsed.highlight_keys()
    for ct_id, object_id, text, complete in entries:
        obj = objects.get((ct_id, str(object_id)))
        if obj is not None:
            hit = make_hit(obj, request, glossary_url, keys, text)
            hit.complete = complete
            hits.append(hit)
    return hits


def make_hit(obj, request, glossary_url, keys, text=None):
    if isinstance(obj, GlossaryTerm):
        return Hit(
            obj=obj,
            type_label=GlossaryTerm._meta.verbose_name,
            snippet=snippet(obj.definition, keys),
            glossary_url=glossary_url,
        )
    if text is None:
        text = " ".join(
            str(getattr(obj, name, "") or "")
            for name in ("summary", "short_description", "intro", "search_description")
        )
    municipality = getattr(obj, "municipality", None)
    return Hit(
        obj=obj,
        type_label=obj._meta.verbose_name,
        page_url=obj.get_url(request) or "",
        snippet=snippet(text, keys),
        municipality=municipality.name if municipality else "",
        lang="nn" if getattr(obj, "language", "") == "nn" else "",
    )


class PostgresEngine:
    """One SQL query per search on Wagtail's index table; how it is built, and why, is in
    ``pg_query``."""

    def __init__(self, request):
        self.request = request
        self.glossary_url = GlossaryUrl(request)

    def search(self, parsed, type_key="", page_number=1):
        selected = TYPES_BY_KEY.get(type_key)
        number = page_number_or_1(page_number)
        exact_term = exact_glossary_term(parsed)
        ranking = ranking_for(parsed, exact_term)
        seen = visibility(self.request)
        rows, counts, complete = self._fetch(parsed, ranking, seen, selected, number)
        if not rows and number > 1:  # past the last page: show the first
            number = 1
            rows, counts, complete = self._fetch(parsed, ranking, seen, selected, number)
        total = counts[selected.key] if selected else counts["alle"]
        hits = make_hits(self._with_text(rows), self.request, self.glossary_url, parsed)
        paginator = KnownCountPaginator(_Shown(hits, (number - 1) * RESULTS_PER_PAGE), total)
        # The exact term ranks first (pg_query.exact_term); shown with its definition on top
        # only when it is among the hits of the type shown.
        if exact_term is not None and not any(h.obj == exact_term for h in hits):
            exact_term = None
        return Outcome(
            page=paginator.page(number),
            counts=counts,
            exact_term=exact_term,
            partial=bool(counts["alle"]) and len(parsed.words) > 1 and not complete,
            typo_tolerant=bool(parsed.corrections),
        )

    def _fetch(self, parsed, ranking, seen, selected, number):
        """The requested page of ranked rows, the hits per type, and how many rows match every
        word, in one query. Rows of other types than the chosen one only carry the counts."""
        found = execute(
            pg_query.ranked_page(
                parsed.words,
                ranking,
                seen,
                wanted_ids=type_content_type_ids(selected) if selected is not None else None,
                offset=(number - 1) * RESULTS_PER_PAGE,
                limit=RESULTS_PER_PAGE,
            )
        )
        counts = counts_by_type(dict(found[0][5] or []) if found else {})
        complete = found[0][6] if found else 0
        full = (1 << len(parsed.words)) - 1
        rows = [
            {"id": id_, "content_type_id": ct_id, "object_id": object_id, "complete": mask == full}
            for id_, ct_id, object_id, wanted, mask, _counts, _complete in found
            if wanted
        ]
        return rows, counts, complete

    def _with_text(self, rows):
        """(content_type_id, object_id, plain text, complete) for the shown rows."""
        texts = dict(
            index_schema.index_entry_model()
            .objects.filter(id__in=[row["id"] for row in rows])
            .values_list("id", "body_text")
        )
        return [
            (row["content_type_id"], row["object_id"], texts.get(row["id"], ""), row["complete"])
            for row in rows
        ]


def matching_page_ids(queryset, parsed, request=None, limit=2000):
    """Ids of the queryset's model's live pages that best cover the query, best first (the
    example listing's free text: the same forms and ranking as /sok/)."""
    if not parsed:
        return []
    ids = content_type_ids([queryset.model._meta.label])
    found = execute(
        pg_query.listing_ids(parsed.words, ranking_for(parsed), visibility(request), ids, limit)
    )
    return [int(object_id) for (object_id,) in found]


class _Shown:
    """The shown page's hits, where the Paginator expects the whole list."""

    def __init__(self, hits, offset):
        self.hits = hits
        self.offset = offset

    def __getitem__(self, item):
        return self.hits[item.start - self.offset : item.stop - self.offset]


def page_number_or_1(value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 1
    return number if number >= 1 else 1


class BackendEngine:
    """Wagtail's search API (Elasticsearch, when configured): the same words and forms, OR-ed."""

    def __init__(self, request):
        self.request = request
        self.glossary_url = GlossaryUrl(request)
        self.backend = get_search_backend()

    def _search(self, queryset, query):
        try:
            return list(
                self.backend.search(query, queryset, operator="or").annotate_score("_score")[
                    :BACKEND_RESULT_LIMIT
                ]
            )
        except (NotImplementedError, NotSupportedError):
            return []

    def search(self, parsed, type_key="", page_number=1):
        exact_term = exact_glossary_term(parsed)
        query = " ".join(dict.fromkeys(f for w in parsed.words for f in w.forms))
        pages = Page.objects.live().public().filter(depth__gt=1).specific()
        terms = GlossaryTerm.objects.filter(live=True)
        found = self._search(pages, query) + self._search(terms, query)

        def rank(obj):
            exact = exact_term is not None and obj == exact_term
            return (not exact, -(getattr(obj, "_score", 0) or 0))

        found.sort(key=rank)
        counts = {"alle": len(found)}
        for result_type in RESULT_TYPES:
            counts[result_type.key] = sum(1 for o in found if type_of(type(o)) == result_type)
        selected = TYPES_BY_KEY.get(type_key)
        if selected is not None:
            found = [obj for obj in found if type_of(type(obj)) == selected]
        result_page = paginate(found, len(found), page_number)
        shown = list(result_page.object_list)
        prefetch_related_objects(
            [o for o in shown if hasattr(o, "municipality_id")], "municipality"
        )
        keys = parsed.highlight_keys()
        result_page.object_list = [
            make_hit(o, self.request, self.glossary_url, keys) for o in shown
        ]
        return Outcome(
            page=result_page,
            counts=counts,
            exact_term=exact_term,
            typo_tolerant=bool(parsed.corrections),
        )


def get_engine(request):
    return import_string(settings.PORTAL_SEARCH_ENGINE)(request)
