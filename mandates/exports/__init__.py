"""Exports of a mandate and its work plan: DOCX (the whole document), CSV (the work plan) and
iCalendar (milestones and the planned start and end). Each takes a `MandateDocument` and returns
bytes; `export_filename` gives the download name."""

from .csv import build_csv
from .docx import build_docx
from .ics import build_ics
from .text import clean, export_filename

__all__ = ["build_csv", "build_docx", "build_ics", "clean", "export_filename"]
