"""The mandate and its work plan as OpenDocument text (.odt), built with odfdo from the same
`outline` as the Word document, so it has the same structure:

- A4 portrait pages (master page «Standard») and landscape pages for the work plan (master
  page «Liggende»), each with the header line and «Side X av Y» in the footer;
- named styles a template or the user can restyle: «Title», «Subtitle», «Heading 1/2»
  (numbered 1 and 1.1 by the outline numbering), «Text body», «Tabelltekst» and
  «Tabelloverskrift»;
- tables with fixed column widths (the task column widest, dates on one line), a header row
  that repeats on every page and rows that are kept whole on one page;
- document properties: title, subject, initial creator (the municipality), creation date (the
  export time) and language.

The body is written as ODF XML in one string (escaped here) and parsed once: odfdo's element
objects cost about as much per cell as python-docx's, which adds up for hundreds of tasks.
"""

import io
import re
from datetime import UTC
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from lxml import etree
from odfdo import Document, Element

from .outline import build_outline

LANGUAGE, COUNTRY = "nb", "NO"
STYLES_FILE = Path(__file__).with_name("odt_styles.xml")
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
PORTRAIT_WIDTH = 21 - 2 * 2.2  # cm of text between the margins (odt_styles.xml, Mpm1)
LANDSCAPE_WIDTH = 29.7 - 2 * 1.5  # (Mpm2)
_SPACES = re.compile(r"  +|\t|\n")
_FIRST_TAG = re.compile(r"^<[\w:-]+")

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)


def build_odt(document):
    """The ODT file for a `MandateDocument`, as bytes."""
    outline = build_outline(document)
    doc = Document("text")
    _set_meta(doc, outline, document)
    _set_styles(doc, outline)
    body = doc.body
    body.clear()
    xml = [_title_block(outline)]
    previous_landscape = False
    automatic = []  # the tables' column styles, for content.xml
    for index, part in enumerate(outline.parts):
        master = ""
        if part.landscape:
            master = "Liggende"
        elif previous_landscape:
            master = "Standard"
        previous_landscape = part.landscape
        xml.append(_heading(part, master))
        width = LANDSCAPE_WIDTH if part.landscape else PORTRAIT_WIDTH
        for number, block in enumerate(part.blocks):
            if isinstance(block, str):
                xml.append(f'<text:p text:style-name="Text_20_body">{_text(block)}</text:p>')
            else:
                xml.append(_table(block, width, f"T{index}_{number}", automatic))
    for style in automatic:
        doc.insert_style(
            Element.from_tag(_FIRST_TAG.sub(rf"\g<0> {NS}", style, count=1)), automatic=True
        )
    fragment = Element.from_tag(f"<office:text {NS}>{''.join(xml)}</office:text>")
    for child in fragment.children:
        body.append(child)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _set_meta(doc, outline, document):
    meta = doc.meta
    exported = document.exported_at.astimezone(UTC).replace(tzinfo=None)
    meta.set_title(outline.title)
    meta.set_subject(outline.subject)
    meta.set_initial_creator(outline.municipality)
    meta.set_creator(outline.municipality)
    meta.set_creation_date(exported)
    meta.set_modification_date(exported)
    meta.set_language(f"{LANGUAGE}-{COUNTRY}")
    meta.set_keywords("mandat, arbeidsplan")
    meta.set_description(f"{outline.kind}. {outline.status}, versjon {outline.version}.")
    meta.set_generator("Boligsosial veiviser")
    meta.set_editing_cycles(max(1, document.version))


def _set_styles(doc, outline):
    """Our named styles and outline numbering instead of odfdo's defaults, the two page layouts
    with their master pages, and the body's automatic styles (`odt_styles.xml`)."""
    groups = _style_groups()
    for element in groups["named"]:
        family = element.get(f"{{{STYLE}}}family") or "outline"
        old = doc.get_style(family, element.get(f"{{{STYLE}}}name"))
        if old is not None:
            old.parent.delete(old)
        doc.insert_style(_odf(element))
    for element in groups["layouts"]:
        old = doc.get_style("page-layout", element.get(f"{{{STYLE}}}name"))
        if old is not None:
            old.parent.delete(old)
        doc.insert_style(_odf(element), automatic=True)
    old = doc.get_style("master-page", "Standard")
    if old is not None:
        old.parent.delete(old)
    for element in groups["masters"]:
        doc.insert_style(_odf(element, {"HEADER": escape(outline.header_line)}))
    for element in groups["content"]:
        doc.insert_style(_odf(element), automatic=True)


