"""Exports of a mandate: DOCX (read back with python-docx), CSV and iCalendar.

No database: every test builds a `MandateDocument` directly.
"""

import csv
import io
import re
from datetime import UTC, date, datetime

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from icalendar import Calendar

from mandates.document import MandateDocument
from mandates.exports import build_csv, build_docx, build_ics, clean, export_filename
from mandates.exports.csv import guard
from mandates.kinds import DATE
from mandates.sections import EDITABLE_STEPS

CONTROL_TEXT = "Før\x00 møtet\x0b i\x1b[31m rådet\r\nNeste linje\x7f med\x85 mer\x0c"
CONTROL_CLEAN = ["Før møtet i[31m rådet", "Neste linje med mer"]
SCRIPT_TEXT = "<script>alert(1)</script> & <b>fet</b> \"sitat\" 'enkle'"
SUMMARY_TEXT = "Ferdig kartlegging; Ås, Bø & Ærøy – første runde"

FIELDS = {
    "om-arbeidet": {
        "municipality": "Bø kommune",
        "work_name": "Trygg bolig for alle",
        "commissioner": "Kommunedirektøren",
        "owner": "",
        "case_number": "2026/117",
        "planned_start": "2026-02-01",
        "planned_end": "2027-06-30",
    },
    "bakgrunn-og-mal": {
        "background": CONTROL_TEXT,
        "purpose": SCRIPT_TEXT,
        "main_goal": (
            "Flere skal eie eller leie en god bolig.\n\n  Ingen skal bo i midlertidig bolig."
        ),
        "sub_goals": "   ",
        "effect_goals": "Økt bostabilitet\tmålt årlig",
    },
    "oppdrag": {"assignment": "Utrede tiltak for vanskeligstilte på boligmarkedet."},
    "organisering": {
        "steering_group": "Kommunalsjef helse og omsorg (leder)\nNAV-leder",
        "leader": "Åse Bjørnstad",
        "authority": "Gruppen kan innhente opplysninger fra alle enhetene.",
        "user_participation": "Brukerrådet deltar på to møter.",
    },
    "rammer-og-oppfolging": {"resources": "20 % stilling i ett år.", "delivery": "Sluttrapport"},
}

MEMBERS = [
    {"id": "m1", "name": "Åse Bjørnstad", "unit": "Boligkontoret", "role": "Leder", "hours": 7.5},
    {"id": "m2", "name": "Per Ødegård", "unit": "NAV Bø", "role": "Medlem", "hours": 4},
    {"id": "m3", "name": "", "unit": "", "role": ""},  # blank rows are left out
    {"id": "m4", "name": "Sølvi Ærø\x00", "unit": "", "role": "Tillitsvalgt"},
]

TASKS = [
    {
        "id": "t1",
        "phase": "Forankring",
        "task": f"{SUMMARY_TEXT}\nMed rapport til styringsgruppen",
        "responsible": "Åse Bjørnstad",
        "start": "2026-02-01",
        "deadline": "2026-03-15",
        "milestone": True,
        "status": "pagar",
        "note": "Avvik: ferie; to uker, kanskje mer",
    },
    {
        "id": "t2",
        "phase": "Kartlegging",
        "task": "Intervjue leietakere",
        "responsible": "",
        "start": "",
        "deadline": "2026-04-01",
        "milestone": False,
        "status": "ikke_startet",
        "note": "",
    },
    {
        "id": "t3",
        "phase": "Analyse",
        "task": "Milepæl uten frist",
        "responsible": "Per",
        "start": "",
        "deadline": "",
        "milestone": True,
        "status": "forsinket",
        "note": "",
    },
    {
        "id": "t4",
        "phase": "Tiltak",
        "task": "Vedtak i kommunestyret\x1b",
        "responsible": "Kommunedirektøren",
        "start": "2026-09-01",
        "deadline": "2026-10-20",
        "milestone": True,
        "status": "ferdig",
        "note": "<script>alert(1)</script>",
    },
]


def full_document(tasks=TASKS):
    sections = {key: dict(data) for key, data in FIELDS.items()}
    sections["organisering"]["members"] = MEMBERS
    sections["arbeidsplan"] = {"tasks": tasks}
    versions = {"om-arbeidet": 3, "bakgrunn-og-mal": 2, "arbeidsplan": 4}
    return MandateDocument("Blå fjord 27", "b7k2q9xw", "Boligsosialt arbeid", sections, versions)


