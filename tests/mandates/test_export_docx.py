"""The Word export read back with python-docx: A4 with a landscape section for the work plan,
numbered heading styles, the title block, real properties, tables that fit, the approval
block, the change log and the distribution list. No database."""

import io
from datetime import UTC, date, datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.table import Table

from mandates.document import MandateDocument
from mandates.exports import build_docx
from mandates.record import Approval, Change
from mandates.sections import EDITABLE_STEPS
from tests.mandates.samples import (
    CONTROL_CLEAN,
    SCRIPT_TEXT,
    SUMMARY_TEXT,
    full_document,
    many_tasks,
)

EXPORTED = datetime(2026, 5, 4, 12, 30, tzinfo=UTC)


def read(document):
    return Document(io.BytesIO(build_docx(document)))


def blocks(doc):
    """The body as ("Style name", text) for paragraphs and ("table", Table)."""
    return [
        ("table", block) if isinstance(block, Table) else (block.style.name, block.text)
        for block in doc.iter_inner_content()
    ]


def texts(table):
    return [[cell.text for cell in row.cells] for row in table.rows]


def table_after(doc, heading):
    """The first table after the heading with this text."""
    found = False
    for style, block in blocks(doc):
        if style.startswith("Heading") and block == heading:
            found = True
        elif found and style == "table":
            return block
    raise AssertionError(f"no table after {heading!r}")


def dated(document):
    document.exported_at = EXPORTED
    return document


def test_pages_are_a4_and_the_work_plan_is_a_landscape_section():
    doc = read(full_document())
    portrait, plan, after = doc.sections
    for section in (portrait, after):
        assert section.orientation == WD_ORIENT.PORTRAIT
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert plan.orientation == WD_ORIENT.LANDSCAPE
    assert (round(plan.page_width.mm), round(plan.page_height.mm)) == (297, 210)
    # The landscape section holds the work plan and nothing else.
    body = blocks(doc)
    plan_heading = body.index(("Heading 1", "Arbeidsplan"))
    assert body[plan_heading + 1][0] == "table"
    assert plan.start_type == 2  # WD_SECTION.NEW_PAGE
    # The header and footer are the first section's, shown on every page.
    assert plan.header.is_linked_to_previous and after.header.is_linked_to_previous


def test_headings_use_named_styles_numbered_1_and_1_1():
    doc = read(full_document())
    body = blocks(doc)
    level1 = [text for style, text in body if style == "Heading 1"]
    assert level1 == [
        *(step.title for step in EDITABLE_STEPS),
        "Godkjenning",
        "Endringslogg",
        "Distribusjon",
    ]
    level2 = [text for style, text in body if style == "Heading 2"]
    assert level2[:3] == ["Bakgrunn", "Formål", "Hovedmål"]
    assert "Medlemmer i arbeidsgruppen" in level2
    assert "Delmål" not in level2  # only spaces: left out
    # The numbers live in the styles (a list bound to Heading 1 and 2), so a municipality's
    # template restyles them and they follow any change of order.
    numbering = doc.part.numbering_part.element
    formats = {}
    for name in ("Heading 1", "Heading 2"):
        style = doc.styles[name]
        num_id = style.element.pPr.numPr.numId.val
        level = style.element.pPr.numPr.ilvl.val
        num = next(n for n in numbering.findall(qn("w:num")) if n.numId == num_id)
        abstract_id = num.abstractNumId.val
        abstract = next(
            a
            for a in numbering.findall(qn("w:abstractNum"))
            if int(a.get(qn("w:abstractNumId"))) == abstract_id
        )
        lvl = next(lv for lv in abstract.findall(qn("w:lvl")) if int(lv.get(qn("w:ilvl"))) == level)
        assert lvl.find(qn("w:pStyle")).get(qn("w:val")) == style.style_id
        formats[name] = lvl.find(qn("w:lvlText")).get(qn("w:val"))
    assert formats == {"Heading 1": "%1", "Heading 2": "%1.%2"}
    assert all(doc.styles[name].paragraph_format.keep_with_next for name in formats)


def test_title_block_names_the_work_never_the_drafts_nickname():
    doc = read(dated(full_document()))
    body = blocks(doc)
    assert body[:4] == [
        ("Subtitle", "Bø kommune"),
        ("Title", "Trygg bolig for alle"),
        ("Subtitle", "Mandat og arbeidsplan"),
        ("Normal", "Status: Utkast · Versjon: 9 · Dato: 04.05.2026"),
    ]
    everything = doc.element.xml + doc.sections[0].header._element.xml
    assert "Blå fjord 27" not in everything  # the draft's nickname
    header = doc.sections[0].header.paragraphs[0].text
    assert header == "Bø kommune – Trygg bolig for alle – Utkast, versjon 9"
    footer = doc.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("Side ")
    assert [el.text.strip() for el in footer._p.iter(qn("w:instrText"))] == ["PAGE", "NUMPAGES"]


