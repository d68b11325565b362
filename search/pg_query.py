"""The PostgreSQL engine's query, written as SQL text with parameters.

Written as SQL rather than with Django's ORM: the ranked query holds dozens of tsquery
expressions, and resolving and compiling them took Django 5–25 ms per search, about as long as
PostgreSQL took to run it. Every value is a parameter; the templates hold only fixed SQL.

Where the time went, and so how the query is built:

* The body vector is large and stored out of line (TOAST): reading one costs about 4 µs. The old
  query read it in every row to filter (PostgreSQL chose a sequential scan for any common word)
  and again to rank every match: all 10,000 examples for «bolig». Now the GIN indexes say which
  rows match (``portal_search_*`` functions, migration 0002), and only the best ``RERANKED`` rows
  by the small columns get their body ranked.
* Those small columns (titles, autocomplete vectors, the exact-term and typo scores) give the
  first score. A glossary term's own name and an example's municipality are in the body with
  weights above D; rows where they match (found through an index on just those lexemes) get their
  body rank in the first score too. In every other row the body has weight D and adds little: at
  most ``BODY_RANK_SCALE`` × 0.1 for each matching lexeme, over the number of query terms.
* Counts per type come from one GROUP BY over the matches, not from window functions.
"""

from dataclasses import dataclass

BODY_RANK_SCALE = 30.0
FUZZY_THRESHOLD = 0.7  # pg_trgm word_similarity: one typo in a word of six letters or more
MIN_PREFIX = 4
# Rows whose body is ranked: the best by the first score. Ties beyond them keep the first score's
# order (content type, then object id).
RERANKED = 500
# ts_rank weights D, C, B, A: body text counts little, a term or municipality name (B, C) much.
RANK_WEIGHTS = "{0.1,1,1,1}"


@dataclass(frozen=True)
class Sql:
    text: str
    params: tuple = ()


def param(value):
    return Sql("%s", (value,))


def compose(template, *parts):
    """``template`` with each ``{}`` replaced by a part's SQL; their parameters follow in order."""
    pieces = template.split("{}")
    if len(pieces) != len(parts) + 1:
        raise ValueError(f"{len(parts)} parts for {len(pieces) - 1} places in {template!r}")
    text, params = pieces[0], []
    for part, piece in zip(parts, pieces[1:], strict=True):
        text += part.text + piece
        params.extend(part.params)
    return Sql(text, tuple(params))


def join(separator, parts):
    return compose(separator.join("{}" for _ in parts), *parts)


def tsquery(config, lexemes):
    """``to_tsquery`` of lexemes the parser made (letters and digits only), in a fixed config."""
    if config not in ("norwegian", "simple"):
        raise ValueError(config)
    return compose(f"to_tsquery('{config}', {{}})", param(lexemes))


def any_of(first, second):
    return first if second is None else compose("({} || {})", first, second)


def lexemes(words, suffix=""):
    return " | ".join(f"'{w}'{suffix}" for w in words)


INDEX_FUNCTIONS = ("matches", "strong_matches", "title_typos")  # migration 0002


def in_index(function, argument):
    """The row is among those a ``portal_search_*`` function finds through a GIN index."""
    if function not in INDEX_FUNCTIONS:
        raise ValueError(function)
    return compose(f"e.id IN (SELECT portal_search_{function}({{}}))", argument)


def points(condition, value):
    return compose("CASE WHEN {} THEN {} ELSE 0 END", condition, value)


@dataclass
class Scoring:
    """The parts of one search's SQL, each an expression on the index entry ``e``."""

    match: Sql  # every word matches
    cheap: Sql  # score from the small columns: titles, autocomplete, exact term, typos
    body: Sql  # score from the large body vector: its rank, and the phrase
    strong: Sql  # a glossary term or municipality name in the body matches (index, no body read)


@dataclass
class Context:
    """What a search needs from the database besides the words (content type ids, weights)."""

    glossary_ids: list
    exact_term_id: object = None  # pk of the glossary term that is the whole query
    weighted: bool = True  # the index has weights above D (term and municipality boosts)
    typo_fallback: bool = False