def many_tasks(count):
    return [
        {
            "id": f"t{i}",
            "phase": f"Fase {i % 6 + 1}",
            "task": f"Oppgave nummer {i} – kartlegge behov",
            "responsible": "Kari Nordmann",
            "start": "2026-02-01",
            "deadline": f"2026-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
            "milestone": i % 10 == 0,
            "status": "pagar",
            "note": "",
        }
        for i in range(count)
    ]


def read_docx(document):
    return Document(io.BytesIO(build_docx(document)))


def body(doc):
    """The document body as ("Style name", text) for paragraphs and ("table", Table)."""
    return [
        ("table", block) if isinstance(block, Table) else (block.style.name, block.text)
        for block in doc.iter_inner_content()
    ]


def table_texts(table):
    return [[cell.text for cell in row.cells] for row in table.rows]


# DOCX


def test_docx_has_title_and_one_heading_1_per_step():
    doc = read_docx(full_document())
    blocks = body(doc)
    assert blocks[0] == ("Title", "Trygg bolig for alle")
    headings = [text for style, text in blocks if style == "Heading 1"]
    assert headings == [step.title for step in EDITABLE_STEPS]
    assert headings[-1] == "Arbeidsplan"
    plan = next(p for p in doc.paragraphs if p.text == "Arbeidsplan")
    assert plan.paragraph_format.page_break_before is True


def test_docx_writes_every_filled_field_under_its_label_line_by_line():
    blocks = body(read_docx(full_document()))
    expected = []
    for step in EDITABLE_STEPS[:5]:
        expected.append(("Heading 1", step.title))
        for field in step.fields:
            value = FIELDS.get(step.key, {}).get(field.name, "")
            if field.name == "background":
                lines = CONTROL_CLEAN
            elif field.kind is DATE and value:
                lines = [date.fromisoformat(value).strftime("%d.%m.%Y")]
            else:
                lines = [line for line in value.split("\n") if line.strip()]
            if lines:
                expected.append(("Heading 2", field.label))
                expected.extend(("Normal", line) for line in lines)
            if field.name == "leader":
                expected.append(("Heading 2", "Medlemmer i arbeidsgruppen"))
                expected.append(("table", None))
    start = blocks.index(("Heading 1", "Om arbeidet"))
    end = blocks.index(("Heading 1", "Arbeidsplan"))
    actual = [(kind, None if kind == "table" else text) for kind, text in blocks[start:end]]
    assert actual == expected
    # Spot checks of what the loop above implies.
    assert ("Normal", "01.02.2026") in actual
    assert ("Normal", "  Ingen skal bo i midlertidig bolig.") in actual
    assert ("Normal", "Økt bostabilitet\tmålt årlig") in actual
    assert ("Heading 2", "Eier av arbeidet") not in actual  # empty
    assert ("Heading 2", "Delmål") not in actual  # only spaces


def test_docx_keeps_html_and_script_text_verbatim():
    document = full_document()
    data = build_docx(document)
    doc = Document(io.BytesIO(data))
    assert SCRIPT_TEXT in [p.text for p in doc.paragraphs]
    plan = doc.tables[-1]
    assert plan.rows[4].cells[7].text == "<script>alert(1)</script>"
    xml = doc.element.xml
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in xml
    assert "<script>" not in xml


def test_docx_strips_control_characters_everywhere():
    doc = read_docx(full_document())
    texts = [p.text for p in doc.paragraphs]
    assert texts[texts.index("Bakgrunn") + 1 : texts.index("Bakgrunn") + 3] == CONTROL_CLEAN
    members = doc.tables[0]
    assert members.rows[3].cells[0].text == "Sølvi Ærø"
    assert doc.tables[1].rows[4].cells[1].text == "Vedtak i kommunestyret"


def test_docx_members_table_cell_by_cell():
    doc = read_docx(full_document())
    members = doc.tables[0]
    assert members.style.name == "Table Grid"
    assert table_texts(members) == [
        ["Navn", "Enhet", "Rolle", "Timer per uke"],
        ["Åse Bjørnstad", "Boligkontoret", "Leder", "7,5"],
        ["Per Ødegård", "NAV Bø", "Medlem", "4"],
        ["Sølvi Ærø", "", "Tillitsvalgt", ""],
    ]
    assert all(run.bold for cell in members.rows[0].cells for run in cell.paragraphs[0].runs)
    assert not any(run.bold for cell in members.rows[1].cells for run in cell.paragraphs[0].runs)