def test_document_properties_are_real():
    doc = read(dated(full_document()))
    props = doc.core_properties
    assert props.title == "Trygg bolig for alle"
    assert props.subject == "Mandat og arbeidsplan – Boligsosialt arbeid"
    assert props.author == "Bø kommune"
    assert props.last_modified_by == "Bø kommune"
    assert props.created == EXPORTED
    assert props.modified == EXPORTED
    assert props.language == "nb-NO"
    assert props.content_status == "Utkast"
    assert props.revision == 9
    lang = doc.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert lang.get(qn("w:val")) == "nb-NO"
    # python-docx's default template carries a thumbnail of another document.
    assert not any(rel.reltype.endswith("/thumbnail") for rel in doc.part.package.rels.values())


def test_work_plan_table_fits_the_landscape_page():
    doc = read(full_document())
    plan = table_after(doc, "Arbeidsplan")
    assert texts(plan)[0] == [
        "Nr.",
        "Oppgave",
        "Ansvarlig",
        "Start",
        "Frist",
        "Milepæl",
        "Status",
        "Merknad",
        "Ferdig",
    ]
    tbl = plan._tbl
    assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    widths = [int(col.get(qn("w:w"))) for col in tbl.tblGrid.findall(qn("w:gridCol"))]
    section = doc.sections[1]
    text_width = (section.page_width - section.left_margin - section.right_margin) // 635
    assert text_width - 20 <= sum(widths) <= text_width  # the whole width, never wider
    assert widths[1] == max(widths)  # the task column is the widest
    # A date (dd.mm.yyyy in 9 pt) is about 17 mm; with the cell's margins it needs 21 mm.
    assert min(widths[3], widths[4]) >= Mm(21).twips
    rows = tbl.tr_lst
    assert rows[0].trPr.find(qn("w:tblHeader")) is not None  # repeats on every page
    assert all(tr.trPr.find(qn("w:cantSplit")) is not None for tr in rows)  # rows stay whole
    first_task = next(tr for tr in rows[1:] if len(tr.tc_lst) == 9)
    assert all(tc.tcPr.find(qn("w:noWrap")) is not None for tc in first_task.tc_lst[3:5])
    assert doc.styles["Tabelltekst"].type == 1  # a paragraph style of its own


def test_work_plan_rows_are_grouped_by_phase():
    doc = read(full_document())
    rows = texts(table_after(doc, "Arbeidsplan"))
    assert rows[1] == ["Forankring"] * 9  # a phase row spans all columns
    assert rows[2] == [
        "1",
        f"{SUMMARY_TEXT}\nMed rapport til styringsgruppen",
        "Åse Bjørnstad",
        "01.02.2026",
        "15.03.2026",
        "Ja",
        "Pågår",
        "Avvik: ferie; to uker, kanskje mer",
        "",
    ]
    assert rows[4] == [
        "2",
        "Intervjue leietakere",
        "",
        "",
        "01.04.2026",
        "",
        "Ikke startet",
        "",
        "",
    ]
    assert [row[0] for row in rows[1:]] == [
        "Forankring",
        "1",
        "Kartlegging",
        "2",
        "Analyse",
        "3",
        "Tiltak",
        "4",
    ]
    assert rows[-1][1] == "Vedtak i kommunestyret"  # \x1b dropped
    assert rows[-1][7] == "<script>alert(1)</script>"
    group = table_after(doc, "Arbeidsplan")._tbl.tr_lst[1]
    assert group.tc_lst[0].tcPr.find(qn("w:gridSpan")).get(qn("w:val")) == "9"


def test_mandate_text_line_by_line_with_norwegian_letters_and_verbatim_markup():
    doc = read(full_document())
    paragraphs = [p.text for p in doc.paragraphs]
    start = paragraphs.index("Bakgrunn")
    assert paragraphs[start + 1 : start + 3] == CONTROL_CLEAN
    assert SCRIPT_TEXT in paragraphs
    assert "  Ingen skal bo i midlertidig bolig." in paragraphs
    assert "Økt bostabilitet\tmålt årlig" in paragraphs
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in doc.element.xml
    members = table_after(doc, "Medlemmer i arbeidsgruppen")
    assert texts(members) == [
        ["Navn", "Enhet", "Rolle", "Timer per uke"],
        ["Åse Bjørnstad", "Boligkontoret", "Leder", "7,5"],
        ["Per Ødegård", "NAV Bø", "Medlem", "4"],
        ["Sølvi Ærø", "", "Tillitsvalgt", ""],
    ]
    facts = table_after(doc, "Om arbeidet")
    assert texts(facts) == [
        ["Oppdragsgiver", "Kommunedirektøren"],
        ["Saksnummer", "2026/117"],
        ["Planlagt start", "01.02.2026"],
        ["Planlagt slutt", "30.06.2027"],
    ]


