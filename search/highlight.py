"""Snippets with the matched words marked, as segments the template escapes itself.

No HTML is built here: the template writes each segment with autoescaping and wraps the matched
ones in <mark>, so no ``|safe`` is needed anywhere.
"""

import re
from bisect import bisect_left
from dataclasses import dataclass

from django.utils.html import strip_tags

WORD = re.compile(r"\w+")
# Block tags end a sentence or a line: «<p>… organisering.</p><p>Også …» must not become
# «organisering.Også» when the tags are stripped.
BLOCK_TAG = re.compile(r"</?(?:p|li|h[1-6]|br|div|ul|ol|blockquote|tr|td|th)\b[^>]*>", re.I)
RUN_TOGETHER = re.compile(r"(?<=[a-zæøå0-9][.!?:;])(?=[A-ZÆØÅ])")
WINDOW = 32  # words in a snippet
MIN_PREFIX = 4
MAX_TEXT = 6000  # characters looked at for a snippet
LEAD_IN = 4  # words shown before the first match


@dataclass(frozen=True)
class Segment:
    text: str
    marked: bool = False


def _matcher(keys):
    """One regular expression for the start of a matching word: the word begins with a longer key,
    or is a shorter key exactly."""
    prefixes = sorted((re.escape(k) for k in keys if len(k) >= MIN_PREFIX), key=len, reverse=True)
    exact = sorted((re.escape(k) for k in keys if len(k) < MIN_PREFIX), key=len, reverse=True)
    parts = []
    if prefixes:
        parts.append("(?:" + "|".join(prefixes) + ")")
    if exact:
        parts.append("(?:" + "|".join(exact) + r")(?!\w)")
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.IGNORECASE)


def _best_start(marked, words, window):
    """The first word of the window with most matches, a few words before its first match.

    ``marked`` is sorted. A window's count only rises where a match enters it, so only the start
    and those places need counting (the text has a thousand words, a snippet a few matches).
    """
    if not marked or words <= window:
        return 0

    def count(start):
        return bisect_left(marked, start + window) - bisect_left(marked, start)

    candidates = [0] + [m - window + 1 for m in marked if m - window + 1 > 0]
    best = max(candidates, key=lambda start: (count(start), -start))
    first_match = marked[bisect_left(marked, best)]
    return max(0, first_match - LEAD_IN)


def snippet(text, keys, window=WINDOW):
    """The part of ``text`` with most matches, at most ``window`` words, as a list of Segments."""
    text = text or ""
    if "<" in text:  # rich text from a model field; the index's text is plain already
        text = strip_tags(BLOCK_TAG.sub(" ", text))
    text = RUN_TOGETHER.sub(" ", text)
    text = " ".join(text[:MAX_TEXT].split())
    if not text:
        return []
    starts, ends = [], []
    for match in WORD.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    if not starts:
        return [Segment(text)]
    matcher = _matcher(keys)
    marked = []
    if matcher is not None:
        # A match starts a word, so bisect finds that word's index among the word starts.
        marked = [bisect_left(starts, m.start()) for m in matcher.finditer(text)]
    first = _best_start(marked, len(starts), window)
    last = min(first + window, len(starts)) - 1
    return _segments(text, starts, ends, first, last, set(marked))


def _segments(text, starts, ends, first, last, marked):
    """Words first to last and the text between them; neighbours with the same marking joined."""
    parts = []  # [text pieces, marked]
    for n in range(first, last + 1):
        if n > first:
            _add(parts, text[ends[n - 1] : starts[n]], False)
        _add(parts, text[starts[n] : ends[n]], n in marked)
    segments = [Segment("".join(pieces), is_marked) for pieces, is_marked in parts]
    if starts[first] > 0:
        segments.insert(0, Segment("… "))
    if ends[last] < len(text):
        segments.append(Segment(" …"))
    return segments


def _add(parts, text, marked):
    if parts and parts[-1][1] == marked:
        parts[-1][0].append(text)
    else:
        parts.append([[text], marked])
