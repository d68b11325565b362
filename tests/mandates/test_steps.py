"""Each step validates what it must and keeps everything the user typed."""

import pytest

from mandates.kinds import DATE, LONG_TEXT, TEXT
from mandates.sections import LONG, STEPS, TASKS
from tests.mandates.conftest import post_step, section, step_url, table_payload


def test_every_step_renders_with_its_guidance_and_step_list(editor, draft):
    for step in STEPS:
        response = editor.get(step_url(draft, step.number))
        assert response.status_code == 200, step.number
        html = response.content.decode()
        assert f"Steg {step.number} av 7" in html
        assert 'aria-current="step"' in html
        assert "Veiledning" in html


def test_an_unknown_step_is_404(editor, draft):
    assert editor.get(step_url(draft, 9)).status_code == 404


def test_saving_step_one_stores_the_fields_and_moves_on(editor, draft):
    response = post_step(
        editor,
        draft,
        1,
        {
            "municipality": "Bø",
            "work_name": "Samordning på tvers",
            "commissioner": "Kommunedirektøren",
            "planned_start": "15.01.2027",
            "planned_end": "2027-06-30",
        },
        action="neste",
    )
    assert response.status_code == 303
    assert response["Location"] == step_url(draft, 2)
    data = section(draft, "om-arbeidet").data
    assert data["municipality"] == "Bø"
    assert data["planned_start"] == "2027-01-15"  # Norwegian date form accepted, stored ISO
    assert data["planned_end"] == "2027-06-30"


def test_back_goes_to_the_previous_step_and_save_stays(editor, draft):
    assert post_step(editor, draft, 3, {"assignment": "x"}, action="forrige")[
        "Location"
    ] == step_url(draft, 2)
    assert post_step(editor, draft, 3, {"assignment": "y"})["Location"].startswith(
        step_url(draft, 3) + "?lagret=1"
    )


def test_end_before_start_is_refused_with_a_field_error_and_nothing_lost(editor, draft):
    typed = {
        "municipality": "Verdal",
        "work_name": "Boligsosial plan <b>fet</b>",
        "planned_start": "2027-05-01",
        "planned_end": "2027-04-01",
    }
    response = post_step(editor, draft, 1, typed)
    assert response.status_code == 422
    html = response.content.decode()
    assert "Planlagt slutt kan ikke være før planlagt start." in html
    assert 'id="feiloppsummering"' in html and 'href="#id_planned_end"' in html
    assert 'aria-invalid="true"' in html
    # Everything typed is still in the form (HTML escaped, not interpreted).
    assert 'value="Verdal"' in html
    assert "Boligsosial plan &lt;b&gt;fet&lt;/b&gt;" in html
    assert "<b>fet</b>" not in html
    assert 'value="2027-05-01"' in html
    assert section(draft, "om-arbeidet").version == 0  # nothing half-saved


def test_an_invalid_date_gets_a_norwegian_message(editor, draft):
    response = post_step(editor, draft, 1, {"planned_start": "32.13.2027", "work_name": "A"})
    assert response.status_code == 422
    html = response.content.decode()
    assert "Skriv en gyldig dato" in html
    assert 'value="32.13.2027"' in html


def test_over_long_text_is_refused_and_kept(editor, draft):
    text = "å" * (LONG + 1)
    response = post_step(editor, draft, 2, {"background": text, "purpose": "Kort"})
    assert response.status_code == 422
    html = response.content.decode()
    assert f"høyst {LONG} tegn (nå {LONG + 1})" in html
    assert text in html
    assert "Kort" in html


def test_control_characters_are_removed_and_html_is_kept_as_text(editor, draft):
    response = post_step(
        editor,
        draft,
        2,
        {"background": "Linje én\r\nLinje\x00 to\x1b\x0b", "purpose": "<script>alert(1)</script>"},
    )
    assert response.status_code == 303
    data = section(draft, "bakgrunn-og-mal").data
    assert data["background"] == "Linje én\nLinje to"
    assert data["purpose"] == "<script>alert(1)</script>"
    html = editor.get(step_url(draft, 7)).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html


