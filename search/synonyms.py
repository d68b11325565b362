"""The synonym list as a word → group lookup, cached between requests."""

from django.core.cache import cache

from search.models import SynonymGroup

CACHE_KEY = "portal-search-synonyms-v1"
CACHE_SECONDS = 300
MIN_COMPOUND_PART = 4  # «bolig» may be part of a compound; «bo» may not


def load_groups():
    """All synonym groups as tuples of lower-case words (one query, then cached)."""
    groups = cache.get(CACHE_KEY)
    if groups is None:
        groups = [tuple(g.word_list) for g in SynonymGroup.objects.all()]
        groups = [g for g in groups if len(g) > 1]
        cache.set(CACHE_KEY, groups, CACHE_SECONDS)
    return groups


def forget_synonyms():
    cache.delete(CACHE_KEY)


def expand(word, groups):
    """The word and its synonyms, also inside compounds and inflections.

    «bolig» → bustad; «boligkontor» → bustadkontor; «boligene» → bustadene; «kommunalbolig» →
    kommunalbustad. The result keeps the word first and has no duplicates.
    """
    forms = [word]
    for group in groups:
        for part in group:
            others = [w for w in group if w != part]
            if word == part:
                forms.extend(others)
            elif len(part) >= MIN_COMPOUND_PART and word.startswith(part):
                rest = word[len(part) :]
                forms.extend(other + rest for other in others)
            elif (
                len(part) >= MIN_COMPOUND_PART
                and word.endswith(part)
                and len(word) - len(part) >= 3
            ):
                head = word[: -len(part)]
                forms.extend(head + other for other in others)
    return list(dict.fromkeys(forms))
