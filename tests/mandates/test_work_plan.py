"""The work-plan step for hundreds of rows: a compact table per phase, phase-wide actions and
moves across phases that work without JavaScript, filters that hide rows without dropping them,
«Fullført» only after someone worked on the step, and each step's own guidance."""

import re

import pytest
from bs4 import BeautifulSoup

from mandates.prefill import create_draft
from mandates.sections import TASKS, TaskStatus
from phases.factories import (
    PhasePageFactory,
    PlanningStepPageFactory,
    WorkProcessPageFactory,
    results,
    task,
    task_group,
    task_groups,
)
from phases.models import WorkProcessPage
from tests.mandates.conftest import open_link, post_step, section, step_url, table_payload

PHASES = ["Forankring", "Kartlegging", "Tiltak", "Evaluering"]


def plan(count=200):
    return [
        {
            "id": f"r{index:04d}",
            "phase": PHASES[index * len(PHASES) // count],
            "task": f"Oppgave nummer {index + 1}",
            "responsible": ["Åse Ødegård", "NAV-veileder, Boligkonsulent"][index % 2],
            "start": "",
            "deadline": "2020-01-15" if index % 10 == 0 else "2099-01-15",
            "milestone": False,
            "status": [TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS][index % 2],
            "note": "",
            "done_on": "",
        }
        for index in range(count)
    ]


@pytest.fixture
def process(home, wizard):
    """A process of our own: two phases with tasks and results (factories, not the demo)."""
    process = WorkProcessPageFactory(parent=home, title="Samordning av boligarbeidet")
    for number, label, texts in (
        (1, "Forankring", ["Lag mandatet", "Vedta mandatet"]),
        (2, "Kartlegging", ["Kartlegg behovet", "Kartlegg tilbudet", "Oppsummer funnene"]),
    ):
        PhasePageFactory(
            parent=process,
            title=label,
            number=number,
            results=results(f"Resultat av {label.lower()}"),
            task_groups=[task_group("Oppgaver", *(task(t, "styringsgruppe") for t in texts))],
        )
    return process


@pytest.fixture
def big(client, process):
    draft, tokens = create_draft(process)
    draft.sections.filter(key="arbeidsplan").update(data={"tasks": plan()})
    open_link(client, tokens["edit"])
    return draft


def rows_of(draft):
    return section(draft, "arbeidsplan").data["tasks"]


def as_posted(page):
    """The step's form as a browser without JavaScript posts it (buttons aside): not the
    filter's controls (another form), not the row template."""
    form = BeautifulSoup(page, "html.parser").find("form", attrs={"data-autosave": True})
    data = {}
    for control in form.find_all(["input", "select", "textarea"]):
        name = control.get("name")
        if not name or control.get("form") or control.find_parent("template"):
            continue
        if control.name == "textarea":
            data[name] = control.string or ""
        elif control.name == "select":
            options = control.find_all("option")
            chosen = next((o for o in options if o.has_attr("selected")), options[0])
            data[name] = chosen["value"]
        elif control.get("type") != "checkbox" or control.has_attr("checked"):
            data[name] = control.get("value", "on" if control.get("type") == "checkbox" else "")
    return data


def act(client, draft, action, rows=None):
    rows = rows_of(draft) if rows is None else rows
    return post_step(client, draft, 6, table_payload(TASKS, rows), action=action)


def test_a_200_row_plan_is_a_compact_table_per_phase(client, big, django_assert_max_num_queries):
    with django_assert_max_num_queries(15):
        response = client.get(step_url(big, 6))
    page = response.content.decode()
    assert len(re.findall(r'<tr id="rad-\d', page)) == 200
    assert page.count('<details class="portal-plan__group" open') == 4
    assert 'class="portal-row"' not in page  # no 8-field box per task
    assert "Fjern alle 50 oppgavene i Kartlegging" in page
    assert 'aria-label="Frist 17"' in page
    assert len(response.content) < 400_000


def test_300_rows_say_their_phase_once_a_phase_and_a_save_keeps_every_rows(client, big):
    big.sections.filter(key="arbeidsplan").update(data={"tasks": plan(300)})
    before = rows_of(big)
    response = client.get(step_url(big, 6))
    assert len(response.content) < 400_000
    posted = as_posted(response.content.decode())
    assert [posted[f"tasks-{i}-id"] for i in range(300)] == [r["id"] for r in before]
    assert [posted[n] for n in posted if n.endswith("-phase")] == PHASES  # not one a row
    assert client.post(step_url(big, 6), {**posted, "handling": "lagre"}).status_code == 303
    assert rows_of(big) == before

    # A row that posts no phase takes the one above; one that posts an empty one has none.
    payload = table_payload(TASKS, before)
    del payload["tasks-1-phase"]
    payload["tasks-2-phase"] = ""
    del payload["tasks-3-phase"]
    post_step(client, big, 6, payload)
    phases = [r["phase"] for r in rows_of(big)[:5]]
    assert phases == ["Forankring", "Forankring", "", "", "Forankring"]


def test_removing_and_adding_a_whole_phase_without_javascript(client, big, process):
    assert act(client, big, "fjern-fase-50").status_code == 303
    rows = rows_of(big)
    assert len(rows) == 150
    assert "Kartlegging" not in {r["phase"] for r in rows}

    draft, tokens = create_draft(process)  # pre-filled: 2 tasks of phase 1, 3 of phase 2
    open_link(client, tokens["edit"])
    assert [r["phase"] for r in rows_of(draft)] == ["Fase 1: Forankring"] * 2 + [
        "Fase 2: Kartlegging"
    ] * 3
    act(client, draft, "fjern-fase-0")
    assert {r["phase"] for r in rows_of(draft)} == {"Fase 2: Kartlegging"}
    act(client, draft, f"hent-fase-{process.get_children().get(phasepage__number=1).pk}")
    rows = rows_of(draft)
    assert [r["task"] for r in rows[:2]] == ["Lag mandatet", "Vedta mandatet"]  # before phase 2
    assert all(r["phase"] == "Fase 1: Forankring" for r in rows[:2])
    assert rows[0]["responsible"] == "Styringsgruppe"
    page = client.get(step_url(draft, 6)).content.decode()
    assert "Legg til oppgavene fra Fase 2: Kartlegging" in page


def test_a_planning_circles_steps_and_their_own_phases_are_offered_and_added(
    client, process_index, wizard
):
    circle = WorkProcessPageFactory(
        parent=process_index, title="Helhetlig planlegging", kind=WorkProcessPage.Kind.CIRCULAR
    )
    strategy = PlanningStepPageFactory(
        parent=circle, number=1, title="Planstrategi", task_groups=task_groups(("Drøfte", []))
    )
    housing = PlanningStepPageFactory(parent=circle, number=4, title="Temaplan bolig")
    early = PhasePageFactory(
        parent=housing, number=1, title="Forfase", task_groups=task_groups(("Mandat", []))
    )
    survey = PhasePageFactory(
        parent=housing,
        number=2,
        title="Kartlegging",
        task_groups=task_groups(("Kartlegge behovet", ["radmann"]), ("Kartlegge tilbudet", [])),
    )
    zoning = PlanningStepPageFactory(
        parent=circle, number=5, title="Reguleringsplan", task_groups=task_groups(("Regulere", []))
    )
    draft, tokens = create_draft(circle)
    open_link(client, tokens["edit"])
    page = client.get(step_url(draft, 6)).content.decode()
    offered = re.findall(r'value="hent-fase-(\d+)">Legg til oppgavene fra ([^<]+)<', page)
    # Every step and step's phase with tasks, in the circle's order (step 4 has none of its own),
    # under the label the pre-filled plan gave their rows.
    assert offered == [
        (str(strategy.pk), "Trinn 1: Planstrategi"),
        (str(early.pk), "Trinn 4 · Fase 1: Forfase"),
        (str(survey.pk), "Trinn 4 · Fase 2: Kartlegging"),
        (str(zoning.pk), "Trinn 5: Reguleringsplan"),
    ]
    assert "Legg til alle oppgavene i et trinn eller en fase" in page
    assert [r["phase"] for r in rows_of(draft)] == [
        "Trinn 1: Planstrategi",
        "Trinn 4 · Fase 1: Forfase",
        "Trinn 4 · Fase 2: Kartlegging",
        "Trinn 4 · Fase 2: Kartlegging",
        "Trinn 5: Reguleringsplan",
    ]

    act(client, draft, "fjern-fase-2")  # the step's Kartlegging, both tasks
    assert "Trinn 4 · Fase 2: Kartlegging" not in {r["phase"] for r in rows_of(draft)}
    act(client, draft, f"hent-fase-{survey.pk}")
    rows = rows_of(draft)
    assert [(r["phase"], r["task"]) for r in rows[2:4]] == [
        ("Trinn 4 · Fase 2: Kartlegging", "Kartlegge behovet"),
        ("Trinn 4 · Fase 2: Kartlegging", "Kartlegge tilbudet"),
    ]  # back where the circle has it: after the step's Forfase, before step 5
    assert rows[2]["responsible"] == "Kommunedirektør (rådmann)"
    assert rows[4]["phase"] == "Trinn 5: Reguleringsplan"
    assert act(client, draft, "hent-fase-999999").status_code == 303  # gone: nothing added
    assert len(rows_of(draft)) == 5


def test_moving_past_the_edge_of_a_phase_moves_into_the_next(client, big):
    before = rows_of(big)
    assert before[50]["phase"] == "Kartlegging" and before[49]["phase"] == "Forankring"
    act(client, big, "opp-50")
    rows = rows_of(big)
    assert rows[50]["id"] == before[50]["id"] and rows[50]["phase"] == "Forankring"
    act(client, big, "ned-50")
    assert rows_of(big)[50]["phase"] == "Kartlegging"
    act(client, big, "opp-52")  # inside a phase: the rows change places
    rows = rows_of(big)
    assert [rows[51]["id"], rows[52]["id"]] == [before[52]["id"], before[51]["id"]]


def test_adding_a_task_to_a_phase_puts_it_at_the_end_of_it(client, big):
    response = act(client, big, "ny-50")
    rows = rows_of(big)
    assert len(rows) == 201
    assert rows[100]["phase"] == "Kartlegging" and rows[100]["task"] == ""
    assert rows[101]["phase"] == "Tiltak"
    assert response["Location"].endswith("#rad-101")


def test_filters_hide_rows_but_keep_them_in_the_form(client, big):
    page = client.get(step_url(big, 6) + "?status=pagar").content.decode()
    # Every row is still in the form, so a save posts them all.
    assert len(re.findall(r'<tr id="rad-\d', page)) == 200
    assert len(re.findall(r'<tr id="rad-\d+" data-row hidden>', page)) == 100
    assert "Viser 100 av 200 oppgaver." in page
    page = client.get(step_url(big, 6) + "?forfalt=1").content.decode()
    assert "Viser 20 av 200 oppgaver." in page
    page = client.get(step_url(big, 6) + "?ansvarlig=Boligkonsulent").content.decode()
    assert "Viser 100 av 200 oppgaver." in page
    assert "<option selected>Boligkonsulent</option>" in page
    page = client.get(step_url(big, 6) + "?status=%3Cscript%3E").content.decode()
    assert "200 oppgaver i 4 faser." in page  # an unknown status is no filter


def test_a_step_is_complete_only_when_someone_worked_on_it(client, process):
    draft, tokens = create_draft(process)
    open_link(client, tokens["edit"])
    page = client.get(step_url(draft, 6)).content.decode()
    state = re.search(r'data-step-state="arbeidsplan">([^<]+)<', page).group(1)
    assert state == "Ikke fullført"  # pre-filled, but nobody has looked at it
    rows = rows_of(draft)
    rows[0]["status"] = TaskStatus.IN_PROGRESS
    act(client, draft, "lagre", rows)
    page = client.get(step_url(draft, 6)).content.decode()
    assert re.search(r'data-step-state="arbeidsplan">([^<]+)<', page).group(1) == "Fullført"


def test_each_step_shows_its_own_guidance(client, big):
    asides = {}
    for number in range(1, 6):
        page = client.get(step_url(big, number)).content.decode()
        asides[number] = page.split('<aside class="portal-guidance"', 1)[1].split("</aside>")[0]
    assert len(set(asides.values())) == 5  # no two steps show the same guidance
    assert "Fra Fase 1: Forankring" in asides[1]  # the process's first phase: only at the start
    assert not any("Fra Fase 1" in asides[n] for n in range(2, 6))