def test_a_task_deadline_before_its_start_is_refused(editor, draft):
    rows = section(draft, "arbeidsplan").data["tasks"]
    rows[0] = {**rows[0], "start": "2027-03-01", "deadline": "2027-02-01"}
    response = post_step(editor, draft, 6, table_payload(TASKS, rows))
    assert response.status_code == 422
    html = response.content.decode()
    assert "Fristen kan ikke være før start." in html
    assert 'href="#id_tasks-0-deadline"' in html


def test_a_bad_status_choice_is_refused(editor, draft):
    rows = section(draft, "arbeidsplan").data["tasks"]
    rows[0] = {**rows[0], "status": "<hack>"}
    response = post_step(editor, draft, 6, table_payload(TASKS, rows))
    assert response.status_code == 422
    assert "Velg et av alternativene" in response.content.decode()


def test_the_table_cannot_grow_past_its_limit(editor, draft):
    rows = [{"id": f"r{i}", "task": f"Oppgave {i}"} for i in range(TASKS.max_rows + 1)]
    response = post_step(editor, draft, 6, table_payload(TASKS, rows))
    assert response.status_code == 422
    assert f"høyst {TASKS.max_rows} rader" in response.content.decode()


def test_rows_are_added_removed_and_moved_without_javascript(editor, draft):
    before = section(draft, "arbeidsplan").data["tasks"]
    response = post_step(editor, draft, 6, {}, action="legg-til")
    assert response.status_code == 303
    assert response["Location"].endswith(f"#rad-{len(before) + 1}")
    rows = section(draft, "arbeidsplan").data["tasks"]
    assert len(rows) == len(before) + 1 and rows[-1]["task"] == ""

    post_step(editor, draft, 6, {}, action="ned-0")
    moved = section(draft, "arbeidsplan").data["tasks"]
    assert [r["id"] for r in moved[:2]] == [before[1]["id"], before[0]["id"]]

    post_step(editor, draft, 6, {}, action="opp-1")
    post_step(editor, draft, 6, {}, action="fjern-0")
    after = section(draft, "arbeidsplan").data["tasks"]
    assert [r["id"] for r in after[: len(before) - 1]] == [r["id"] for r in before[1:]]


def test_a_member_is_added_in_step_four(editor, draft):
    post_step(editor, draft, 4, {"leader": "Kari"}, action="legg-til")
    data = {
        "leader": "Kari",
        "members-TOTAL_FORMS": "1",
        "members-INITIAL_FORMS": "1",
        "members-0-id": section(draft, "organisering").data["members"][0]["id"],
        "members-0-name": "Ola Nordmann",
        "members-0-unit": "NAV",
        "members-0-role": "Medlem",
    }
    assert post_step(editor, draft, 4, data).status_code == 303
    (member,) = section(draft, "organisering").data["members"]
    assert member["name"] == "Ola Nordmann" and member["unit"] == "NAV"


def test_review_flags_missing_required_parts_with_links_to_fix_them(editor, draft):
    html = editor.get(step_url(draft, 7)).content.decode()
    assert "Mandatet er ikke komplett" in html
    assert f'href="{step_url(draft, 1)}?mangler=1#id_work_name"' in html
    assert f'href="{step_url(draft, 4)}?mangler=1#members-tabell"' in html
    # Following the link shows the field error on the step itself.
    fix = editor.get(step_url(draft, 1) + "?mangler=1").content.decode()
    assert "Navn på arbeidet må fylles ut." in fix
    assert 'id="feiloppsummering"' in fix
    # The empty members table has no field of its own to flag: the summary says it (this was a
    # 500, found by the fuzz suite).
    fix = editor.get(step_url(draft, 4) + "?mangler=1")
    assert fix.status_code == 200
    assert "må ha minst én rad" in fix.content.decode()


