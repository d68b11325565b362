"""From what a person typed to the words a search looks for.

Punctuation and operators never reach the database as syntax: the text is cut to words. Each word
then gets its forms, all of which are words that occur in live content or synonyms an editor
wrote (see ``analysis``): synonyms and broader terms, folded spellings («Bodo» → «Bodø»), parts of
compounds the content does not have whole («boligsosialarbeid» → «boligsosial» + «arbeid»),
compounds the query writes apart («tildeling møte» → «tildelingsmøte») and typo corrections.
"""

import re
from dataclasses import dataclass, field

from .stopwords import IGNORED

MAX_QUERY_LENGTH = 200
MAX_WORDS = 10
MAX_QUERY_WORDS = 16  # after compounds are split; each word is one bit of a search's hit mask
# Letters and digits; «§»; a hyphen or slash only between letters or digits («ROP-lidelser»,
# «9-11», «og/eller»); everything else separates words.
NOT_KEPT = re.compile(r"[^\w§\-/]+|_|(?<![^\W_])[-/]|[-/](?![^\W_])")
# Norwegian inflection endings, longest first: a rough stem for prefix matching and highlighting.
SUFFIXES = (
    "hetene", "hetens", "heten", "ende", "ande", "ene", "ane", "ens", "ers", "ets", "het",
    "er", "ar", "en", "et", "as", "es", "e", "a",
)  # fmt: skip
MIN_STEM = 4
MAX_PREFIXES = 4
NUMBER = re.compile(r"^\d+(?:-\d+)*$")


def clean_query(raw):
    """Words only: punctuation and operators become spaces, whitespace collapses, length is capped.

    «§» and hyphens or slashes inside a word stay («husleieloven § 9-11», «ROP-lidelser»).
    """
    text = NOT_KEPT.sub(" ", (raw or "")[: MAX_QUERY_LENGTH * 4])
    text = " ".join(text.split())[:MAX_QUERY_LENGTH].strip()
    return "" if not re.search(r"[^\W_]", text) else text


def rough_stem(word):
    """«boligene» → «bolig», «flyktningar» → «flyktning»; never shorter than four letters."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def tokens(text):
    """The words of a cleaned query, lower-case, in order, without repeats. A hyphenated or
    slashed word gives its parts («rop-lidelser» → rop, lidelser); a law reference's number
    stays whole («9-11»); «§» alone is not a word."""
    found = []
    for token in text.lower().split():
        if token == "§":  # noqa: S105 - the section sign, not a password
            continue
        token = token.strip("§")
        if NUMBER.match(token):
            found.append(token)
            continue
        found.extend(part for part in re.split(r"[-/§]+", token) if part)
    return list(dict.fromkeys(found))[:MAX_WORDS]


@dataclass
class QueryWord:
    text: str
    forms: list = field(default_factory=list)  # the word first, then its alternatives
    corrected: str = ""  # the vocabulary word a typo was corrected to
    part_of: str = ""  # the compound this word was split from
    broader: list = field(default_factory=list)  # broader terms, suggested on few results
    parts: tuple = ()  # a listed compound's parts no content has whole («boligsosial», «arbeid»)
    preferred: list = field(default_factory=list)  # spellings and corrections: prefixes first

    def __post_init__(self):
        if not self.forms:
            self.forms = [self.text]

    @property
    def is_number(self):
        return bool(NUMBER.match(self.text))

    @property
    def prefixes(self):
        """Stems to prefix-match in compounds: «bolig» finds «boligkontor», «boligsosialt»."""
        if self.is_number:
            return []
        ordered = [self.text, *self.preferred, *self.forms]
        stems = (rough_stem(f) for f in ordered if " " not in f)
        unique = list(dict.fromkeys(s for s in stems if len(s) >= MIN_STEM))
        # The word as typed comes first. Every prefix is a scan over all the index's lexemes
        # that start with it, so a large synonym group's forms match as whole words only
        # (with all of them as prefixes, «bustadsosial handlingsplan» took 0.9 s at 10,000
        # examples).
        return unique[:MAX_PREFIXES]

    def add(self, *forms):
        for form in forms:
            if form and form not in self.forms:
                self.forms.append(form)


@dataclass
class ParsedQuery:
    text: str  # cleaned, as shown to the user
    words: list  # QueryWord, stop words and fillers left out
    corrections: dict = field(default_factory=dict)  # typed word → vocabulary word

    def __bool__(self):
        return bool(self.words)

    @property
    def normalised(self):
        return self.text.lower()

    @property
    def corrected_text(self):
        """The query with each corrected word replaced («Mente du …?»), or ""."""
        if not self.corrections:
            return ""
        words = [self.corrections.get(w.lower(), w) for w in self.text.split()]
        return " ".join(words)

    def highlight_keys(self):
        keys = set()
        for word in self.words:
            for form in word.forms:
                for part in form.split():
                    keys.add(part)
                    keys.add(rough_stem(part))
        return keys

    @property
    def broader_terms(self):
        return list(dict.fromkeys(t for w in self.words for t in w.broader))


def meaningful(words):
    return [w for w in words if w not in IGNORED or NUMBER.match(w)]
