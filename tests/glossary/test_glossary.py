"""The glossary: A–Å listing with letter navigation, and one page per term."""

import re

import pytest

from glossary.factories import GlossaryTermFactory

pytestmark = pytest.mark.django_db


def test_index_lists_terms_in_norwegian_order_with_letters(client, glossary_index):
    for term in ["Åpen dør", "Bostøtte", "Ørsmå saker", "Arbeidsgruppe", "Zonevis tildeling"]:
        GlossaryTermFactory(term=term)
    html = client.get(glossary_index.url).content.decode()
    headings = re.findall(r'<h2 id="bokstav-([^"]+)"', html)
    assert headings == ["A", "B", "Z", "Ø", "Å"]
    assert 'href="#bokstav-A"' in html
    # A letter with no terms is shown, but not as a link.
    assert '<span aria-disabled="true" class="portal-letters__empty">Q</span>' in html


def test_term_page_shows_definition_related_and_usage(client, glossary_index, phase2):
    related = GlossaryTermFactory(term="Styringsgruppe")
    term = GlossaryTermFactory(
        term="Mandat",
        definition="Et skriftlig oppdrag til arbeidsgruppen.",
        variants="mandatet\nmandater",
        related_terms=[related],
    )
    phase2.glossary_terms.set([term])
    phase2.save_revision().publish()
    html = client.get(f"/ordliste/{term.slug}/").content.decode()
    assert term.definition in html
    assert "mandatet" not in html  # the variants are for matching, not for readers
    assert f'href="/ordliste/{related.slug}/"' in html
    used_on = html[html.index("Brukes på disse sidene") :]
    assert f'href="{phase2.url}"' in used_on


def test_draft_term_is_not_public(client, glossary_index):
    term = GlossaryTermFactory(term="Hemmelig begrep", live=False)
    assert client.get(f"/ordliste/{term.slug}/").status_code == 404
    assert "Hemmelig begrep" not in client.get(glossary_index.url).content.decode()


def test_definition_is_escaped(client, glossary_index):
    GlossaryTermFactory(term="Farlig", slug="farlig", definition="<script>alert(1)</script>")
    html = client.get("/ordliste/farlig/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_the_variants_for_matching_are_not_shown_to_readers(client, glossary_index):
    GlossaryTermFactory(term="Husbanklån", slug="husbanklan", variants="husbanklånet, husbanklåna")
    html = client.get("/ordliste/husbanklan/").content.decode()
    assert "Husbanklån" in html
    assert "husbanklånet" not in html and "Andre former av ordet" not in html
