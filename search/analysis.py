"""A query's words and their forms: synonyms and phrases, folding, compounds and typos.

One vocabulary query per search (``Lexicon.for_keys``), and one more per word that is neither in
the vocabulary nor a synonym nor a compound of known words (the typo lookup).
"""

from .folding import fold
from .query import MAX_QUERY_WORDS, ParsedQuery, QueryWord, meaningful, tokens
from .synonyms import expand, load_synonyms
from .vocabulary import (
    LINKS,
    Lexicon,
    allowed_edits,
    compound_keys,
    edit_distance,
    near_words,
    split_compound,
)

MAX_COMPOUND = 40  # longer «words» are not split (nor corrected)


def read_phrases(words, synonyms):
    """The query's tokens with synonym phrases («personer med rusproblemer») joined into one; a
    phrase typed as one word («tilpassetbolig») is the phrase too."""
    phrases = {tuple(tokens(p)): p for p in synonyms.phrases}
    joined = {"".join(key): p for key, p in phrases.items()}
    words = [joined.get(w, w) for w in words]
    longest = max((len(p) for p in phrases), default=0)
    out, i = [], 0
    while i < len(words):
        for length in range(min(longest, len(words) - i), 1, -1):
            phrase = phrases.get(tuple(words[i : i + length]))
            if phrase:
                out.append(phrase)
                i += length
                break
        else:
            out.append(words[i])
            i += 1
    return out


def synonym_corrections(word, synonyms):
    """Synonym-list words within the allowed edits of a word no content has («rusmisbrukre»)."""
    limit = allowed_edits(word)
    if not limit:
        return []
    key = fold(word)
    close = []
    for group in synonyms.groups:
        for entry in group:
            if " " not in entry and abs(len(entry) - len(word)) <= limit:
                distance = edit_distance(key, fold(entry), limit)
                if 0 < distance <= limit:
                    close.append((distance, entry))
    return [entry for _d, entry in sorted(close)[:2]]


def parse(text, synonyms=None):
    """``text`` must already be cleaned with :func:`search.query.clean_query`.

    A synonym phrase in the query («personer med rusproblemer», or typed as one word,
    «tilpassetbolig») is searched word by word, each word also taking the phrase's synonyms: a
    page with the synonym covers the whole phrase, a page with some of its words part of it.
    """
    if synonyms is None:
        synonyms = load_synonyms()
    items = read_phrases(tokens(text), synonyms)
    words, phrase_forms = [], {}
    for item in items:
        if " " in item:
            for token in meaningful(tokens(item)):
                if token not in words:
                    words.append(token)
                phrase_forms.setdefault(token, []).extend(expand(item, synonyms.groups))
        elif item in meaningful([item]) and item not in words:
            words.append(item)
    if not words:
        return ParsedQuery(text=text, words=[])
    singles = [w for w in words if not w[:1].isdigit()]
    keys = {fold(w) for w in singles}
    for word in singles:
        if len(word) <= MAX_COMPOUND:  # a 200-letter «word» has 20,000 ways to split
            keys |= compound_keys(word)
    for a, b in zip(singles, singles[1:], strict=False):
        keys |= {fold(a + link + b) for link in LINKS}
    lexicon = Lexicon.for_keys(keys)

    parsed = ParsedQuery(text=text, words=[])
    unknown = []
    for word in words:
        query_word = QueryWord(word, expand(word, synonyms.groups))
        query_word.add(*phrase_forms.get(word, []))
        if word in singles:
            for spelling in lexicon.words(fold(word)):
                query_word.preferred.append(spelling)
                query_word.add(*expand(spelling, synonyms.groups))
            listed = word in phrase_forms or any(word in group for group in synonyms.groups)
            if not lexicon.knows(fold(word)) and not listed:
                unknown.append(query_word)
        parsed.words.append(query_word)
    _join_split_compounds(parsed.words, lexicon)
    _split_unknown_compounds(parsed, unknown, lexicon, synonyms)
    _correct_typos(parsed, [w for w in unknown if w in parsed.words], synonyms)
    for query_word in parsed.words:
        for form in query_word.forms:
            query_word.broader.extend(
                t for t in synonyms.broader.get(form, []) if t not in query_word.broader
            )
    parsed.words = parsed.words[:MAX_QUERY_WORDS]
    return parsed


def _join_split_compounds(query_words, lexicon):
    """«tildeling møte» also finds «tildelingsmøte»: the joined word is a form of both."""
    for a, b in zip(query_words, query_words[1:], strict=False):
        for link in LINKS:
            for joined in lexicon.words(fold(a.text + link + b.text)):
                a.add(joined)
                b.add(joined)


def _split_unknown_compounds(parsed, unknown, lexicon, synonyms):
    """A word no content has, made of two words it has, is searched as both («oppfølgingsteam»
    → «oppfølging» + «team»)."""
    for query_word in parsed.words:
        if (
            query_word not in unknown
            and len(query_word.text) <= MAX_COMPOUND
            and not lexicon.knows(fold(query_word.text))
        ):
            query_word.parts = split_compound(query_word.text, lexicon) or ()
    for query_word in list(unknown):
        if any(lexicon.knows(fold(f)) for f in query_word.forms[1:]):  # a joined form was found
            unknown.remove(query_word)
            continue
        if len(query_word.text) > MAX_COMPOUND:
            continue
        parts = split_compound(query_word.text, lexicon)
        if parts is None:
            continue
        unknown.remove(query_word)
        at = parsed.words.index(query_word)
        parsed.words[at : at + 1] = [
            QueryWord(part, expand(part, synonyms.groups), part_of=query_word.text)
            for part in parts
        ]


def _correct_typos(parsed, unknown, synonyms):
    """Up to two edits (transpositions count one) against the vocabulary and the synonyms."""
    unknown = [w for w in unknown if len(w.text) <= MAX_COMPOUND]
    near = near_words([w.text for w in unknown])
    for query_word in unknown:
        candidates = near.get(query_word.text, []) + synonym_corrections(query_word.text, synonyms)
        if not candidates:
            continue
        for candidate in candidates:
            query_word.preferred.append(candidate)
            query_word.add(*expand(candidate, synonyms.groups))
        query_word.corrected = candidates[0]
        parsed.corrections[query_word.text] = candidates[0]
