"""The work plan starts from the chosen process: every task of every live phase, in order."""

import re

import pytest

from mandates.models import MandateDraft, SectionRevision
from mandates.prefill import create_draft
from mandates.sections import EDITABLE_STEPS, TaskStatus
from phases.factories import (
    AreaPageFactory,
    PhasePageFactory,
    PlanningStepPageFactory,
    SubProcessPageFactory,
    WorkProcessPageFactory,
    task_groups,
)
from phases.models import (
    PhasePage,
    ResponsibleRole,
    WorkProcessPage,
)
from phases.roles import role_labels


def expected_rows(process):
    labels = role_labels()
    rows = []
    for phase in PhasePage.objects.child_of(process).live().order_by("number"):
        for group in phase.task_groups:
            for task in group.value["tasks"]:
                rows.append(
                    (
                        f"Fase {phase.number}: {phase.title}",
                        task["text"].strip(),
                        ", ".join(labels[r] for r in task["responsible"]),
                    )
                )
    return rows


def test_the_plan_has_every_task_of_the_phases_with_the_suggested_roles(process):
    draft, _ = create_draft(process)
    rows = draft.sections.get(key="arbeidsplan").data["tasks"]
    expected = expected_rows(process)
    assert len(expected) >= 10  # the factory's process has two tasks in each of its five phases
    assert [(r["phase"], r["task"], r["responsible"]) for r in rows] == expected
    assert {r["phase"][:6] for r in rows} == {f"Fase {n}" for n in range(1, 6)}
    assert all(r["status"] == TaskStatus.NOT_STARTED and r["milestone"] is False for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    assert any("Kommunedirektør (rådmann)" in r["responsible"] for r in rows)


def test_an_unpublished_phase_gives_no_rows(process):
    phase = PhasePage.objects.child_of(process).get(number=5)
    phase.unpublish()
    draft, _ = create_draft(process)
    rows = draft.sections.get(key="arbeidsplan").data["tasks"]
    assert rows and not any(r["phase"].startswith("Fase 5") for r in rows)


def test_a_blank_start_has_empty_sections_and_no_plan(db):
    draft, tokens = create_draft(None)
    assert set(tokens) == {"edit", "read"}
    keys = set(draft.sections.values_list("key", flat=True))
    assert keys == {step.key for step in EDITABLE_STEPS}
    assert draft.sections.get(key="arbeidsplan").data == {}
    # Every section starts with a revision 0, the common ground for merging later saves.
    assert SectionRevision.objects.filter(section__draft=draft, version=0).count() == len(keys)


def test_the_start_page_creates_a_draft_from_the_chosen_process(client, wizard, process):
    client.post("/veiviser/", {"process": str(process.pk)})
    draft = MandateDraft.objects.get()
    assert draft.work_process_id == process.pk
    assert len(draft.sections.get(key="arbeidsplan").data["tasks"]) == len(expected_rows(process))


def test_a_planning_circle_gives_each_steps_tasks_then_its_phases(process_index):
    circle = WorkProcessPageFactory(
        parent=process_index, slug="sirkel", kind=WorkProcessPage.Kind.CIRCULAR
    )
    step2 = PlanningStepPageFactory(
        parent=circle,
        number=2,
        title="Temaplan",
        task_groups=task_groups(("Vedta", ["kommunestyret"])),
    )
    PlanningStepPageFactory(
        parent=circle,
        number=1,
        title="Planstrategi",
        task_groups=task_groups(("Drøfte behov", ["planavdeling"])),
    )
    phase = PhasePageFactory(
        parent=step2,
        number=1,
        title="Forfase",
        task_groups=task_groups(("Skrive mandat", ["radmann", "ukjent-rolle"])),
    )
    sub = SubProcessPageFactory(
        parent=phase, title="Mandat", task_groups=task_groups(("Godkjenne", []))
    )

    draft, _ = create_draft(circle)
    rows = [
        (r["phase"], r["task"], r["responsible"])
        for r in draft.sections.get(key="arbeidsplan").data["tasks"]
    ]
    assert rows == [
        ("Trinn 1: Planstrategi", "Drøfte behov", "Planavdelingen"),
        ("Trinn 2: Temaplan", "Vedta", "Kommunestyret"),
        ("Trinn 2 · Fase 1: Forfase", "Skrive mandat", "Kommunedirektør (rådmann), ukjent-rolle"),
    ]
    draft, _ = create_draft(circle, subprocesses=[sub])
    tasks = draft.sections.get(key="arbeidsplan").data["tasks"]
    assert tasks[-1]["phase"] == "Trinn 2 · Fase 1: Forfase – Mandat"
    assert tasks[-1]["task"] == "Godkjenne"


def test_a_renamed_role_is_prefilled_with_its_new_label(process):
    role = ResponsibleRole.objects.get(key="radmann")
    role.label = "Kommunedirektøren"
    role.save()
    draft, _ = create_draft(process)
    responsible = " ".join(
        r["responsible"] for r in draft.sections.get(key="arbeidsplan").data["tasks"]
    )
    assert "Kommunedirektøren" in responsible and "Kommunedirektør (rådmann)" not in responsible


@pytest.fixture
def eviction(process_index):
    """A process in an area with a sub-process under its second phase, built with factories."""
    area = AreaPageFactory(parent=process_index, title="Beholde bolig")
    process = WorkProcessPageFactory(parent=area, title="Hindre utkastelse i testkommunen")
    PhasePageFactory(parent=process, number=1, task_groups=task_groups(("Varsle Nav", ["nav"])))
    phase2 = PhasePageFactory(
        parent=process, number=2, task_groups=task_groups(("Møte leietaker", ["boligkontor"]))
    )
    sub = SubProcessPageFactory(
        parent=phase2,
        title="Utkastelse gjennomføres",
        task_groups=task_groups(("Være til stede ved fravikelsen", ["namsfogden"])),
    )
    return process, sub


def test_the_start_page_prefills_from_a_process_in_an_area_with_a_chosen_sub_process(
    client, wizard, eviction
):
    process, sub = eviction
    html = client.get("/veiviser/").content.decode()
    assert "Hindre utkastelse i testkommunen" in html
    assert f'type="checkbox" name="subprocesses" value="{sub.pk}"' in html
    assert "Utkastelse gjennomføres (Hindre utkastelse i testkommunen)" in html

    response = client.post("/veiviser/", {"process": str(process.pk), "subprocesses": [sub.pk]})
    assert response.status_code == 303
    draft = MandateDraft.objects.get()
    tasks = [
        (r["task"], r["responsible"]) for r in draft.sections.get(key="arbeidsplan").data["tasks"]
    ]
    assert tasks == [
        ("Varsle Nav", "Nav-kontoret"),
        ("Møte leietaker", "Boligkontor / boligtjenesten"),
        ("Være til stede ved fravikelsen", "Namsfogden"),
    ]


def test_without_the_sub_process_its_tasks_are_left_out(client, wizard, eviction):
    process, _ = eviction
    client.post("/veiviser/", {"process": str(process.pk)})
    tasks = MandateDraft.objects.get().sections.get(key="arbeidsplan").data["tasks"]
    assert [r["task"] for r in tasks] == ["Varsle Nav", "Møte leietaker"]


def test_a_sub_process_of_another_process_gets_a_message_and_keeps_the_choice(
    client, wizard, eviction, process_index
):
    _, sub = eviction
    other = WorkProcessPageFactory(parent=process_index, title="Annen prosess")
    response = client.post("/veiviser/", {"process": str(other.pk), "subprocesses": [sub.pk]})
    assert response.status_code == 400
    html = response.content.decode()
    assert (
        "Delprosessen «Utkastelse gjennomføres» hører til «Hindre utkastelse i testkommunen»"
        in html
    )
    assert re.search(
        rf'name="subprocesses" value="{sub.pk}" id="id_subprocesses_\d+" checked', html
    )
    assert re.search(rf'name="process" value="{other.pk}" id="id_process_\d+" checked', html)
    assert not MandateDraft.objects.exists()


def test_every_published_process_can_be_chosen(client, wizard, eviction):
    processes = WorkProcessPage.objects.live().public()
    html = client.get("/veiviser/").content.decode()
    for process in processes:
        assert f'name="process" value="{process.pk}"' in html, process.title