def test_approval_block_has_lines_to_fill_in_by_hand():
    doc = read(full_document())
    approval = table_after(doc, "Godkjenning")
    assert texts(approval) == [
        ["Vedtatt av", ""],
        ["Dato", ""],
        ["Saksnummer", "2026/117"],  # the case number the group wrote down
        ["Signatur", ""],
    ]
    heights = [tr.trPr.find(qn("w:trHeight")) for tr in approval._tbl.tr_lst]
    assert all(h is not None and h.get(qn("w:hRule")) == "atLeast" for h in heights)
    assert int(heights[-1].get(qn("w:val"))) >= Mm(15).twips  # room for a signature


def test_an_approved_document_says_so_everywhere():
    document = dated(full_document())
    document.approval = Approval("Styringsgruppen", date(2026, 6, 2), "2026/200", version=2)
    doc = read(document)
    assert texts(table_after(doc, "Godkjenning"))[:3] == [
        ["Vedtatt av", "Styringsgruppen"],
        ["Dato", "02.06.2026"],
        ["Saksnummer", "2026/200"],
    ]
    assert ("Normal", "Status: Godkjent · Versjon: 2 · Dato: 02.06.2026") in blocks(doc)
    assert "Godkjent versjon 2 er godkjent." not in [p.text for p in doc.paragraphs]
    assert "Godkjent versjon 2." in [p.text for p in doc.paragraphs]
    assert doc.sections[0].header.paragraphs[0].text.endswith("Godkjent, versjon 2")
    assert doc.core_properties.content_status == "Godkjent"


def test_change_log_lists_what_is_recorded_and_blank_rows():
    document = full_document()
    document.changes = [
        Change(1, 4, date(2026, 1, 12), "Kari Nordmann", "Om arbeidet"),
        Change(5, 5, date(2026, 1, 13), "", "Arbeidsplan"),
    ]
    rows = texts(table_after(read(document), "Endringslogg"))
    assert rows == [
        ["Versjon", "Dato", "Av", "Hva"],
        ["1–4", "12.01.2026", "Kari Nordmann", "Om arbeidet"],
        ["5", "13.01.2026", "", "Arbeidsplan"],
        ["", "", "", ""],
        ["", "", "", ""],
    ]


def test_distribution_list_names_who_the_draft_names():
    rows = texts(table_after(read(full_document()), "Distribusjon"))
    assert rows[0] == ["Mottaker", "Rolle"]
    assert rows[1:6] == [
        ["Kommunedirektøren", "Oppdragsgiver"],
        ["Kommunalsjef helse og omsorg (leder)", "Styringsgruppen"],
        ["NAV-leder", "Styringsgruppen"],
        ["Åse Bjørnstad", "Arbeidsgruppen: Leder – Boligkontoret"],
        ["Per Ødegård", "Arbeidsgruppen: Medlem – NAV Bø"],
    ]
    assert rows[-2:] == [["", ""], ["", ""]]


def test_an_empty_document_still_has_the_whole_structure():
    doc = read(MandateDocument("Grønn vik 12", "x1", "", {}))
    body = blocks(doc)
    assert ("Title", "Mandat") in body  # the nickname is no title
    assert "Grønn vik 12" not in doc.element.xml
    for step in EDITABLE_STEPS[:5]:
        index = body.index(("Heading 1", step.title))
        assert body[index + 1] == ("Normal", "Ikke fylt ut.")
    index = body.index(("Heading 1", "Arbeidsplan"))
    assert body[index + 1] == ("Normal", "Ingen oppgaver er lagt inn.")
    assert len(doc.sections) == 3


def test_200_tasks():
    doc = read(full_document(many_tasks(200)))
    rows = texts(table_after(doc, "Arbeidsplan"))
    tasks = [row for row in rows[1:] if row[0].isdigit()]
    assert len(tasks) == 200
    assert tasks[-1][:5] == [
        "200",
        "Oppgave nummer 199 – kartlegge behov",
        "Kari Nordmann",
        "01.02.2026",
        "04.08.2026",
    ]
