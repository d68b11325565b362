"""The evaluation set over the demo content: at least 90 % of the queries put a right page in
the first three results (tests/search/evaluation_set.py; figures per kind: bench/search_eval.py).
"""

from wagtail.models import Page

import pytest

from .evaluation_run import evaluate

pytestmark = pytest.mark.django_db
GOAL = 0.90


def page_exists(path):
    return Page.objects.filter(url_path__endswith=path, live=True).exists()


def test_nine_in_ten_queries_find_a_right_page_in_the_top_three(client):
    report = evaluate(lambda q: client.get("/sok/", {"q": q}).content.decode(), page_exists)
    misses = "\n".join(f"  {o.kind}: {o.query!r} → {o.found[:3]}" for o in report.misses())
    assert report.share_in_top() >= GOAL, f"\n{report.table()}\nMisses:\n{misses}"
