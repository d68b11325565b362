"""The draft as Word, CSV, iCalendar and a print view: exactly what was entered."""

from django.http import HttpResponse

from mandates.document import MandateDocument
from mandates.exports import build_csv, build_docx, build_ics, export_filename
from mandates.views.common import private, render, require_access

FORMATS = {
    "word": (
        build_docx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
    ),
    "csv": (build_csv, "text/csv; charset=utf-8", "csv"),
    "kalender": (build_ics, "text/calendar; charset=utf-8", "ics"),
}


def document_for(access):
    return MandateDocument.from_draft(access.draft, list(access.draft.sections.all()))


def export(request, wizard, public_id, kind):
    access, refused = require_access(request, wizard, public_id)
    if refused:
        return refused
    build, content_type, extension = FORMATS[kind]
    document = document_for(access)
    response = HttpResponse(build(document), content_type=content_type)
    name = export_filename(document, extension)
    if kind == "csv":
        name = name.replace("mandat-", "arbeidsplan-", 1)
    elif kind == "kalender":
        name = name.replace("mandat-", "milepaeler-", 1)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
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
