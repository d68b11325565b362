"""Run a parsed query: ranked hits of one type, counts per type, and an exact glossary match.

Two engines with one interface:

* ``PostgresEngine`` (production): one ranked query straight on the index Wagtail's database
  backend keeps (``IndexEntry``, PostgreSQL ``norwegian`` configuration). Pages and glossary terms
  share that table, so they are ranked together. Each word must match, through its Norwegian stem,
  a synonym, a compound prefix (on the stemmed and the unstemmed autocomplete vectors) or, in words
  of six letters or more, one typo (pg_trgm word similarity on titles; on all text when nothing
  else was found).
* ``BackendEngine`` (SQLite in development, Elasticsearch): the same query through Wagtail's
  search API, with synonyms as OR-alternatives.
"""

from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import NotSupportedError, connection
from django.db.models import (
    BooleanField,
    Case,
    CharField,
    Count,
    F,
    FloatField,
    Func,
    Q,
    Value,
    When,
    Window,
    prefetch_related_objects,
)
from django.db.models.functions import Cast
from django.utils.functional import cached_property

from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Fuzzy

from glossary.models import GlossaryTerm
from portal.queries import public_live

from .highlight import snippet
from .types import (
    GLOSSARY_MODEL,
    RESULT_TYPES,
    TYPES_BY_KEY,
    content_type_ids,
    page_content_type_ids,
    type_of,
)

