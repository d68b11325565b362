"""The search evaluation set, scored: top-3 share, MRR and zero-result queries per kind.

    .venv/bin/python bench/search_eval.py            # the database in DATABASE_URL (or .postgres/)
    VERBOSE=1 .venv/bin/python bench/search_eval.py  # also every query outside the top 3

Runs the queries of tests/demo/search_evaluation_set.py through the search page in-process
(Django's test client against the configured database, which must hold the demo content) and
prints one row per kind. Queries for pages that are not on the site yet are skipped and counted.
"""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")


def main():
    import django

    django.setup()
    from django.test import Client

    from wagtail.models import Page

    from tests.demo.search_evaluation_run import evaluate

    client = Client()

    def fetch(query):
        return client.get("/sok/", {"q": query}, HTTP_HOST="localhost").content.decode()

    def page_exists(path):
        return Page.objects.filter(url_path__endswith=path, live=True).exists()

    started = time.monotonic()
    report = evaluate(fetch, page_exists)
    print(report.table())
    print(f"({len(report.outcomes)} queries in {time.monotonic() - started:.1f} s)")
    if os.environ.get("VERBOSE"):
        for outcome in report.misses():
            print(f"  {outcome.kind}: {outcome.query!r} → {outcome.found[:3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
