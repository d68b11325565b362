"""The JSON endpoint behind the search field's suggestions."""

import pytest

from examples.factories import ExamplePageFactory
from examples.models import ExampleIndexPage

pytestmark = pytest.mark.django_db


def suggest(client, q):
    response = client.get("/sok/forslag/", {"q": q})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()["suggestions"]


def test_suggests_glossary_terms_and_pages_from_the_first_letters(client):
    titles = {s["title"]: s for s in suggest(client, "mand")}
    assert titles["Mandat"]["url"] == "/ordliste/mandat/"
    assert titles["Mandat"]["type"] == "Begrep"
    pages = suggest(client, "velferds")
    assert pages[0]["title"] == "Asker Velferdslab"
    assert pages[0]["url"] == "/eksempler/asker-velferdslab/"
    assert pages[0]["type"] == "Eksempel"


def test_short_empty_and_odd_input_gives_no_suggestions(client):
    for q in ["", "b", "!!", "'\"<>", "a" * 5000]:
        assert isinstance(suggest(client, q), list)
    assert suggest(client, "") == []


def test_drafts_are_not_suggested(client):
    ExamplePageFactory(parent=ExampleIndexPage.objects.get(), title="Zyxwvu utkast", live=False)
    assert suggest(client, "zyxw") == []
