"""Pages about the portal itself: in the footer of every page, drafts never."""

from wagtail.models import Site

import pytest

from home.models import InformationPage

pytestmark = pytest.mark.django_db


def footer(html):
    return html[html.index('<footer class="portal-footer">') :]


def test_every_page_links_to_the_statements_in_its_footer(client):
    html = footer(client.get("/ordliste/").content.decode())
    for title, url in [
        ("Om portalen", "/om-portalen/"),
        ("Personvernerklæring", "/personvern/"),
        ("Tilgjengelighetserklæring", "/tilgjengelighet/"),
    ]:
        assert f'<a href="{url}">{title}</a>' in html


def test_statement_shows_when_it_was_last_updated(client):
    page = InformationPage.objects.get(slug="tilgjengelighet")
    html = client.get("/tilgjengelighet/").content.decode()
    assert "WCAG 2.1" in html
    assert f'<time datetime="{page.last_updated:%Y-%m-%d}">' in html


def test_a_draft_information_page_is_neither_in_the_footer_nor_reachable(client):
    home = Site.objects.get(is_default_site=True).root_page
    draft = InformationPage(title="Hemmelig utkast", slug="hemmelig-utkast", live=False)
    home.add_child(instance=draft)
    html = client.get("/").content.decode()
    assert "Hemmelig utkast" not in html
    assert client.get("/hemmelig-utkast/").status_code == 404


def test_the_statements_are_found_by_search(client):
    html = client.get("/sok/", {"q": "informasjonskapsler"}).content.decode()
    assert 'href="/personvern/">Personvernerklæring</a>' in html
