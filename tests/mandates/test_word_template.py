"""A municipality's own Word template: checked on upload (macros, zip bombs, size, broken files
refused with a Norwegian message), stored with the draft and deleted with it, and used by the
Word export (its styles, header and logo; our numbering and landscape work plan)."""

import datetime
import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from PIL import Image

from mandates.drafts import MandateDraft, WordTemplate
from mandates.exports import build_docx
from mandates.exports.word_template import (
    BROKEN,
    DOCUMENT_TYPE,
    EMPTY,
    MACROS,
    NOT_WORD,
    TEMPLATE_TYPE,
    UNPACKS_TOO_BIG,
    TemplateRefused,
    check_template,
)
from tests.mandates.samples import full_document

TEMPLATE_BODY = "Malens eksempeltekst som ikke skal med"
HEADER_TEXT = "Nordre Ås kommune · Helse og velferd"
RED = RGBColor(0xC0, 0x10, 0x20)


def logo():
    out = io.BytesIO()
    Image.new("RGB", (40, 20), (20, 60, 120)).save(out, "PNG")
    out.seek(0)
    return out


def municipal_template(as_template=True):
    """A municipality's template as Word saves it: own heading style, header with a logo."""
    doc = Document()
    heading = doc.styles["Heading 1"]
    heading.font.name = "Georgia"
    heading.font.size = Pt(20)
    heading.font.color.rgb = RED
    doc.styles["Normal"].font.name = "Garamond"
    header = doc.sections[0].header.paragraphs[0]
    header.add_run().add_picture(logo())
    header.add_run(HEADER_TEXT)
    doc.add_paragraph(TEMPLATE_BODY)
    out = io.BytesIO()
    doc.save(out)
    data = out.getvalue()
    return retyped(data, DOCUMENT_TYPE, TEMPLATE_TYPE) if as_template else data


