"""The synonym list as lookups, cached between requests."""

from dataclasses import dataclass, field

from django.core.cache import cache

from search.models import SynonymGroup

CACHE_KEY = "portal-search-synonyms-v2"
CACHE_SECONDS = 300
MIN_COMPOUND_PART = 4  # «bolig» may be part of a compound; «bo» may not
# Endings that make an inflected form of a listed word: «rusmisbrukere» is «rusmisbruker».
INFLECTIONS = frozenset(
    "e er en et ene ne a ar ane s es te ende ande".split()  # noqa: SIM905
)


@dataclass
class Synonyms:
    groups: list = field(default_factory=list)  # tuples of equivalent words and phrases
    broader: dict = field(default_factory=dict)  # word or phrase → broader terms

    @property
    def phrases(self):
        """Multi-word entries, longest first, so a query can be read as containing them."""
        found = {entry for group in self.groups for entry in group if " " in entry}
        return sorted(found, key=lambda p: -len(p.split()))


def load_synonyms():
    """All groups (one query, then cached)."""
    synonyms = cache.get(CACHE_KEY)
    if synonyms is None:
        synonyms = Synonyms()
        for group in SynonymGroup.objects.all():
            words = tuple(group.word_list)
            if len(words) > 1:
                synonyms.groups.append(words)
            for word in words:
                for term in group.broader_list:
                    synonyms.broader.setdefault(word, [])
                    if term not in synonyms.broader[word]:
                        synonyms.broader[word].append(term)
        cache.set(CACHE_KEY, synonyms, CACHE_SECONDS)
    return synonyms


def load_groups():
    return load_synonyms().groups


def forget_synonyms():
    cache.delete(CACHE_KEY)


def expand(word, groups):
    """The word and its synonyms, also inside compounds and inflections.

    «bolig» → bustad; «boligkontor» → bustadkontor; «boligene» → bustadene; «kommunalbolig» →
    kommunalbustad. The result keeps the word first and has no duplicates. Phrases are synonyms of
    the whole word only.
    """
    forms = [word]
    for group in groups:
        for part in group:
            others = [w for w in group if w != part]
            if word == part:
                forms.extend(others)
            elif " " in part:
                continue
            elif len(part) >= MIN_COMPOUND_PART and word.startswith(part):
                rest = word[len(part) :]
                if rest in INFLECTIONS:  # an inflected form: the phrases are synonyms too
                    forms.extend(other for other in others if " " in other)
                forms.extend(other + rest for other in others if " " not in other)
            elif (
                len(part) >= MIN_COMPOUND_PART
                and word.endswith(part)
                and len(word) - len(part) >= 3
            ):
                head = word[: -len(part)]
                forms.extend(head + other for other in others if " " not in other)
    return list(dict.fromkeys(forms))
