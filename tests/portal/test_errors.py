"""Unknown URLs and server errors answer in Norwegian, never with a bare error."""

from django.test import Client

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def sections(site_tree, process):
    """The front page and the sections whose unknown sub-addresses the tests ask for."""
    return site_tree


@pytest.mark.parametrize(
    "url",
    [
        "/finnes-ikke/",
        "/eksempler/finnes-ikke/",
        "/ordliste/finnes-ikke/",
        "/arbeidsprosesser/x/y/z/",
    ],
)
def test_unknown_url_gives_norwegian_404_with_search_box(client, url):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert "Vi fant ikke siden" in html
    assert 'action="/sok/"' in html and 'name="q"' in html
    assert '<html lang="nb"' in html


def test_server_error_page_is_norwegian(settings):
    client = Client(raise_request_exception=False)
    settings.ROOT_URLCONF = "tests.portal.broken_urls"
    response = client.get("/feil/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Noe gikk galt hos oss" in html
    assert '<html lang="nb"' in html