class WordSql:
    """Match, score and rank query for one word of the query."""

    def __init__(self, word, context):
        self.word = word
        self.context = context
        self.stems = tsquery("norwegian", lexemes(word.forms))
        self.prefixes = None
        if word.prefixes:
            self.prefixes = tsquery("simple", lexemes(word.prefixes, ":*"))
        self.typed = None
        if len(word.forms) > 1:
            # The form the person typed counts more than its synonyms: «bustad» puts the nynorsk
            # pages first, «bolig» the bokmål ones.
            typed_prefix = None
            if len(word.typed_prefix) >= MIN_PREFIX:
                typed_prefix = tsquery("simple", lexemes([word.typed_prefix], ":*"))
            self.typed = any_of(tsquery("norwegian", lexemes([word.text])), typed_prefix)

    @property
    def typos(self):
        return self.context.typo_fallback and self.word.fuzzy

    @property
    def any_form(self):
        return any_of(self.stems, self.prefixes)

    def match(self):
        """This word, or one typo away from it (the typo-tolerant search matches word by word)."""
        exact = all_words_match([self])
        if not self.typos:
            return exact
        return compose("({} OR {})", exact, self._typo_match())

    def score(self):
        scores = [points(compose("e.title @@ {}", self.stems), Sql("4"))]
        if self.prefixes is not None:
            compound = compose(
                "e.autocomplete @@ {} OR e.title @@ {}", self.prefixes, self.prefixes
            )
            scores.append(points(compound, Sql("2")))
        if self.typed is not None:
            scores.append(points(compose("e.title @@ {}", self.typed), Sql("4")))
        if self.typos:
            for similarity in (self._title_similarity(), self._term_similarity()):
                close = compose("{} >= {}", similarity, param(FUZZY_THRESHOLD))
                scores.append(points(close, compose("4 * {}", similarity)))
        return join(" + ", scores)

    def rank_query(self):
        return any_of(self.stems, self.typed)

    def _title_similarity(self):
        return compose("word_similarity({}, e.title_text)", param(self.word.text))

    def _term_similarity(self):
        """Glossary terms only: their text is short, so all of it may hold the typo."""
        return compose(
            "CASE WHEN {} THEN word_similarity({}, e.body_text) ELSE 0 END",
            is_glossary(self.context),
            param(self.word.text),
        )

    def _typo_match(self):
        close_title = compose(
            "({} AND {} >= {})",
            in_index("title_typos", param(self.word.text)),
            self._title_similarity(),
            param(FUZZY_THRESHOLD),
        )
        close_term = compose(
            "({} AND {} >= {})",
            is_glossary(self.context),
            self._term_similarity(),
            param(FUZZY_THRESHOLD),
        )
        return compose("{} OR {}", close_title, close_term)


def all_words_match(words):
    """Every word in the title, a compound in the autocomplete vector, or the body.

    One function call for all the words, which looks each up in the indexes and intersects the
    results; several such calls would each return their whole set to the outer query.
    """
    prefixes = [word.prefixes if word.prefixes is not None else Sql("NULL") for word in words]
    return in_index(
        "matches",
        compose(
            "ARRAY[{}]::tsquery[], ARRAY[{}]::tsquery[]",
            join(", ", [word.any_form for word in words]),
            join(", ", prefixes),
        ),
    )


def is_glossary(context):
    return compose("e.content_type_id = ANY({})", param(list(context.glossary_ids)))


def same_title(text):
    """The title is the query, ignoring case. Titles of another length are skipped before upper(),
    which costs more than all the tsvector tests on a title (Norwegian letters keep their length
    when their case changes)."""
    return compose(
        "char_length(e.title_text) = {} AND upper(e.title_text) = upper({})",
        param(len(text)),
        param(text),
    )


def scoring(parsed, context):
    """The whole query's Scoring (see the module's docstring for why the score is in two parts)."""
    words = [WordSql(word, context) for word in parsed.words]
    if context.typo_fallback:
        match = join(" AND ", [w.match() for w in words])
    else:
        match = all_words_match(words)
    cheap = [w.score() for w in words]
    rank_query = words[0].rank_query()
    for word in words[1:]:
        rank_query = any_of(rank_query, word.rank_query())
    rank = compose("ts_rank({}, e.body, {})", Sql(f"'{RANK_WEIGHTS}'"), rank_query)
    if not context.weighted:
        rank = compose("ts_rank(e.body, {})", rank_query)
    body = [compose(f"{BODY_RANK_SCALE} * {{}}", rank)]
    if len(words) > 1:
        phrase = compose("phraseto_tsquery('norwegian', {})", param(parsed.text))
        cheap.append(points(compose("e.title @@ {}", phrase), Sql("3")))
        body.append(points(compose("e.body @@ {}", phrase), Sql("1")))
    cheap.append(points(same_title(parsed.text), Sql("6")))
    if context.exact_term_id is not None:
        the_term = compose(
            "{} AND e.object_id = {}", is_glossary(context), param(str(context.exact_term_id))
        )
        cheap.append(points(the_term, Sql("8")))
    return Scoring(
        match=match,
        cheap=compose("({})::float8", join(" + ", cheap)),
        body=compose("({})::float8", join(" + ", body)),
        strong=in_index("strong_matches", rank_query),
    )