def test_docx_work_plan_table_cell_by_cell():
    doc = read_docx(full_document())
    assert len(doc.tables) == 2
    plan = doc.tables[1]
    assert plan.style.name == "Table Grid"
    assert table_texts(plan) == [
        ["Fase", "Oppgave", "Ansvarlig", "Start", "Frist", "Milepæl", "Status", "Merknad"],
        [
            "Forankring",
            f"{SUMMARY_TEXT}\nMed rapport til styringsgruppen",
            "Åse Bjørnstad",
            "01.02.2026",
            "15.03.2026",
            "Ja",
            "Pågår",
            "Avvik: ferie; to uker, kanskje mer",
        ],
        ["Kartlegging", "Intervjue leietakere", "", "", "01.04.2026", "", "Ikke startet", ""],
        ["Analyse", "Milepæl uten frist", "Per", "", "", "Ja", "Forsinket", ""],
        [
            "Tiltak",
            "Vedtak i kommunestyret",
            "Kommunedirektøren",
            "01.09.2026",
            "20.10.2026",
            "Ja",
            "Ferdig",
            "<script>alert(1)</script>",
        ],
    ]
    header = plan.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None  # repeats on every page
    assert all(cell.paragraphs[0].runs[0].bold for cell in header.cells)


def test_docx_header_footer_and_properties():
    doc = read_docx(full_document())
    section = doc.sections[0]
    assert section.header.paragraphs[0].text == "Bø kommune – Trygg bolig for alle – versjon 9"
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith("Side ")
    instructions = [el.text.strip() for el in footer._p.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    props = doc.core_properties
    assert props.title == "Trygg bolig for alle"
    assert props.language == "nb-NO"
    lang = doc.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert lang.get(qn("w:val")) == "nb-NO"
    assert "Boligsosialt arbeid · Utkast «Blå fjord 27», versjon 9" in [
        p.text for p in doc.paragraphs
    ]


def test_docx_of_an_empty_document():
    doc = read_docx(MandateDocument("Grønn vik 12", "x1", "", {}))
    blocks = body(doc)
    assert blocks[0] == ("Title", "Grønn vik 12")
    assert doc.tables == []
    for step in EDITABLE_STEPS[:5]:
        index = blocks.index(("Heading 1", step.title))
        assert blocks[index + 1] == ("Normal", "Ikke fylt ut.")
    assert blocks[-2:] == [("Heading 1", "Arbeidsplan"), ("Normal", "Ingen oppgaver er lagt inn.")]
    assert doc.sections[0].header.paragraphs[0].text == "Grønn vik 12 – versjon 1"


def test_docx_with_200_tasks():
    doc = read_docx(full_document(many_tasks(200)))
    plan = doc.tables[1]
    assert len(plan.rows) == 201
    assert [cell.text for cell in plan.rows[200].cells] == [
        "Fase 2",
        "Oppgave nummer 199 – kartlegge behov",
        "Kari Nordmann",
        "01.02.2026",
        "04.08.2026",
        "",
        "Pågår",
        "",
    ]


# CSV


def read_csv(document):
    data = build_csv(document)
    return data, list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_csv_has_bom_crlf_and_the_work_plan_rows():
    data, rows = read_csv(full_document())
    assert data.startswith(b"\xef\xbb\xbfFase;")
    assert data.endswith(b"\r\n")
    assert rows == [
        ["Fase", "Oppgave", "Ansvarlig", "Start", "Frist", "Milepæl", "Status", "Merknad"],
        [
            "Forankring",
            f"{SUMMARY_TEXT}\nMed rapport til styringsgruppen",
            "Åse Bjørnstad",
            "2026-02-01",
            "2026-03-15",
            "Ja",
            "Pågår",
            "Avvik: ferie; to uker, kanskje mer",
        ],
        ["Kartlegging", "Intervjue leietakere", "", "", "2026-04-01", "Nei", "Ikke startet", ""],
        ["Analyse", "Milepæl uten frist", "Per", "", "", "Ja", "Forsinket", ""],
        [
            "Tiltak",
            "Vedtak i kommunestyret",
            "Kommunedirektøren",
            "2026-09-01",
            "2026-10-20",
            "Ja",
            "Ferdig",
            "<script>alert(1)</script>",
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
        ["Fase", "Oppgave", "Ansvarlig", "Start", "Frist", "Milepæl", "Status", "Merknad"]
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
