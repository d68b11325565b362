"""The mandate and its work plan as a Word document (DOCX), built with python-docx from the
`outline` every format shares.

- A4 portrait with the work plan in a landscape section of its own; the page setup, named
  styles, heading numbering (1, 1.1) and file properties are in `docx_styles`.
- Every page has a header «<kommune> – <navn på arbeidet> – <status>, versjon <n>» and a footer
  «Side X av Y» (PAGE and NUMPAGES fields); a municipality's template keeps its own header and
  footer (with its logo) where it has them.
- Tables have fixed column widths from the outline (the task column widest, dates on one line),
  a header row that repeats on every page, and rows that never split across pages.

With a municipality's template (`word_template`), the export is written into that document:
its styles, header, footer and paper are kept and its body is replaced.

All text has been through `text.clean`, so control characters are gone and HTML or script text
is written verbatim as plain text.
"""

import io
import re
from copy import deepcopy
from datetime import UTC

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from lxml import etree

from . import docx_styles as styles
from .outline import build_outline
from .word_template import open_template

W_P, W_R, W_T, W_BR, W_TAB, W_TC = (qn(f"w:{tag}") for tag in ("p", "r", "t", "br", "tab", "tc"))
XML_SPACE = qn("xml:space")
_BREAKS = re.compile(r"(\n|\t)")
ROW_HEIGHTS = {"write": Mm(9), "sign": Mm(18)}  # room to write by hand, to sign


def build_docx(document, template=None):
    """The DOCX file for a `MandateDocument`, as bytes; ``template`` is the bytes of a
    municipality's validated .docx/.dotx (see `word_template`)."""
    outline = build_outline(document)
    doc = open_template(template) if template else Document()
    from_template = template is not None
    styles.ensure_styles(doc, template=from_template)
    styles.set_properties(doc, outline, document.exported_at.astimezone(UTC), document.version)
    section = doc.sections[0]
    styles.set_page(section, template=from_template)
    if not from_template or not _has_header(section):
        _add_header_and_footer(section, outline)

    writer = _Writer(doc)
    writer.title_block(outline)
    for part in outline.parts:
        if part.landscape:
            styles.set_page(doc.add_section(WD_SECTION.NEW_PAGE), True, from_template)
        writer.part(part, doc.sections[-1])
        if part.landscape:
            styles.set_page(doc.add_section(WD_SECTION.NEW_PAGE), False, from_template)

    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _has_header(section):
    return any(p.text.strip() for p in section.header.paragraphs) or bool(
        section.header._element.findall(".//" + qn("w:drawing"))
    )


def _add_header_and_footer(section, outline):
    header = section.header.paragraphs[0]
    header.text = outline.header_line
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Side ")
    _add_field(footer, "PAGE")
    footer.add_run(" av ")
    _add_field(footer, "NUMPAGES")


def _add_field(paragraph, instruction):
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


