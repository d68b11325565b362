"""The vocabulary of live, public content, and what a query word may become through it.

Every form the search adds to a query word is a word that occurs in what people can find (or a
synonym an editor wrote): folding («bodo» → «bodø»), typo correction (up to two edits) and
decompounding («boligsosialarbeid» → «boligsosial» + «arbeid») look words up here, never in a
general dictionary. Decompounding by the content's own vocabulary rather than hunspell-no: a
dictionary splits a word into parts the content may never use, which find nothing, and it misses
the domain's compounds and names («velferdslab», «Tollåsenga»); the content's words are by
construction the ones that can match.

The table is rebuilt from the search index's visible rows (``rebuild``): on publish, unpublish,
move, delete and glossary changes (signals.py), and by ``manage.py rebuild_search_vocabulary``.
"""

from dataclasses import dataclass, field

from django.db import connection, transaction

from psycopg import sql

from . import index_schema
from .folding import fold
from .models import VocabularyWord
from .query import SUFFIXES

MIN_WORD = 2
MAX_WORD = 60
MIN_PART = 3  # the shortest part of a compound («rop», «nav»)
INFLECTION_ENDINGS = frozenset(SUFFIXES)
LINKS = ("", "s", "e")  # Norwegian compounds join with nothing, «s» or «e»


def words_sql(visibility):
    """(word, documents) for every word of the visible rows, from PostgreSQL's ts_stat over the
    plain texts in the ``simple`` configuration."""
    inner = sql.SQL(
        "SELECT to_tsvector('simple', coalesce(e.title_text, '') || ' '"
        " || coalesce(e.body_text, '')) FROM {table} e WHERE {visible}"
    ).format(table=sql.Identifier(index_schema.TABLE), visible=visibility.of_entry("e"))
    return inner


def rebuild(visibility):
    """Replace the vocabulary with the words of the visible rows. Seconds at 50,000 examples."""
    connection.ensure_connection()
    inner = words_sql(visibility).as_string(connection.connection)
    with connection.cursor() as cursor:
        cursor.execute(
            sql.SQL("SELECT word, ndoc FROM ts_stat({})")
            .format(sql.Literal(inner))
            .as_string(connection.connection)
        )
        rows = cursor.fetchall()
    words = {}
    for word, documents in rows:
        if is_word(word):
            words[word] = documents
    with transaction.atomic():
        VocabularyWord.objects.all().delete()
        VocabularyWord.objects.bulk_create(
            (VocabularyWord(word=w, folded=fold(w), documents=n) for w, n in words.items()),
            batch_size=5000,
        )
    return len(words)


def is_word(token):
    return MIN_WORD <= len(token) <= MAX_WORD and token.isalpha()


def edit_distance(a, b, limit):
    """Optimal string alignment distance (a swapped pair is one edit), or limit + 1 if larger."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def allowed_edits(word):
    """One edit in words of five letters or more, two from eight letters."""
    if len(word) >= 8:
        return 2
    return 1 if len(word) >= 5 else 0


@dataclass
class Lexicon:
    """The vocabulary words a query needs, fetched in one query by folded key."""

    by_key: dict = field(default_factory=dict)  # folded → [(word, documents)], most used first

    @classmethod
    def for_keys(cls, keys):
        keys = {k for k in keys if k}
        by_key = {}
        if keys:
            rows = VocabularyWord.objects.filter(folded__in=keys).values_list(
                "folded", "word", "documents"
            )
            for key, word, documents in rows:
                by_key.setdefault(key, []).append((word, documents))
        for words in by_key.values():
            words.sort(key=lambda item: -item[1])
        return cls(by_key)

    def words(self, key):
        return [word for word, _n in self.by_key.get(key, [])]

    def knows(self, key):
        return key in self.by_key

    def documents(self, key):
        return sum(n for _w, n in self.by_key.get(key, []))


def _heads(head):
    """A compound's first part as written, and without a linking «s» or «e»."""
    heads = [head]
    for link in LINKS[1:]:
        if head.endswith(link) and len(head) - 1 >= MIN_PART:
            heads.append(head[:-1])
    return heads


def compound_keys(word, depth=2):
    """Folded keys of every split of ``word`` into two or three parts (with linking s or e)."""
    key = fold(word)
    keys = set()
    for i in range(MIN_PART, len(key) - MIN_PART + 1):
        head, tail = key[:i], key[i:]
        keys.update(_heads(head))
        keys.add(tail)
        if depth > 1 and len(tail) >= 2 * MIN_PART:
            keys |= compound_keys(tail, depth - 1)
    return keys


def _splits(key, lexicon, depth):
    """Every way to cut ``key`` into known parts (at most ``depth`` + 1 of them)."""
    for i in range(MIN_PART, len(key) - MIN_PART + 1):
        head, tail = key[:i], key[i:]
        for candidate in _heads(head):
            if not lexicon.knows(candidate):
                continue
            # «bustadene» is «bustad» inflected, not «bustad» + the word «ene»: a compound never
            # ends in an inflection ending, however common that ending is as a word of its own
            if lexicon.knows(tail) and tail not in INFLECTION_ENDINGS:
                yield [candidate, tail]
            if depth > 1 and len(tail) >= 2 * MIN_PART:
                for rest in _splits(tail, lexicon, depth - 1):
                    yield [candidate, *rest]


def split_compound(word, lexicon):
    """The best split of ``word`` into two (or else three) known words, or None. Prefers fewer
    parts, then the most even split whose parts are frequent: «boligsosialarbeid» →
    («boligsosial», «arbeid»); «heldøgnsbotilbud» → («heldøgn», «bo», «tilbud»)."""

    def score(parts):
        return (
            -len(parts),
            min(len(p) for p in parts),
            min(min(lexicon.documents(p), 9) for p in parts),
        )

    splits = list(_splits(fold(word), lexicon, 2))
    if not splits:
        return None
    best = max(splits, key=score)
    return tuple(lexicon.words(part)[0] for part in best)


def near_words(words):
    """For each word, vocabulary words within its allowed edits (folded), most used first."""
    found = {}
    for word in words:
        limit = allowed_edits(word)
        if not limit:
            continue
        key = fold(word)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word, folded, documents FROM portal_search_near_words(%s)", [key]
            )
            rows = cursor.fetchall()
        close = []
        for candidate, folded, documents in rows:
            distance = edit_distance(key, folded, limit)
            if distance <= limit and folded != key:
                close.append((distance, -documents, candidate))
        close.sort()
        found[word] = [c for _d, _n, c in close[:3]]
    return found
