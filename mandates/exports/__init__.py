"""Exports of a mandate and its work plan: Word (.docx, optionally on a municipality's own
template), OpenDocument (.odt), PDF/A (from the print view), CSV (the work plan) and iCalendar
(milestones and the planned start and end). The document formats share one `outline`. Each
builder takes a `MandateDocument` and returns bytes; `export_filename` gives the download name."""

from .csv import build_csv
from .docx import build_docx
from .ics import build_ics
from .odt import build_odt
from .pdf import build_pdf
from .text import clean, export_filename

__all__ = [
    "build_csv",
    "build_docx",
    "build_ics",
    "build_odt",
    "build_pdf",
    "clean",
    "export_filename",
]
