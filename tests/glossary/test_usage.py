"""«Brukes på disse sidene»: a term page lists the live pages whose text uses the term."""

import pytest

from examples.factories import ExamplePageFactory
from glossary.factories import GlossaryTermFactory
from phases.factories import PhasePageFactory

pytestmark = pytest.mark.django_db


def used_on(client, slug):
    html = client.get(f"/ordliste/{slug}/").content.decode()
    if "Brukes på disse sidene" not in html:
        return ""
    return html[html.index("Brukes på disse sidene") :]


def test_publishing_a_page_updates_where_a_term_is_used(client, glossary_index, example_index):
    term = GlossaryTermFactory(term="Styringsgruppe", variants="styringsgruppa")
    page = ExamplePageFactory(
        title="Eksempel med styringsgrupper",
        summary="Kommunen satte ned styringsgruppa tidlig.",
    )
    page.save_revision().publish()
    assert "Eksempel med styringsgrupper" in used_on(client, term.slug)

    page.summary = "Kommunen jobbet uten egen gruppe."
    page.save_revision().publish()
    assert "Eksempel med styringsgrupper" not in used_on(client, term.slug)


def test_unpublished_page_is_not_listed(client, glossary_index, example_index):
    term = GlossaryTermFactory(term="Mandat", variants="mandatet")
    page = ExamplePageFactory(title="Upublisert mandateksempel", summary="Mandatet ble vedtatt.")
    page.save_revision().publish()
    assert "Upublisert mandateksempel" in used_on(client, term.slug)
    page.unpublish()
    assert "Upublisert mandateksempel" not in used_on(client, term.slug)


def test_publishing_a_new_term_finds_the_pages_that_already_use_it(client, glossary_index, process):
    phase = PhasePageFactory(
        parent=process,
        number=6,
        short_description="<p>Arbeidsgruppen lager et kunnskapsgrunnlag.</p>",
    )
    term = GlossaryTermFactory(term="Kunnskapsgrunnlag", slug="kunnskapsgrunnlag", live=False)
    assert phase.title not in used_on(client, "kunnskapsgrunnlag")
    term.save_revision().publish()
    assert phase.title in used_on(client, "kunnskapsgrunnlag")
