"""The draft as Word, CSV, iCalendar and a print view: exactly what was entered."""

import io

from django.http import FileResponse

from core.http import private
from mandates.document import MandateDocument
from mandates.exports import build_csv, build_docx, build_ics, export_filename
from mandates.rendering import render, require_access

FORMATS = {  # kind in the URL: (builder, content type, extension, what the file holds)
    "word": (
        build_docx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
        "mandat",
    ),
    "csv": (build_csv, "text/csv; charset=utf-8", "csv", "arbeidsplan"),
    "kalender": (build_ics, "text/calendar; charset=utf-8", "ics", "milepaeler"),
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
        io.BytesIO(build(document)),
        as_attachment=True,
        filename=export_filename(document, extension, holds),
        content_type=content_type,
    )
    return private(response)


def print_view(request, wizard, public_id):
    access, refused = require_access(request, wizard, public_id)
    if refused:
        return refused
    return render(
        request,
        wizard,
        "mandates/print.html",
        {"access": access, "draft": access.draft, "document": document_for(access)},
    )