@cache
def _style_groups():
    parser = etree.XMLParser(remove_comments=True, remove_blank_text=True)
    root = etree.parse(str(STYLES_FILE), parser).getroot()
    return {group.tag: [child for child in group if isinstance(child.tag, str)] for group in root}


def _odf(element, replace=None):
    """An odfdo element from an lxml one (with text such as HEADER replaced)."""
    xml = etree.tostring(element, encoding="unicode")
    for old, new in (replace or {}).items():
        xml = xml.replace(old, new)
    return Element.from_tag(xml)


def _heading(part, master):
    style = {"Liggende": "H1_Liggende", "Standard": "H1_Standard"}.get(master, "Heading_20_1")
    if part.level > 1:
        style = "Heading_20_2"
    return (
        f'<text:h text:style-name="{style}" text:outline-level="{part.level}">'
        f"{_text(part.title)}</text:h>"
    )


def _title_block(outline):
    lines = []
    if outline.municipality:
        lines.append(f'<text:p text:style-name="Subtitle">{_text(outline.municipality)}</text:p>')
    lines.append(f'<text:p text:style-name="Title">{_text(outline.title)}</text:p>')
    lines.append(f'<text:p text:style-name="Subtitle">{_text(outline.kind)}</text:p>')
    facts = " · ".join(f"{label}: {value}" for label, value in outline.title_facts)
    lines.append(f'<text:p text:style-name="Text_20_body">{_text(facts)}</text:p>')
    return "".join(lines)


def _table(spec, width_cm, name, styles):
    """A table with fixed column widths, a repeating header row and rows kept whole; its
    automatic styles are added to ``styles``."""
    count = len(spec.columns)
    styles.extend(
        [
            f'<style:style style:name="{name}" style:family="table"><style:table-properties '
            f'style:width="{width_cm:.2f}cm" table:align="left" fo:margin-top="0.1cm" '
            'fo:margin-bottom="0.2cm"/></style:style>'
        ]
    )
    columns = []
    for index, column in enumerate(spec.columns):
        styles.append(
            f'<style:style style:name="{name}.C{index}" style:family="table-column">'
            f'<style:table-column-properties style:column-width="{width_cm * column.width:.2f}cm"/>'
            "</style:style>"
        )
        columns.append(f'<table:table-column table:style-name="{name}.C{index}"/>')
    xml = [
        f'<table:table table:name={quoteattr(spec.label or name)} table:style-name="{name}">',
        *columns,
    ]
    if spec.header:
        cells = "".join(_cell(column.label, "Tabelloverskrift") for column in spec.columns)
        xml.append(
            f'<table:table-header-rows><table:table-row table:style-name="Rad">{cells}'
            "</table:table-row></table:table-header-rows>"
        )
    for row in spec.rows:
        style = {"write": "Rad_skrive", "sign": "Rad_signatur"}.get(row.space, "Rad")
        if row.group:
            cells = (
                '<table:table-cell table:style-name="Gruppe" '
                f'table:number-columns-spanned="{count}" office:value-type="string">'
                '<text:p text:style-name="Tabelloverskrift">'
                f"{_text(row.group)}</text:p></table:table-cell>"
                + "<table:covered-table-cell/>"
                * (count - 1)
            )
        else:
            cells = "".join(_cell(value, "Tabelltekst") for value in row.cells)
        xml.append(f'<table:table-row table:style-name="{style}">{cells}</table:table-row>')
    xml.append("</table:table>")
    return "".join(xml)


def _cell(value, style):
    return (
        '<table:table-cell table:style-name="Celle" office:value-type="string">'
        f'<text:p text:style-name="{style}">{_text(value)}</text:p></table:table-cell>'
    )


def _text(value):
    """Escaped text with ODF's markup for line breaks, tabs and runs of spaces."""

    def replace(match):
        piece = match.group(0)
        if piece == "\n":
            return "<text:line-break/>"
        if piece == "\t":
            return "<text:tab/>"
        return f' <text:s text:c="{len(piece) - 1}"/>'

    return _SPACES.sub(replace, escape(value or ""))
