"""The mandate and its work plan as a Word document (DOCX), built with python-docx.

Layout:

- Title: the name of the work (or the draft's name while that is empty), then a "Mandat"
  subtitle and a line with the work process and the draft's name and version.
- Every page has a header "<kommune> – <navn på arbeidet> – versjon <n>" and a footer
  "Side X av Y" (PAGE and NUMPAGES fields, which Word and LibreOffice fill in).
- Part 1, the mandate: one Heading 1 per editable step except the work plan, in the order of
  `sections.STEPS`. Under it each filled-in field gets a Heading 2 with its label and its text,
  one paragraph per line (blank lines are dropped); each field's kind writes its value (dates
  as dd.mm.yyyy). The members table (its columns from `sections.MEMBERS`) follows the field
  named by the step's `table_after`.
- Part 2, on a new page: Heading 1 "Arbeidsplan" and one table with the tasks (Fase, Oppgave,
  Ansvarlig, Start, Frist, Milepæl, Status, Merknad). Milepæl shows "Ja" or nothing.

Empty fields are left out, with no heading. A step with nothing filled in at all still gets its
heading, followed by "Ikke fylt ut.", so the document always shows the whole structure; an
empty work plan says "Ingen oppgaver er lagt inn." and an empty member list is left out.

All text is passed through `text.clean`, so control characters from old data are dropped and
everything else (HTML or script text included) is written verbatim as plain text.
"""

import io
import re
from copy import deepcopy

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from mandates.sections import EDITABLE_STEPS, MEMBERS, STEPS_BY_KEY

from .text import PLAN_COLUMNS, cell_text, clean

LANGUAGE = "nb-NO"
PLAN_STEP = "arbeidsplan"
NOT_FILLED = "Ikke fylt ut."
NO_TASKS = "Ingen oppgaver er lagt inn."

W_P, W_R, W_T, W_BR, W_TAB, W_TC = (qn(f"w:{tag}") for tag in ("p", "r", "t", "br", "tab", "tc"))
XML_SPACE = qn("xml:space")
_BREAKS = re.compile(r"(\n|\t)")


def build_docx(document):
    """The DOCX file for a `MandateDocument`, as bytes."""
    doc = Document()
    title = " ".join(clean(document.title).split()) or "Mandat"
    _set_properties(doc, document, title)
    _add_header_and_footer(doc, document, title)

    styles = _StyleIds(doc)
    styles.add(doc, title, "Title")
    styles.add(doc, "Mandat", "Subtitle")
    doc.add_paragraph(_about(document))

    for step in EDITABLE_STEPS:
        if step.key != PLAN_STEP:
            _add_step(doc, styles, step, document.sections.get(step.key) or {}, document)

    plan_heading = styles.add(doc, STEPS_BY_KEY[PLAN_STEP].title, "Heading 1")
    plan_heading.paragraph_format.page_break_before = True
    tasks = document.tasks
    if tasks:
        headings = [column.column_heading for column in PLAN_COLUMNS]
        _add_table(doc, headings, (_cells(PLAN_COLUMNS, row) for row in tasks))
    else:
        doc.add_paragraph(NO_TASKS)

    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _about(document):
    """The line under the title: work process, draft name and version."""
    name = " ".join(clean(document.name).split())
    draft = (
        f"Utkast «{name}», versjon {document.version}" if name else f"Versjon {document.version}"
    )
    process = " ".join(clean(document.process_title).split())
    return f"{process} · {draft}" if process else draft


def _set_properties(doc, document, title):
    props = doc.core_properties
    props.title = title
    props.subject = "Mandat og arbeidsplan"
    props.language = LANGUAGE
    props.author = clean(document.value("municipality")).strip()
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = "mandat; arbeidsplan"
    props.revision = document.version
    # The default language of the text, so spelling and hyphenation are Norwegian.
    lang = doc.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:val"), LANGUAGE)


def _add_header_and_footer(doc, document, title):
    section = doc.sections[0]
    parts = [clean(document.value("municipality")).strip(), title, f"versjon {document.version}"]
    section.header.paragraphs[0].text = " – ".join(part for part in parts if part)

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Side ")
    _add_page_field(footer, "PAGE")
    footer.add_run(" av ")
    _add_page_field(footer, "NUMPAGES")


