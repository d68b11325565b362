"""The progress view: tick the phase's results and the plan's tasks (status and done date),
see what is overdue and who does what; private like every draft route."""

import pytest

from mandates.approvals import ResultCheck
from mandates.prefill import create_draft
from mandates.sections import TaskStatus
from phases.factories import (
    PhasePageFactory,
    PlanningStepPageFactory,
    WorkProcessPageFactory,
    results,
)
from phases.models import WorkProcessPage
from tests.mandates.conftest import open_link, section
from tests.mandates.test_work_plan import plan, process  # noqa: F401 - the fixture

__all__ = ["process"]


@pytest.fixture
def followed(client, process):  # noqa: F811
    draft, tokens = create_draft(process)
    draft.sections.filter(key="arbeidsplan").update(data={"tasks": plan(40)})
    open_link(client, tokens["edit"])
    draft.tokens = tokens
    return draft


def url(draft):
    return f"/veiviser/{draft.public_id}/oppfolging/"


def result_ids(process):  # noqa: F811
    return {
        str(block.value): block.id
        for phase in process.get_children().specific()
        for block in phase.results
    }


def test_ticking_results_and_tasks(client, followed, process):  # noqa: F811
    ids = result_ids(process)
    response = client.post(
        url(followed),
        {
            "resultat": [ids["Resultat av forankring"]],
            "ferdig": ["r0003", "r0004"],
            "ferdig-dato-r0003": "01.02.2027",
        },
    )
    assert response.status_code == 303
    assert [c.result_id for c in ResultCheck.objects.filter(draft=followed)] == [
        ids["Resultat av forankring"]
    ]
    rows = {r["id"]: r for r in section(followed, "arbeidsplan").data["tasks"]}
    assert rows["r0003"]["status"] == TaskStatus.DONE
    assert rows["r0003"]["done_on"] == "2027-02-01"
    assert rows["r0004"]["status"] == TaskStatus.DONE and rows["r0004"]["done_on"]
    page = client.get(url(followed) + "?lagret=1").content.decode()
    assert "Framdriften er lagret." in page
    assert "2 av 40 oppgaver er ferdige" in page
    assert "1 av 2 resultater fra fasene er nådd" in page
    # Unticking a finished task puts it back in progress.
    client.post(url(followed), {"ferdig": ["r0003"], "ferdig-dato-r0003": "2027-02-01"})
    rows = {r["id"]: r for r in section(followed, "arbeidsplan").data["tasks"]}
    assert rows["r0004"]["status"] == TaskStatus.IN_PROGRESS and rows["r0004"]["done_on"] == ""
    assert not ResultCheck.objects.filter(draft=followed).exists()


def test_overdue_and_who_does_what(client, followed):
    page = client.get(url(followed)).content.decode()
    overdue = page.split('id="forfalt"', 1)[1].split("</section>", 1)[0]
    assert overdue.count("<li>") == 4  # every tenth of 40 has a deadline in 2020
    who = page.split('id="hvem-gjor-hva"', 1)[1].split("</section>", 1)[0]
    assert "Boligkonsulent <span" in who and "NAV-veileder <span" in who
    assert "Åse Ødegård <span" in who
    assert who.index("Boligkonsulent") < who.index("NAV-veileder") < who.index("Åse Ødegård")
    assert "(20 oppgaver)" in who


def test_a_bad_done_date_is_refused_in_norwegian_and_keeps_the_ticks(client, followed):
    response = client.post(url(followed), {"ferdig": ["r0005"], "ferdig-dato-r0005": "31.02.2027"})
    assert response.status_code == 422
    page = response.content.decode()
    assert "Skriv en gyldig dato" in page
    assert 'value="31.02.2027"' in page
    assert 'value="r0005" id="ferdig-r0005" aria-label="Ferdig: oppgave 6" checked' in page
    rows = {r["id"]: r for r in section(followed, "arbeidsplan").data["tasks"]}
    assert rows["r0005"]["status"] != TaskStatus.DONE


def test_a_planning_circles_step_phases_have_their_results_to_tick(client, process_index, wizard):
    circle = WorkProcessPageFactory(
        parent=process_index, title="Helhetlig planlegging", kind=WorkProcessPage.Kind.CIRCULAR
    )
    PlanningStepPageFactory(parent=circle, number=1, title="Planstrategi")
    housing = PlanningStepPageFactory(parent=circle, number=4, title="Temaplan bolig")
    survey = PhasePageFactory(
        parent=housing, number=2, title="Kartlegging", results=results("Behovet er kartlagt")
    )
    draft, tokens = create_draft(circle)
    open_link(client, tokens["edit"])
    page = client.get(url(draft)).content.decode()
    assert "<legend>Trinn 4 · Fase 2: Kartlegging</legend>" in page
    assert "Behovet er kartlagt" in page
    block = next(iter(survey.results))
    assert client.post(url(draft), {"resultat": [block.id]}).status_code == 303
    assert [c.result_id for c in ResultCheck.objects.filter(draft=draft)] == [block.id]
    assert "1 av 1 resultater fra fasene er nådd" in client.get(url(draft)).content.decode()


def test_the_progress_view_is_private(client, followed, client_factory):
    stranger = client_factory()
    assert stranger.get(url(followed)).status_code == 404
    assert stranger.post(url(followed), {"ferdig": ["r0001"]}).status_code == 404
    reader = client_factory()
    open_link(reader, followed.tokens["read"])
    page = reader.get(url(followed))
    assert page.status_code == 200 and page["Cache-Control"] == "no-store"
    assert reader.post(url(followed), {"ferdig": ["r0001"]}).status_code == 403


def test_progress_view_within_query_budget(client, followed, django_assert_max_num_queries):
    with django_assert_max_num_queries(15):
        assert client.get(url(followed)).status_code == 200
