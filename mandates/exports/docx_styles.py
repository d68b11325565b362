"""The Word document's page setup, named styles, heading numbering and file properties.

Everything the export writes carries a named style, so a municipality's own template (or
anyone in Word, through «Stiler») restyles the whole document at once:

- «Title», «Subtitle», «Heading 1» and «Heading 2» (Word's built-in names, shown in a Norwegian
  Word as «Tittel», «Undertittel», «Overskrift 1/2»); Heading 1 and 2 are numbered 1 and 1.1
  through a list bound to the styles, so the numbers follow any reordering;
- «Normal» for the text, «Table Grid» for the tables, and two styles of our own for table text:
  «Tabelltekst» and «Tabelloverskrift».

A style the template already defines is used as it is; only missing ones are added. Pages are
A4 (portrait, and landscape for the work plan) unless the template says otherwise.
"""

from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

LANGUAGE = "nb-NO"
FONT = "Arial"  # metric-compatible fonts exist everywhere (Liberation Sans, Arimo)
A4 = (Mm(210), Mm(297))
MARGINS = {"top": Mm(20), "bottom": Mm(20), "left": Mm(22), "right": Mm(22)}
LANDSCAPE_MARGINS = {"top": Mm(18), "bottom": Mm(18), "left": Mm(15), "right": Mm(15)}
TABLE_TEXT = "Tabelltekst"
TABLE_HEADING = "Tabelloverskrift"
HEADING_STYLES = ("Heading 1", "Heading 2")
NUMBER_FORMATS = ("%1", "%1.%2")  # Heading 1 → «1», Heading 2 → «1.1»
DARK = RGBColor(0x1E, 0x2B, 0x3C)


def set_page(section, landscape=False, template=False):
    """A4 in the given orientation. A template's own paper and margins are kept; only the
    orientation is turned for the work plan."""
    width, height = (section.page_width, section.page_height) if template else A4
    if width is None or height is None:
        width, height = A4
    short, long = sorted((width, height))
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    if not template:
        for side, value in (LANDSCAPE_MARGINS if landscape else MARGINS).items():
            setattr(section, f"{side}_margin", value)
    elif landscape:  # turn the template's margins with the page
        section.left_margin, section.top_margin, section.right_margin, section.bottom_margin = (
            section.top_margin,
            section.right_margin,
            section.bottom_margin,
            section.left_margin,
        )


def text_width(section):
    return section.page_width - section.left_margin - section.right_margin


def ensure_styles(doc, template=False):
    """The styles the export uses, with our look where the document does not define them."""
    styles = doc.styles
    names = {style.name for style in styles}
    if not template:
        _look(styles)
    if TABLE_TEXT not in names:
        style = styles.add_style(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.font.size = Pt(9)
        style.paragraph_format.space_before = Pt(1)
        style.paragraph_format.space_after = Pt(1)
        style.paragraph_format.line_spacing = 1.0
    if TABLE_HEADING not in names:
        style = styles.add_style(TABLE_HEADING, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[TABLE_TEXT]
        style.font.bold = True
        style.paragraph_format.keep_with_next = True
    if "Table Grid" not in names:
        _add_table_grid(styles)
    for name in ("Title", "Subtitle", *HEADING_STYLES):
        if name not in names:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles["Normal"]
            style.font.bold = name != "Subtitle"
            style.paragraph_format.keep_with_next = True
    _number_headings(doc)
    _set_language(doc)


def _look(styles):
    """A sober look for our own document: one sans-serif font, dark headings, no theme blue."""
    normal = styles["Normal"]
    _font(normal, FONT, 10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for name, size, before, after in (
        ("Title", 24, 0, 4),
        ("Subtitle", 13, 0, 6),
        ("Heading 1", 15, 18, 6),
        ("Heading 2", 12, 10, 3),
    ):
        style = styles[name]
        _font(style, FONT, size)
        style.font.color.rgb = DARK
        style.font.bold = name != "Subtitle"
        style.font.italic = False
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        fmt.keep_with_next = True
        if name == "Title":  # the default template draws a blue rule under the title
            ppr = style.element.get_or_add_pPr()
            for border in ppr.findall(qn("w:pBdr")):
                ppr.remove(border)


def _font(style, name, size):
    style.font.name = name
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)


def _add_table_grid(styles):
    style = styles.add_style("Table Grid", WD_STYLE_TYPE.TABLE)
    tblpr = style.element.get_or_add_tblPr()
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        for attr, value in (("val", "single"), ("sz", "4"), ("space", "0"), ("color", "auto")):
            element.set(qn(f"w:{attr}"), value)
        borders.append(element)
    tblpr.append(borders)


def _number_headings(doc):
    """Bind Heading 1 and 2 to a two-level list «1», «1.1» unless the styles have numbering."""
    styles = [doc.styles[name] for name in HEADING_STYLES]
    if any(
        style.element.pPr is not None and style.element.pPr.numPr is not None for style in styles
    ):
        return
    numbering = doc.part.numbering_part.element
    abstract_id = (
        max(
            (int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))),
            default=0,
        )
        + 1
    )
    num_id = max((int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))), default=0) + 1
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "multilevel")
    abstract.append(multi)
    for level, (style, text) in enumerate(zip(styles, NUMBER_FORMATS, strict=True)):
        abstract.append(_level(level, style.style_id, text))
    # abstractNum elements must come before num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abstract_id))
    num.append(ref)
    numbering.append(num)
    for level, style in enumerate(styles):
        ppr = style.element.get_or_add_pPr()
        numpr = ppr.get_or_add_numPr()
        numpr.get_or_add_ilvl().val = level
        numpr.get_or_add_numId().val = num_id


def _level(level, style_id, text):
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), str(level))
    for tag, value in (
        ("w:start", "1"),
        ("w:numFmt", "decimal"),
        ("w:pStyle", style_id),
        ("w:lvlText", text),
        ("w:lvlJc", "left"),
    ):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        lvl.append(element)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    hanging = "567" if level == 0 else "709"
    ind.set(qn("w:left"), hanging)
    ind.set(qn("w:hanging"), hanging)
    ppr.append(ind)
    lvl.append(ppr)
    return lvl


def _set_language(doc):
    """Norwegian as the text's language, so spelling and hyphenation are Norwegian."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANGUAGE)


def set_properties(doc, outline, exported_at, version):
    """Title, subject, author (the municipality), created and modified (the export time)."""
    props = doc.core_properties
    props.title = outline.title
    props.subject = outline.subject
    props.author = outline.municipality
    props.last_modified_by = outline.municipality
    props.created = props.modified = exported_at
    props.language = LANGUAGE
    props.keywords = "mandat; arbeidsplan"
    props.category = outline.kind
    props.comments = ""
    props.content_status = outline.status
    props.revision = max(1, version)
    _drop_thumbnail(doc)


def _drop_thumbnail(doc):
    """python-docx's default template carries a preview picture of some other document."""
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package.rels[rel_id]
