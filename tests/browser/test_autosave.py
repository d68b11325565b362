"""Two members autosave the same step in two browsers, and nothing the server confirmed is lost.

The two scenarios of issue 14, made deterministic: A's autosave is held on its way to the
server (``HeldSaves``) until B's save has been answered, then let go.

(a) B adds a member row while A types elsewhere in the step. A's page cannot draw the new row
    in place, so it offers «Last inn endringene» (it never reloads by itself) and keeps telling
    the server its table is the old one: A's later saves never remove B's row.
(b) A's save comes back with B's text in a field A has focused. If A has not typed there since
    the save went, the page takes B's text in and A writes on top of it; if A has, A's next
    save is a conflict and A is shown both texts. B's text is never overwritten unseen.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.wizard_helpers import (
    HeldSaves,
    assert_accessible,
    create_draft,
    save_status,
    stored,
    type_and_wait,
    wait_for_state,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROW_B = "Bjørn Ødegård"
TEXT_B = "NAV melder om økt behov for hjelp til å beholde boligen."


@pytest.fixture
def two_members(demo_server, new_context):
    """A made the draft; B opened its edit link in another browser. Both are on step 1."""
    a = new_context().new_page()
    public_id, edit_link = create_draft(a, demo_server.url)
    b = new_context().new_page()
    b.goto(edit_link)
    b.wait_for_url(re.compile(r"/steg/1/$"))

    def open_step(number):
        url = f"{demo_server.url}/veiviser/{public_id}/steg/{number}/"
        a.goto(url)
        b.goto(url)

    return a, b, public_id, open_step


def test_a_row_another_member_added_survives_and_is_offered_for_loading(two_members):
    a, b, public_id, open_step = two_members
    open_step(4)
    authority = a.get_by_label(re.compile("^Myndighet"))

    held = HeldSaves(a)
    # A's first save is on its way, based on the empty table of version 0.
    held.hold(lambda: authority.fill("Gruppen kan innhente"))

    with b.expect_navigation(url=re.compile(r"\?lagret=1#rad-1$")):
        b.get_by_role("button", name="Legg til medlem").click()
    type_and_wait(b, b.locator("#id_members-0-name"), ROW_B)

    held.release()  # A's save reaches the server after B's: merged, B's row kept
    wait_for_state(a, "saved")
    load = a.locator("[data-save-offer]").get_by_role("button", name="Last inn endringene")
    expect(load).to_be_visible()
    expect(save_status(a)).to_contain_text("Andre i gruppen har endret tabellen")
    assert a.locator("#id_members-0-name").count() == 0  # the page did not reload by itself
    assert_accessible(a, "steg 4 med tilbud om å laste inn endringene")

    # A goes on typing; the page still shows the old table, and says so to the server.
    type_and_wait(a, authority, "Gruppen kan innhente opplysninger fra alle enhetene.")
    data = stored(public_id, "organisering").data
    assert [m["name"] for m in data["members"]] == [ROW_B]
    assert data["authority"] == "Gruppen kan innhente opplysninger fra alle enhetene."

    with a.expect_navigation(url=re.compile(r"\?oppdatert=1$")):
        load.click()
    expect(a.locator("#id_members-0-name")).to_have_value(ROW_B)
    expect(authority).to_have_value("Gruppen kan innhente opplysninger fra alle enhetene.")
    expect(a.get_by_text(re.compile("viser nå også det de andre i gruppen"))).to_be_visible()
    assert_accessible(a, "steg 4 etter at endringene er lastet inn")


def test_text_another_member_saved_is_taken_in_where_the_writer_had_not_typed(two_members):
    a, b, public_id, open_step = two_members
    open_step(2)
    type_and_wait(b, b.get_by_label(re.compile("^Bakgrunn")), TEXT_B)

    held = HeldSaves(a)
    held.hold(lambda: a.get_by_label(re.compile("^Formål")).fill("Én dør inn."))
    background = a.get_by_label(re.compile("^Bakgrunn"))
    background.focus()  # A is about to write here, but has not typed yet
    held.release()
    wait_for_state(a, "saved")
    expect(background).to_have_value(TEXT_B)  # taken in although the field has focus
    expect(save_status(a)).to_contain_text("Endringer fra andre i gruppen er tatt inn i: Bakgrunn")

    a.keyboard.press("End")
    a.keyboard.type(" Boligkontoret ser det samme.")
    wait_for_state(a, "saved")
    data = stored(public_id, "bakgrunn-og-mal").data
    assert data["background"] == f"{TEXT_B} Boligkontoret ser det samme."
    assert data["purpose"] == "Én dør inn."


def test_text_both_members_wrote_in_one_field_leads_to_the_conflict_view(two_members):
    a, b, public_id, open_step = two_members
    open_step(2)
    type_and_wait(b, b.get_by_label(re.compile("^Bakgrunn")), TEXT_B)

    held = HeldSaves(a)
    held.hold(lambda: a.get_by_label(re.compile("^Formål")).fill("Én dør inn."))
    background = a.get_by_label(re.compile("^Bakgrunn"))
    background.fill("Boligkontoret ser at flere familier bor trangt.")  # typed meanwhile
    held.release()
    # The page keeps A's text and says it is based on version 0; the next save conflicts.
    wait_for_state(a, "conflict")
    expect(background).to_have_value("Boligkontoret ser at flere familier bor trangt.")
    assert stored(public_id, "bakgrunn-og-mal").data["background"] == TEXT_B

    merge = a.locator("[data-save-offer]").get_by_role(
        "button", name="Vis begge tekstene og slå sammen"
    )
    with a.expect_navigation() as navigation:
        merge.click()
    assert navigation.value.status == 409
    expect(a.get_by_label("Bakgrunn – din tekst")).to_have_value(
        "Boligkontoret ser at flere familier bor trangt."
    )
    theirs = a.get_by_role("group", name=re.compile("Bakgrunn – lagret av en annen"))
    expect(theirs).to_have_text(TEXT_B)
    assert_accessible(a, "konfliktvisningen etter autolagring")
    assert stored(public_id, "bakgrunn-og-mal").data["background"] == TEXT_B


def test_a_member_named_once_is_shown_in_the_history_with_what_changed(two_members):
    a, b, public_id, open_step = two_members
    open_step(2)
    background = a.get_by_label(re.compile("^Bakgrunn"))
    type_and_wait(a, background, "Flere familier bor trangt.")
    # «Hvem skriver?» once in this browser: saving the name saves the step too.
    name = a.get_by_label("Hvem skriver? Navnet ditt")
    assert_accessible(a, "steg 2 med «Hvem skriver?»")
    name.fill("Kari Nordmann")
    with a.expect_navigation(url=re.compile(r"\?navn=1$")):
        name.press("Enter")
    expect(a.get_by_text("Du skriver som Kari Nordmann.")).to_be_visible()
    expect(a.get_by_label("Hvem skriver? Navnet ditt")).to_have_count(0)

    type_and_wait(a, background, "Flere barnefamilier bor trangt.")
    a.get_by_role("link", name="Historikk").first.click()
    row = a.get_by_role("row").filter(has_text="Kari Nordmann").first
    expect(row).to_contain_text("Bakgrunn, formål og mål")
    assert_accessible(a, "historikken med navn")
    row.get_by_role("link").click()
    expect(
        a.get_by_role("heading", name=re.compile("Hva ble endret siden versjon"))
    ).to_be_visible()
    expect(a.locator(".portal-diff ins").first).to_contain_text("barnefamilier")
    expect(a.locator(".portal-diff del").first).to_contain_text("familier")
    assert_accessible(a, "en versjon med endringene ord for ord")

    # The first version is empty: restoring it asks first, and «Nei» changes nothing.
    a.get_by_role("link", name="Tilbake til historikken").click()
    a.get_by_role("row").filter(has_text="Opprettet").filter(has_text="Bakgrunn").get_by_role(
        "link"
    ).click()
    with a.expect_navigation() as navigation:
        a.get_by_role("button", name="Gjenopprett versjon 0").click()
    assert navigation.value.status == 409
    expect(
        a.get_by_role("heading", name="Versjon 0 er tom. Vil dere tømme steget?")
    ).to_be_visible()
    assert_accessible(a, "spørsmålet før en tom versjon gjenopprettes")
    assert (
        stored(public_id, "bakgrunn-og-mal").data["background"] == "Flere barnefamilier bor trangt."
    )
    with a.expect_navigation(url=re.compile(r"\?gjenopprettet=0$")):
        a.get_by_role("button", name="Ja, tøm steget").click()
    assert not stored(public_id, "bakgrunn-og-mal").data.get("background")
