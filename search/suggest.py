"""Autocomplete from the vocabulary: titles, glossary terms and their variants, municipalities,
counties (with former names) and frequent content words, matched ascii-folded from the start of
any of their words («tromso» → «Tromsø», «first» → «Housing First»).

Suggestions are rebuilt with the vocabulary (vocabulary.py). Those that name an index entry (pages
and terms) pass the search's visibility filter at query time as well, so a page unpublished a
moment ago is never suggested, even before the rebuild.
"""

import math

from django.db import transaction

from wagtail.models import Page, Site

from psycopg import sql

from examples.pages import ExamplePage
from glossary.models import GlossaryTerm
from places.history import history
from places.regions import County, Municipality

from . import pg_query
from .engine import execute
from .folding import fold_text
from .models import Suggestion, VocabularyWord
from .stopwords import IGNORED
from .types import GLOSSARY_MODEL, content_type_ids

LIMIT = 8
FREQUENT_WORDS = 3000
MIN_WORD_DOCUMENTS = 2


def rebuild(visibility, examples_url="/eksempler/", glossary_url="/ordliste/"):
    """Replace every suggestion with what the visible content offers now."""
    rows = _page_titles(visibility) + _terms(visibility, glossary_url)
    rows += _places(examples_url) + _frequent_words()
    seen, unique = set(), []
    for row in sorted(rows, key=lambda r: -r.weight):
        key = (row.text.lower(), row.url)
        if key not in seen:
            seen.add(key)
            unique.append(row)
    with transaction.atomic():
        Suggestion.objects.all().delete()
        Suggestion.objects.bulk_create(unique, batch_size=5000)
    return len(unique)


def _page_titles(visibility):
    ids = [
        int(i)
        for (i,) in execute(pg_query.visible_object_ids(visibility, visibility.page_type_ids))
    ]
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    root = site.root_page.url_path if site else "/"
    nynorsk = set(
        ExamplePage.objects.filter(pk__in=ids, language="nn").values_list("pk", flat=True)
    )
    rows = []
    pages = Page.objects.filter(pk__in=ids, depth__gt=2).values_list(
        "pk", "title", "url_path", "content_type_id"
    )
    labels = {}
    for pk, title, url_path, ct_id in pages.iterator(chunk_size=5000):
        if ct_id not in labels:
            model = Page.objects.model._meta.apps.get_model("contenttypes", "ContentType")
            labels[ct_id] = model.objects.get_for_id(ct_id).model_class()._meta.verbose_name
        url = "/" + url_path[len(root) :] if url_path.startswith(root) else url_path
        rows.append(
            Suggestion(
                text=title,
                folded=fold_text(title),
                kind=labels[ct_id],
                url=url,
                lang="nn" if pk in nynorsk else "",
                weight=3,
                content_type_id=ct_id,
                object_id=str(pk),
            )
        )
    return rows


def _terms(visibility, glossary_url):
    ct_id = next(iter(content_type_ids([GLOSSARY_MODEL])))
    rows = []
    for term in GlossaryTerm.objects.filter(live=True):
        names = [term.term] + [v for v in term.variant_list if v.lower() != term.term.lower()]
        for n, name in enumerate(names):
            rows.append(
                Suggestion(
                    text=name if n == 0 else name,
                    folded=fold_text(name),
                    kind="Begrep",
                    url=f"{glossary_url}{term.slug}/",
                    weight=5 if n == 0 else 2,
                    content_type_id=ct_id,
                    object_id=str(term.pk),
                )
            )
    return rows


def _places(examples_url):
    """Municipalities that have live examples, with the names they had before a merger
    («Fjell», now Øygarden), and every county of the register: today's link to their
    examples, former ones (kind «Fylke før 2020») to today's county when there is one."""
    rows = []
    used = Municipality.objects.filter(examples__live=True).distinct()
    for municipality in used:
        place = history(municipality)
        ended = municipality.valid_to
        rows.append(
            _place(municipality.name, f"Kommune før {ended.year}" if ended else "Kommune", 4)
        )
        rows += [_place(name, "Kommune", 3.5) for name in place.later_names]
        for name, year in place.former_names:
            rows.append(_place(name, f"Kommune før {year}" if year else "Tidligere kommune", 3.5))
    counties = County.objects.prefetch_related("successors")
    for county in counties:
        if county.valid_to is None:
            rows.append(_place(county.name, "Fylke", 4, f"{examples_url}?fylke={county.slug}"))
            continue
        today = [c for c in county.successors.all() if c.valid_to is None]
        url = f"{examples_url}?fylke={today[0].slug}" if len(today) == 1 else ""
        rows.append(_place(county.name, f"Fylke før {county.valid_to.year}", 3.5, url))
    return rows


def _place(text, kind, weight, url=""):
    return Suggestion(text=text, folded=fold_text(text), kind=kind, url=url, weight=weight)


def _frequent_words():
    words = (
        VocabularyWord.objects.filter(documents__gte=MIN_WORD_DOCUMENTS)
        .order_by("-documents")
        .values_list("word", "folded", "documents")
    )
    rows = []
    for word, folded, documents in words[: FREQUENT_WORDS * 2]:
        if len(word) >= 4 and word not in IGNORED:
            rows.append(
                Suggestion(
                    text=word, folded=folded, kind="Søkeord", weight=math.log(1 + documents) / 3
                )
            )
        if len(rows) >= FREQUENT_WORDS:
            break
    return rows


# One suggestion per place it leads to: a term's variants («velferdsteknologien»,
# «velferdsteknologiske») all lead to the term's page, so only the best of those that match is
# offered (the term itself where it matches, else the variant that was typed). Suggestions with no
# address of their own (search words, a county with two successors) are told apart by their text.
SUGGEST = """
SELECT text, kind, url, lang FROM (
  SELECT DISTINCT ON (target) * FROM (
    SELECT s.text, s.kind, s.url, s.lang, s.weight,
           CASE WHEN s.url = '' THEN 'text:' || s.text ELSE s.url END AS target
    FROM search_suggestion s
    WHERE (s.folded LIKE {prefix} OR ({long_enough} AND s.folded LIKE {inner}))
      AND (s.content_type_id IS NULL OR {visible})
  ) matching
  ORDER BY target, weight DESC, char_length(text), text
) best
ORDER BY weight DESC, char_length(text), text
LIMIT {limit}
"""


def suggestions(query, visibility, limit=LIMIT):
    """Up to ``limit`` suggestions whose text, or one of its words, starts with the query."""
    key = fold_text(query)
    if not key:
        return []
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    composed = sql.SQL(SUGGEST).format(
        prefix=sql.Literal(escaped + "%"),
        inner=sql.Literal("% " + escaped + "%"),
        # Two letters match the start of a suggestion only: «bo» inside every title is noise.
        long_enough=sql.Literal(len(key) >= 3),
        visible=visibility.condition(
            sql.Identifier("s", "content_type_id"), sql.Identifier("s", "object_id")
        ),
        limit=sql.Literal(limit),
    )
    rows = execute(composed)
    return [{"title": t, "type": k, "url": u, "lang": lang} for t, k, u, lang in rows]
