"""A case worker narrows the example bank to her theme and county, then reads related cases."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, open_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def result_count(page):
    text = page.locator("p.portal-count").inner_text()
    return int(re.match(r"(\d+)", text).group(1))


def test_filter_open_example_and_follow_a_related_one(demo_server, page):
    page.goto(demo_server.url + "/eksempler/")
    total = result_count(page)
    assert total >= 20
    assert axe_violations(page) == []

    page.locator("summary", has_text="Tema").click()  # the filter groups arrive folded
    page.get_by_label(re.compile(r"^Tverrfaglig samarbeid \(\d+")).check()
    page.get_by_role("button", name=re.compile(r"^Vis \d+ eksempl")).click()
    page.wait_for_url(re.compile(r"tema=tverrfaglig-samarbeid"))
    after_theme = result_count(page)
    assert 0 < after_theme < total

    page.locator("summary", has_text="Fylke").click()
    county = page.get_by_label(re.compile(r"^Trøndelag \(\d+"))
    expected = int(
        re.search(r"\((\d+)", county.evaluate("el => el.labels[0].textContent")).group(1)
    )
    county.check()
    page.get_by_role("button", name=re.compile(r"^Vis \d+ eksempl")).click()
    page.wait_for_url(re.compile(r"fylke=trondelag"))
    assert result_count(page) == expected
    chips = page.get_by_role("list", name="Aktive filtre")
    assert chips.get_by_role("link", name=re.compile("Tema: Tverrfaglig samarbeid")).is_visible()
    assert axe_violations(page) == []

    first = page.locator(".portal-listing__results .portal-card__title a").first
    title = first.inner_text()
    first.click()
    assert page.locator("h1").inner_text() == title
    assert page.get_by_role("heading", name="Fakta om eksempelet").is_visible()
    assert axe_violations(page) == []

    related = page.get_by_role("region", name="Lignende eksempler").get_by_role("link").first
    related_title = related.inner_text()
    related.click()
    assert page.locator("h1").inner_text() == related_title


def test_copy_link_button_copies_the_address(demo_server, browser):
    context = open_context(browser, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(demo_server.url + "/eksempler/asker-velferdslab/")
    page.get_by_role("button", name="Kopier lenke til eksempelet").click()
    # the address is written to the clipboard by a promise: wait for the status it ends with
    expect(page.get_by_role("status").filter(has_text="Lenken er kopiert.")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()").endswith("/eksempler/asker-velferdslab/")
    assert context.csp_violations == []
    context.close()


def test_proposal_form_with_an_error_then_fixed(demo_server, page):
    page.goto(demo_server.url + "/eksempler/")
    page.get_by_role("link", name="Foreslå et eksempel fra din kommune").click()
    assert page.locator("h1").inner_text() == "Foreslå et eksempel"
    assert axe_violations(page) == []

    page.get_by_label("Tittel på eksempelet").fill("Felles boligtjeneste i Verdal")
    # «Kommune» is a text field offering the whole register (a <datalist>): typed, with a typo.
    municipality = page.get_by_label("Kommune", exact=True)
    assert municipality.get_attribute("list") == "id_municipality-liste"
    municipality.press_sequentially("Verdall", delay=20)
    page.get_by_label("Ditt navn").fill("Ola Nordmann")
    page.get_by_label("Din e-postadresse").fill("ola@verdal")  # missing top-level domain
    page.get_by_label("Kort oppsummert").fill("Tre enheter ble til én boligtjeneste.")
    page.get_by_label("Hva ble gjort?").fill("Vi samlet tildeling, oppfølging og forvaltning.")
    page.get_by_role("button", name="Send forslaget").click()

    summary = page.get_by_role("alert")
    assert "2 feil" in summary.inner_text()
    assert page.get_by_label("Ditt navn").input_value() == "Ola Nordmann"  # nothing lost
    assert municipality.input_value() == "Verdall"  # kept as typed, beside its message
    assert municipality.get_attribute("aria-invalid") == "true"
    message = page.locator("#id_municipality-feil")
    assert "Finner ingen kommune som heter «Verdall»" in message.inner_text()
    assert "id_municipality-feil" in municipality.get_attribute("aria-describedby")
    assert axe_violations(page) == []
    summary.get_by_role("link", name="Din e-postadresse").click()
    assert page.evaluate("document.activeElement.id") == "id_contact_email"

    page.get_by_label("Din e-postadresse").fill("ola@verdal.kommune.no")
    municipality.fill("")
    municipality.press_sequentially("Verdal", delay=20)
    page.get_by_role("button", name="Send forslaget").click()
    assert page.locator("h1").inner_text() == "Takk for forslaget!"

    from examples.models import ExamplePage

    proposed = ExamplePage.objects.get(title="Felles boligtjeneste i Verdal")
    assert proposed.municipality.name == "Verdal" and proposed.municipality.is_current


def test_an_expired_form_keeps_what_was_typed(demo_server, page):
    page.goto(demo_server.url + "/eksempler/foreslaa/")
    page.get_by_label("Tittel på eksempelet").fill("Boligkontor i Bodø")
    page.get_by_label("Hva ble gjort?").fill("Vi samlet tre enheter.\nDet tok ett år.")
    page.context.clear_cookies(name="csrftoken")  # the security cookie is gone
    page.get_by_role("button", name="Send forslaget").click()

    assert page.locator("h1").inner_text() == "Skjemaet ble ikke sendt"
    assert page.get_by_label("Tittel på eksempelet").input_value() == "Boligkontor i Bodø"
    typed = page.get_by_label("Hva ble gjort?")
    assert typed.input_value() == "Vi samlet tre enheter.\nDet tok ett år."
    assert typed.get_attribute("readonly") is not None  # to copy, not to edit here
    assert axe_violations(page) == []
    page.get_by_role("link", name="Åpne skjemaet på nytt").click()
    assert page.locator("h1").inner_text() == "Foreslå et eksempel"
