"""The glossary: A–Å listing with letter navigation, and one page per term."""

import re

import pytest

from glossary.factories import GlossaryTermFactory
from glossary.models import GlossaryTerm

pytestmark = pytest.mark.django_db


def test_index_lists_terms_in_norwegian_order_with_letters(client):
    GlossaryTermFactory(term="Ørsmå saker", slug="orsma-saker")
    GlossaryTermFactory(term="Åpen dør", slug="apen-dor")
    html = client.get("/ordliste/").content.decode()
    headings = re.findall(r'<h2 id="bokstav-([^"]+)"', html)
    assert headings == sorted(headings, key="ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ".index)
    assert headings[-2:] == ["Ø", "Å"]
    assert 'href="#bokstav-A"' in html
    # A letter with no terms is shown, but not as a link.
    assert '<span aria-disabled="true" class="portal-letters__empty">Q</span>' in html


def test_term_page_shows_definition_variants_related_and_usage(client):
    term = GlossaryTerm.objects.get(slug="mandat")
    html = client.get("/ordliste/mandat/").content.decode()
    assert term.definition in html
    assert "mandatet" in html
    for related in term.related_terms.all():
        assert f'href="/ordliste/{related.slug}/"' in html
    assert "Brukes på disse sidene" in html


def test_draft_term_is_not_public(client):
    term = GlossaryTermFactory(term="Hemmelig begrep", slug="hemmelig-begrep", live=False)
    assert client.get(f"/ordliste/{term.slug}/").status_code == 404
    assert "Hemmelig begrep" not in client.get("/ordliste/").content.decode()


def test_definition_is_escaped(client):
    GlossaryTermFactory(term="Farlig", slug="farlig", definition="<script>alert(1)</script>")
    html = client.get("/ordliste/farlig/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
