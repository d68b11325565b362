"""Run a parsed query: ranked hits of one type, counts per type, and an exact glossary match.

Two engines with one interface:

* ``PostgresEngine`` (production): ranked queries straight on the index Wagtail's database
  backend keeps (``IndexEntry``, PostgreSQL ``norwegian`` configuration). Pages and glossary terms
  share that table, so they are ranked together. Each word must match, through its Norwegian stem,
  a synonym, a compound prefix (on the stemmed and the unstemmed autocomplete vectors) or, in words
  of six letters or more, one typo (pg_trgm word similarity on titles; on all text when nothing
  else was found). The SQL, and why it is built as it is, is in ``pg_query``.
* ``BackendEngine`` (SQLite in development, Elasticsearch): the same query through Wagtail's
  search API, with synonyms as OR-alternatives.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import NotSupportedError, connection
from django.db.models import CharField, Q, prefetch_related_objects
from django.db.models.functions import Cast
from django.utils.functional import cached_property

from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Fuzzy

from modelsearch.backends.database.postgres.weights import get_weight
from modelsearch.conf import get_app_config

from core.queries import hidden_pages_condition
from glossary.models import GlossaryTerm
from home.navigation import section_url

from . import pg_query
from .highlight import snippet
from .types import (
    GLOSSARY_MODEL,
    RESULT_TYPES,
    TYPES_BY_KEY,
    content_type_ids,
    page_content_type_ids,
    type_of,
)

RESULTS_PER_PAGE = 10  # RERANKED in pg_query is a multiple of it
BACKEND_RESULT_LIMIT = 500


@dataclass
class Hit:
    obj: object
    type_label: str
    page_url: str = ""
    snippet: list = field(default_factory=list)
    municipality: str = ""
    glossary_url: object = None  # GlossaryUrl, for terms

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
    typo_tolerant: bool = False  # found only through the typo-tolerant fallback


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
        if term.term.lower() == text or text in (v.lower() for v in term.variant_list):
            return term
    return None


def _counts_by_type(ct_counts):
    counts = {"alle": sum(ct_counts.values())}
    for result_type in RESULT_TYPES:
        ids = content_type_ids(result_type.models)
        counts[result_type.key] = sum(n for ct, n in ct_counts.items() if ct in ids)
    return counts


def _make_hits(entries, request, glossary_url, parsed):
    """Specific objects for (content_type_id, object_id, text) rows, in the rows' order."""
    by_ct = {}
    for ct_id, object_id, _text in entries:
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
    for ct_id, object_id, text in entries:
        obj = objects.get((ct_id, str(object_id)))
        if obj is not None:
            hits.append(make_hit(obj, request, glossary_url, keys, text))
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
    )


