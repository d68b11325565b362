"""A share link's token never travels in a Referer: not to the portal's own styles and scripts,
not to the next page, not from the page that says a link is no longer valid."""

import secrets
from urllib.parse import urlsplit

from wagtail.models import Site

import pytest

from home.factories import HomePageFactory
from mandates.models import MandateWizardPage
from mandates.prefill import create_draft
from tests.browser.conftest import open_context

pytestmark = pytest.mark.browser


@pytest.fixture
def wizard_server(live_server, empty_database):
    """A front page and the wizard under it, nothing else, on the live server."""
    home = HomePageFactory(parent=empty_database)
    home.add_child(instance=MandateWizardPage(title="Mandat og arbeidsplan", slug="veiviser"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return live_server


def referers(browser, url, missing=False):
    """Open ``url`` as someone following a link would, and the next page from its first link;
    return every Referer the browser sent and the page's final address. ``missing``: ``url``
    answers 404, and must."""
    context = open_context(browser)
    if missing:
        context.may_be_missing.add(urlsplit(url).path)
    sent = []
    context.on("request", lambda request: sent.append(request.headers.get("referer") or ""))
    page = context.new_page()
    page.goto(url)
    final = page.url
    page.locator("header a[href]").first.click()
    page.wait_for_load_state()
    context.close()
    return sent, final


def test_no_referer_carries_a_valid_or_a_wrong_token(browser, wizard_server):
    draft, tokens = create_draft()
    wrong = secrets.token_urlsafe(32)  # the page «Lenken virker ikke» stays at its address
    for token in (tokens["edit"], tokens["read"], wrong):
        url = f"{wizard_server.url}/veiviser/lenke/{token}/"
        sent, final = referers(browser, url, missing=token == wrong)
        assert (token in final) is (token == wrong)
        assert len(sent) > 2  # the page, its styles and scripts, the next page
        assert [referer for referer in sent if token in referer] == []
