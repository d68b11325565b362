"""The basic search page: finds published pages, never drafts, and survives odd input."""

import pytest

from examples.factories import ExamplePageFactory
from glossary.factories import GlossaryTermFactory
from places.regions import Municipality

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def sections(site_tree, glossary_terms):
    return site_tree


def test_search_finds_a_published_example_by_municipality(client):
    # Neither the title nor the text names the place: only the example's municipality does.
    example = ExamplePageFactory(
        title="Kartlegging av kommunale boliger og leietakere",
        municipality=Municipality.objects.get(number="5038"),  # the register's Verdal
    )
    html = client.get("/sok/", {"q": "Verdal"}).content.decode()
    assert "Verdal" in html
    assert "treff på «Verdal»" in html
    assert f'href="{example.url}"' in html


def test_exact_glossary_term_shows_its_definition(client):
    GlossaryTermFactory(term="Mandat", definition="Et skriftlig oppdrag fra kommunedirektøren.")
    html = client.get("/sok/", {"q": "mandat"}).content.decode()
    assert 'id="term-def-heading"' in html


def test_draft_is_never_found(client):
    ExamplePageFactory(title="Zyxwvu hemmelig utkast", live=False)
    html = client.get("/sok/", {"q": "Zyxwvu"}).content.decode()
    assert "Zyxwvu hemmelig" not in html
    assert "0 treff" in html


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"bolig',
        "!!!",
        "<script>alert(1)</script>",
        "' OR 1=1; --",
        "a" * 10_000,
        "(",
        "*",
        "NOT",
    ],
)
def test_odd_queries_give_a_page_not_an_error(client, query):
    response = client.get("/sok/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