class PostgresEngine:
    """One SQL query per search (two with the typo fallback) on Wagtail's index table; how it is
    built, and why, is in ``pg_query``."""

    def __init__(self, request):
        self.request = request
        self.glossary_url = GlossaryUrl(request)
        self.IndexEntry = get_app_config().get_model("IndexEntry")
        # Weights the indexer gave the glossary term (boost 5) and the municipality name (boost 3).
        self.strong_weights = "".join(sorted({get_weight(5), get_weight(3)} - {"D"}))

    def search(self, parsed, type_key="", page_number=1):
        exact_term = exact_glossary_term(parsed)
        selected = TYPES_BY_KEY.get(type_key)
        number = page_number_or_1(page_number)
        typo_fallback = False
        rows, counts = self._fetch(parsed, exact_term, selected, number, typo_fallback)
        if not rows and number > 1:  # past the last page: show the first
            number = 1
            rows, counts = self._fetch(parsed, exact_term, selected, number, typo_fallback)
        if not counts["alle"] and any(w.fuzzy for w in parsed.words):
            typo_fallback = True
            rows, counts = self._fetch(parsed, exact_term, selected, number, typo_fallback)
        total = counts[selected.key] if selected else counts["alle"]
        hits = _make_hits(self._with_text(rows), self.request, self.glossary_url, parsed)
        paginator = KnownCountPaginator(_Shown(hits, (number - 1) * RESULTS_PER_PAGE), total)
        return Outcome(
            page=paginator.page(number),
            counts=counts,
            exact_term=exact_term,
            typo_tolerant=typo_fallback,
        )

    def _fetch(self, parsed, exact_term, selected, number, typo_fallback):
        """The requested page of ranked rows, and the hits per type, in one query.

        Rows of other types than the chosen one come back only to carry the counts; they are
        dropped here.
        """
        context = pg_query.Context(
            glossary_ids=content_type_ids([GLOSSARY_MODEL]),
            exact_term_id=exact_term.pk if exact_term is not None else None,
            weighted=bool(self.strong_weights),
            typo_fallback=typo_fallback,
        )
        sql = pg_query.ranked_page(
            pg_query.scoring(parsed, context),
            self._visible(),
            wanted_ids=content_type_ids(selected.models) if selected is not None else None,
            offset=(number - 1) * RESULTS_PER_PAGE,
            limit=RESULTS_PER_PAGE,
        )
        with connection.cursor() as cursor:
            cursor.execute(sql.text, sql.params)
            found = cursor.fetchall()
        counts = _counts_by_type(dict(found[0][4]) if found else {})
        rows = [
            {"id": id_, "content_type_id": ct_id, "object_id": object_id}
            for id_, ct_id, object_id, wanted, _counts in found
            if wanted
        ]
        return rows, counts

    def _visible(self):
        """Live public pages and live glossary terms (see ``pg_query.visible``)."""
        hidden_pages = Page.objects.filter(
            hidden_pages_condition(self.request) | Q(depth__lte=1)
        ).order_by()
        live_terms = GlossaryTerm.objects.filter(live=True).order_by()
        return pg_query.visible(
            page_type_ids=page_content_type_ids(),
            hidden_page_ids=_ids_as_text(hidden_pages),
            glossary_ids=content_type_ids([GLOSSARY_MODEL]),
            live_term_ids=_ids_as_text(live_terms),
        )

    def _with_text(self, rows):
        """(content_type_id, object_id, plain text) for the shown rows; text for the snippets."""
        texts = dict(
            self.IndexEntry.objects.filter(id__in=[row["id"] for row in rows]).values_list(
                "id", "body_text"
            )
        )
        return [
            (row["content_type_id"], row["object_id"], texts.get(row["id"], "")) for row in rows
        ]


def _ids_as_text(queryset):
    """The queryset's primary keys as text (the index's object_id), as SQL for a subquery."""
    ids = queryset.annotate(sid=Cast("pk", CharField())).values("sid")
    return pg_query.Sql(*ids.query.sql_with_params())


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
    """Wagtail's search API: SQLite in development and Elasticsearch when configured."""

    def __init__(self, request):
        self.request = request
        self.glossary_url = GlossaryUrl(request)
        self.backend = get_search_backend()

    def _search(self, queryset, query):
        try:
            return list(
                self.backend.search(query, queryset).annotate_score("_score")[:BACKEND_RESULT_LIMIT]
            )
        except (NotImplementedError, NotSupportedError):
            return []

    def search(self, parsed, type_key="", page_number=1):
        exact_term = exact_glossary_term(parsed)
        query = parsed.wagtail_query()
        pages = Page.objects.live().public().filter(depth__gt=1).specific()
        terms = GlossaryTerm.objects.filter(live=True)
        found = self._search(pages, query) + self._search(terms, query)
        typo_fallback = False
        if not found and any(w.fuzzy for w in parsed.words):
            typo_fallback = True
            fuzzy = Fuzzy(parsed.text)
            found = self._search(pages, fuzzy) + self._search(terms, fuzzy)

        def rank(obj):
            exact = exact_term is not None and obj == exact_term
            return (not exact, -(getattr(obj, "_score", 0) or 0))

        found.sort(key=rank)
        ct_counts = {}
        for obj in found:
            ct_id = content_type_ids([obj._meta.label]).pop()
            ct_counts[ct_id] = ct_counts.get(ct_id, 0) + 1
        counts = _counts_by_type(ct_counts)
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
            typo_tolerant=typo_fallback,
        )


def get_engine(request):
    backend = get_search_backend()
    if connection.vendor == "postgresql" and type(backend).__name__ == "PostgresSearchBackend":
        return PostgresEngine(request)
    return BackendEngine(request)
