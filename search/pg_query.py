"""The PostgreSQL engine's query, composed with ``psycopg.sql``.

Written as SQL rather than with Django's ORM: the ranked query holds dozens of tsquery
expressions, and resolving and compiling them took Django 5–25 ms per search, about as long as
PostgreSQL took to run it. Values are ``sql.Literal`` (quoted by psycopg), names come from
``index_schema``.

How a search runs (recall first, ranking second):

* ``portal_search_hits`` (migration 0003) looks every query word up in the GIN indexes and returns
  each row that matches *any* word, with three bit masks: which words match anywhere, which in the
  title or autocomplete vector, and which in the strong (weighted) part of the body: a glossary
  term's name, an example's municipality, county, themes and target groups. No body vector is
  read for this; the body is large and stored out of line (TOAST, about 4 µs a row).
* Each word gets an inverse document frequency from how many rows it hit. A row's *coverage* is
  the share of the query's idf it matches: a page with «startlån» but not «kommune» covers more
  of «startlån i kommunen» than one with only «kommune». Rows are ordered by coverage first
  (weight ``COVERAGE``), then by where the words hit.
* Only the ``RERANKED`` best by that first score get their body ranked (ts_rank on the words as
  typed, and the phrase) and are ordered by the full score.
"""

from dataclasses import dataclass

from psycopg import sql

from . import index_schema
from .query import rough_stem

COVERAGE = 20.0  # a row that misses a word worth a tenth of the query loses 2 points
TITLE_POINTS = 3.0
STRONG_POINTS = 2.0
BODY_RANK_SCALE = 3.0
TYPED_TITLE_POINTS = 3.0
MIN_PREFIX = 4
# Rows whose body is ranked: the best by the first score. Later pages keep the first order.
RERANKED = 500
RANK_WEIGHTS = "{0.1,0.6,0.8,1}"  # ts_rank weights D, C, B, A
TABLE = sql.Identifier(index_schema.TABLE)


def lit(value):
    return sql.Literal(value)


def lexemes(words, suffix=""):
    return " | ".join(f"'{w}'{suffix}" for w in words)


def tsquery_of(forms):
    """One word's forms as a tsquery: single words OR-ed; a phrase («personer med rusproblemer»)
    as all its words; a law reference's number («9-11») as a phrase."""
    single = [f for f in forms if f.replace("-", "").isalnum() and "-" not in f]
    parts = []
    if single:
        parts.append(
            sql.SQL("to_tsquery({}, {})").format(
                lit(index_schema.SEARCH_CONFIG), lit(lexemes(single))
            )
        )
    for form in forms:
        if form in single:
            continue
        function = "phraseto_tsquery" if form[:1].isdigit() else "plainto_tsquery"
        parts.append(
            sql.SQL(function + "({}, {})").format(lit(index_schema.SEARCH_CONFIG), lit(form))
        )
    return sql.SQL(" || ").join(parts)


def prefix_query(prefixes):
    if not prefixes:
        return sql.SQL("NULL::tsquery")
    return sql.SQL("to_tsquery({}, {})").format(
        lit(index_schema.AUTOCOMPLETE_CONFIG), lit(lexemes(prefixes, ":*"))
    )


@dataclass
class Visibility:
    """Entries anyone may find: pages that are not hidden (drafts, unpublished, under a view
    restriction, the tree root) and glossary terms that are live. Hidden ones are few, so the
    condition is «not one of them», read by subqueries in the same statement."""

    page_type_ids: list
    restricted_paths: list
    glossary_type_ids: list
    page_table: str = "wagtailcore_page"
    term_table: str = "glossary_glossaryterm"

    def hidden_pages(self):
        restricted = sql.SQL("")
        if self.restricted_paths:
            restricted = sql.SQL(" OR path LIKE ANY({})").format(
                lit([p + "%" for p in self.restricted_paths])
            )
        return sql.SQL("SELECT id::text FROM {} WHERE NOT live OR depth <= 1{}").format(
            sql.Identifier(self.page_table), restricted
        )

    def hidden_terms(self):
        return sql.SQL("SELECT id::text FROM {} WHERE NOT live").format(
            sql.Identifier(self.term_table)
        )

    def condition(self, content_type, object_id):
        return sql.SQL(
            "(({ct} = ANY({pages}) AND {oid} NOT IN ({hidden_pages}))"
            " OR ({ct} = ANY({terms}) AND {oid} NOT IN ({hidden_terms})))"
        ).format(
            ct=content_type,
            oid=object_id,
            pages=lit(sorted(self.page_type_ids)),
            hidden_pages=self.hidden_pages(),
            terms=lit(sorted(self.glossary_type_ids)),
            hidden_terms=self.hidden_terms(),
        )

    def of_entry(self, alias="e"):
        return self.condition(
            sql.Identifier(alias, "content_type_id"), sql.Identifier(alias, "object_id")
        )


