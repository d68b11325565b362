"""The search page as people use it: types and counts, drafts, odd input, promotions and the log."""

import re
import time

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

import pytest

from examples.factories import ExamplePageFactory
from examples.models import ExamplePage
from glossary.factories import GlossaryTermFactory
from search.models import SearchQuery, SynonymGroup

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def pages(searchable_site):
    """A page of every type about «bolig», Verdal's and Asker's examples, «Mandat» (conftest)."""
    return searchable_site


RESULT_LINK = re.compile(
    r'<h2 class="ds-heading" data-size="xs"><a class="ds-link" href="([^"]+)">'
)
FILTER = re.compile(
    r'<a class="portal-search-filters__link" href="\?q=[^"]*?(?:&amp;type=(\w+))?"[^>]*>'
    r"([^<]+) <span[^>]*>\((\d+)"
)


def search(client, **params):
    response = client.get("/sok/", params)
    assert response.status_code == 200
    return response.content.decode()


def result_urls(html):
    return RESULT_LINK.findall(html)


def filters(html):
    return {(key or "alle"): int(count) for key, _label, count in FILTER.findall(html)}


def test_results_show_type_title_snippet_with_marked_words_and_municipality(client):
    html = search(client, q="boligkontor")
    assert "treff på «boligkontor»" in html
    assert 'role="status"' in html
    assert "Kartlegging av kommunale boliger og leietakere" in html
    assert '<span class="portal-search-result__type">Eksempel</span> · Verdal kommune' in html
    assert re.search(r"<mark>[Bb]oligkontor\w*</mark>", html)


def test_type_filters_narrow_the_results_and_counts_add_up(client):
    html = search(client, q="bolig")
    counts = filters(html)
    assert set(counts) == {"alle", "eksempler", "prosesser", "ordliste", "ressurser", "sider"}
    assert counts["eksempler"] > 10  # more than one page of results
    assert counts["ordliste"] > 0 and counts["prosesser"] > 0
    assert counts["ressurser"] > 0 and counts["sider"] > 0
    assert counts["alle"] == sum(v for k, v in counts.items() if k != "alle")
    expected_paths = {
        "eksempler": "/eksempler/",
        "prosesser": "/arbeidsprosesser/",
        "ordliste": "/ordliste/",
        "ressurser": "/ressurser/",
        "sider": "/",
    }
    for key, prefix in expected_paths.items():
        narrowed = search(client, q="bolig", type=key)
        assert f"{counts[key]} treff på «bolig»" in narrowed
        urls = result_urls(narrowed)
        assert len(urls) == min(counts[key], 10)
        assert all(url.startswith(prefix) for url in urls), (key, urls)
        assert re.search(rf'type={key}"[^>]*aria-current="page"', narrowed)


def test_unknown_type_is_ignored(client):
    html = search(client, q="bolig", type="<script>")
    assert re.search(r'href="\?q=bolig" aria-current="page"', html)


def test_pagination_keeps_query_and_type(client):
    first = search(client, q="bolig")
    second = search(client, q="bolig", side=2)
    assert set(result_urls(first)).isdisjoint(result_urls(second))
    assert "?side=2&amp;q=bolig" in first
    assert "?side=2&amp;q=bolig&amp;type=eksempler" in search(client, q="bolig", type="eksempler")
    assert result_urls(search(client, q="bolig", side=999)) == result_urls(first)


def test_exact_glossary_term_shows_its_definition_above_results(client):
    html = search(client, q="Mandat")
    assert html.index('id="term-def-heading"') < html.index('id="search-count"')
    assert "Les mer om «Mandat» i ordlisten" in html


def test_drafts_are_never_found_and_publishing_makes_a_page_findable_at_once(client):
    draft = ExamplePageFactory(title="Zyxwvu hemmelig utkast", live=False)
    html = search(client, q="Zyxwvu")
    assert "Zyxwvu hemmelig" not in html
    assert "0 treff på «Zyxwvu»" in html

    draft.save_revision().publish()
    assert draft.url in result_urls(search(client, q="Zyxwvu"))

    ExamplePage.objects.get(pk=draft.pk).unpublish()
    assert "Zyxwvu hemmelig" not in search(client, q="Zyxwvu")


def test_a_deleted_page_is_neither_found_nor_counted(client):
    # Pages are filtered as «not hidden»; a deleted page must leave the index with it.
    page = ExamplePageFactory(title="Zyxwvu slettet side")
    assert "1 treff på «Zyxwvu»" in search(client, q="Zyxwvu")
    page.delete()
    assert "0 treff på «Zyxwvu»" in search(client, q="Zyxwvu")


