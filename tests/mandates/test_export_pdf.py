"""The PDF/A export checked with pypdf: PDF/A-2b metadata and output intent, every font
embedded, A4 pages with landscape pages for the work plan, and its text the draft's text.
veraPDF is not available here; these are the checks that can be made without it. No database.
"""

import io
import re
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from mandates.exports.pdf import OutsideAddress, StaticFetcher, build_pdf, cached_pdf
from mandates.exports.text import lines
from mandates.sections import EDITABLE_STEPS
from tests.mandates.samples import FIELDS, MEMBERS, full_document, many_tasks

EXPORTED = datetime(2026, 5, 4, 12, 30, tzinfo=UTC)
A4 = (595, 842)  # points


@pytest.fixture(scope="module")
def pdf():
    document = full_document()
    document.exported_at = EXPORTED
    return PdfReader(io.BytesIO(build_pdf(document)))


def words(text):
    return " ".join(text.split())


def test_pdf_a_2b_metadata_and_output_intent(pdf):
    xmp = pdf.xmp_metadata
    assert xmp is not None
    xml = xmp.rdf_root.toxml()
    assert 'pdfaid:part="2"' in xml and 'pdfaid:conformance="B"' in xml
    assert xmp.dc_title == {"x-default": "Trygg bolig for alle"}
    assert xmp.dc_creator == ["Bø kommune"]
    assert xmp.xmp_create_date == EXPORTED.replace(tzinfo=None)
    root = pdf.trailer["/Root"]
    assert root["/Lang"] == "nb"
    intent = root["/OutputIntents"][0].get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/DestOutputProfile"].get_object().get_data()[36:40] == b"acsp"  # an ICC profile
    info = pdf.metadata
    assert info.title == "Trygg bolig for alle"
    assert info.author == "Bø kommune"
    assert info.subject == "Mandat og arbeidsplan – Boligsosialt arbeid"
    assert "/Encrypt" not in pdf.trailer


def test_every_font_is_embedded(pdf):
    fonts = {}
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descendant = descendant.get_object()
                descriptor = descendant["/FontDescriptor"].get_object()
                fonts[descendant["/BaseFont"]] = any(
                    key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
                )
    assert fonts, "no fonts"
    assert all(fonts.values()), fonts
    assert all(name.split("+")[-1].startswith("Inter") for name in fonts)  # the site's font


def test_a4_pages_with_landscape_pages_for_the_work_plan(pdf):
    sizes = [(round(p.mediabox.width), round(p.mediabox.height)) for p in pdf.pages]
    texts = [page.extract_text() for page in pdf.pages]
    plan_pages = [i for i, text in enumerate(texts) if "Oppgave" in text and "Frist" in text]
    assert plan_pages
    for index, size in enumerate(sizes):
        assert size == (A4[::-1] if index in plan_pages else A4), (index, size)
    assert sizes[0] == A4 and sizes[-1] == A4
    assert re.search(r"Side 1 av \d+", texts[0])
    assert "Bø kommune – Trygg bolig for alle – Utkast, versjon 9" in texts[1]  # running header


def test_its_text_is_the_drafts_text(pdf):
    text = words(" ".join(page.extract_text() for page in pdf.pages))
    assert "Blå fjord 27" not in text
    for step in EDITABLE_STEPS:
        assert step.title in text
    for data in FIELDS.values():
        for value in data.values():
            for line in lines(value):
                if re.fullmatch(r"\d{4}-\d\d-\d\d", line):
                    continue
                assert words(line) in text, line
    for member in MEMBERS:
        if member["name"]:
            assert words(member["name"].replace("\x00", "")) in text
    assert "01.02.2026" in text and "30.06.2027" in text
    for label in ("Vedtatt av", "Saksnummer", "Signatur", "Endringslogg", "Distribusjon"):
        assert label in text


def test_200_tasks_all_printed():
    reader = PdfReader(io.BytesIO(build_pdf(full_document(many_tasks(200)))))
    text = words(" ".join(page.extract_text() for page in reader.pages))
    for number in (1, 100, 199):
        assert f"Oppgave nummer {number} – kartlegge behov" in text


def test_weasyprint_fetches_only_our_static_files():
    fetcher = StaticFetcher()
    css = fetcher.fetch("https://veiviser.invalid/static/mandates/document.css")
    assert b"@font-face" in css.read()
    for url in (
        "https://example.org/x.png",
        "file:///etc/passwd",
        "https://veiviser.invalid/static/../../etc/passwd",
        "https://veiviser.invalid/static/mangler.css",
        "http://127.0.0.1:5432/",
    ):
        with pytest.raises(OutsideAddress):
            fetcher.fetch(url)


def test_the_same_content_is_made_once_and_any_change_makes_a_new_pdf():
    document = full_document()
    document.exported_at = EXPORTED
    first = cached_pdf(document)
    document.exported_at = datetime(2026, 5, 4, 15, 0, tzinfo=UTC)  # later the same day
    assert cached_pdf(document) == first  # from the cache: WeasyPrint did not run again
    document.sections["oppdrag"]["assignment"] = "Et nytt oppdrag fra formannskapet."
    changed = cached_pdf(document)
    assert changed != first
    text = words(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(changed)).pages))
    assert "Et nytt oppdrag fra formannskapet." in text
