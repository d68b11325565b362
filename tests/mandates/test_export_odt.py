"""The OpenDocument export read back with odfdo: the same structure as the Word document (A4,
landscape pages for the work plan, numbered headings, tables that fit, approval block, change
log, distribution list) and real document properties. No database."""

import io
from datetime import UTC, date, datetime

from odfdo import Document

from mandates.exports.odt import build_odt
from mandates.record import Change
from mandates.sections import EDITABLE_STEPS
from tests.mandates.samples import CONTROL_CLEAN, SCRIPT_TEXT, full_document, many_tasks

EXPORTED = datetime(2026, 5, 4, 12, 30, tzinfo=UTC)


def read(document):
    document.exported_at = EXPORTED
    return Document(io.BytesIO(build_odt(document)))


def attr(element, name):
    return element.get_attribute(name)


def text(element):
    """The text of an element, its paragraphs joined by line breaks (odfdo ends each one)."""
    return element.text_recursive.rstrip("\n")


def headings(doc):
    return [(int(attr(h, "text:outline-level")), text(h)) for h in doc.body.get_headers()]


def table(doc, name):
    found = doc.body.get_table(name=name)
    assert found is not None, name
    return found


def rows(found):
    return [
        [text(cell) for cell in row.get_elements("table:table-cell")] for row in found.traverse()
    ]


def page(doc, master_name):
    master = doc.get_style("master-page", master_name)
    layout = doc.get_style("page-layout", attr(master, "style:page-layout-name"))
    props = layout.get_element("style:page-layout-properties")
    return attr(props, "fo:page-width"), attr(props, "fo:page-height"), master


def test_pages_are_a4_and_the_work_plan_has_landscape_pages():
    doc = read(full_document())
    width, height, standard = page(doc, "Standard")
    assert (width, height) == ("21cm", "29.7cm")
    width, height, _ = page(doc, "Liggende")
    assert (width, height) == ("29.7cm", "21cm")
    # The work plan's heading starts the landscape pages; the next part goes back to portrait.
    styles = {text(h): attr(h, "text:style-name") for h in doc.body.get_headers()}
    assert attr(doc.get_style("paragraph", styles["Arbeidsplan"]), "style:master-page-name") == (
        "Liggende"
    )
    assert attr(doc.get_style("paragraph", styles["Godkjenning"]), "style:master-page-name") == (
        "Standard"
    )
    # Every page: the header line and «Side X av Y».
    header = text(standard.get_element("style:header"))
    assert header == "Bø kommune – Trygg bolig for alle – Utkast, versjon 9"
    footer = standard.get_element("style:footer")
    assert footer.get_element(".//text:page-number") is not None
    assert footer.get_element(".//text:page-count") is not None


def test_headings_are_numbered_1_and_1_1_by_the_outline():
    doc = read(full_document())
    found = headings(doc)
    level1 = [text for level, text in found if level == 1]
    assert level1 == [
        *(step.title for step in EDITABLE_STEPS),
        "Godkjenning",
        "Endringslogg",
        "Distribusjon",
    ]
    assert [text for level, text in found if level == 2][:3] == ["Bakgrunn", "Formål", "Hovedmål"]
    outline = doc.get_style("outline", "Outline")
    levels = {
        attr(lv, "text:level"): (attr(lv, "style:num-format"), attr(lv, "text:display-levels"))
        for lv in outline.get_elements("text:outline-level-style")
    }
    assert levels["1"] == ("1", None) and levels["2"] == ("1", "2")
    assert all(attr(lv, "style:num-suffix") is None for lv in outline.children)  # «1», not «1.»
    h2 = next(h for h in doc.body.get_headers() if text(h) == "Bakgrunn")
    assert attr(h2, "text:style-name") == "Heading_20_2"
    assert attr(doc.get_style("paragraph", "Heading_20_2"), "style:display-name") == "Heading 2"


