"""Editors' tools: the synonym snippet and the reports on popular and zero-hit searches."""

import pytest

from search.models import SynonymGroup

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def pages(site_tree, example):
    """The site with one example, which «bolig» finds."""
    return site_tree


def test_reports_list_popular_and_zero_hit_queries(admin_client, client):
    client.get("/sok/", {"q": "bolig"})
    client.get("/sok/", {"q": "bolig"})
    client.get("/sok/", {"q": "qqqzzz"})
    popular = admin_client.get("/admin/rapporter/populaere-sok/")
    assert popular.status_code == 200
    html = popular.content.decode()
    assert "Populære søk" in html and "bolig" in html
    zero = admin_client.get("/admin/rapporter/sok-uten-treff/").content.decode()
    assert "qqqzzz" in zero
    assert ">bolig<" not in zero
    reports = admin_client.get("/admin/").content.decode()
    assert "/admin/rapporter/sok-uten-treff/" in reports


def test_reports_are_closed_to_anonymous_users(client):
    response = client.get("/admin/rapporter/populaere-sok/")
    assert response.status_code == 302


def test_synonyms_are_managed_as_a_snippet(admin_client):
    response = admin_client.post(
        "/admin/snippets/search/synonymgroup/add/",
        {
            "words": "Frivilligsentral,  frivilligsentralen\nfrivillig  sentral",
            "broader": "frivillighet",
            "note": "",
        },
    )
    assert response.status_code == 302
    group = SynonymGroup.objects.get(words__icontains="frivilligsentralen")
    assert group.word_list == ["frivilligsentral", "frivilligsentralen", "frivillig sentral"]
    assert group.broader_list == ["frivillighet"]


def test_a_synonym_is_words_or_phrases_without_punctuation(admin_client):
    response = admin_client.post(
        "/admin/snippets/search/synonymgroup/add/", {"words": "bolig, kommunal bolig!"}
    )
    assert response.status_code == 200
    assert "Bare ord og ordgrupper" in response.content.decode()
    response = admin_client.post("/admin/snippets/search/synonymgroup/add/", {"words": "bolig"})
    assert "Skriv minst to ord" in response.content.decode()


def test_there_is_one_search_log_in_the_reports_menu(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "/admin/rapporter/populaere-sok/" in html
    assert "/admin/searchpicks/reports/search-terms/" not in html
