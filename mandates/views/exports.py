"""The draft as Word, OpenDocument, PDF/A, CSV, iCalendar and a print view: what was entered."""

import io

from django.http import FileResponse

from core.http import private
from mandates.document import MandateDocument
from mandates.drafts import WordTemplate
from mandates.exports import build_csv, build_docx, build_ics, build_odt, export_filename
from mandates.exports.pdf import cached_pdf, print_context
from mandates.rendering import render, require_access


def _word(document, draft):
    """Word, on the group's own template when they have uploaded one."""
    template = WordTemplate.objects.filter(draft=draft).values_list("content", flat=True).first()
    return build_docx(document, bytes(template) if template is not None else None)


FORMATS = {  # kind in the URL: (builder, content type, extension, what the file holds)
    "word": (
        _word,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
        "mandat",
    ),
    "odt": (
        lambda document, draft: build_odt(document),
        "application/vnd.oasis.opendocument.text",
        "odt",
        "mandat",
    ),
    "pdf": (lambda document, draft: cached_pdf(document), "application/pdf", "pdf", "mandat"),
    "csv": (
        lambda document, draft: build_csv(document),
        "text/csv; charset=utf-8",
        "csv",
        "arbeidsplan",
    ),
    "kalender": (
        lambda document, draft: build_ics(document),
        "text/calendar; charset=utf-8",
        "ics",
        "milepaeler",
    ),
}


def document_for(access):
    return MandateDocument.from_draft(access.draft, list(access.draft.sections.all()))


def export(request, wizard, public_id, kind):
    access, refused = require_access(request, wizard, public_id)
    if refused:
        return refused
    build, content_type, extension, holds = FORMATS[kind]
    document = document_for(access)
    response = FileResponse(
        io.BytesIO(build(document, access.draft)),
        as_attachment=True,
        filename=export_filename(document, extension, holds),
        content_type=content_type,
    )
    return private(response)


def print_view(request, wizard, public_id):
    access, refused = require_access(request, wizard, public_id)
    if refused:
        return refused
    context = print_context(document_for(access), access=access, draft=access.draft)
    return render(request, wizard, "mandates/print.html", context)
