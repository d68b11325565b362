"""Find glossary terms in rendered HTML and turn the first occurrence of each into a link.

The matcher is built from the live terms and kept per process; it is rebuilt when the glossary
changes (publish, unpublish, edit, delete), detected with one cheap aggregate query per page render.

Matching works on words, not on a giant regular expression: the text is split into words, and each
word is looked up in a dictionary keyed by the first word of every term form ("vanskeligstilte på
boligmarkedet" is keyed by "vanskeligstilte"). Candidates are tried longest first, so the longest
term wins where terms overlap. A word is a run of letters and digits, joined by hyphens, so a term
never matches inside a longer word ("mandat" is not found in "mandatperiode" or "ROP-mandat").
"""

import re
import threading
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

from core.cachetags import model_tag, versions
from glossary.models import GlossaryTerm

WORD = re.compile(r"\w+(?:-\w+)*")
GAP = re.compile(r"\s+")
# Text inside these elements is never marked: headings, links, buttons, code, forms and scripts.
SKIP_TAGS = frozenset(
    {"a", "h1", "h2", "h3", "h4", "h5", "h6", "button", "code", "pre", "script", "style",
     "textarea", "select", "option", "label", "abbr", "dfn", "svg", "template", "title"}
)  # fmt: skip


@dataclass(frozen=True)
class MatchableTerm:
    id: int
    term: str
    slug: str
    definition: str


@dataclass
class MarkingState:
    """What one page render has marked so far: the first occurrence of each term only."""

    seen: dict = field(default_factory=dict)  # term id -> MatchableTerm, in order of appearance

    @property
    def terms(self):
        return list(self.seen.values())


class TermMatcher:
    def __init__(self, terms_with_forms):
        """``terms_with_forms``: iterable of (MatchableTerm, [form, ...])."""
        index = {}
        for term, forms in terms_with_forms:
            for form in {term.term, *forms}:
                words = tuple(w.lower() for w in WORD.findall(form))
                if words:
                    index.setdefault(words[0], []).append((words, term))
        for candidates in index.values():
            candidates.sort(key=lambda item: -len(item[0]))
        self.index = index
        self.term_count = len({term.id for group in index.values() for _, term in group})

    def find(self, text):
        """Yield (start, end, term) for every term occurrence in plain text, left to right."""
        words = list(WORD.finditer(text))
        i = 0
        while i < len(words):
            candidates = self.index.get(words[i].group().lower())
            matched = None
            if candidates:
                for phrase, term in candidates:
                    if self._phrase_at(text, words, i, phrase):
                        matched = (phrase, term)
                        break
            if matched:
                phrase, term = matched
                last = words[i + len(phrase) - 1]
                yield words[i].start(), last.end(), term
                i += len(phrase)
            else:
                i += 1

    @staticmethod
    def _phrase_at(text, words, i, phrase):
        if i + len(phrase) > len(words):
            return False
        for offset in range(1, len(phrase)):
            previous, current = words[i + offset - 1], words[i + offset]
            if current.group().lower() != phrase[offset]:
                return False
            if not GAP.fullmatch(text[previous.end() : current.start()]):
                return False
        return True

    def mark_html(self, html, state, glossary_url, link=True):
        """Return ``html`` with the first occurrence of each unseen term wrapped in a term link.

        Only text nodes outside SKIP_TAGS are touched; tags, attributes, entities and comments are
        copied through unchanged. With ``link=False`` terms are only recorded in ``state``.
        """
        marker = _Marker(self, state, glossary_url, link)
        marker.feed(html)
        marker.close()
        return "".join(marker.out)


class _Marker(HTMLParser):
    def __init__(self, matcher, state, glossary_url, link):
        super().__init__(convert_charrefs=False)
        self.matcher, self.state, self.glossary_url, self.link = matcher, state, glossary_url, link
        self.out = []
        self.skip_depth = 0
        self.open_skips = []

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag in SKIP_TAGS:
            self.open_skips.append(tag)
            self.skip_depth += 1

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        if self.open_skips and tag == self.open_skips[-1]:
            self.open_skips.pop()
            self.skip_depth -= 1

    def handle_data(self, data):
        if self.skip_depth or len(self.state.seen) >= self.matcher.term_count:
            self.out.append(data)  # inside a heading or link, or every term already found
            return
        self.out.append(self._mark(data))

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")

    def _mark(self, data):
        pieces, cursor = [], 0
        for start, end, term in self.matcher.find(data):
            if term.id in self.state.seen:
                continue
            self.state.seen[term.id] = term
            if not self.link:
                continue
            pieces.append(data[cursor:start])
            pieces.append(
                f'<a class="portal-term" href="{escape(self.glossary_url)}{escape(term.slug)}/" '
                f'data-term="{escape(term.slug)}">{data[start:end]}</a>'
            )
            cursor = end
        if not pieces:
            return data
        pieces.append(data[cursor:])
        return "".join(pieces)


# Per-process cache of the matcher, keyed by the glossary's version ---------------------------

_lock = threading.Lock()
_cache = {"version": None, "matcher": None}


def glossary_version():
    """The version of the terms' cache tag: it moves whenever a term is saved, published,
    unpublished or deleted (glossary/signals.py), in every process alike. It replaced a query
    on every page view that asked the database whether the glossary had changed."""
    tag = model_tag(GlossaryTerm)
    return versions([tag], create=True).get(tag)


def build_matcher():
    terms = GlossaryTerm.objects.filter(live=True).only(
        "id", "term", "slug", "definition", "variants"
    )
    return TermMatcher(
        (MatchableTerm(t.id, t.term, t.slug, t.definition), t.variant_list) for t in terms
    )


def get_matcher():
    """The matcher for the live glossary: one cache read to check freshness, a query to rebuild."""
    version = glossary_version()
    with _lock:
        if _cache["version"] != version:
            _cache["matcher"] = build_matcher()
            _cache["version"] = version
        return _cache["matcher"]
