"""A working group runs a 200-task work plan, approves the mandate and follows it up.

1. Step 6 with 200 tasks, by keyboard alone once a control has focus: add a task to a phase,
   move a task across the edge of its phase, remove a whole phase's tasks, filter by status;
   the page never reloads and autosave stores every change. Without JavaScript the same
   buttons save the step and reload it.
2. The approval page records who approved, when and the case number, and locks version 1; the
   progress view ticks a phase result and a task.
Every new view: axe finds no WCAG 2.1 A/AA violations, and at 320 px wide the page does not
scroll sideways. Screenshots at 390 and 1366 px go to SCREENSHOTS (default /tmp/work-plan-shots).
"""

import os
import re
import tempfile
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from mandates.approvals import ApprovedVersion, ResultCheck
from mandates.models import MandateSection
from mandates.prefill import create_draft
from phases.models import WorkProcessPage
from tests.browser.conftest import axe_violations, open_context
from tests.mandates.test_work_plan import plan

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = Path(os.environ.get("SCREENSHOTS") or Path(tempfile.gettempdir()) / "work-plan-shots")
SAVED = re.compile(r"Lagret kl\. \d\d:\d\d")


@pytest.fixture
def context(browser):
    made = []

    def make(**options):
        made.append(open_context(browser, **options))
        return made[-1]

    yield make
    violations = [text for c in made for text in c.csp_violations]
    for c in made:
        c.close()
    assert violations == [], "Content-Security-Policy blokkerte noe"


def tasks(public_id):
    return MandateSection.objects.get(draft__public_id=public_id, key="arbeidsplan").data["tasks"]


def start(page, base, rows=200, process=None):
    draft, tokens = create_draft(process)
    if rows:
        draft.sections.filter(key="arbeidsplan").update(data={"tasks": plan(rows)})
    page.goto(f"{base}/veiviser/lenke/{tokens['edit']}/")
    return draft


def look(page, name):
    """Screenshots at a phone's and a laptop's width; and no sideways scroll at 320 px."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((390, 844), (1366, 900)):
        page.set_viewport_size({"width": width, "height": height})
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"))
    page.set_viewport_size({"width": 320, "height": 700})
    wide = page.evaluate("document.documentElement.scrollWidth")
    assert wide <= 320, f"{name}: siden er {wide} px bred ved 320 px"
    page.set_viewport_size({"width": 1366, "height": 900})


def wait_saved(page):
    expect(page.locator("[data-save-status]")).to_have_text(SAVED, timeout=15000)


def eventually(check, seconds=15):
    """Wait until autosave has stored what ``check`` looks for (it saves a moment after)."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "autolagringen lagret ikke endringen"
        time.sleep(0.2)


def focused(page):
    return page.evaluate("document.activeElement.outerHTML.slice(0, 160)")


