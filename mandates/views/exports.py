"""The draft as Word, OpenDocument, PDF/A, CSV, iCalendar and a print view: what was entered."""

import io

from django.http import FileResponse

from core.http import private
from mandates.approvals import ApprovedVersion
from mandates.approving import approved_document, current_document
from mandates.drafts import WordTemplate
from mandates.exports import build_csv, build_docx, build_ics, build_odt, export_filename
from mandates.exports.pdf import cached_pdf, print_context
from mandates.rendering import refuse, render, require_access


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


def document_for(access, number=None):
    """The draft's document now, or (``number``) its approved version N; None if there is none."""
    if number is None:
        return current_document(access.draft)
    approved = ApprovedVersion.objects.filter(draft=access.draft, number=number).first()
    return approved_document(access.draft, approved) if approved is not None else None


def export(request, wizard, public_id, kind, number=None):
    access, refused = require_access(request, wizard, public_id)
    if refused:
        return refused
    build, content_type, extension, holds = FORMATS[kind]
    document = document_for(access, number)
    if document is None:
        return refuse(request, wizard, "ukjent-versjon")
    if kind == "kalender" and request.GET.get("frister") == "alle":
        build, holds = (lambda document, draft: build_ics(document, every_deadline=True)), "frister"
    if number is not None:
        holds = f"{holds}-godkjent-versjon-{number}"
    response = FileResponse(
        io.BytesIO(build(document, access.draft)),
        as_attachment=True,
        filename=export_filename(document, extension, holds),
        content_type=content_type,
    )
    return private(response)


def print_view(request, wizard, public_id, number=None):
    access, refused = require_access(request, wizard, public_id)
    if refused:
        return refused
    document = document_for(access, number)
    if document is None:
        return refuse(request, wizard, "ukjent-versjon")
    context = print_context(document, access=access, draft=access.draft)
    return render(request, wizard, "mandates/print.html", context)
