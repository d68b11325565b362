"""How fast glossary terms are marked in text, and what marking costs a page.

1. Marking alone: a 5,000-word HTML page against 500 terms (each with 4 inflected forms), median
   of repeated runs (goal: under 20 ms).
2. A whole page: requests/s and p50 for a long resource page with marking on and off, through
   Django's test client in one process (database from DATABASE_URL, demo content loaded first).

    .venv/bin/python bench/glossary_marking.py
    DATABASE_URL=postgres://portal:portal@127.0.0.1:5432/portal_bench .venv/bin/python bench/...
"""

import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

RUNS = 30
WORDS = 5_000
TERMS = 500


def corpus_words():
    from demo.data import examples, process

    text = " ".join(
        str(value)
        for item in [*examples.EXAMPLES, *process.PHASES]
        for value in item.values()
        if isinstance(value, str | list)
    )
    return re.findall(r"[a-zæøåA-ZÆØÅ]{3,}", re.sub(r"<[^>]+>", " ", text))


def synthetic_terms(words, rng):
    from demo.data import glossary
    from glossary.matching import MatchableTerm

    terms = []
    for i, data in enumerate(glossary.TERMS):
        terms.append(
            (MatchableTerm(i, data["term"], data["slug"], data["definition"]), data["variants"])
        )
    stems = sorted({w.lower() for w in words if len(w) > 6})
    while len(terms) < TERMS:
        a, b = rng.sample(stems, 2)
        base = a + b[:5]
        forms = [base + suffix for suffix in ("en", "er", "ene", "a")]
        i = len(terms)
        terms.append((MatchableTerm(i, base, f"begrep-{i}", "Forklaring."), forms))
    return terms


def long_html(words, rng, count=WORDS):
    chosen = [rng.choice(words) for _ in range(count)]
    parts = []
    for start in range(0, count, 100):
        chunk = " ".join(chosen[start : start + 100])
        if start % 1000 == 0:
            parts.append(f"<h2>{' '.join(chosen[start : start + 4])}</h2>")
        link, strong = chosen[start], chosen[start + 1]
        parts.append(f'<p>{chunk} <a href="/x/">{link}</a> <strong>{strong}</strong>.</p>')
    return "".join(parts)


def bench_marking():
    from glossary.matching import MarkingState, TermMatcher

    rng = random.Random(42)
    words = corpus_words()
    terms = synthetic_terms(words, rng)
    html = long_html(words, rng)
    matcher = TermMatcher(terms)
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        out = matcher.mark_html(html, MarkingState(), "/ordliste/")
        timings.append((time.perf_counter() - start) * 1000)
    build = []
    for _ in range(5):
        start = time.perf_counter()
        TermMatcher(terms)
        build.append((time.perf_counter() - start) * 1000)
    print(f"Marking: {WORDS} words, {len(terms)} terms ({sum(len(f) + 1 for _, f in terms)} forms)")
    print(
        f"  median {statistics.median(timings):.2f} ms, min {min(timings):.2f} ms, "
        f"max {max(timings):.2f} ms over {RUNS} runs; {out.count('portal-term')} terms marked"
    )
    print(f"  building the matcher: median {statistics.median(build):.2f} ms")
    return html


def bench_page(html):
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from home.models import ResourceIndexPage, ResourcePage

    call_command("load_demo_content", verbosity=0)
    index = ResourceIndexPage.objects.get()
    page = ResourcePage.objects.child_of(index).filter(slug="maling-av-begrepsmerking").first()
    if page is None:
        page = ResourcePage(
            title="Lang side for måling av begrepsmerking",
            slug="maling-av-begrepsmerking",
            summary="Måleside.",
            body=[{"type": "paragraph", "value": html}],
        )
        index.add_child(instance=page)
        page.save_revision().publish()
    client = Client(HTTP_HOST="127.0.0.1")
    try:
        print(f"Page {page.url} ({len(html) // 1024} kB of text), 100 requests each, one process:")
        for marking in (False, True, False, True):
            ResourcePage.objects.filter(pk=page.pk).update(mark_glossary_terms=marking)
            client.get(page.url)
            timings = []
            for _ in range(100):
                start = time.perf_counter()
                response = client.get(page.url)
                timings.append(time.perf_counter() - start)
                if response.status_code != 200:
                    raise SystemExit(f"{page.url} svarte {response.status_code}")
            label = "on " if marking else "off"
            print(
                f"  marking {label}: {len(timings) / sum(timings):6.1f} req/s, "
                f"p50 {statistics.median(timings) * 1000:6.1f} ms"
            )
    finally:
        page.delete()


if __name__ == "__main__":
    long_page = bench_marking()
    if os.environ.get("SKIP_PAGE") != "1":
        bench_page(long_page)
