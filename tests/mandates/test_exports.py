"""Exports of a mandate: CSV, iCalendar and the text helpers (the document formats have files
of their own).

No database: every test builds a `MandateDocument` directly.
"""

import csv
import io
import re
from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar

from mandates.document import MandateDocument
from mandates.exports import build_csv, build_ics, clean, export_filename
from mandates.exports.csv import guard
from tests.mandates.samples import (
    CONTROL_CLEAN,
    CONTROL_TEXT,
    SCRIPT_TEXT,
    SUMMARY_TEXT,
    full_document,
    many_tasks,
)

# CSV


def read_csv(document):
    data = build_csv(document)
    return data, list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_csv_has_bom_crlf_and_the_work_plan_rows():
    data, rows = read_csv(full_document())
    assert data.startswith(b"\xef\xbb\xbfFase;")
    assert data.endswith(b"\r\n")
    assert rows == [
        [
            "Fase",
            "Oppgave",
            "Ansvarlig",
            "Start",
            "Frist",
            "Milepæl",
            "Status",
            "Merknad",
            "Ferdig",
        ],
        [
            "Forankring",
            f"{SUMMARY_TEXT}\nMed rapport til styringsgruppen",
            "Åse Bjørnstad",
            "2026-02-01",
            "2026-03-15",
            "Ja",
            "Pågår",
            "Avvik: ferie; to uker, kanskje mer",
            "",
        ],
        [
            "Kartlegging",
            "Intervjue leietakere",
            "",
            "",
            "2026-04-01",
            "Nei",
            "Ikke startet",
            "",
            "",
        ],
        ["Analyse", "Milepæl uten frist", "Per", "", "", "Ja", "Forsinket", "", ""],
        [
            "Tiltak",
            "Vedtak i kommunestyret",
            "Kommunedirektøren",
            "2026-09-01",
            "2026-10-20",
            "Ja",
            "Ferdig",
            "<script>alert(1)</script>",
            "",
        ],
    ]


def test_csv_guards_against_formulas():
    task = {
        "id": "f1",
        "phase": '=HYPERLINK("http://x";"klikk")',
        "task": "+47 22 00 00 00",
        "responsible": "@Kari",
        "start": "",
        "deadline": "",
        "milestone": False,
        "status": "pagar",
        "note": "-2+3",
    }
    plain = {**task, "id": "f2", "phase": "Fase 1", "task": "a=b", "responsible": "Kari"}
    plain["note"] = "\x00=cmd|' /C calc'!A0"  # a control character must not hide a formula
    _, rows = read_csv(full_document([task, plain]))
    assert rows[1][:3] == ['\'=HYPERLINK("http://x";"klikk")', "'+47 22 00 00 00", "'@Kari"]
    assert rows[1][7] == "'-2+3"
    assert rows[2][:3] == ["Fase 1", "a=b", "Kari"]
    assert rows[2][7] == "'=cmd|' /C calc'!A0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("=1", "'=1"), ("+1", "'+1"), ("-1", "'-1"), ("@a", "'@a"), ("\tx", "'\tx"), ("\rx", "'\rx")],
)
def test_guard_prefixes_formula_starts(text, expected):
    assert guard(text) == expected
    assert guard(f"x{text}") == f"x{text}"


def test_csv_of_empty_document_and_of_200_tasks():
    _, rows = read_csv(MandateDocument("Grønn vik 12", "x1", "", {}))
    assert rows == [
        ["Fase", "Oppgave", "Ansvarlig", "Start", "Frist", "Milepæl", "Status", "Merknad", "Ferdig"]
    ]
    _, rows = read_csv(full_document(many_tasks(200)))
    assert len(rows) == 201
    assert rows[-1][1] == "Oppgave nummer 199 – kartlegge behov"


# iCalendar

NOW = datetime(2026, 5, 4, 8, 30, tzinfo=UTC)


def events(document, now=NOW):
    data = build_ics(document, now=now)
    calendar = Calendar.from_ical(data)
    return data, calendar, calendar.walk("VEVENT")