def retyped(data, old, new, extra=None):
    """The package with a content type changed and parts added."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "[Content_Types].xml":
                content = content.replace(old.encode(), new.encode())
            target.writestr(info, content)
        for name, content in (extra or {}).items():
            target.writestr(name, content)
    return out.getvalue()


def refusal(filename, data):
    with pytest.raises(TemplateRefused) as refused:
        check_template(filename, data)
    return str(refused.value)


def test_a_dotx_is_accepted_and_stored_as_a_document():
    checked = check_template("Kommunemal.dotx", municipal_template())
    content_types = zipfile.ZipFile(io.BytesIO(checked)).read("[Content_Types].xml").decode()
    assert DOCUMENT_TYPE in content_types and TEMPLATE_TYPE not in content_types
    Document(io.BytesIO(checked))  # python-docx opens it


def test_the_export_uses_the_templates_styles_header_and_logo():
    template = check_template("Kommunemal.dotx", municipal_template())
    doc = Document(io.BytesIO(build_docx(full_document(), template)))
    heading = doc.styles["Heading 1"]
    assert heading.font.name == "Georgia" and heading.font.color.rgb == RED
    assert doc.styles["Normal"].font.name == "Garamond"
    first = next(p for p in doc.paragraphs if p.text == "Om arbeidet")
    assert first.style.name == "Heading 1"  # the template's style carries the heading
    assert heading.element.pPr.numPr is not None  # numbered, 1 and 1.1
    header = doc.sections[0].header
    assert HEADER_TEXT in header.paragraphs[0].text
    assert header._element.findall(".//" + qn("w:drawing"))  # the logo
    images = [r for r in header.part.rels.values() if r.reltype.endswith("/image")]
    assert len(images) == 1 and images[0].target_part.blob[:8] == b"\x89PNG\r\n\x1a\n"
    texts = [p.text for p in doc.paragraphs]
    assert TEMPLATE_BODY not in texts
    assert texts[1] == "Trygg bolig for alle"
    assert [s.orientation for s in doc.sections] == [
        WD_ORIENT.PORTRAIT,
        WD_ORIENT.LANDSCAPE,
        WD_ORIENT.PORTRAIT,
    ]
    assert doc.core_properties.author == "Bø kommune"
    assert doc.settings.element.find(qn("w:attachedTemplate")) is None


def test_a_template_without_our_table_styles_gets_them():
    template = check_template("mal.docx", municipal_template(as_template=False))
    doc = Document(io.BytesIO(build_docx(full_document(), template)))
    assert {"Tabelltekst", "Tabelloverskrift", "Table Grid"} <= {s.name for s in doc.styles}


@pytest.mark.parametrize("name", ["mal.docm", "MAL.DOTM"])
def test_macro_files_are_refused_by_name(name):
    assert refusal(name, municipal_template()) == MACROS


def test_macro_parts_and_macro_content_types_are_refused():
    with_vba = retyped(municipal_template(), "x", "x", {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"})
    assert refusal("mal.docx", with_vba) == MACROS
    macro_type = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
    assert refusal("mal.dotx", retyped(municipal_template(), TEMPLATE_TYPE, macro_type)) == MACROS
    activex = retyped(municipal_template(), "x", "x", {"word/activeX/activeX1.xml": b"<x/>"})
    assert refusal("mal.docx", activex) == MACROS
    ole = retyped(municipal_template(), "x", "x", {"word/embeddings/oleObject1.bin": b"\0"})
    assert refusal("mal.docx", ole) == MACROS
    assert "makroer" in MACROS  # said in Norwegian


def test_zip_bombs_are_refused_without_unpacking_them():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("[Content_Types].xml", "<Types/>")
        bomb.writestr("word/document.xml", b"\0" * (30 * 1024 * 1024))
    assert len(out.getvalue()) < 100_000  # 30 MB in under 100 kB
    assert refusal("mal.docx", out.getvalue()) == UNPACKS_TOO_BIG
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dense:  # small, but 1000:1
        dense.writestr("[Content_Types].xml", "<Types/>")
        dense.writestr("word/styles.xml", b" " * (3 * 1024 * 1024))
    assert refusal("mal.docx", out.getvalue()) == UNPACKS_TOO_BIG
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as many:
        for index in range(500):
            many.writestr(f"word/media/{index}.xml", "<x/>")
    assert refusal("mal.docx", out.getvalue()) == UNPACKS_TOO_BIG


def test_broken_large_empty_and_other_files_are_refused():
    assert refusal("mal.docx", b"not a zip file at all") == BROKEN
    assert refusal("mal.docx", b"") == EMPTY
    assert refusal("mal.pdf", municipal_template()) == NOT_WORD
    assert refusal("mal.docx", b"PK" + b"\0" * (6 * 1024 * 1024)).startswith("Malen er for stor")
    escaping = retyped(municipal_template(), "x", "x", {"../../etc/evil.xml": b"<x/>"})
    assert refusal("mal.docx", escaping) == BROKEN
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as odd:
        odd.writestr("[Content_Types].xml", "<Types><Default ContentType='text/plain'/></Types>")
    assert refusal("mal.docx", out.getvalue()) == NOT_WORD


# The upload page


def page_url(draft):
    return f"/veiviser/{draft.public_id}/word-mal/"


def upload(client, draft, name, data):
    return client.post(
        page_url(draft),
        {"handling": "last-opp", "template": SimpleUploadedFile(name, data)},
    )


def test_upload_is_stored_with_the_draft_and_used_by_the_word_export(editor, draft):
    assert editor.get(page_url(draft)).status_code == 200
    response = upload(editor, draft, "Kommunemal.dotx", municipal_template())
    assert response.status_code == 303
    assert response["Location"].endswith("?lagret=1")
    stored = WordTemplate.objects.get(draft=draft)
    assert stored.filename == "Kommunemal.dotx"
    page = editor.get(response["Location"]).content.decode()
    assert "Malen er lagret" in page and "Kommunemal.dotx" in page
    exported = editor.get(f"/veiviser/{draft.public_id}/eksport/word/")
    doc = Document(io.BytesIO(exported.getvalue()))
    assert doc.styles["Heading 1"].font.name == "Georgia"
    assert HEADER_TEXT in doc.sections[0].header.paragraphs[0].text


def test_a_refused_upload_says_why_in_norwegian_and_stores_nothing(editor, draft):
    response = upload(editor, draft, "mal.docm", municipal_template())
    assert response.status_code == 400
    page = response.content.decode()
    assert "Malen ble ikke lagret" in page
    assert "Malen inneholder makroer og kan ikke brukes" in page
    assert 'aria-invalid="true"' in page
    assert not WordTemplate.objects.filter(draft=draft).exists()
    response = editor.post(page_url(draft), {"handling": "last-opp"})
    assert response.status_code == 400
    assert EMPTY in response.content.decode()


def test_readers_cannot_upload(reader, draft):
    assert reader.get(page_url(draft)).status_code == 403
    assert upload(reader, draft, "mal.dotx", municipal_template()).status_code == 403
    assert not WordTemplate.objects.filter(draft=draft).exists()


def test_remove_and_delete_with_the_draft(editor, draft):
    upload(editor, draft, "mal.dotx", municipal_template())
    response = editor.post(page_url(draft), {"handling": "fjern"})
    assert response.status_code == 303
    assert not WordTemplate.objects.filter(draft=draft).exists()
    exported = Document(
        io.BytesIO(editor.get(f"/veiviser/{draft.public_id}/eksport/word/").getvalue())
    )
    assert exported.styles["Heading 1"].font.name == "Arial"  # our own look again

    upload(editor, draft, "mal.dotx", municipal_template())
    long_ago = timezone.now() - datetime.timedelta(days=800)
    MandateDraft.objects.filter(pk=draft.pk).update(created_at=long_ago)
    draft.sections.update(updated_at=long_ago)
    call_command("delete_stale_mandate_drafts", "--days", "730", verbosity=0)
    assert not MandateDraft.objects.filter(pk=draft.pk).exists()
    assert not WordTemplate.objects.filter(draft_id=draft.pk).exists()