def test_200_tasks_by_keyboard_without_reloading(demo_server, context):
    page = context().new_page()
    draft = start(page, demo_server.url)
    page.goto(f"{demo_server.url}/veiviser/{draft.public_id}/steg/6/")
    page.evaluate("window.loadedOnce = true")  # gone if the page reloads
    assert page.locator("tr[data-row]").count() == 200
    assert axe_violations(page) == []

    # Add a task to «Kartlegging»: Enter on its button, focus lands in the new task's text.
    page.get_by_role("button", name="Legg til oppgave i Kartlegging").focus()
    page.keyboard.press("Enter")
    assert "textarea" in focused(page) and "tasks-100-task" in focused(page)
    page.keyboard.type("Kartlegg ventelistene sammen med NAV")
    wait_saved(page)
    eventually(
        lambda: tasks(draft.public_id)[100]["task"] == "Kartlegg ventelistene sammen med NAV"
    )
    rows = tasks(draft.public_id)
    assert len(rows) == 201
    assert rows[100]["phase"] == "Kartlegging" and re.fullmatch(r"[0-9a-f]{8}", rows[100]["id"])

    # Move the first task of «Tiltak» (row 102) up: it joins the end of «Kartlegging».
    moved_id = rows[101]["id"]
    page.get_by_role("button", name="Flytt opp oppgave 102").focus()
    page.keyboard.press("Enter")
    expect(page.locator("[data-plan-status]")).to_have_text(
        re.compile("flyttet til nummer 102 i Kartlegging")
    )
    assert 'aria-label="Flytt opp oppgave 102"' in focused(page)  # focus stays on the button
    page.keyboard.press("Enter")  # and once more, inside the phase: it changes places
    eventually(lambda: tasks(draft.public_id)[100]["id"] == moved_id)
    rows = tasks(draft.public_id)
    assert rows[100]["phase"] == "Kartlegging" and rows[101]["task"].startswith("Kartlegg vente")

    # Remove all of «Evaluering»'s tasks at once.
    page.get_by_role("button", name=re.compile(r"Fjern alle \d+ oppgavene i Evaluering")).focus()
    page.keyboard.press("Enter")
    expect(page.locator("[data-plan-status]")).to_have_text(
        re.compile(r"50 oppgaver i Evaluering er fjernet")
    )
    eventually(lambda: len(tasks(draft.public_id)) == 151)
    rows = tasks(draft.public_id)
    assert "Evaluering" not in {r["phase"] for r in rows}

    # Filter by status with the keyboard: the arrow keys choose «Pågår» in the closed list.
    page.locator("#filter-status").focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(page.locator("[data-plan-status]")).to_have_text(
        re.compile(r"Viser \d+ av 151 oppgaver\.")
    )
    shown = page.locator("tr[data-row]:not([hidden])")
    assert shown.count() == sum(1 for r in rows if r["status"] == "pagar")
    assert "status=pagar" in page.url
    assert page.evaluate("window.loadedOnce") is True  # nothing above reloaded the page
    assert axe_violations(page) == []
    look(page, "arbeidsplan")

    # Collapse a phase without JavaScript's help: <details> and Enter on its summary.
    summary = page.locator("details[data-group] > summary").first
    summary.focus()
    page.keyboard.press("Enter")
    assert page.locator("details[data-group]").first.get_attribute("open") is None


def test_without_javascript_the_buttons_save_and_reload(demo_server, context):
    page = context(java_script_enabled=False).new_page()
    draft = start(page, demo_server.url, rows=20)
    page.goto(f"{demo_server.url}/veiviser/{draft.public_id}/steg/6/")
    page.get_by_role("button", name="Fjern alle 5 oppgavene i Tiltak").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert len(tasks(draft.public_id)) == 15
    page.goto(f"{demo_server.url}/veiviser/{draft.public_id}/steg/6/?forfalt=1")
    assert page.locator("tr[data-row]:not([hidden])").count() == 1  # row 11 went with «Tiltak»


def test_approve_and_tick_results_in_the_progress_view(demo_server, context):
    page = context().new_page()
    process = WorkProcessPage.objects.get(slug="organisering-og-tverrfaglig-samarbeid")
    draft = start(page, demo_server.url, rows=0, process=process)
    page.goto(f"{demo_server.url}/veiviser/{draft.public_id}/godkjenning/")
    assert axe_violations(page) == []
    page.locator("#id_approved_by").focus()
    page.keyboard.type("Kommunedirektøren")
    page.keyboard.press("Tab")
    page.keyboard.type(
        "03022027" if page.evaluate("navigator.language").startswith("nb") else "02032027"
    )
    if page.locator("#id_approved_on").input_value() != "2027-02-03":
        page.locator("#id_approved_on").fill("2027-02-03")
    page.locator("#id_case_number").focus()
    page.keyboard.press("Control+A")
    page.keyboard.type("2027/118")
    page.get_by_role("button", name="Godkjenn og lås versjon 1").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator(".portal-notice[role=status]")).to_contain_text("godkjent som versjon 1")
    approved = ApprovedVersion.objects.get(draft=draft)
    assert (approved.approved_by, approved.case_number) == ("Kommunedirektøren", "2027/118")
    assert axe_violations(page) == []
    look(page, "godkjenning")

    page.goto(f"{demo_server.url}/veiviser/{draft.public_id}/oppfolging/")
    assert axe_violations(page) == []
    first_result = page.locator('input[name="resultat"]').first
    first_result.focus()
    page.keyboard.press("Space")
    first_task = page.locator('input[name="ferdig"]').first
    first_task.focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Lagre framdriften").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator(".portal-notice[role=status]")).to_contain_text("Framdriften er lagret")
    assert ResultCheck.objects.filter(draft=draft).count() == 1
    assert tasks(draft.public_id)[0]["status"] == "ferdig"
    assert page.locator('input[name="resultat"]').first.is_checked()
    assert axe_violations(page) == []
    look(page, "oppfolging")
