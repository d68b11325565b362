"""Absolute links point where the portal is served: one setting, PUBLIC_BASE_URL, which the demo
loader gives the Wagtail Site (tests/demo/test_load_demo_content.py), and which the sitemap, the
API, the feed and e-mails use."""

import xml.etree.ElementTree as ET

from django.contrib.auth.models import Group
from django.core import mail

from wagtail.models import Site

import pytest

from demo.loader import public_site_address
from examples.editorial import MODERATORS
from examples.factories import ExamplePageFactory
from examples.models import ExamplePage
from glossary.factories import GlossaryTermFactory
from glossary.models import GlossaryTerm
from tests.conftest import PAGE_TYPES

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.mark.parametrize(
    ("url", "address"),
    [
        ("https://veiviser.example.no", ("veiviser.example.no", 443)),
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("http://portal.kommune.no", ("portal.kommune.no", 80)),
        ("https://portal.kommune.no:8443", ("portal.kommune.no", 8443)),
    ],
)
def test_the_site_address_follows_the_base_url(url, address):
    assert public_site_address(url) == address


@pytest.fixture
def served_elsewhere(settings, every_page_type):
    """The portal served at https://veiviser.example.no: its Site at the address the demo loader
    gives it there (``public_site_address``), with more examples than the API's first page."""
    ExamplePageFactory.create_batch(3)
    settings.PUBLIC_BASE_URL = "https://veiviser.example.no"
    settings.ALLOWED_HOSTS = ["veiviser.example.no", "testserver"]
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = public_site_address(settings.PUBLIC_BASE_URL)
    site.save()  # as the loader saves it: Wagtail forgets the cached site root paths
    assert (site.hostname, site.port) == ("veiviser.example.no", 443)
    return "https://veiviser.example.no"


def xml(content):
    return ET.fromstring(content)  # noqa: S314 (the portal's own output, in a test)


def sitemap_locations(client):
    root = xml(client.get("/sitemap.xml").content)
    return [loc.text for loc in root.iter(f"{SITEMAP}loc")]


def test_sitemap_api_and_feed_link_to_the_public_address(client, served_elsewhere):
    assert all(url.startswith(served_elsewhere + "/") for url in sitemap_locations(client))
    api = client.get("/api/v2/eksempler/", {"limit": 2}).json()
    assert api["next"].startswith(served_elsewhere + "/api/v2/eksempler/")
    assert all(item["url"].startswith(served_elsewhere + "/") for item in api["results"])
    feed = xml(client.get("/eksempler/atom/").content)
    links = [link.get("href") for link in feed.iter(f"{ATOM}link")]
    assert links and all(href.startswith(served_elsewhere + "/") for href in links)
    robots = client.get("/robots.txt").content.decode()
    assert f"Sitemap: {served_elsewhere}/sitemap.xml" in robots


def test_the_moderators_mail_links_to_the_public_admin(
    client, served_elsewhere, settings, django_user_model
):
    settings.WAGTAILADMIN_BASE_URL = served_elsewhere  # its default is PUBLIC_BASE_URL
    moderator = django_user_model.objects.create_user("mod-url", email="m@example.no")
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    example = ExamplePage.objects.live().first()
    response = client.post(
        example.get_parent().url + "foreslaa/",
        {
            "title": "Lenker i e-post",
            "municipality": example.municipality.number,
            "contact_name": "Kari",
            "contact_email": "kari@kommune.no",
            "summary": "Kort.",
            "measures": "Vi gjorde noe.",
        },
    )
    assert response.status_code == 303
    body = "\n".join(message.body for message in mail.outbox if message.to == ["m@example.no"])
    assert f"{served_elsewhere}/admin/" in body
    assert "127.0.0.1" not in body and "localhost" not in body


def test_the_sitemap_lists_every_public_page_type_and_glossary_term(client, every_page_type):
    locations = set(sitemap_locations(client))
    for model in PAGE_TYPES:
        page = model.objects.live().public().first()
        assert page is not None and page.full_url in locations, model.__name__
    for term in GlossaryTerm.objects.filter(live=True):
        assert f"http://testserver/ordliste/{term.slug}/" in locations


def test_the_sitemap_leaves_out_drafts_and_unpublished_terms(client, example, glossary_terms):
    draft = ExamplePageFactory(live=False)
    term = GlossaryTermFactory(term="Upublisert begrep", slug="upublisert-begrep", live=False)
    locations = " ".join(sitemap_locations(client))
    assert example.full_url in locations and glossary_terms[0].slug in locations
    assert f"/{draft.slug}/" not in locations and f"/{term.slug}/" not in locations


def test_the_feed_lists_the_newest_live_examples_only(client, site_tree):
    ExamplePageFactory.create_batch(20)  # more than the feed lists
    newest = ExamplePageFactory(title="Helt nytt eksempel")
    draft = ExamplePageFactory(title="Upublisert eksempel", live=False)
    response = client.get("/eksempler/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = xml(response.content)
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]
    assert titles[0] == "Helt nytt eksempel"
    assert draft.title not in titles
    assert ExamplePage.objects.live().count() > 20
    assert len(titles) == 20
    assert newest.full_url in [link.get("href") for link in feed.iter(f"{ATOM}link")]
    listing = client.get("/eksempler/").content.decode()
    assert 'type="application/atom+xml"' in listing and 'href="/eksempler/atom/"' in listing