def test_review_is_complete_when_every_required_part_is_filled(editor, draft):
    from mandates.sections import EDITABLE_STEPS

    for step in EDITABLE_STEPS:
        data = {f.name: "2027-01-01" if f.kind is DATE else "Tekst" for f in step.fields}
        if step.table is not None and step.table.name == "members":
            data.update(table_payload(step.table, [{"name": "Kari", "unit": "Helse"}]))
        assert post_step(editor, draft, step.number, data).status_code == 303, step.key
    html = editor.get(step_url(draft, 7)).content.decode()
    assert "Alle påkrevde deler er fylt ut" in html
    assert "Mandatet er ikke komplett" not in html


@pytest.mark.parametrize("bad_version", ["", "abc", "-5", "999999999999"])
def test_a_garbled_version_never_gives_500(editor, draft, bad_version):
    response = post_step(editor, draft, 2, {"background": "Ny"}, version=bad_version)
    assert response.status_code in (303, 409)


def test_autosave_answers_json(editor, draft):
    response = post_step(editor, draft, 2, {"background": "Lagret automatisk"}, autosave=True)
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "saved" and body["version"] == 1
    assert body["saved_at"].count(":") == 1
    assert section(draft, "bakgrunn-og-mal").data["background"] == "Lagret automatisk"
    invalid = post_step(editor, draft, 1, {"planned_start": "nei"}, autosave=True)
    assert invalid.status_code == 422
    assert invalid.json()["errors"][0]["id"] == "id_planned_start"


def test_autosave_without_access_says_so_and_a_form_post_gives_the_text_back(client, draft):
    response = post_step(client, draft, 2, {"background": "Viktig tekst"}, autosave=True)
    assert response.status_code == 404
    assert response.json()["status"] == "forbidden"
    page = post_step(client, draft, 2, {"background": "Viktig tekst"})
    assert page.status_code == 404
    html = page.content.decode()
    assert "Dette du skrev, ble ikke lagret" in html
    assert "Viktig tekst" in html


TEXT_FIELDS = [
    (step.number, spec) for step in STEPS for spec in step.fields if spec.kind in (TEXT, LONG_TEXT)
]


@pytest.mark.parametrize(
    "number,spec", TEXT_FIELDS, ids=[f"{n}-{spec.name}" for n, spec in TEXT_FIELDS]
)
def test_every_text_field_refuses_over_long_text_and_keeps_the_rest(editor, draft, number, spec):
    others = {f.name: "Beholdes" for f in STEPS[number - 1].fields if f.kind is LONG_TEXT}
    typed = "x" * (spec.limit + 1)
    response = post_step(editor, draft, number, {**others, spec.name: typed})
    assert response.status_code == 422
    html = response.content.decode()
    assert f'href="#id_{spec.name}"' in html
    assert f"høyst {spec.limit} tegn" in html
    assert typed in html
    if others.keys() - {spec.name}:
        assert "Beholdes" in html


@pytest.mark.parametrize("action", ["fjern-²", "opp-①", "ned-١", "fjern-99999999999999999999"])
def test_a_row_action_with_a_unicode_or_huge_number_changes_nothing(editor, draft, action):
    before = section(draft, "arbeidsplan").data["tasks"]
    response = post_step(editor, draft, 6, {}, action=action)
    assert response.status_code in (200, 303)
    assert [r["id"] for r in section(draft, "arbeidsplan").data["tasks"]] == [
        r["id"] for r in before
    ]


def test_a_share_link_action_with_a_unicode_digit_is_harmless(editor, draft):
    response = editor.post(f"/veiviser/{draft.public_id}/lenker/", {"handling": "trekk-²"})
    assert response.status_code in (200, 303)
    assert draft.links.filter(revoked_at__isnull=True).count() == 2
