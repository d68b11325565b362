"""What the group typed comes back, exactly, in Word, OpenDocument, PDF/A, CSV, iCalendar and
the print view."""

import csv
import io

import pytest
from docx import Document
from icalendar import Calendar
from odfdo import Document as OdfDocument
from pypdf import PdfReader

from mandates.sections import MEMBERS, TASKS
from tests.mandates.conftest import post_step, section, table_payload

BACKGROUND = "Kommunen har økt behov for samordning.\nÆrlig talt: ÅPNE spørsmål om «bustad»."
MEMBERS_ROWS = [
    {"id": "m1", "name": "Åse Ødegård", "unit": "NAV Stord", "role": "Leder", "hours": 7.5},
    {"id": "m2", "name": "Bjørn Æsøy", "unit": "Helse og omsorg", "role": "Medlem", "hours": 2},
]


@pytest.fixture
def filled(editor, draft):
    post_step(
        editor,
        draft,
        1,
        {
            "municipality": "Stord",
            "work_name": "Bustad for alle – «samordning» på tvers",
            "commissioner": "Kommunedirektøren",
            "planned_start": "2027-01-04",
            "planned_end": "2027-09-30",
        },
    )
    post_step(
        editor,
        draft,
        2,
        {"background": BACKGROUND + "\x07\x00", "purpose": "<script>alert('x')</script>"},
    )
    post_step(editor, draft, 4, {"leader": "Åse", **table_payload(MEMBERS, MEMBERS_ROWS)})
    rows = section(draft, "arbeidsplan").data["tasks"]
    rows[0] = {**rows[0], "deadline": "2027-02-15", "milestone": True, "note": "Avvik; forsinket"}
    rows[1] = {**rows[1], "start": "2027-01-10", "deadline": "2027-03-01", "status": "pagar"}
    assert post_step(editor, draft, 6, table_payload(TASKS, rows)).status_code == 303
    return draft


def download(client, draft, kind):
    response = client.get(f"/veiviser/{draft.public_id}/eksport/{kind}/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment; filename=")
    return response


def test_docx_round_trip(editor, filled):
    response = download(editor, filled, "word")
    assert "bustad-for-alle" in response["Content-Disposition"]
    doc = Document(io.BytesIO(response.getvalue()))
    paragraphs = [p.text for p in doc.paragraphs]
    text = "\n".join(paragraphs)
    assert paragraphs[:3] == [
        "Stord",
        "Bustad for alle – «samordning» på tvers",
        "Mandat og arbeidsplan",
    ]
    assert filled.name not in text  # the draft's nickname is not the document's name
    # Norwegian letters intact, each line its own paragraph, control characters gone.
    for line in BACKGROUND.split("\n"):
        assert line in paragraphs
    assert "\x07" not in text and "\x00" not in text
    assert "<script>alert('x')</script>" in paragraphs  # text, exactly as typed
    header = doc.sections[0].header.paragraphs[0].text
    version = sum(s.version for s in filled.sections.all())
    assert header == f"Stord – Bustad for alle – «samordning» på tvers – Utkast, versjon {version}"
    assert doc.core_properties.author == "Stord"
    facts, members, plan, approval, changes, distribution = doc.tables
    assert [[c.text for c in row.cells] for row in members.rows] == [
        ["Navn", "Enhet", "Rolle", "Timer per uke"],
        ["Åse Ødegård", "NAV Stord", "Leder", "7,5"],
        ["Bjørn Æsøy", "Helse og omsorg", "Medlem", "2"],
    ]
    tasks = section(filled, "arbeidsplan").data["tasks"]
    task_rows = [[c.text for c in row.cells] for row in plan.rows if row.cells[0].text.isdigit()]
    assert len(task_rows) == len(tasks)
    first = task_rows[0]
    assert first[1] == tasks[0]["task"] and first[4] == "15.02.2027" and first[5] == "Ja"
    assert first[7] == "Avvik; forsinket"
    assert task_rows[1][6] == "Pågår"
    # The change log is read from the revisions: one line per day and person so far.
    log = [[c.text for c in row.cells] for row in changes.rows]
    assert log[1][0] == f"1–{version}" and log[1][2] == ""  # no names recorded yet
    assert "Om arbeidet" in log[1][3] and "Arbeidsplan" in log[1][3]
    assert [c.text for c in distribution.rows[1].cells] == ["Kommunedirektøren", "Oppdragsgiver"]


