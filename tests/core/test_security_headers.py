"""Public pages forbid inline script; crawlers stay out of admin, search, API and share links."""

from django.test import Client

import pytest

from mandates.models import MandateWizardPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def sections(site_tree, example, glossary_terms):
    """The front page, every section, an example (for the feed) and terms (for the API)."""
    return site_tree


def directives(response):
    header = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


@pytest.mark.parametrize(
    "url", ["/", "/eksempler/", "/ordliste/", "/sok/?q=bolig", "/veiviser/", "/finnes-ikke/"]
)
def test_public_pages_allow_only_the_sites_own_scripts(client, url):
    policy = directives(client.get(url))
    assert policy["script-src"] == "'self'"
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["form-action"] == "'self'"


def test_the_admin_keeps_its_own_rules(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_secrets():
    response = Client(HTTP_HOST="localhost").get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    wizard = MandateWizardPage.objects.live().get()
    for path in ("/admin/", "/sok/", "/api/", f"{wizard.url}lenke/"):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /" not in lines  # the public pages stay open
    assert "Sitemap: http://testserver/sitemap.xml" in lines  # PUBLIC_BASE_URL, not the Host


@pytest.mark.parametrize(
    "url", ["/", "/eksempler/", "/veiviser/", "/finnes-ikke/", "/admin/login/"]
)
def test_unused_browser_features_are_off_and_other_sites_cannot_embed_responses(client, url):
    response = client.get(url)
    policy = dict(item.strip().split("=") for item in response["Permissions-Policy"].split(","))
    assert policy["camera"] == policy["microphone"] == policy["geolocation"] == "()"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


@pytest.mark.parametrize("url", ["/api/v2/ordliste/", "/eksempler/atom/"])
def test_the_api_and_the_feed_may_be_read_from_other_sites(client, url):
    assert client.get(url)["Cross-Origin-Resource-Policy"] == "cross-origin"