def test_title_block_and_properties():
    doc = read(full_document())
    paragraphs = [(attr(p, "text:style-name"), text(p)) for p in doc.body.get_paragraphs()]
    assert paragraphs[:4] == [
        ("Subtitle", "Bø kommune"),
        ("Title", "Trygg bolig for alle"),
        ("Subtitle", "Mandat og arbeidsplan"),
        ("Text_20_body", "Status: Utkast · Versjon: 9 · Dato: 04.05.2026"),
    ]
    assert "Blå fjord 27" not in doc.body.text_recursive
    meta = doc.meta
    assert meta.get_title() == "Trygg bolig for alle"
    assert meta.get_subject() == "Mandat og arbeidsplan – Boligsosialt arbeid"
    assert meta.get_initial_creator() == "Bø kommune"
    assert meta.get_creation_date() == EXPORTED.replace(tzinfo=None)
    assert meta.get_language() == "nb-NO"


def test_tables_fit_repeat_their_header_and_keep_rows_whole():
    doc = read(full_document())
    plan = table(doc, "Oppgaver i arbeidsplanen")
    widths = []
    for column in plan.get_elements("table:table-column"):
        style = doc.get_style("table-column", attr(column, "table:style-name"))
        width = attr(style.get_element("style:table-column-properties"), "style:column-width")
        widths.append(float(width.removesuffix("cm")))
    assert abs(sum(widths) - (29.7 - 2 * 1.5)) < 0.1  # the landscape page's text width
    assert widths[1] == max(widths)
    assert min(widths[3], widths[4]) >= 2.1  # a date on one line
    header = plan.get_element("table:table-header-rows")
    assert [text(c) for c in header.get_elements(".//table:table-cell")][:2] == [
        "Nr.",
        "Oppgave",
    ]
    row_styles = {attr(r, "table:style-name") for r in plan.get_elements(".//table:table-row")}
    for name in row_styles:
        props = doc.get_style("table-row", name).get_element("style:table-row-properties")
        assert attr(props, "fo:keep-together") == "always"
    body_rows = rows(plan)
    assert body_rows[1] == ["Forankring"]  # the phase, spanning the row
    assert body_rows[2][0] == "1" and body_rows[2][3:6] == ["01.02.2026", "15.03.2026", "Ja"]
    assert body_rows[-1][7] == "<script>alert(1)</script>"


def test_text_line_by_line_with_norwegian_letters():
    doc = read(full_document())
    paragraphs = [text(p) for p in doc.body.get_paragraphs()]
    start = paragraphs.index(CONTROL_CLEAN[0])
    assert paragraphs[start : start + 2] == CONTROL_CLEAN
    assert SCRIPT_TEXT in paragraphs
    assert "  Ingen skal bo i midlertidig bolig." in paragraphs
    assert rows(table(doc, "Medlemmer i arbeidsgruppen"))[1:] == [
        ["Åse Bjørnstad", "Boligkontoret", "Leder", "7,5"],
        ["Per Ødegård", "NAV Bø", "Medlem", "4"],
        ["Sølvi Ærø", "", "Tillitsvalgt", ""],
    ]


def test_approval_block_change_log_and_distribution():
    document = full_document()
    document.changes = [Change(1, 4, date(2026, 1, 12), "Kari Nordmann", "Om arbeidet")]
    doc = read(document)
    approval = table(doc, "Godkjenning")
    assert rows(approval) == [
        ["Vedtatt av", ""],
        ["Dato", ""],
        ["Saksnummer", "2026/117"],
        ["Signatur", ""],
    ]
    assert attr(approval.get_elements(".//table:table-row")[-1], "table:style-name") == (
        "Rad_signatur"
    )
    changes = rows(table(doc, "Endringslogg"))
    assert changes[1:] == [
        ["1–4", "12.01.2026", "Kari Nordmann", "Om arbeidet"],
        ["", "", "", ""],
        ["", "", "", ""],
    ]
    distribution = rows(table(doc, "Distribusjon"))
    assert distribution[1] == ["Kommunedirektøren", "Oppdragsgiver"]


def test_200_tasks():
    doc = read(full_document(many_tasks(200)))
    plan = rows(table(doc, "Oppgaver i arbeidsplanen"))
    tasks = [row for row in plan if row and row[0].isdigit()]
    assert len(tasks) == 200
    assert tasks[-1][1] == "Oppgave nummer 199 – kartlegge behov"