def hits_call(words):
    """``portal_search_hits`` for the query's words: (id, any, title, strong masks)."""
    words_array = sql.SQL(", ").join(
        sql.SQL("{} || coalesce({}, ''::tsquery)").format(
            tsquery_of(w.forms), prefix_query(w.prefixes)
        )
        for w in words
    )
    prefixes_array = sql.SQL(", ").join(prefix_query(w.prefixes) for w in words)
    return sql.SQL("portal_search_hits(ARRAY[{}]::tsquery[], ARRAY[{}]::tsquery[])").format(
        words_array, prefixes_array
    )


@dataclass
class Ranking:
    """What ranks a hit besides the masks: the query as typed, and exact matches."""

    text: str  # the cleaned query, for the phrase and the exact title
    typed: list  # the words as typed (their first form), for the body rank
    total_entries: int
    glossary_type_ids: tuple = ()
    exact_term_id: int | None = None  # a live glossary term that is exactly the query


def idf_row(n_words, total_entries):
    """The ``df`` row: each word's inverse document frequency from how many rows it hit, and
    their sum, computed once per search (per row it cost 70 µs at 50,000 hits)."""
    idf = [
        sql.SQL("ln(1 + {} / (1 + count(*) FILTER (WHERE any_mask & {} > 0)))").format(
            lit(float(total_entries)), lit(1 << i)
        )
        for i in range(n_words)
    ]
    return sql.SQL("ARRAY[{}]::float8[] AS idf").format(sql.SQL(", ").join(idf))


def first_score(n_words, ranking):
    """Coverage and field points from the masks, each word weighted by its idf (SQL on ``h`` and
    the ``df`` row)."""

    def has(mask, i):
        return sql.SQL("(h.{} & {} > 0)::int").format(sql.Identifier(mask), lit(1 << i))

    def idf(i):
        return sql.SQL("df.idf[{}]").format(lit(i + 1))

    total = sql.SQL("(" + " + ".join(["{}"] * n_words) + ")").format(
        *[idf(i) for i in range(n_words)]
    )
    covered = sql.SQL(" + ").join(
        sql.SQL("{} * {}").format(idf(i), has("any_mask", i)) for i in range(n_words)
    )
    fields = sql.SQL(" + ").join(
        sql.SQL("{} * ({} * {} + {} * {})").format(
            idf(i),
            lit(TITLE_POINTS),
            has("title_mask", i),
            lit(STRONG_POINTS),
            has("strong_mask", i),
        )
        for i in range(n_words)
    )
    return sql.SQL("(({} * ({}) + {}) / greatest({}, 1e-9))::float8").format(
        lit(COVERAGE), covered, fields, total
    )


def exact_term(ranking):
    """8 points for the glossary term whose name or one of its variants is the query (found by
    ``engine.exact_glossary_term`` on the terms themselves: a term's variants can run past any
    prefix of its indexed text)."""
    return sql.SQL(
        "CASE WHEN e.content_type_id = ANY({}) AND e.object_id = {} THEN 8 ELSE 0 END"
    ).format(lit(sorted(ranking.glossary_type_ids)), lit(str(ranking.exact_term_id)))


def body_score(ranking):
    """Body rank of the words as typed, and the phrase (read for the reranked rows only)."""
    typed = sql.SQL("to_tsquery({}, {})").format(
        lit(index_schema.SEARCH_CONFIG), lit(lexemes(ranking.typed))
    )
    score = sql.SQL("{} * ts_rank({}, e.body, {})").format(
        lit(BODY_RANK_SCALE), lit(RANK_WEIGHTS), typed
    )
    # The title is the query, ignoring case (titles of another length are skipped before upper()).
    score = sql.SQL(
        "{} + CASE WHEN char_length(e.title_text) = {} AND upper(e.title_text) = upper({})"
        " THEN 6 ELSE 0 END"
    ).format(score, lit(len(ranking.text)), lit(ranking.text))
    if ranking.glossary_type_ids and ranking.exact_term_id is not None:
        score = sql.SQL("{} + {}").format(score, exact_term(ranking))
    # The words as typed, in the title, count more than their synonyms: «bustad» puts the nynorsk
    # pages first, «bolig» the bokmål ones.
    for word in ranking.typed:
        query = sql.SQL("to_tsquery({}, {})").format(
            lit(index_schema.SEARCH_CONFIG), lit(lexemes([word]))
        )
        stem = rough_stem(word)
        if len(stem) >= MIN_PREFIX and stem.isalpha():
            query = sql.SQL("({} || {})").format(query, prefix_query([stem]))
        score = sql.SQL(
            "{} + CASE WHEN e.title @@ {q} OR e.autocomplete @@ {q} THEN {} ELSE 0 END"
        ).format(score, lit(TYPED_TITLE_POINTS / len(ranking.typed)), q=query)
    if len(ranking.typed) > 1:
        phrase = sql.SQL("phraseto_tsquery({}, {})").format(
            lit(index_schema.SEARCH_CONFIG), lit(ranking.text)
        )
        score = sql.SQL(
            "{} + CASE WHEN e.title @@ {p} THEN 3 ELSE 0 END"
            " + CASE WHEN e.body @@ {p} THEN 1 ELSE 0 END"
        ).format(score, p=phrase)
    return sql.SQL("({})::float8").format(score)


