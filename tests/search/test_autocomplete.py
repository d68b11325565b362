"""The JSON endpoint behind the search field's suggestions."""

import pytest

from examples.factories import ExamplePageFactory
from glossary.factories import GlossaryTermFactory
from places.regions import Municipality
from search.refresh import rebuild_all

pytestmark = pytest.mark.django_db


def in_municipality(number, **kwargs):
    return ExamplePageFactory(municipality=Municipality.objects.get(number=number), **kwargs)


@pytest.fixture(autouse=True)
def pages(site_tree):
    """The pages, terms and places the suggestions are asked for: Asker's «Velferdslab», an
    example from Ålesund, one from Fjell (merged into Øygarden in 2020), Kristiansund's «Housing
    First», Stord's example in nynorsk, «Mandat», «Velferdsteknologi» and «Brukermedvirkning»
    (with its nynorsk variant); every factory example is about people «bostedsløse» or waiting
    for a home. The suggestions are rebuilt from them, as after their publishing."""
    in_municipality(
        "3203", title="Asker Velferdslab", slug="asker-velferdslab", summary="Et velferdslab."
    )
    in_municipality("1508", title="Trepartssamarbeid om ROP-lidelser")
    in_municipality("1246", title="Fra plan til handling: bustadkontor")
    in_municipality("1505", title="ROP-team i Tollåsenga og Housing First")
    in_municipality(
        "4614", title="Bustadsosialt forum i Stord", language="nn", summary="Eit forum."
    )
    for _ in range(2):
        ExamplePageFactory(summary="Kommunen fant bolig til bostedsløse familier.")
    GlossaryTermFactory(term="Mandat", definition="Et skriftlig oppdrag til arbeidsgruppen.")
    GlossaryTermFactory(
        term="Brukermedvirkning",
        definition="At de som får tjenestene, er med på å forme dem.",
        variants="brukarmedverknad",
    )
    GlossaryTermFactory(
        term="Velferdsteknologi",
        definition="Teknologi som gir trygghet hjemme.",
        variants="velferdsteknologien\nvelferdsteknologiske",
    )
    rebuild_all()  # what the commit after publishing runs (search/refresh.py)
    return site_tree


def suggest(client, q):
    response = client.get("/sok/forslag/", {"q": q})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()["suggestions"]


def test_suggests_glossary_terms_and_pages_from_the_first_letters(client):
    titles = {s["title"]: s for s in suggest(client, "mand")}
    assert titles["Mandat"]["url"] == "/ordliste/mandat/"
    assert titles["Mandat"]["type"] == "Begrep"
    # «velferds» is also the start of the term «Velferdsteknologi», which a term's weight puts
    # first (search/suggest.py); one letter more is the example's alone.
    pages = suggest(client, "velferdsl")
    assert pages[0]["title"] == "Asker Velferdslab"
    assert pages[0]["url"] == "/eksempler/asker-velferdslab/"
    assert pages[0]["type"] == "Eksempel"


def test_a_term_is_suggested_once_whichever_of_its_forms_match(client):
    suggestions = suggest(client, "velferdstek")
    to_the_term = [s for s in suggestions if s["url"] == "/ordliste/velferdsteknologi/"]
    assert [s["title"] for s in to_the_term] == ["Velferdsteknologi"]
    # typed past the term's own name, the variant that still matches is the one offered
    assert [s["title"] for s in suggest(client, "velferdsteknologis")] == ["velferdsteknologiske"]


def test_short_empty_and_odd_input_gives_no_suggestions(client):
    for q in ["", "b", "!!", "'\"<>", "a" * 5000]:
        assert isinstance(suggest(client, q), list)
    assert suggest(client, "") == []


def test_drafts_are_not_suggested(client):
    ExamplePageFactory(title="Zyxwvu utkast", live=False)
    assert suggest(client, "zyxw") == []


def test_suggestions_come_from_the_vocabulary_with_their_type_folded(client):
    rebuild_all()
    words = {s["title"]: s["type"] for s in suggest(client, "bostedslo")}
    assert words.get("bostedsløse") == "Søkeord"  # a frequent word, typed without «ø»
    by_title = {s["title"]: s for s in suggest(client, "alesu")}
    assert by_title["Ålesund"]["type"] == "Kommune"
    assert by_title["Ålesund"]["url"] == "/sok/?q=%C3%85lesund"
    counties = {s["title"]: s for s in suggest(client, "hedma")}
    assert counties["Hedmark"]["type"] == "Fylke før 2020"
    assert counties["Hedmark"]["url"] == "/eksempler/?fylke=innlandet"
    # Oppland went to two of today's counties: a search for the name, not one county's list.
    assert {s["title"]: s for s in suggest(client, "oppla")}["Oppland"]["url"].startswith("/sok/")
    # Fjell (an example's municipality) merged into Øygarden in 2020: both names are suggested.
    assert {s["title"]: s["type"] for s in suggest(client, "fjell")}["Fjell"] == "Kommune før 2020"
    assert {s["title"]: s["type"] for s in suggest(client, "oygard")}["Øygarden"] == "Kommune"
    variants = {s["title"]: s for s in suggest(client, "brukarmed")}
    assert variants["brukarmedverknad"]["url"] == "/ordliste/brukermedvirkning/"
    inner = {s["title"] for s in suggest(client, "first")}
    assert any("Housing First" in title for title in inner)  # a later word of a title


def test_nynorsk_pages_are_suggested_with_lang_nn(client):
    rebuild_all()
    stord = {s["title"]: s for s in suggest(client, "bustadsosialt")}
    assert stord["Bustadsosialt forum i Stord"]["lang"] == "nn"
    assert stord["Bustadsosialt forum i Stord"]["type"] == "Eksempel"
