"""Snippets with the matched words marked, as segments the template escapes itself.

No HTML is built here: the template writes each segment with autoescaping and wraps the matched
ones in <mark>, so no ``|safe`` is needed anywhere.
"""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags

TOKEN = re.compile(r"\w+|\W+")
WINDOW = 32  # words in a snippet
MIN_PREFIX = 4
MAX_TEXT = 6000  # characters looked at for a snippet


@dataclass(frozen=True)
class Segment:
    text: str
    marked: bool = False


def _matcher(keys):
    """One regular expression: a word matches a key exactly, or starts with a longer key."""
    prefixes = sorted((re.escape(k) for k in keys if len(k) >= MIN_PREFIX), key=len, reverse=True)
    exact = sorted((re.escape(k) for k in keys if len(k) < MIN_PREFIX), key=len, reverse=True)
    parts = []
    if prefixes:
        parts.append("(?:" + "|".join(prefixes) + ")")
    if exact:
        parts.append("(?:" + "|".join(exact) + r")\Z")
    if not parts:
        return None
    return re.compile("|".join(parts), re.IGNORECASE)


def snippet(text, keys, window=WINDOW):
    """The part of ``text`` with most matches, at most ``window`` words, as a list of Segments."""
    text = text or ""
    if "<" in text:  # rich text from a model field; the index's text is plain already
        text = strip_tags(text)
    text = " ".join(text[:MAX_TEXT].split())
    if not text:
        return []
    tokens = TOKEN.findall(text)
    word_positions = [i for i, t in enumerate(tokens) if t[0].isalnum() or t[0] == "_"]
    matcher = _matcher(keys)
    marked = {i for i in word_positions if matcher and matcher.match(tokens[i])}
    start_word = 0
    if marked and len(word_positions) > window:
        # Running totals: matches among the first n words, so each window costs one subtraction.
        totals = [0]
        for position in word_positions:
            totals.append(totals[-1] + (position in marked))
        best, best_count = 0, -1
        for n in range(len(word_positions) - window + 1):
            count = totals[n + window] - totals[n]
            if count > best_count:
                best, best_count = n, count
        # Start a few words before the first match, so it reads as a sentence fragment.
        first_match = next(n for n in range(best, best + window) if word_positions[n] in marked)
        start_word = max(0, first_match - 4)
    chosen = word_positions[start_word : start_word + window]
    first, last = chosen[0], chosen[-1]
    segments = []
    if first > 0:
        segments.append(Segment("… "))
    for i in range(first, last + 1):
        token = tokens[i]
        if segments and segments[-1].marked == (i in marked) and segments[-1].text != "… ":
            segments[-1] = Segment(segments[-1].text + token, segments[-1].marked)
        else:
            segments.append(Segment(token, i in marked))
    if last < len(tokens) - 1:
        segments.append(Segment(" …"))
    return segments
