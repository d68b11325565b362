"""The site's sections, read once per request, and the links that depend on where they live."""

import pytest

from glossary.factories import GlossaryTermFactory
from glossary.models import GlossaryIndexPage
from phases.factories import PhasePageFactory
from search.refresh import rebuild_all

pytestmark = pytest.mark.django_db


def test_a_glossary_hidden_from_the_menu_still_gets_its_links_right(client, site_tree, process):
    GlossaryTermFactory(term="Mandat", definition="Et skriftlig oppdrag.", variants="mandatet")
    phase = PhasePageFactory(parent=process, number=6, short_description="<p>Mandatet er gitt.</p>")
    rebuild_all()  # what committing the change runs (search/signals.py); a test never commits
    header = client.get("/").content.decode().split("</header>")[0]
    assert 'href="/ordliste/"' in header
    glossary = GlossaryIndexPage.objects.get()
    glossary.show_in_menus = False
    glossary.save_revision().publish()  # as an editor does it (the menu is cached until a publish)
    header = client.get("/").content.decode().split("</header>")[0]
    assert 'href="/ordliste/"' not in header  # out of the menu …

    # … but term links in search, suggestions and marked text still point into the glossary.
    search = client.get("/sok/", {"q": "mandat"}).content.decode()
    assert 'href="/ordliste/mandat/">Les mer om «Mandat» i ordlisten</a>' in search
    suggestions = client.get("/sok/forslag/", {"q": "manda"}).json()["suggestions"]
    assert {"title": "Mandat", "url": "/ordliste/mandat/"}.items() <= suggestions[0].items()
    html = client.get(phase.url).content.decode()
    assert 'class="portal-term" href="/ordliste/mandat/"' in html