def test_odt_and_pdf_downloads(editor, filled):
    odt = download(editor, filled, "odt")
    assert odt["Content-Type"] == "application/vnd.oasis.opendocument.text"
    assert odt["Content-Disposition"].endswith('.odt"')
    document = OdfDocument(io.BytesIO(odt.getvalue()))
    assert document.meta.get_title() == "Bustad for alle – «samordning» på tvers"
    assert "Åse Ødegård" in document.body.text_recursive
    pdf = download(editor, filled, "pdf")
    assert pdf["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(pdf.getvalue()))
    assert 'pdfaid:part="2"' in reader.xmp_metadata.rdf_root.toxml()
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Bustad for alle – «samordning» på tvers" in text
    assert "Ærlig talt: ÅPNE spørsmål om «bustad»." in text


def test_csv_parses_with_the_plan(editor, filled):
    response = download(editor, filled, "csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig")), delimiter=";"))
    tasks = section(filled, "arbeidsplan").data["tasks"]
    assert rows[0][:3] == ["Fase", "Oppgave", "Ansvarlig"]
    assert len(rows) == len(tasks) + 1
    assert rows[1][1] == tasks[0]["task"] and rows[1][4] == "2027-02-15"
    assert rows[1][5] == "Ja" and rows[1][7] == "Avvik; forsinket"


def test_ics_parses_with_the_milestones(editor, filled):
    response = download(editor, filled, "kalender")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.getvalue())
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    task = section(filled, "arbeidsplan").data["tasks"][0]["task"].split("\n")[0]
    milestone = events[f"Milepæl: {task}"]
    assert milestone.decoded("DTSTART").isoformat() == "2027-02-15"
    assert len([s for s in events if s.startswith("Milepæl")]) == 1
    assert any(s.startswith("Oppstart") for s in events)


def test_print_view_is_only_the_document(editor, filled):
    response = editor.get(f"/veiviser/{filled.public_id}/utskrift/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert '<h1 id="dokumenttittel">Bustad for alle – «samordning» på tvers</h1>' in html
    assert "Åse Ødegård" in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "mandates/document.css" in html
    # No portal chrome: no site header, navigation, footer or the portal's stylesheets.
    for chrome in (
        "portal-header",
        "portal-footer",
        "portal-nav",
        "designsystemet",
        "css/portal.css",
    ):
        assert chrome not in html
    assert "mandate-doc__part--landscape" in html  # the work plan gets landscape pages
    assert html.count("<h2") == 9  # six steps, approval, change log, distribution


def test_readers_can_export_too(reader, filled):
    assert download(reader, filled, "word").getvalue()[:2] == b"PK"


def test_exports_never_break_on_any_stored_text(editor, draft):
    """Old or imported data may hold what a form would refuse; the exports must still work."""
    weird = 'Tekst\x01 med \x1b[31m kontroll\ufffe tegn, "sitater"; komma, og\r\nlinjer =SUM(A1)'
    for key in ("om-arbeidet", "bakgrunn-og-mal", "organisering", "arbeidsplan"):
        s = section(draft, key)
        data = {name: weird for name in ("work_name", "municipality", "background", "leader")}
        data["members"] = [{"name": weird, "unit": None, "role": 5}]
        data["tasks"] = [
            {"task": weird, "deadline": "ikke en dato", "milestone": True, "status": "???"},
            {"task": weird, "deadline": "2027-13-45", "milestone": "ja"},
        ]
        s.data = data
        s.save()
    for kind in ("word", "odt", "pdf", "csv", "kalender"):
        assert download(editor, draft, kind).getvalue()
    assert editor.get(f"/veiviser/{draft.public_id}/utskrift/").status_code == 200
    assert editor.get(f"/veiviser/{draft.public_id}/steg/7/").status_code == 200
    for number in range(1, 7):
        assert editor.get(f"/veiviser/{draft.public_id}/steg/{number}/").status_code == 200
