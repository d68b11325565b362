"""Field kinds: each one knows its form field, its stored form, how it is shown and exported.

The number kind (hours per member) is the newest; it goes through the real wizard from a typed
"7,5" to the Word document. A kind made up here shows that a new kind needs no change outside
its own class: forms, the step's control, the read views and the exports all ask it.
"""

import io
from datetime import date

from django.template.loader import render_to_string

import pytest
from docx import Document

from mandates.document import MandateDocument
from mandates.exports import build_docx
from mandates.exports.csv import _cell as csv_cell
from mandates.exports.text import cell_text
from mandates.forms import StepForms
from mandates.kinds import NUMBER, Kind
from mandates.sections import EDITABLE_STEPS, MEMBERS, TASKS, Field, Step, Table
from mandates.templatetags.mandate_tags import cell, field_value
from tests.mandates.conftest import post_step, section, step_url, table_payload

SAMPLES = {  # a stored value of each kind the schema uses, as a group would leave it
    "text": "Åse Bråten – «leder»",
    "long": "Første linje\nAndre linje med <b>tegn</b> & mer",
    "date": "2027-03-15",
    "bool": True,
    "choice": "pagar",
    "number": 37.5,
}


def sample_row(table):
    return {"id": "r1", **{c.name: SAMPLES[c.kind.name] for c in table.columns}}


@pytest.mark.parametrize("table", [MEMBERS, TASKS], ids=lambda t: t.name)
def test_every_kind_survives_the_round_trip_through_its_form(table):
    """What is stored, posted back as the browser would, is stored again unchanged."""
    step = next(s for s in EDITABLE_STEPS if s.table is table)
    row = sample_row(table)
    data = {f.name: f.kind.posted(SAMPLES[f.kind.name]) for f in step.fields}
    forms = StepForms(step, data={**data, **table_payload(table, [row])})
    assert forms.is_valid(), forms.errors_for_summary()
    cleaned = forms.cleaned()
    assert cleaned[table.name] == [row]
    assert {f.name: cleaned[f.name] for f in step.fields} == {
        f.name: SAMPLES[f.kind.name] for f in step.fields
    }


def test_every_kind_has_an_empty_value_that_counts_as_blank():
    for table in (MEMBERS, TASKS):
        for column in table.columns:
            assert column.kind.is_blank(column.kind.empty()), column.name


@pytest.mark.parametrize(
    "typed,stored",
    [("7,5", 7.5), ("37.5", 37.5), ("8", 8), ("1 500", 1500), ("1\u00a0500", 1500), ("", "")],
)
def test_a_number_is_read_the_norwegian_way(typed, stored):
    payload = {**table_payload(MEMBERS, [{"id": "a"}]), "members-0-hours": typed}
    forms = StepForms(EDITABLE_STEPS[3], data=payload)
    assert forms.is_valid(), forms.errors_for_summary()
    assert forms.cleaned()["members"][0]["hours"] == stored


@pytest.mark.parametrize(
    "typed,message",
    [
        ("²", "Skriv et tall, for eksempel 7,5."),  # passes str.isdigit, is no number
        ("٣", "Skriv et tall, for eksempel 7,5."),  # an Arabic-Indic three
        ("-4", "Skriv et tall, for eksempel 7,5."),
        ("ti", "Skriv et tall, for eksempel 7,5."),
        ("7,25", "Skriv tallet med høyst 1 desimal."),
        ("2000000", "Skriv et tall fra 0 til 1\u00a0000\u00a0000."),
    ],
)
def test_a_number_that_is_not_one_gets_a_norwegian_message(editor, draft, typed, message):
    rows = [{"id": "a", "name": "Kari", "hours": ""}]
    payload = {"leader": "Kari", **table_payload(MEMBERS, rows), "members-0-hours": typed}
    response = post_step(editor, draft, 4, payload)
    assert response.status_code == 422
    html = response.content.decode()
    assert message in html
    assert f'value="{typed}"' in html  # kept as typed, beside its error
    assert 'href="#id_members-0-hours"' in html
    assert section(draft, "organisering").version == 0


