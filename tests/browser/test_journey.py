"""A municipal case worker goes from the front page to the work process and on to phase 2."""

import pytest

from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_to_process_to_phase_2_and_axe_is_clean(demo_server, page):
    page.goto(demo_server.url + "/")
    assert page.locator("h1").inner_text() == "Boligsosial veiviser"
    assert axe_violations(page) == []

    page.get_by_role("link", name="Organisering og tverrfaglig samarbeid").first.click()
    page.wait_for_url("**/organisering-og-tverrfaglig-samarbeid/")
    assert page.locator("h1").inner_text() == "Organisering og tverrfaglig samarbeid"
    assert page.get_by_role("heading", name="Kort om arbeidsprosessen").is_visible()
    assert axe_violations(page) == []

    chooser = page.get_by_role("navigation", name="Faser i arbeidsprosessen")
    chooser.get_by_role("link", name="Fase 2 Utarbeide kunnskapsgrunnlag").click()
    page.wait_for_url("**/fase-2-utarbeide-kunnskapsgrunnlag/")
    assert page.locator("h1").inner_text() == "Fase 2: Utarbeide kunnskapsgrunnlag"
    current = chooser.locator('[aria-current="page"]')
    assert current.count() == 1
    assert "Utarbeide kunnskapsgrunnlag" in current.inner_text()
    assert page.get_by_role("heading", name="Resultater fra fasen").is_visible()
    assert page.get_by_text("Ansvarlig: Arbeidsgruppens leder").first.is_visible()
    assert page.get_by_role("link", name="Neste fase Fase 3").is_visible()
    assert axe_violations(page) == []


def test_skip_link_moves_focus_to_main_content(demo_server, page):
    page.goto(demo_server.url + "/arbeidsprosesser/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Hopp til hovedinnholdet")
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "hovedinnhold"


def test_footer_leads_to_the_privacy_statement(demo_server, page):
    page.goto(demo_server.url + "/eksempler/")
    footer = page.get_by_role("contentinfo")
    footer.get_by_role("link", name="Personvernerklæring").click()
    page.wait_for_url("**/personvern/")
    assert page.locator("h1").inner_text() == "Personvernerklæring"
    assert page.get_by_role("heading", name="Informasjonskapsler").is_visible()
    assert axe_violations(page) == []


def test_a_case_worker_finds_a_sub_process_and_a_planning_step_and_axe_is_clean(demo_server, page):
    """One page of each type the whole guide added: area, sub-process, planning circle, a step
    and a step's phase, «Forstå helheten» and the list of laws."""
    page.goto(demo_server.url + "/arbeidsprosesser/")
    page.get_by_role("link", name="Tilrettelegge og beholde bolig").click()
    assert page.locator("h1").inner_text() == "Tilrettelegge og beholde bolig"
    assert axe_violations(page) == []

    page.get_by_role("link", name="Forhindre utkastelse").click()
    chooser = page.get_by_role("navigation", name="Faser i arbeidsprosessen")
    chooser.get_by_role("link", name="Fase 3").click()
    page.get_by_role("link", name="Gjennomføring av utkastelse").click()
    assert page.locator("h1").inner_text() == "Gjennomføring av utkastelse"
    crumbs = page.get_by_role("navigation", name="Du er her").inner_text()
    assert "Forhindre utkastelse" in crumbs and "Tilrettelegge og beholde bolig" in crumbs
    assert page.get_by_role("heading", name="Lover og forskrifter").is_visible()
    assert axe_violations(page) == []

    page.goto(demo_server.url + "/arbeidsprosesser/")
    page.get_by_role("link", name="Helhetlig boligpolitisk planlegging").click()
    assert axe_violations(page) == []
    circle = page.get_by_role("navigation", name="Trinnene i planprosessen")
    circle.get_by_role("link", name="Trinn 4").click()
    assert page.locator("h1").inner_text().startswith("Trinn 4:")
    assert page.get_by_role("heading", name="Hvem gjør hva i dette trinnet?").is_visible()
    assert axe_violations(page) == []
    page.get_by_role("navigation", name="Faser i dette trinnet").get_by_role(
        "link", name="Fase 1"
    ).click()
    assert page.locator("h1").inner_text() == "Fase 1: Forfase"
    assert page.get_by_text("Ansvarlig:").first.is_visible()
    assert axe_violations(page) == []

    for path, heading in (
        ("/forsta-helheten/", "Seks suksessfaktorer for godt boligsosialt arbeid"),
        ("/lover-og-forskrifter/", "Lover og forskrifter"),
    ):
        page.goto(demo_server.url + path)
        assert page.get_by_role("heading", name=heading).first.is_visible()
        assert axe_violations(page) == []


def test_the_proposal_form_offers_every_municipality_while_typing(demo_server, page):
    page.goto(demo_server.url + "/eksempler/foreslaa/")
    field = page.get_by_label("Kommune", exact=True)
    assert field.get_attribute("list") == "id_municipality-liste"
    assert page.locator("#id_municipality-liste option").count() == 357 + 89  # today + merged
    assert axe_violations(page) == []
