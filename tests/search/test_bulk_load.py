"""A bulk load (the demo loader) indexes each page once at its end (core/indexing.py): what it
published must be as findable afterwards as a page an editor published by hand."""

import pytest

from core.indexing import search_index_updates_deferred
from examples.factories import ExamplePageFactory


def results_page(client, query):
    return client.get("/sok/", {"q": query}).content.decode()


def suggested(client, query):
    return [s["title"] for s in client.get("/sok/forslag/", {"q": query}).json()["suggestions"]]


def test_pages_published_in_a_bulk_load_are_found_by_words_and_themes_and_suggested(
    client, db, request, django_capture_on_commit_callbacks
):
    # What runs on commit runs at the end of this block, as after the loader's one transaction;
    # the site is built inside it too, so a rebuild it left pending is the one that runs.
    with django_capture_on_commit_callbacks(execute=True):
        request.getfixturevalue("site_tree")
        with search_index_updates_deferred():
            ExamplePageFactory(
                title="Kvartalsvis husleiedugnad",
                summary="Leietakerne malte oppgangene sammen med vaktmesteren.",
                tags=["Bomiljø og naboskap"],
            )
    assert "Kvartalsvis husleiedugnad" in results_page(client, "vaktmesteren")
    # the theme is set after the page was first saved: the deferred index has it
    assert "Kvartalsvis husleiedugnad" in results_page(client, "naboskap")
    # the vocabulary and suggestions are rebuilt once, at the commit after the load
    assert "Kvartalsvis husleiedugnad" in suggested(client, "kvartalsvis")


@pytest.mark.django_db
def test_after_a_failed_bulk_load_a_save_is_indexed_at_once_again(client, site_tree):
    with pytest.raises(RuntimeError), search_index_updates_deferred():
        ExamplePageFactory(title="Halvferdig import", summary="Lastet før feilen.")
        raise RuntimeError("the load stopped half-way")
    ExamplePageFactory(title="Nabomekling i Sandnes", summary="Konflikter løst av meklere.")
    assert "Nabomekling i Sandnes" in results_page(client, "meklere")
