"""Paging through ranked results: every hit once, in both parts of the order.

The PostgreSQL engine ranks the body text of the best ``RERANKED`` rows only; pages past them
keep the order of the first score. A small ``RERANKED`` puts both parts within the test's own
pages (``searchable_site``: more than ten pages about «bolig», more than ten of them examples).
"""

import re

from django.core.paginator import Paginator
from django.db import connection

import pytest

from core.templatetags.core_tags import page_links
from search import pg_query

RESULT_LINK = re.compile(
    r'<h2 class="ds-heading" data-size="xs"><a class="ds-link" href="([^"]+)">'
)
COUNT = re.compile(r"(\d+) treff på «")


def all_pages(client, **params):
    first = client.get("/sok/", params).content.decode()
    total = int(COUNT.search(first).group(1))
    urls = []
    for number in range(1, (total + 9) // 10 + 1):
        html = client.get("/sok/", {**params, "side": number}).content.decode()
        urls += RESULT_LINK.findall(html)
    return total, urls


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL-motoren")
@pytest.mark.parametrize("params", [{"q": "bolig"}, {"q": "bolig", "type": "eksempler"}])
def test_every_hit_is_shown_once_across_the_reranked_and_the_later_pages(
    client, monkeypatch, params, searchable_site
):
    monkeypatch.setattr(pg_query, "RERANKED", 10)
    total, urls = all_pages(client, **params)
    assert total > 10  # more than the reranked rows
    assert len(urls) == total
    assert len(set(urls)) == total


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL-motoren")
def test_the_first_page_is_the_best_by_the_full_score_within_the_reranked_rows(
    client, searchable_site
):
    # With every match reranked (fewer than RERANKED), the order is the full score's: the exact
    # glossary term first, ahead of the phases that name the group, as before the split into two
    # scores.
    html = client.get("/sok/", {"q": "styringsgruppe"}).content.decode()
    assert len(RESULT_LINK.findall(html)) > 1  # the phases that mention it are found too
    assert RESULT_LINK.findall(html)[0] == "/ordliste/styringsgruppe/"


def test_page_links_leave_out_the_middle_of_a_long_range():
    page = Paginator(range(10_000), 10).page(500)
    assert page_links(page) == [1, None, 498, 499, 500, 501, 502, None, 1000]


def test_page_links_list_every_page_of_a_short_range():
    page = Paginator(range(50), 10).page(2)
    assert page_links(page) == [1, 2, 3, 4, 5]
