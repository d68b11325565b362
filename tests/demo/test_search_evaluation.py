"""The search evaluation over the demo content: at least 90 % of the queries put a right page in
the first three results (search_evaluation_set.py; figures per kind: bench/search_eval.py).

It is here, with the demo content's own tests, because it measures the search on the texts the
portal ships (demo/data), loaded once for this folder (tests/demo/conftest.py). What the search
does with pages a test builds itself is in tests/search.
"""

from wagtail.models import Page

import pytest

from .search_evaluation_run import evaluate

pytestmark = pytest.mark.django_db
GOAL = 0.90


def page_exists(path):
    return Page.objects.filter(url_path__endswith=path, live=True).exists()


def test_nine_in_ten_queries_find_a_right_page_in_the_top_three(client, demo_content):
    report = evaluate(lambda q: client.get("/sok/", {"q": q}).content.decode(), page_exists)
    misses = "\n".join(f"  {o.kind}: {o.query!r} → {o.found[:3]}" for o in report.misses())
    assert report.share_in_top() >= GOAL, f"\n{report.table()}\nMisses:\n{misses}"