def test_ics_has_one_all_day_event_per_milestone_with_a_deadline():
    data, calendar, found = events(full_document())
    assert calendar["PRODID"] == "-//Boligsosial veiviser//Mandat//NB"
    assert calendar["VERSION"] == "2.0"
    assert calendar["X-WR-CALNAME"] == "Trygg bolig for alle"
    milestones = [e for e in found if str(e["SUMMARY"]).startswith("Milepæl: ")]
    # t3 is a milestone without a deadline, t2 is not a milestone.
    assert [str(e["SUMMARY"]) for e in milestones] == [
        f"Milepæl: {SUMMARY_TEXT}",
        "Milepæl: Vedtak i kommunestyret",
    ]
    first, second = milestones
    assert first.decoded("DTSTART") == date(2026, 3, 15)
    assert first.decoded("DTEND") == date(2026, 3, 16)
    assert second.decoded("DTSTART") == date(2026, 10, 20)
    assert str(first["UID"]) == "t1-b7k2q9xw@boligsosial-veiviser"
    assert first.decoded("DTSTAMP") == NOW
    description = str(first["DESCRIPTION"])
    assert "Fase: Forankring" in description
    assert "Ansvarlig: Åse Bjørnstad" in description
    assert "Merknad: Avvik: ferie; to uker, kanskje mer" in description
    # Comma and semicolon are escaped on the wire, and lines are folded at 75 octets.
    assert b"Ferdig kartlegging\\; \xc3\x85s\\, B\xc3\xb8" in data
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    assert b"\x1b" not in data


def test_ics_adds_planned_start_and_end():
    _, _, found = events(full_document())
    by_summary = {str(e["SUMMARY"]): e for e in found}
    start = by_summary["Oppstart: Trygg bolig for alle"]
    end = by_summary["Planlagt slutt: Trygg bolig for alle"]
    assert start.decoded("DTSTART") == date(2026, 2, 1)
    assert end.decoded("DTSTART") == date(2027, 6, 30)
    assert end.decoded("DTEND") == date(2027, 7, 1)
    assert len(found) == 4


def test_ics_uids_are_stable_between_exports():
    document = full_document()
    _, _, first = events(document)
    _, _, second = events(document, now=datetime(2027, 1, 1, tzinfo=UTC))
    uids = [str(e["UID"]) for e in first]
    assert uids == [str(e["UID"]) for e in second]
    assert len(set(uids)) == len(uids)
    assert all(uid.endswith("-b7k2q9xw@boligsosial-veiviser") for uid in uids)


def test_ics_of_empty_document_and_of_200_tasks():
    _, calendar, found = events(MandateDocument("Grønn vik 12", "x1", "", {}))
    assert found == []
    assert calendar["X-WR-CALNAME"] == "Grønn vik 12"
    document = full_document(many_tasks(200))
    document.sections["om-arbeidet"] = {}
    _, _, found = events(document)
    assert len(found) == 20
    assert len({str(e["UID"]) for e in found}) == 20


# Text helpers


def test_clean_strips_control_characters_and_keeps_the_rest():
    assert clean(CONTROL_TEXT).split("\n") == CONTROL_CLEAN
    assert clean("a\r\nb\rc\td") == "a\nb\nc\td"
    assert clean(SCRIPT_TEXT) == SCRIPT_TEXT
    assert clean("æøå ÆØÅ") == "æøå ÆØÅ"
    assert clean(None) == ""
    assert clean(12) == "12"


@pytest.mark.parametrize(
    ("name", "work_name", "ext", "expected"),
    [
        ("Blå fjord 27", "", "docx", "mandat-blaa-fjord-27.docx"),
        ("Blå fjord 27", "Trygg bolig – Ærøy/Øst!", ".csv", "mandat-trygg-bolig-aeroy-ost.csv"),
        ("Åpen kai 10", "  Café Ørsta\x00  ", "ics", "mandat-cafe-orsta.ics"),
        ("", "", "ics", "mandat.ics"),
    ],
)
def test_export_filename_is_ascii(name, work_name, ext, expected):
    sections = {"om-arbeidet": {"work_name": work_name}}
    filename = export_filename(MandateDocument(name, "x1", "", sections), ext)
    assert filename == expected
    assert re.fullmatch(r"[a-z0-9.-]+", filename)