RESULTS_PER_PAGE = 10
FUZZY_THRESHOLD = 0.7  # pg_trgm word_similarity: one typo in a word of six letters or more
BACKEND_RESULT_LIMIT = 500
MIN_PREFIX = 4
BODY_RANK_SCALE = 30.0


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
    """The glossary's address, looked up (one query) only if a term is shown."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def base(self):
        from glossary.models import GlossaryIndexPage

        index = public_live(GlossaryIndexPage.objects.all(), self.request).first()
        return index.get_url(self.request) if index else "/ordliste/"


@dataclass
class Outcome:
    page: object  # django.core.paginator.Page of Hit
    counts: dict  # type key → hits; "alle" → all hits
    exact_term: object = None  # a GlossaryTerm whose term or variant is the whole query
    typo_tolerant: bool = False  # found only through the typo-tolerant fallback


class TrigramWordMatch(Func):
    """``word <% text``: pg_trgm word similarity above its threshold, served by a GIN index."""

    arg_joiner = " <%% "
    template = "(%(expressions)s)"
    output_field = BooleanField()


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
    from django.contrib.contenttypes.models import ContentType

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
    def __init__(self, request):
        from modelsearch.backends.database.postgres.weights import get_weight
        from modelsearch.conf import get_app_config

        self.request = request
        self.glossary_url = GlossaryUrl(request)
        self.IndexEntry = get_app_config().get_model("IndexEntry")
        # Weights the indexer gave the glossary term (boost 5) and the municipality name (boost 3).
        self.strong_weights = "".join(sorted({get_weight(5), get_weight(3)} - {"D"}))

    # Query pieces ---------------------------------------------------------------------------

    @staticmethod
    def _lexemes(words, suffix=""):
        return " | ".join(f"'{w}'{suffix}" for w in words)

    def _word_queries(self, word):
        stems = SearchQuery(self._lexemes(word.forms), search_type="raw", config="norwegian")
        prefixes = None
        if word.prefixes:
            prefixes = SearchQuery(
                self._lexemes(word.prefixes, ":*"), search_type="raw", config="simple"
            )
        return stems, prefixes

    def _visible(self):
        page_ids = (
            public_live(Page.objects.filter(depth__gt=1), self.request)
            .annotate(sid=Cast("pk", CharField()))
            .values("sid")
        )
        term_ids = (
            GlossaryTerm.objects.filter(live=True)
            .annotate(sid=Cast("pk", CharField()))
            .values("sid")
        )
        return self.IndexEntry.objects.filter(
            Q(content_type_id__in=page_content_type_ids(), object_id__in=page_ids)
            | Q(content_type_id__in=content_type_ids([GLOSSARY_MODEL]), object_id__in=term_ids)
        )

    def _build(self, parsed, exact_term, typo_fallback):
        """(match Q, score expression, typo annotations) for the whole query.

        Titles, autocomplete vectors and title texts are small; the body vector is large and read
        from TOAST storage on every use. So the body is used twice per row at most: once in the
        filter (after the cheap title conditions, which PostgreSQL tries first) and once in the
        rank, whose weights make a glossary-term or municipality-name match count as much as a
        title match.
        """
        match = Q()
        score = Value(0.0, output_field=FloatField())
        annotations = {}
        body_query = None  # the words' stems and synonyms, for the body rank
        glossary = Q(content_type_id__in=content_type_ids([GLOSSARY_MODEL]))
        for n, word in enumerate(parsed.words):
            stems, prefixes = self._word_queries(word)
            either = stems if prefixes is None else stems | prefixes
            body_query = stems if body_query is None else body_query | stems
            word_match = Q(title=either)
            score += Case(When(Q(title=stems), then=Value(4.0)), default=Value(0.0))
            if prefixes is not None:
                word_match |= Q(autocomplete=prefixes)
                compound = Q(autocomplete=prefixes) | Q(title=prefixes)
                score += Case(When(compound, then=Value(2.0)), default=Value(0.0))
            if len(word.forms) > 1:
                # The form the person typed counts more than its synonyms: «bustad» puts the
                # nynorsk pages first, «bolig» the bokmål ones.
                typed = SearchQuery(
                    self._lexemes([word.text]), search_type="raw", config="norwegian"
                )
                if len(word.typed_prefix) >= MIN_PREFIX:
                    typed = typed | SearchQuery(
                        self._lexemes([word.typed_prefix], ":*"), search_type="raw", config="simple"
                    )
                score += Case(When(Q(title=typed), then=Value(4.0)), default=Value(0.0))
                body_query = body_query | typed
            word_match |= Q(body=either)
            if typo_fallback and word.fuzzy:
                # One typo: titles of all pages, and glossary terms (their text is short).
                title_sim, term_sim = f"_title_sim_{n}", f"_term_sim_{n}"
                annotations[title_sim] = TrigramWordSimilarity(Value(word.text), "title_text")
                annotations[term_sim] = Case(
                    When(glossary, then=TrigramWordSimilarity(Value(word.text), "body_text")),
                    default=Value(0.0),
                    output_field=FloatField(),
                )
                typo = Q(TrigramWordMatch(Value(word.text), F("title_text"))) & Q(
                    **{f"{title_sim}__gte": FUZZY_THRESHOLD}
                )
                typo |= glossary & Q(**{f"{term_sim}__gte": FUZZY_THRESHOLD})
                word_match |= typo
                score += Case(
                    When(Q(**{f"{title_sim}__gte": FUZZY_THRESHOLD}), then=4.0 * F(title_sim)),
                    default=Value(0.0),
                )
                score += Case(
                    When(Q(**{f"{term_sim}__gte": FUZZY_THRESHOLD}), then=4.0 * F(term_sim)),
                    default=Value(0.0),
                )
            match &= word_match
        if len(parsed.words) > 1:
            phrase = SearchQuery(parsed.text, search_type="phrase", config="norwegian")
            score += Case(When(Q(title=phrase), then=Value(3.0)), default=Value(0.0))
            score += Case(When(Q(body=phrase), then=Value(1.0)), default=Value(0.0))
        score += Case(When(title_text__iexact=parsed.text, then=Value(6.0)), default=Value(0.0))
        if exact_term is not None:
            score += Case(
                When(
                    content_type_id__in=content_type_ids([GLOSSARY_MODEL]),
                    object_id=str(exact_term.pk),
                    then=Value(8.0),
                ),
                default=Value(0.0),
            )
        # Weights D, C, B, A: body text counts little, a term or municipality name (B, C) much.
        weights = [0.1, 1.0, 1.0, 1.0] if self.strong_weights else None
        score += BODY_RANK_SCALE * SearchRank(F("body"), body_query, weights=weights)
        return match, score, annotations

    # Running it -----------------------------------------------------------------------------

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
        """One query: the requested page of ranked rows, with hits per type for every row.

        Counts come from window functions over all matches, so the filter (the expensive part:
        it reads the body vectors) runs once. With a type chosen, that type's rows sort first.
        """
        match, score, annotations = self._build(parsed, exact_term, typo_fallback)
        windows = {"_n_alle": Window(Count("id"))}
        for result_type in RESULT_TYPES:
            ids = content_type_ids(result_type.models)
            windows[f"_n_{result_type.key}"] = Window(
                Count("id", filter=Q(content_type_id__in=ids))
            )
        ordering = ["-_score", "content_type_id", "object_id"]
        wanted = None
        if selected is not None:
            wanted = content_type_ids(selected.models)
            windows["_wanted"] = Case(
                When(content_type_id__in=wanted, then=Value(1)), default=Value(0)
            )
            ordering.insert(0, "-_wanted")
        offset = (number - 1) * RESULTS_PER_PAGE
        queryset = (
            self._visible()
            .annotate(**annotations)
            .filter(match)
            .annotate(_score=score, **windows)
            .order_by(*ordering)
            .values("id", "content_type_id", "object_id", *windows)
        )
        rows = list(queryset[offset : offset + RESULTS_PER_PAGE])
        counts = {"alle": 0, **{t.key: 0 for t in RESULT_TYPES}}
        if rows:
            counts = {key: rows[0][f"_n_{key}"] for key in counts}
        if wanted is not None:
            rows = [row for row in rows if row["content_type_id"] in wanted]
        return rows, counts

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
