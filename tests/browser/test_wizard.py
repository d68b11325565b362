"""A municipal working group writes its mandate and work plan in the wizard at /veiviser/.

1. One member creates a draft and goes through every step with the keyboard alone, downloads the
   Word document and a reader opens the read link in another browser.
2. Autosave keeps what was typed without anyone pressing a button; a save that is refused (an
   end date before the start) says so, and "Lagre" shows why (422 with an error summary).
3. Two members save the same field: the second sees both texts side by side and merges them.
   Two members writing in different steps never get in each other's way.
4. axe-core finds no WCAG 2.1 A/AA violations on any page of the wizard, in every state the
   tests reach (checked along the way).
"""

import re

import pytest
from docx import Document
from playwright.sync_api import expect

from tests.browser.wizard_helpers import (
    SAVED,
    assert_accessible,
    create_draft,
    draft_id,
    save,
    save_status,
    stored,
    type_and_wait,
    wait_for_state,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TAB_LIMIT = 60  # a form field or button should never be further away than this

# What the group types (Norwegian letters on purpose: they must survive every round trip).
STEP_1 = {
    "municipality": "Ørland kommune",
    "work_name": "Bolig først i Ørland – én dør inn",
    "commissioner": "Kommunedirektøren",
}
STEP_2 = {
    "background": "Særlig unge søkere venter lenge på bolig, og tjenestene må samarbeide bedre.",
    "purpose": "Gi innbyggerne én dør inn til boligsosial hjelp.",
    "main_goal": "Færre bostedsløse innen utgangen av 2028.",
}
STEP_3 = {"assignment": "Kartlegge dagens organisering og foreslå en modell for samordning."}
STEP_4 = {
    "steering_group": "Kommunedirektørens ledergruppe",
    "leader": "Åse Bråten",
    "authority": "Gruppen kan innhente opplysninger fra alle enhetene.",
    "user_participation": "Brukerrådet og de ansatte blir hørt i fase 2.",
}
MEMBER = {"name": "Øystein Lærum", "unit": "NAV Ørland", "role": "Tillitsvalgt"}
STEP_5 = {
    "resources": "Ti prosent stilling for hvert medlem i ett år.",
    "schedule": "Forslaget legges fram før sommeren 2028.",
    "reporting": "Månedlig rapport til styringsgruppen.",
    "delivery": "Rapport med anbefalt modell og tidsplan.",
}


# Keyboard -----------------------------------------------------------------------------------


def is_focused(page, selector):
    return page.evaluate(
        "sel => !!document.activeElement && document.activeElement.matches(sel)", selector
    )


def tab_to(page, selector, limit=TAB_LIMIT):
    """Press Tab until the focused element matches `selector`, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if is_focused(page, selector):
            return
    focused = page.evaluate("document.activeElement.outerHTML.slice(0, 200)")
    raise AssertionError(
        f"{selector} fikk ikke fokus etter {limit} trykk på Tab (fokus: {focused})"
    )


def tab_and_type(page, selector, text):
    tab_to(page, selector)
    page.keyboard.type(text)


def tab_and_press(page, selector, key="Enter"):
    tab_to(page, selector)
    page.keyboard.press(key)


def type_fields(page, values):
    for name, text in values.items():
        tab_and_type(page, f"#id_{name}", text)


def date_keys(context):
    """How to type a date into Chromium's <input type=date> with the keyboard.

    The order of its day, month and year segments follows Chromium's own UI language, not the
    page's lang or the context's locale: headless Chromium here shows mm/dd/yyyy even with
    locale nb-NO. Type a probe date in a scratch page once and learn the order from the value.
    """
    probe = context.new_page()
    probe.set_content('<input id="for"><input type="date" id="dato" aria-label="Dato">')
    probe.focus("#for")
    probe.keyboard.press("Tab")
    probe.keyboard.type("15032027")
    value = probe.eval_on_selector("#dato", "el => el.value")
    probe.close()
    if value == "2027-03-15":  # dd.mm.yyyy, as Norwegian users see it
        return lambda iso: iso[8:10] + iso[5:7] + iso[0:4]
    if value == "2027-12-03":  # mm/dd/yyyy: 15 became month 12
        return lambda iso: iso[5:7] + iso[8:10] + iso[0:4]
    raise AssertionError(f"Ukjent rekkefølge i datofeltet: «15032027» ble {value!r}")


def tab_and_type_date(page, selector, iso, keys):
    tab_to(page, selector)
    page.keyboard.type(keys(iso))
    assert page.eval_on_selector(selector, "el => el.value") == iso


def press_and_wait(page, selector, url, key="Enter"):
    tab_to(page, selector)
    with page.expect_navigation(url=url):
        page.keyboard.press(key)


# Helpers ------------------------------------------------------------------------------------


def docx_text(path):
    """All the text of a DOCX file, and the work plan's rows as lists of cell texts."""
    document = Document(path)
    parts = [p.text for p in document.paragraphs]
    rows = []
    for table in document.tables:
        for row in table.rows:
            rows.append([cell.text for cell in row.cells])
            parts.extend(rows[-1])
    return "\n".join(parts), rows


# 1. Keyboard only, all the way to the Word document --------------------------------------


def test_keyboard_only_from_new_draft_to_word_document_and_read_link(
    demo_server, new_context, tmp_path
):
    context = new_context()
    page = context.new_page()
    keys = date_keys(context)
    base = demo_server.url

    page.goto(base + "/veiviser/")
    assert_accessible(page, "startsiden")
    tab_and_press(page, 'input[type="radio"][name="process"]', "Space")  # the demo process
    assert page.locator("#id_process_0").is_checked()
    press_and_wait(page, 'main button[type="submit"]', re.compile(r"/lenker/$"))

    public_id = draft_id(page.url)
    assert page.get_by_role("heading", name=re.compile("Utkastet er laget")).is_visible()
    edit_link = page.locator("#lenke-rediger").input_value()
    read_link = page.locator("#lenke-les").input_value()
    assert edit_link.startswith(base + "/veiviser/lenke/")
    assert read_link.startswith(base + "/veiviser/lenke/") and read_link != edit_link
    assert_accessible(page, "lenkesiden")
    press_and_wait(page, '.portal-fresh-links a[href$="/steg/1/"]', re.compile(r"/steg/1/$"))

    # Step 1: Om arbeidet, dates typed digit by digit.
    assert_accessible(page, "steg 1")
    type_fields(page, STEP_1)
    tab_and_type_date(page, "#id_planned_start", "2027-03-15", keys)
    tab_and_type_date(page, "#id_planned_end", "2027-11-30", keys)
    press_and_wait(page, 'button[value="neste"]', re.compile(r"/steg/2/$"))
    data = stored(public_id, "om-arbeidet").data
    assert (data["planned_start"], data["planned_end"]) == ("2027-03-15", "2027-11-30")
    assert data["work_name"] == STEP_1["work_name"]

    # Steps 2 and 3.
    assert_accessible(page, "steg 2")
    type_fields(page, STEP_2)
    press_and_wait(page, 'button[value="neste"]', re.compile(r"/steg/3/$"))
    assert_accessible(page, "steg 3")
    type_fields(page, STEP_3)
    press_and_wait(page, 'button[value="neste"]', re.compile(r"/steg/4/$"))

    # Step 4: Organisering, with one member added by "Legg til medlem".
    assert_accessible(page, "steg 4")
    type_fields(page, {k: STEP_4[k] for k in ("steering_group", "leader")})
    press_and_wait(page, 'button[value="legg-til"]', re.compile(r"/steg/4/\?lagret=1#rad-1$"))
    page.keyboard.press("Tab")  # focus continues in the new row
    assert is_focused(page, "#id_members-0-name")
    page.keyboard.type(MEMBER["name"])
    tab_and_type(page, "#id_members-0-unit", MEMBER["unit"])
    tab_and_type(page, "#id_members-0-role", MEMBER["role"])
    type_fields(page, {k: STEP_4[k] for k in ("authority", "user_participation")})
    press_and_wait(page, 'button[value="neste"]', re.compile(r"/steg/5/$"))
    members = stored(public_id, "organisering").data["members"]
    assert [{k: m[k] for k in MEMBER} for m in members] == [MEMBER]

    # Step 5.
    assert_accessible(page, "steg 5")
    type_fields(page, STEP_5)
    press_and_wait(page, 'button[value="neste"]', re.compile(r"/steg/6/$"))

    # Step 6: the work plan comes pre-filled from the phases, as a compact table per phase (a
    # row per task, its controls named by the formset, labelled by column and row number); give
    # the first task a deadline and make it a milestone, then save with Enter in a text field
    # (the form's default button).
    assert_accessible(page, "steg 6")
    rows = page.locator("tr[data-row]")
    assert rows.count() > 1
    first_task = page.locator('[name="tasks-0-task"]').input_value()
    assert first_task
    assert page.get_by_label("Frist 1", exact=True).get_attribute("name") == "tasks-0-deadline"
    tab_and_type_date(page, '[name="tasks-0-deadline"]', "2027-09-30", keys)
    tab_and_press(page, '[name="tasks-0-milestone"]', "Space")
    assert page.locator('[name="tasks-0-milestone"]').is_checked()
    tab_and_type(page, '[name="tasks-0-note"]', "Vedtak i formannskapet før høstferien")
    with page.expect_navigation(url=re.compile(r"/steg/6/\?lagret=1$")):
        page.keyboard.press("Enter")
    task = stored(public_id, "arbeidsplan").data["tasks"][0]
    assert (task["deadline"], task["milestone"]) == ("2027-09-30", True)
    assert task["note"] == "Vedtak i formannskapet før høstferien"
    assert page.locator('[name="tasks-0-milestone"]').is_checked()

    # Step 7 from the step list: everything required is there.
    press_and_wait(page, 'nav.portal-steps a[href$="/steg/7/"]', re.compile(r"/steg/7/$"))
    expect(page.get_by_text("Alle påkrevde deler er fylt ut")).to_be_visible()
    assert page.locator("#feiloppsummering").count() == 0
    assert_accessible(page, "steg 7")

    tab_to(page, '.portal-exports a[href$="/eksport/word/"]')
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    download = download_info.value
    assert download.suggested_filename.endswith(".docx")
    path = tmp_path / "mandat.docx"
    download.save_as(path)
    text, rows = docx_text(path)
    for typed in (STEP_1["work_name"], STEP_2["background"], MEMBER["name"], STEP_5["delivery"]):
        assert typed in text
    milestone = next(row for row in rows if first_task in row)
    assert "30.09.2027" in milestone and "Ja" in milestone

    # The print view and the history of what was saved.
    page.goto(f"{base}/veiviser/{public_id}/utskrift/")
    expect(page.locator("h1")).to_have_text(STEP_1["work_name"])
    assert page.get_by_text(STEP_2["background"]).is_visible()
    assert page.locator(".portal-header, .portal-footer, .portal-nav").count() == 0  # no chrome
    assert_accessible(page, "utskriftsvisningen")
    page.goto(f"{base}/veiviser/{public_id}/word-mal/")
    expect(page.locator("h1")).to_have_text("Kommunens egen Word-mal")
    assert_accessible(page, "Word-malen")
    page.goto(f"{base}/veiviser/{public_id}/historikk/")
    # Six "Opprettet" rows, then at least one save of steps 1, 2, 3, 5 and 6 and two of step 4.
    assert page.locator("tbody tr").count() >= 13
    assert page.get_by_role("cell", name="6. Arbeidsplan").count() >= 2
    assert_accessible(page, "historikken")

    # A reader opens the read link in another browser.
    read_page = new_context().new_page()
    read_page.goto(read_link)
    assert read_page.url == f"{base}/veiviser/{public_id}/"
    expect(read_page.locator("h1")).to_contain_text(STEP_1["work_name"])
    assert read_page.get_by_text(STEP_2["background"]).is_visible()
    assert read_page.get_by_text("Bare lesetilgang").is_visible()
    assert read_page.locator("main form, main input, main textarea").count() == 0
    assert_accessible(read_page, "lesevisningen")


# 2. Autosave, and what happens when a save is refused --------------------------------------


def test_autosave_keeps_text_and_a_refused_save_explains_why(demo_server, new_context):
    page = new_context().new_page()
    public_id, _ = create_draft(page, demo_server.url)
    page.get_by_role("link", name="Gå til steg 1: Om arbeidet").click()
    step_url = page.url

    status = save_status(page)
    expect(status).to_have_text("Ikke lagret ennå")
    # Typed key by key, as a user types: a save may start half-way; "saved" means all of it.
    page.get_by_label("Navn på arbeidet").press_sequentially("Trygg bolig på Røros")
    wait_for_state(page, "saved")
    expect(status).to_have_text(SAVED)
    assert page.url == step_url  # saved without any button or navigation
    assert stored(public_id, "om-arbeidet").data["work_name"] == "Trygg bolig på Røros"

    # The security cookie disappears while the page is open: autosave fetches a fresh token
    # and saves anyway, without the user noticing.
    page.context.clear_cookies(name="csrftoken")
    with page.expect_response(lambda r: "autolagring" in r.url and r.status == 200):
        page.get_by_label("Navn på arbeidet").press_sequentially(" og Holtålen")
    wait_for_state(page, "saved")
    expect(status).to_have_text(SAVED)
    assert stored(public_id, "om-arbeidet").data["work_name"] == "Trygg bolig på Røros og Holtålen"

    page.reload()
    expect(page.get_by_label("Navn på arbeidet")).to_have_value("Trygg bolig på Røros og Holtålen")
    expect(status).to_have_text(re.compile(r"Sist lagret kl\. \d\d:\d\d"))

    # An end before the start: autosave says it did not save, "Lagre" shows why (422).
    page.get_by_label("Planlagt start").fill("2027-03-15")
    type_and_wait(page, page.get_by_label("Planlagt slutt"), "2027-03-01", state="invalid")
    expect(status).to_have_text(re.compile("Ikke lagret: 1 felt må rettes"))
    save(page, status=422)
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Planlagt slutt kan ikke være før planlagt start.")
    assert page.title().startswith("Feil:")
    end = page.get_by_label(re.compile("^Planlagt slutt"))
    assert end.get_attribute("aria-invalid") == "true"
    assert page.get_by_label("Navn på arbeidet").input_value() == "Trygg bolig på Røros og Holtålen"
    assert_accessible(page, "steg 1 med feil")
    summary.get_by_role("link", name=re.compile("Planlagt slutt")).click()
    assert page.evaluate("document.activeElement.id") == "id_planned_end"
    assert stored(public_id, "om-arbeidet").data.get("planned_end", "") == ""

    page.goto(f"{demo_server.url}/veiviser/{public_id}/steg/7/")
    expect(page.locator("#feiloppsummering")).to_contain_text("Mandatet er ikke komplett")
    assert_accessible(page, "steg 7 med mangler")


# 3. Two members at once -------------------------------------------------------------------


def test_same_field_conflict_is_merged_and_different_steps_do_not_conflict(
    demo_server, new_context
):
    a = new_context().new_page()
    public_id, edit_link = create_draft(a, demo_server.url)
    b = new_context().new_page()  # another member, in another browser, opens the edit link
    b.goto(edit_link)
    b.wait_for_url(re.compile(r"/steg/1/$"))
    step_2 = f"{demo_server.url}/veiviser/{public_id}/steg/2/"
    a.goto(step_2)
    b.goto(step_2)

    text_a = "Boligkontoret ser at flere familier bor trangt."
    text_b = "NAV melder om økt behov for hjelp til å beholde boligen."
    a.get_by_label(re.compile("^Bakgrunn")).fill(text_a)
    save(a)
    expect(a.get_by_text(re.compile("Endringene er lagret kl"))).to_be_visible()

    # B started from the version before A saved and writes in the same field.
    type_and_wait(b, b.get_by_label(re.compile("^Bakgrunn")), text_b, state="conflict")
    expect(save_status(b)).to_contain_text("en annen i gruppen har endret den samme teksten")
    offer = b.locator("[data-save-offer]")
    expect(offer.get_by_role("button", name="Vis begge tekstene og slå sammen")).to_be_visible()
    save(b, status=409)
    expect(b.get_by_role("heading", name=re.compile("lagret av en annen"))).to_be_visible()
    assert b.title().startswith("Konflikt:")
    mine = b.get_by_label("Bakgrunn – din tekst")
    assert mine.input_value() == text_b
    theirs = b.get_by_role("group", name=re.compile("Bakgrunn – lagret av en annen"))
    assert theirs.inner_text() == text_a
    assert_accessible(b, "konfliktvisningen")
    assert stored(public_id, "bakgrunn-og-mal").data["background"] == text_a  # nothing applied

    merged = f"{text_a} {text_b}"
    mine.fill(merged)
    save(b)
    expect(b.get_by_text(re.compile("Endringene er lagret kl"))).to_be_visible()
    assert b.get_by_label(re.compile("^Bakgrunn")).input_value() == merged

    a.reload()
    expect(a.get_by_label(re.compile("^Bakgrunn"))).to_have_value(merged)
    assert stored(public_id, "bakgrunn-og-mal").data["background"] == merged

    # Different steps at the same time: A in step 2, B in step 3. Neither sees a conflict.
    b.goto(f"{demo_server.url}/veiviser/{public_id}/steg/3/")
    purpose = "Én dør inn for alle som trenger hjelp med bolig."
    assignment = "Foreslå hvordan tjenestene kan samarbeide bedre."
    a.get_by_label(re.compile("^Formål")).fill(purpose)
    b.get_by_label(re.compile("^Oppdrag")).fill(assignment)
    save(a)
    save(b)
    for page in (a, b):
        expect(page.get_by_text(re.compile("Endringene er lagret kl"))).to_be_visible()
        assert page.locator("#konflikt").count() == 0
    a.reload()
    b.reload()
    expect(a.get_by_label(re.compile("^Formål"))).to_have_value(purpose)
    expect(a.get_by_label(re.compile("^Bakgrunn"))).to_have_value(merged)
    expect(b.get_by_label(re.compile("^Oppdrag"))).to_have_value(assignment)
    assert stored(public_id, "bakgrunn-og-mal").data["purpose"] == purpose
    assert stored(public_id, "oppdrag").data["assignment"] == assignment
