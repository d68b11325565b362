"""Pages about the portal itself: in the footer of every page, drafts never."""

import pytest

from home.factories import InformationPageFactory

pytestmark = pytest.mark.django_db


def footer(html):
    return html[html.index('<footer class="portal-footer">') :]


def test_every_page_links_to_the_statements_in_its_footer(client, site_tree):
    html = footer(client.get(site_tree.glossary_index.url).content.decode())
    assert site_tree.information_pages
    for page in site_tree.information_pages:
        assert f'<a href="{page.url}">{page.title}</a>' in html


def test_statement_shows_when_it_was_last_updated(client, home):
    page = InformationPageFactory(
        title="Tilgjengelighetserklæring",
        body=[{"type": "paragraph", "value": "<p>Portalen skal oppfylle WCAG 2.1 AA.</p>"}],
    )
    html = client.get(page.url).content.decode()
    assert "Portalen skal oppfylle WCAG 2.1 AA." in html
    assert f'<time datetime="{page.last_updated:%Y-%m-%d}">' in html


def test_a_draft_information_page_is_neither_in_the_footer_nor_reachable(client, home):
    InformationPageFactory(title="Om portalen")
    draft = InformationPageFactory(title="Hemmelig utkast", slug="hemmelig-utkast", live=False)
    html = client.get("/").content.decode()
    assert "Om portalen" in footer(html)  # the footer lists the published one …
    assert "Hemmelig utkast" not in html  # … never the draft
    assert client.get(f"/{draft.slug}/").status_code == 404


def test_the_statements_are_found_by_search(client, home):
    page = InformationPageFactory(
        title="Personvernerklæring",
        body=[
            {"type": "heading", "value": {"text": "Informasjonskapsler", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Vi bruker bare nødvendige informasjonskapsler.</p>"},
        ],
    )
    html = client.get("/sok/", {"q": "informasjonskapsler"}).content.decode()
    assert f'href="{page.url}">Personvernerklæring</a>' in html
