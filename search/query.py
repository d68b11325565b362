"""From what a person typed to what the search backends get.

Punctuation and operators never reach a backend as syntax: the text is cut to words, which are
combined here (AND between words, OR between a word's synonyms).
"""

import re
from dataclasses import dataclass, field

from wagtail.search.query import And, Or, PlainText

from .stopwords import STOPWORDS
from .synonyms import expand, load_groups

MAX_QUERY_LENGTH = 200
MAX_WORDS = 10
NON_WORD = re.compile(r"[^\w]+|_")
# Norwegian inflection endings, longest first: a rough stem for prefix matching and highlighting.
SUFFIXES = (
    "hetene", "hetens", "heten", "ende", "ande", "ene", "ane", "ens", "ers", "ets", "het",
    "er", "ar", "en", "et", "as", "es", "e", "a",
)  # fmt: skip
MIN_STEM = 4


def clean_query(raw):
    """Words only: punctuation and operators become spaces, whitespace collapses, length is capped.

    The search backends parse their own query syntax (quotes, minus, brackets); a user's stray
    quote or angle bracket must never reach them as syntax.
    """
    words = NON_WORD.sub(" ", (raw or "")[: MAX_QUERY_LENGTH * 4])
    return " ".join(words.split())[:MAX_QUERY_LENGTH].strip()


def rough_stem(word):
    """«boligene» → «bolig», «flyktningar» → «flyktning»; never shorter than four letters."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


@dataclass
class QueryWord:
    text: str
    forms: list = field(default_factory=list)  # the word and its synonyms

    @property
    def prefixes(self):
        """Stems to prefix-match in compounds: «bolig» finds «boligkontor», «boligsosialt»."""
        return list(dict.fromkeys(rough_stem(f) for f in self.forms if len(rough_stem(f)) >= 4))

    @property
    def typed_prefix(self):
        return rough_stem(self.text)

    @property
    def fuzzy(self):
        """One typo is tolerated in words of six letters or more."""
        return len(self.text) >= 6 and not self.text.isdigit()


@dataclass
class ParsedQuery:
    text: str  # cleaned, as shown to the user
    words: list  # QueryWord, stop words left out

    def __bool__(self):
        return bool(self.words)

    @property
    def normalised(self):
        return self.text.lower()

    def highlight_keys(self):
        keys = set()
        for word in self.words:
            for form in word.forms:
                keys.add(form)
                keys.add(rough_stem(form))
        return keys

    def wagtail_query(self):
        """The same query as a backend-neutral Wagtail query (SQLite, Elasticsearch)."""
        parts = []
        for word in self.words:
            alternatives = [PlainText(form) for form in word.forms]
            parts.append(alternatives[0] if len(alternatives) == 1 else Or(alternatives))
        return parts[0] if len(parts) == 1 else And(parts)


def parse(text, groups=None):
    """``text`` must already be cleaned with :func:`clean_query`."""
    tokens = list(dict.fromkeys(t.lower() for t in text.split()))[:MAX_WORDS]
    meaningful = [t for t in tokens if t not in STOPWORDS]
    if not meaningful:
        return ParsedQuery(text=text, words=[])
    if groups is None:
        groups = load_groups()
    return ParsedQuery(
        text=text, words=[QueryWord(text=t, forms=expand(t, groups)) for t in meaningful]
    )