class _Writer:
    """Paragraphs and tables with their styles looked up by name once per document.

    Looking a style up by name scans all the styles of the document every time, which costs
    python-docx about 2 ms per paragraph.
    """

    def __init__(self, doc):
        self.doc = doc
        self._ids = {}

    def style_id(self, name):
        if name not in self._ids:
            self._ids[name] = self.doc.styles[name].style_id
        return self._ids[name]

    def paragraph(self, text, style="Normal"):
        paragraph = self.doc.add_paragraph(text)
        if style != "Normal":
            paragraph._p.style = self.style_id(style)
        return paragraph

    def title_block(self, outline):
        if outline.municipality:
            self.paragraph(outline.municipality, "Subtitle")
        self.paragraph(outline.title, "Title")
        self.paragraph(outline.kind, "Subtitle")
        facts = " · ".join(f"{label}: {value}" for label, value in outline.title_facts)
        self.paragraph(facts)

    def part(self, part, section):
        self.paragraph(part.title, "Heading 1" if part.level == 1 else "Heading 2")
        for block in part.blocks:
            if isinstance(block, str):
                self.paragraph(block)
            else:
                self.table(block, styles.text_width(section))

    def table(self, spec, width):
        """A table with fixed column widths, built from one prepared row.

        python-docx's row and cell objects cost over a millisecond per row, which adds up for
        a work plan of hundreds of tasks. So python-docx builds the table with one row, which is
        set up once (widths, styles, no-wrap cells) and copied for every row, with the text
        written straight into the XML.
        """
        table = self.doc.add_table(rows=1, cols=len(spec.columns))
        table.style = self.doc.styles["Table Grid"]
        table.autofit = False
        tbl = table._tbl
        widths = [int(width * column.width) for column in spec.columns]
        _fixed_layout(tbl, sum(widths))
        for grid_col, value in zip(tbl.tblGrid.iterchildren(qn("w:gridCol")), widths, strict=True):
            grid_col.set(qn("w:w"), str(_twips(value)))
        template = tbl.tr_lst[0]
        _cant_split(template)
        text_style = self.style_id(styles.TABLE_TEXT)
        for tc, column, value in zip(template.tc_lst, spec.columns, widths, strict=True):
            tc.get_or_add_tcPr().get_or_add_tcW().set(qn("w:w"), str(_twips(value)))
            tc.tcPr.tcW.set(qn("w:type"), "dxa")
            if column.nowrap:
                tc.tcPr.append(OxmlElement("w:noWrap"))
            tc.find(W_P).style = text_style
        if spec.header:
            header = deepcopy(template)
            header.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
            heading_style = self.style_id(styles.TABLE_HEADING)
            for tc, column in zip(header.iterchildren(W_TC), spec.columns, strict=True):
                paragraph = tc.find(W_P)
                paragraph.style = heading_style
                _write_run(paragraph, column.label)
            template.addprevious(header)
        for row in spec.rows:
            tr = (
                self._group_row(template, row.group, len(widths))
                if row.group
                else deepcopy(template)
            )
            if row.space:
                _row_height(tr, ROW_HEIGHTS[row.space])
            for tc, value in zip(tr.iterchildren(W_TC), row.cells, strict=False):
                if value:
                    _write_run(tc.find(W_P), value)
            tbl.append(tr)
        tbl.remove(template)
        return table

    def _group_row(self, template, label, count):
        """A row across all columns naming the phase, kept on the page with its first task."""
        tr = deepcopy(template)
        cells = list(tr.iterchildren(W_TC))
        for extra in cells[1:]:
            tr.remove(extra)
        first = cells[0]
        tcpr = first.tcPr
        total = sum(int(tc.tcPr.tcW.get(qn("w:w"))) for tc in cells)
        tcpr.tcW.set(qn("w:w"), str(total))
        span = OxmlElement("w:gridSpan")
        span.set(qn("w:val"), str(count))
        tcpr.tcW.addnext(span)
        shading = OxmlElement("w:shd")
        for attr, value in (("val", "clear"), ("color", "auto"), ("fill", "E8ECF1")):
            shading.set(qn(f"w:{attr}"), value)
        tcpr.append(shading)
        for nowrap in tcpr.findall(qn("w:noWrap")):
            tcpr.remove(nowrap)
        paragraph = first.find(W_P)
        paragraph.style = self.style_id(styles.TABLE_HEADING)  # bold, keep with next
        _write_run(paragraph, label)
        return tr


def _twips(length):
    return int(length / 635)  # EMU → twentieths of a point


def _fixed_layout(tbl, width):
    """The table's width (``table.autofit = False`` has made its layout fixed)."""
    tblw = tbl.tblPr.find(qn("w:tblW"))
    tblw.set(qn("w:w"), str(_twips(width)))
    tblw.set(qn("w:type"), "dxa")


def _cant_split(tr):
    tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _row_height(tr, height):
    element = OxmlElement("w:trHeight")
    element.set(qn("w:val"), str(_twips(height)))
    element.set(qn("w:hRule"), "atLeast")
    tr.get_or_add_trPr().append(element)


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
