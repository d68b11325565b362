"""The work plan starts from the chosen process: every task of every live phase, in order."""

from mandates.models import SectionRevision
from mandates.prefill import create_draft
from mandates.sections import EDITABLE_STEPS, TaskStatus
from phases.blocks import ResponsibleRole
from phases.models import PhasePage


def expected_rows(process):
    labels = dict(ResponsibleRole.choices)
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
    assert any("Rådmann/kommunedirektør" in r["responsible"] for r in rows)


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
    from mandates.models import MandateDraft

    draft = MandateDraft.objects.get()
    assert draft.work_process_id == process.pk
    assert len(draft.sections.get(key="arbeidsplan").data["tasks"]) == len(expected_rows(process))