def test_hours_per_member_from_the_form_to_the_word_document(editor, draft):
    rows = [{"id": "a", "name": "Kari Nordmann", "unit": "NAV", "hours": ""}]
    payload = {"leader": "Kari", **table_payload(MEMBERS, rows), "members-0-hours": "7,5"}
    assert post_step(editor, draft, 4, payload).status_code == 303
    (member,) = section(draft, "organisering").data["members"]
    assert member["hours"] == 7.5  # a number in the JSON, not a string

    step = editor.get(step_url(draft, 4)).content.decode()
    assert 'inputmode="decimal" name="members-0-hours" id="id_members-0-hours" value="7,5"' in step
    review = editor.get(step_url(draft, 7)).content.decode()
    assert "<td>7,5</td>" in review

    response = editor.get(f"/veiviser/{draft.public_id}/eksport/word/")
    members = Document(io.BytesIO(response.getvalue())).tables[0]
    assert [c.text for c in members.rows[0].cells][-1] == "Timer per uke"
    assert [c.text for c in members.rows[1].cells] == ["Kari Nordmann", "NAV", "", "7,5"]


def test_stored_values_of_the_wrong_type_are_shown_not_raised():
    """Old or imported data: every reader of every kind takes anything."""
    odd = [None, "", "tekst", 5, 7.5, True, ["liste"], {"a": 1}, "2027-13-45", float("nan")]
    for table in (MEMBERS, TASKS):
        for column in table.columns:
            for value in odd:
                column.kind.text(value)
                column.kind.csv(value)
                column.kind.html(value)
                column.kind.posted(value)
                column.kind.is_blank(value)
                day = column.kind.calendar_date(value)
                assert day is None or isinstance(day, date)


# A kind the schema does not have: one class, and every part of the wizard can use it.


class Percent(Kind):
    """A share of a position: typed "20", stored 20, shown "20 %"."""

    name = "percent"
    input_mode = "numeric"

    def form_field(self, spec):
        return NUMBER.form_field(spec)

    def to_stored(self, cleaned):
        return NUMBER.to_stored(cleaned)

    def is_blank(self, value):
        return NUMBER.is_blank(value)

    def text(self, value):
        return f"{NUMBER.text(value)} %" if NUMBER.text(value) else ""

    def csv(self, value):
        return NUMBER.text(value)


SHARE = Table(
    name="shares",
    label="Stillingsandeler",
    row_label="Andel",
    columns=(Field("who", "Hvem"), Field("share", "Stillingsandel", Percent())),
)
SHARE_STEP = Step(99, "andeler", "Andeler", fields=(Field("note", "Merknad"),), table=SHARE)


def test_a_new_kind_works_in_the_form_the_views_and_the_exports():
    posted = {"note": "", **table_payload(SHARE, [{"id": "x", "who": "Kari"}])}
    posted["shares-0-share"] = "20"
    forms = StepForms(SHARE_STEP, data=posted)
    assert forms.is_valid()
    stored = forms.cleaned()["shares"][0]
    assert stored["share"] == 20

    # The step's control: the kind's template, input mode and the value as typed.
    bound = StepForms(SHARE_STEP, stored={"shares": [stored]}).formset.forms[0]["share"]
    html = render_to_string("mandates/includes/field.html", {"field": bound})
    assert 'inputmode="numeric"' in html and 'value="20"' in html
    assert "Stillingsandel" in html

    # The review, read and print views, and the exports.
    column = SHARE.column("share")
    assert cell(stored, column) == "20 %"
    assert field_value({"share": ""}, column).startswith('<span class="portal-empty">')
    assert cell_text(column, stored["share"]) == "20 %"
    assert csv_cell(column, stored["share"]) == "20"

    refused = StepForms(SHARE_STEP, data={**posted, "shares-0-share": "tjue"})
    assert not refused.is_valid()
    assert ("id_shares-0-share", "Andel 1: Stillingsandel", "Skriv et tall, for eksempel 7,5.") in (
        refused.errors_for_summary()
    )


def test_the_exports_ask_the_kind_for_every_cell():
    """A DOCX cell is what the column's kind writes, whatever the column is called."""
    row = sample_row(TASKS)
    document = MandateDocument("Blå fjord 27", "x", "", {"arbeidsplan": {"tasks": [row]}})
    doc = Document(io.BytesIO(build_docx(document)))
    plan = next(t for t in doc.tables if t.rows[0].cells[1].text == "Oppgave")
    # The work plan groups its rows under a row naming the phase; then «Nr.» and the rest.
    assert plan.rows[1].cells[0].text == cell_text(TASKS.column("phase"), row["phase"])
    assert [c.text for c in plan.rows[2].cells] == [
        "1",
        *(cell_text(column, row[column.name]) for column in TASKS.columns[1:]),
    ]
    assert [c.text for c in plan.rows[2].cells][3:7] == ["15.03.2027", "15.03.2027", "Ja", "Pågår"]
