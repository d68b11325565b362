"""A municipality's own Word template (.docx or .dotx): checking an upload and opening it.

A template is a file from outside, so it is checked before it is stored and never trusted:

- only .docx and .dotx; .docm/.dotm and any file with macro parts (vbaProject.bin, vbaData.xml,
  ActiveX controls, embedded OLE binaries, or a macro-enabled content type) are refused;
- at most `MAX_UPLOAD` bytes as uploaded, at most `MAX_ENTRIES` parts, and at most
  `MAX_UNPACKED` bytes unpacked, counted while reading (a zip bomb's headers can lie, so the
  declared sizes are not trusted); an entry that unpacks to more than `MAX_RATIO` times its
  packed size and more than a megabyte is refused too;
- part names may not leave the package (absolute paths, ``..``);
- it must open as a Word document (python-docx parses with entities off).

What is stored is the checked file with a .dotx's content type changed to a document's, so
python-docx opens it. On export its body is emptied (the header, footer, logo, styles and page
setup stay) and a link to an outside template («attachedTemplate») is dropped, so Word never
fetches anything from elsewhere when the document is opened.
"""

import io
import zipfile

from docx import Document
from docx.oxml.ns import qn
from lxml import etree

MAX_UPLOAD = 5 * 1024 * 1024
MAX_UNPACKED = 25 * 1024 * 1024
MAX_ENTRIES = 400
MAX_RATIO = 100
CHUNK = 64 * 1024
EXTENSIONS = (".docx", ".dotx")
MACRO_EXTENSIONS = (".docm", ".dotm")
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
MACRO_MARKERS = ("macroenabled", "vbaproject", "vbadata", "activex", "oleobject", "keymapcustom")
ATTACHED_TEMPLATE = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
)
MACRO_PARTS = ("vbaproject.bin", "vbadata.xml", "customizations.xml", "attachedtoolbars.bin")

NOT_WORD = "Malen må være et Word-dokument eller en Word-mal (.docx eller .dotx)."
MACROS = (
    "Malen inneholder makroer og kan ikke brukes. Lagre den i Word som «Word-mal (*.dotx)» "
    "eller «Word-dokument (*.docx)», uten makroer, og last den opp på nytt."
)
TOO_BIG = "Malen er for stor ({size}). Den kan være på høyst 5 MB."
UNPACKS_TOO_BIG = (
    "Malen pakker seg ut til mer enn 25 MB eller har for mange deler, og kan ikke brukes. "
    "En vanlig Word-mal er langt mindre."
)
BROKEN = (
    "Filen kunne ikke leses som et Word-dokument. Åpne den i Word, lagre den på nytt som "
    ".dotx eller .docx og prøv igjen."
)
EMPTY = "Velg en Word-mal (.docx eller .dotx) å laste opp."
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


class TemplateRefused(ValueError):
    """Why an uploaded template cannot be used, in Norwegian for the person who uploaded it."""


def megabytes(size):
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def check_template(filename, data):
    """The template to store (bytes), or `TemplateRefused` with the reason."""
    name = (filename or "").strip().lower()
    if not data:
        raise TemplateRefused(EMPTY)
    if name.endswith(MACRO_EXTENSIONS):
        raise TemplateRefused(MACROS)
    if not name.endswith(EXTENSIONS):
        raise TemplateRefused(NOT_WORD)
    if len(data) > MAX_UPLOAD:
        raise TemplateRefused(TOO_BIG.format(size=megabytes(len(data))))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as error:
        raise TemplateRefused(BROKEN) from error
    with archive:
        parts = _read_parts(archive)
    content_types = parts.get("[Content_Types].xml")
    if content_types is None:
        raise TemplateRefused(BROKEN)
    _refuse_macros(parts, content_types)
    normalized = _repack(parts, content_types)
    try:
        Document(io.BytesIO(normalized))
    except Exception as error:  # any failure to parse an outside file means: not usable
        raise TemplateRefused(BROKEN) from error
    return normalized


def _read_parts(archive):
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise TemplateRefused(UNPACKS_TOO_BIG)
    budget = MAX_UNPACKED
    parts = {}
    for info in infos:
        name = info.filename
        if info.is_dir():
            continue
        if name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/"):
            raise TemplateRefused(BROKEN)
        if info.flag_bits & 0x1:  # encrypted
            raise TemplateRefused(BROKEN)
        if info.file_size > budget:
            raise TemplateRefused(UNPACKS_TOO_BIG)
        chunks, size = [], 0
        try:
            with archive.open(info) as stream:
                while chunk := stream.read(CHUNK):
                    size += len(chunk)
                    if size > budget or (
                        size > 1024 * 1024 and size > MAX_RATIO * max(info.compress_size, 1)
                    ):
                        raise TemplateRefused(UNPACKS_TOO_BIG)
                    chunks.append(chunk)
        except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError) as error:
            raise TemplateRefused(BROKEN) from error
        budget -= size
        parts[name] = b"".join(chunks)
    return parts


def _refuse_macros(parts, content_types):
    lowered = [name.lower() for name in parts]
    if any(name.endswith(MACRO_PARTS) or "/activex/" in name for name in lowered):
        raise TemplateRefused(MACROS)
    if any(name.startswith("word/embeddings/") and name.endswith(".bin") for name in lowered):
        raise TemplateRefused(MACROS)
    try:
        root = etree.fromstring(content_types, _PARSER)
    except etree.XMLSyntaxError as error:
        raise TemplateRefused(BROKEN) from error
    types = [element.get("ContentType", "").lower() for element in root]
    if any(marker in kind for kind in types for marker in MACRO_MARKERS):
        raise TemplateRefused(MACROS)
    if not any(kind in (DOCUMENT_TYPE, TEMPLATE_TYPE) for kind in types):
        raise TemplateRefused(NOT_WORD)


def _repack(parts, content_types):
    """The parts as a new package, a template's main part typed as a document's."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            if name == "[Content_Types].xml":
                data = content_types.replace(TEMPLATE_TYPE.encode(), DOCUMENT_TYPE.encode())
            archive.writestr(name, data)
    return out.getvalue()


def open_template(data):
    """A python-docx `Document` from a checked template, with an empty body."""
    doc = Document(io.BytesIO(data))
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    _drop_attached_template(doc)
    return doc


def _drop_attached_template(doc):
    settings = doc.settings.element
    for element in settings.findall(qn("w:attachedTemplate")):
        settings.remove(element)
    for part in doc.part.package.iter_parts():
        for rel_id, rel in list(part.rels.items()):
            if rel.reltype == ATTACHED_TEMPLATE:
                del part.rels[rel_id]