def _add_page_field(paragraph, instruction):
    """A field (PAGE, NUMPAGES …) as begin/instruction/separate/result/end runs."""

    def run_with(tag, **attrs):
        run = paragraph.add_run()
        element = OxmlElement(tag)
        for name, value in attrs.items():
            element.set(qn(name), value)
        run._r.append(element)
        return element

    run_with("w:fldChar", **{"w:fldCharType": "begin"})
    instr = run_with("w:instrText", **{"xml:space": "preserve"})
    instr.text = f" {instruction} "
    run_with("w:fldChar", **{"w:fldCharType": "separate"})
    paragraph.add_run("1")
    run_with("w:fldChar", **{"w:fldCharType": "end"})


class _StyleIds:
    """Paragraph styles looked up by name once per document.

    Looking a style up by name scans all the styles of the document every time, which costs
    python-docx about 2 ms per `add_heading`.
    """

    def __init__(self, doc):
        self._styles = doc.styles
        self._ids = {}

    def add(self, doc, text, style_name):
        if style_name not in self._ids:
            self._ids[style_name] = self._styles[style_name].style_id
        paragraph = doc.add_paragraph(text)
        paragraph._p.style = self._ids[style_name]
        return paragraph


def _add_step(doc, styles, step, data, document):
    styles.add(doc, step.title, "Heading 1")
    wrote = False
    for field in step.fields:
        wrote = _add_field_text(doc, styles, field, data.get(field.name)) or wrote
        if step.table is not None and step.table_after == field.name:
            wrote = _add_members(doc, styles, step, document) or wrote
    if step.table is not None and not step.table_after:
        wrote = _add_members(doc, styles, step, document) or wrote
    if not wrote:
        doc.add_paragraph(NOT_FILLED)


def _add_field_text(doc, styles, field, value):
    text = clean(field.kind.text(value))
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return False
    styles.add(doc, field.label, "Heading 2")
    for line in lines:
        doc.add_paragraph(line)
    return True


def _add_members(doc, styles, step, document):
    if step.table is not MEMBERS:
        return False
    members = document.members
    if not members:
        return False
    styles.add(doc, MEMBERS.label, "Heading 2")
    rows = (_cells(MEMBERS.columns, row) for row in members)
    _add_table(doc, [column.column_heading for column in MEMBERS.columns], rows)
    return True


def _cells(columns, row):
    """A row's cells as each column's kind writes them (dates dd.mm.yyyy, "Ja", labels)."""
    return [cell_text(column, row.get(column.name)) for column in columns]


def _add_table(doc, headings, rows):
    """A "Table Grid" table with a bold header row that repeats on every page.

    python-docx's row and cell objects cost over a millisecond per row, which adds up for a
    work plan of hundreds of tasks. So python-docx builds the table with its header and one empty
    row, and each data row is a copy of that empty row (its cells already have their widths and
    an empty paragraph) with the text written straight into the XML.
    """
    table = doc.add_table(rows=2, cols=len(headings))
    table.style = "Table Grid"
    header, blank = table.rows
    header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for cell, heading in zip(header.cells, headings, strict=True):
        cell.paragraphs[0].add_run(heading).bold = True
    template = blank._tr
    tbl = table._tbl
    for values in rows:
        tr = deepcopy(template)
        for tc, value in zip(tr.iterchildren(W_TC), values, strict=True):
            if value:
                _write_run(tc.find(W_P), value)
        tbl.append(tr)
    tbl.remove(template)
    return table


def _write_run(p, text):
    """Append a run with `text` to the paragraph element `p` (line breaks and tabs kept)."""
    run = etree.SubElement(p, W_R)
    for piece in _BREAKS.split(text):
        if piece == "\n":
            etree.SubElement(run, W_BR)
        elif piece == "\t":
            etree.SubElement(run, W_TAB)
        elif piece:
            t = etree.SubElement(run, W_T)
            t.set(XML_SPACE, "preserve")
            t.text = piece