def test_unpublished_changes_to_a_live_page_are_not_searchable(client, example):
    example.title = "Qwertzu upublisert tittel"
    example.save_revision()  # a draft revision only; the live page keeps its title
    html = search(client, q="Qwertzu")
    assert "0 treff på «Qwertzu»" in html
    assert example.url not in result_urls(html)


def test_draft_glossary_terms_and_private_pages_never_leak(client, pages):
    GlossaryTermFactory(term="Xyloplex", slug="xyloplex", definition="Hemmelig.", live=False)
    assert "0 treff" in search(client, q="Xyloplex")
    example = pages.velferdslab
    assert example.url in result_urls(search(client, q="Velferdslab"))
    PageViewRestriction.objects.create(
        page=example, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )
    assert example.url not in result_urls(search(client, q="Velferdslab"))


ODD_QUERIES = [
    "",
    "   ",
    "!!!",
    "«»—…",
    '"',
    '"bolig',
    "bolig'",
    "(",
    "*",
    "NOT",
    "bolig & | ! :* <-> \\",
    "' OR 1=1; --",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "a" * 10_000,
    "bolig " * 2_000,
    "og i på",
    "\x00\x01",
]


@pytest.mark.parametrize("query", ODD_QUERIES, ids=range(len(ODD_QUERIES)))
def test_odd_queries_give_a_quick_norwegian_page_never_an_error(client, query):
    started = time.monotonic()
    response = client.get("/sok/", {"q": query})
    elapsed = time.monotonic() - started
    assert response.status_code == 200
    assert elapsed < 1.0
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html
    assert ExamplePage.objects.exists()
    assert any(
        message in html
        for message in (
            "Skriv ett eller flere ord",
            "ingen bokstaver eller tall",
            "bare vanlige småord",
            "treff på «",
        )
    )


def test_html_in_a_query_is_escaped_where_it_is_shown(client):
    html = search(client, q="<b>bolig</b>")
    assert "<b>bolig</b>" not in html
    assert 'value="&lt;b&gt;bolig&lt;/b&gt;"' in html


def test_the_search_page_has_one_search_field_the_other_pages_one_in_the_header(client):
    html = search(client, q="bolig")
    assert html.count('role="search"') == 1 and 'id="header-search"' not in html
    assert 'value="bolig"' in html  # the page's own field keeps the query
    other = client.get("/eksempler/").content.decode()
    assert 'id="header-search"' in other


def test_long_query_is_cut_and_said_so(client):
    html = search(client, q="bolig " + "x" * 500)
    assert "søkte bare etter begynnelsen" in html


def test_editors_promotion_is_shown_above_the_results(client, example):
    query = Query.get("bolig")
    SearchPromotion.objects.create(query=query, page=example, description="Et godt sted å starte.")
    html = search(client, q="Bolig")
    assert 'id="promotions-heading"' in html
    assert html.index("Et godt sted å starte.") < html.index('id="search-count"')


def test_promotion_of_an_unpublished_page_is_not_shown(client, example):
    SearchPromotion.objects.create(query=Query.get("bolig"), page=example, description="Skjult")
    example.unpublish()
    assert "Skjult" not in search(client, q="bolig")


def test_queries_are_logged_with_hits_and_result_counts(client):
    search(client, q="Bolig")
    search(client, q="bolig")
    search(client, q="bolig", side=2)  # paging is not a new search
    search(client, q="qqqzzz")
    search(client, q="12345678901")  # looks like a national identity number: not logged
    logged = {q.query_string: q for q in SearchQuery.objects.all()}
    assert logged["bolig"].hits == 2
    assert logged["bolig"].result_count > 0
    assert logged["qqqzzz"].result_count == 0
    assert "12345678901" not in logged


def test_synonyms_edited_in_the_admin_apply_at_once(client, pages):
    url = pages.velferdslab.url
    assert url == "/eksempler/asker-velferdslab/"
    assert url not in result_urls(search(client, q="xyzzyplex"))
    SynonymGroup.objects.create(words="velferdslab, xyzzyplex")
    assert url in result_urls(search(client, q="xyzzyplex"))


def test_default_synonyms_are_installed():
    words = {tuple(group.word_list) for group in SynonymGroup.objects.all()}
    assert ("bolig", "bustad") in words
    assert ("hjem", "heim") in words