VISIBLE = (
    "((e.content_type_id = ANY({}) AND e.object_id NOT IN ({}))"
    " OR (e.content_type_id = ANY({}) AND e.object_id IN ({})))"
)


def visible(page_type_ids, hidden_page_ids, glossary_ids, live_term_ids):
    """Pages that are not hidden, and live glossary terms: the entries anyone may find.

    Pages are tested as «not one of the hidden ones» (drafts, unpublished and restricted pages):
    those are few, whereas the set of every visible page id took about 10 ms to build and probe
    with 10,000 examples. Wagtail deletes a page's index entry with the page.
    """
    return compose(
        VISIBLE,
        param(list(page_type_ids)),
        hidden_page_ids,
        param(list(glossary_ids)),
        live_term_ids,
    )


# Every match once, with the two parts of its first score. Materialized: it is read twice. Ties
# are broken by content type and object id, compared as bytes (a locale's collation is slower
# and orders digits the same).
MATCHES = (
    "WITH m AS MATERIALIZED ("
    " SELECT e.id, e.content_type_id, e.object_id, {} AS cheap, {} AS strong, {} AS wanted"
    " FROM wagtailsearch_indexentry e WHERE {} AND {}"
    "), per_type AS ("
    " SELECT array_agg(ARRAY[content_type_id, n]) AS counts"
    " FROM (SELECT content_type_id, count(*) AS n FROM m GROUP BY content_type_id) g"
    ") "
)
# Pages past RERANKED keep the first score's order.
FIRST_ORDER_PAGE = (
    "SELECT id, content_type_id, object_id, wanted, (SELECT counts FROM per_type) FROM m"
    ' ORDER BY wanted DESC, cheap + strong DESC, content_type_id, object_id COLLATE "C"'
    " LIMIT {} OFFSET {}"
)
# The best RERANKED rows by the first score, ordered by their full score.
RERANKED_PAGE = (
    "SELECT b.id, b.content_type_id, b.object_id, b.wanted, (SELECT counts FROM per_type) FROM ("
    " SELECT * FROM m"
    ' ORDER BY wanted DESC, cheap + strong DESC, content_type_id, object_id COLLATE "C" LIMIT {}'
    ") b JOIN wagtailsearch_indexentry e ON e.id = b.id"
    " ORDER BY b.wanted DESC, b.cheap + {} DESC, b.cheap + b.strong DESC, b.content_type_id,"
    ' b.object_id COLLATE "C" LIMIT {} OFFSET {}'
)


def ranked_page(scoring, visible_entries, wanted_ids, offset, limit):
    """SQL for one page of ranked rows, each with the hits per content type among all matches.

    Columns: id, content_type_id, object_id, wanted (1 or 0), and [content type id, hits] pairs.
    With ``wanted_ids`` (a type was chosen) those rows sort first; the caller drops the others,
    which are there so that the counts come back even when the chosen type has no hits.

    The matches are found once and counted with one GROUP BY (five window counts over 10,000 rows
    took 15 ms). Pages within the first ``RERANKED`` rows are ordered by the full score (the body
    is ranked for those rows only); later pages keep the first score's order. ``RERANKED`` is a
    multiple of the page size, so no page straddles both.
    """
    if offset < RERANKED < offset + limit:
        raise ValueError(f"a page of {limit} from {offset} straddles RERANKED ({RERANKED})")
    wanted = Sql("1")
    if wanted_ids is not None:
        wanted = points(compose("e.content_type_id = ANY({})", param(list(wanted_ids))), Sql("1"))
    matches = compose(
        MATCHES,
        scoring.cheap,
        points(scoring.strong, scoring.body),
        wanted,
        visible_entries,
        scoring.match,
    )
    if offset >= RERANKED:
        page = compose(FIRST_ORDER_PAGE, param(limit), param(offset))
    else:
        page = compose(RERANKED_PAGE, param(RERANKED), scoring.body, param(limit), param(offset))
    return compose("{}{}", matches, page)
