"""A draft or unpublished example never reaches anonymous visitors, wherever they look."""

import pytest

from examples.factories import ExamplePageFactory

pytestmark = pytest.mark.django_db

MARK = "Qwxzyv"  # a word no page built here contains


@pytest.fixture
def hidden_examples(site_tree, example):
    draft = ExamplePageFactory(title=f"{MARK} utkast", live=False)
    example.title = f"{MARK} avpublisert"
    example.save_revision().publish()
    example.unpublish()
    return draft, example


def test_not_in_listing_api_search_sitemap_or_by_url(client, hidden_examples):
    draft, unpublished = hidden_examples
    visible = ExamplePageFactory(title=f"{MARK} publisert")
    places = {
        "listing": client.get("/eksempler/", {"q": MARK}),
        "listing all": client.get("/eksempler/?sortering=a-a"),
        "api": client.get("/api/v2/eksempler/", {"q": MARK}),
        "api all": client.get("/api/v2/eksempler/", {"limit": 100}),
        "feed": client.get("/eksempler/atom/"),
        "search": client.get("/sok/", {"q": MARK}),
        "sitemap": client.get("/sitemap.xml"),
    }
    for name, response in places.items():
        assert response.status_code == 200, name
        html = response.content.decode()
        assert f"/{visible.slug}/" in html, name  # each place lists what is published …
        assert f"{MARK} utkast" not in html and f"{MARK} avpublisert" not in html, name
        assert f"/{draft.slug}/" not in html and f"/{unpublished.slug}/" not in html, name
    assert client.get(f"/eksempler/{draft.slug}/").status_code == 404
    assert client.get(f"/eksempler/{unpublished.slug}/").status_code == 404
