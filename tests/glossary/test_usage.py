"""«Brukes på disse sidene»: a term page lists the live pages whose text uses the term."""

import pytest

from examples.factories import ExamplePageFactory
from examples.models import ExampleIndexPage
from glossary.factories import GlossaryTermFactory

pytestmark = pytest.mark.django_db


def used_on(client, slug):
    html = client.get(f"/ordliste/{slug}/").content.decode()
    if "Brukes på disse sidene" not in html:
        return ""
    return html[html.index("Brukes på disse sidene") :]


def test_publishing_a_page_updates_where_a_term_is_used(client):
    page = ExamplePageFactory(
        parent=ExampleIndexPage.objects.get(),
        title="Eksempel med styringsgrupper",
        summary="Kommunen satte ned styringsgruppa tidlig.",
    )
    page.save_revision().publish()
    assert "Eksempel med styringsgrupper" in used_on(client, "styringsgruppe")

    page.summary = "Kommunen jobbet uten egen gruppe."
    page.save_revision().publish()
    assert "Eksempel med styringsgrupper" not in used_on(client, "styringsgruppe")


def test_unpublished_page_is_not_listed(client):
    page = ExamplePageFactory(
        parent=ExampleIndexPage.objects.get(),
        title="Upublisert mandateksempel",
        summary="Mandatet ble vedtatt.",
    )
    page.save_revision().publish()
    page.unpublish()
    assert "Upublisert mandateksempel" not in used_on(client, "mandat")


def test_publishing_a_new_term_finds_the_pages_that_already_use_it(client, phase2):
    term = GlossaryTermFactory(term="Kunnskapsgrunnlag", slug="kunnskapsgrunnlag", live=False)
    term.save_revision().publish()
    assert phase2.title in used_on(client, "kunnskapsgrunnlag")