QUERY = """
WITH h AS MATERIALIZED (
    SELECT * FROM {hits} h WHERE {visible}
), df AS (
    SELECT {df} FROM h
), per_type AS (
    SELECT array_agg(ARRAY[content_type_id, n]) AS counts
    FROM (SELECT content_type_id, count(*) AS n FROM h GROUP BY content_type_id) g
), complete AS (
    SELECT count(*) AS n FROM h WHERE any_mask = {full}
), m AS MATERIALIZED (
    SELECT h.id, h.content_type_id, h.object_id, h.any_mask, {wanted} AS wanted, {first} AS first
    FROM h, df
)
SELECT b.id, b.content_type_id, b.object_id, b.wanted, b.any_mask,
       (SELECT counts FROM per_type), (SELECT n FROM complete)
FROM (
    SELECT * FROM m ORDER BY wanted DESC, first DESC, content_type_id, object_id COLLATE "C"
    LIMIT {reranked}
) b JOIN {table} e ON e.id = b.id
ORDER BY b.wanted DESC, b.first + {body} DESC, b.first DESC, b.content_type_id,
         b.object_id COLLATE "C"
LIMIT {limit} OFFSET {offset}
"""
# Pages past RERANKED keep the first score's order.
LATER_PAGE = """
SELECT id, content_type_id, object_id, wanted, any_mask,
       (SELECT counts FROM per_type), (SELECT n FROM complete)
FROM m ORDER BY wanted DESC, first DESC, content_type_id, object_id COLLATE "C"
LIMIT {limit} OFFSET {offset}
"""


def ranked_page(words, ranking, visibility, wanted_ids, offset, limit):
    """SQL for one page of ranked rows. Columns: id, content_type_id, object_id, wanted (1/0),
    the row's any-word mask, [content type id, hits] pairs, and how many rows match every word.

    With ``wanted_ids`` (a type was chosen) those rows sort first; the caller drops the others,
    which are there so that the counts come back even when the chosen type has no hits.
    ``RERANKED`` is a multiple of the page size, so no page straddles both orders.
    """
    if offset < RERANKED < offset + limit:
        raise ValueError(f"a page of {limit} from {offset} straddles RERANKED ({RERANKED})")
    wanted = sql.SQL("1")
    if wanted_ids is not None:
        wanted = sql.SQL("CASE WHEN h.content_type_id = ANY({}) THEN 1 ELSE 0 END").format(
            lit(sorted(wanted_ids))
        )
    n = len(words)
    parts = dict(
        hits=hits_call(words),
        table=TABLE,
        visible=visibility.of_entry("h"),
        df=idf_row(n, ranking.total_entries),
        full=lit((1 << n) - 1),
        wanted=wanted,
        first=first_score(n, ranking),
        limit=lit(limit),
        offset=lit(offset),
    )
    head, _, tail = QUERY.partition("SELECT b.id")
    if offset >= RERANKED:
        return sql.SQL(head + LATER_PAGE).format(**parts)
    return sql.SQL(QUERY).format(**parts, reranked=lit(RERANKED), body=body_score(ranking))


def listing_ids(words, ranking, visibility, content_type_ids, limit):
    """Ids of the rows of the given types with the best coverage, best first (the example
    listing's free text: the same words and forms as /sok/)."""
    n = len(words)
    return sql.SQL(
        """
WITH h AS MATERIALIZED (
    SELECT * FROM {hits} h WHERE {visible} AND h.content_type_id = ANY({types})
), df AS (SELECT {df} FROM h),
m AS (SELECT h.object_id, h.any_mask, {first} AS first FROM h, df),
best AS (SELECT max(bit_count(any_mask::bit(32))) AS c FROM m)
SELECT object_id FROM m, best WHERE bit_count(any_mask::bit(32)) = best.c
ORDER BY first DESC LIMIT {limit}
"""
    ).format(
        hits=hits_call(words),
        visible=visibility.of_entry("h"),
        types=lit(sorted(content_type_ids)),
        df=idf_row(n, ranking.total_entries),
        first=first_score(n, ranking),
        limit=lit(limit),
    )


def visible_object_ids(visibility, content_type_ids):
    """Object ids of the visible index rows of these content types."""
    return sql.SQL("SELECT e.object_id FROM {} e WHERE e.content_type_id = ANY({}) AND {}").format(
        TABLE, lit(sorted(content_type_ids)), visibility.of_entry("e")
    )
