"""What every page's <head> gives browsers and search engines: a description from the page's own
summary, an icon, Designsystemet's typeface from our own static files, and no avatar service."""

import re
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders

import pytest

from examples.factories import ExamplePageFactory
from phases.factories import PhasePageFactory, WorkProcessPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def sections(site_tree):
    return site_tree


def description(html):
    found = re.search(r'<meta name="description" content="([^"]*)">', html)
    return found.group(1) if found else None


def test_meta_description_comes_from_each_page_type_own_summary(
    client, example_index, process_index
):
    example = ExamplePageFactory(
        parent=example_index,
        summary="Kommunen samlet tildeling og oppfølging i én tjeneste. " * 6,
    )
    process = WorkProcessPageFactory(parent=process_index)
    phase = PhasePageFactory(
        parent=process,
        short_description="<p>Gruppen <b>kartlegger</b> dagens arbeid &amp; mål.</p>",
    )
    text = description(client.get(example.url).content.decode())
    assert text.startswith("Kommunen samlet tildeling") and len(text) <= 160
    assert text.endswith("…")
    assert description(client.get(phase.url).content.decode()) == (
        "Gruppen kartlegger dagens arbeid &amp; mål."  # tags gone, escaped once in HTML
    )
    example_index.search_description = "Eksempler fra kommunene."
    example_index.save_revision().publish()
    assert description(client.get("/eksempler/").content.decode()) == "Eksempler fra kommunene."


def test_every_page_links_an_icon_and_favicon_ico_leads_to_it(client):
    html = client.get("/eksempler/").content.decode()
    icon = re.search(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', html).group(1)
    assert finders.find(icon.removeprefix(settings.STATIC_URL))
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"] == icon


def test_inter_is_served_from_our_own_static_files(client):
    html = client.get("/").content.decode()
    sheet = re.search(r'<link rel="stylesheet" href="([^"]*css/fonts\.css)">', html).group(1)
    css = Path(finders.find(sheet.removeprefix(settings.STATIC_URL))).read_text(encoding="utf-8")
    files = re.findall(r'url\("\.\./(fonts/inter/[^"]+\.woff2)"\)', css)
    assert len(files) == 8  # 400, 500, 600 and 700, Latin and Latin Extended
    for name in files:
        assert finders.find(name), name
    portal_css = Path(finders.find("css/portal.css")).read_text(encoding="utf-8")
    assert "--ds-font-family: Inter," in portal_css


def test_the_admin_asks_no_avatar_service(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "gravatar.com" not in html
