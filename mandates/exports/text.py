"""Text helpers shared by the exports: cleaning stored text, dates, labels and file names.

Stored text may hold anything the forms once accepted, including control characters from old
data. XML (DOCX) cannot hold most of them and they have no business in a CSV or calendar file, so
every value goes through `clean` before it is written anywhere.
"""

import re
import unicodedata

from core.text import clean_text
from mandates.sections import TASKS

_NORWEGIAN = str.maketrans({"æ": "ae", "ø": "o", "å": "aa", "Æ": "AE", "Ø": "O", "Å": "AA"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")

# The work plan's columns in export order (``sections.Field``: name, kind, column_heading).
PLAN_COLUMNS = TASKS.columns
STATUS = TASKS.column("status")


def clean(value):
    """`value` as text that any export format can hold (core.text.clean_text)."""
    return clean_text(value)


def cell_text(column, value):
    """One stored value as its kind writes it in a document's table cell, cleaned."""
    return clean(column.kind.text(value)).strip()


def status_label(value):
    """The Norwegian label of a task status key (an unknown key is shown as it is)."""
    return clean(STATUS.kind.text(value))


def format_day(day):
    """A date the Norwegian way: dd.mm.yyyy."""
    return day.strftime("%d.%m.%Y")


def lines(value):
    """The non-blank lines of a text, each stripped at the end."""
    return [line.rstrip() for line in clean(value).split("\n") if line.strip()]


def first_line(value):
    """The first non-blank line of a text ("" if there is none)."""
    return next((line.strip() for line in clean(value).split("\n") if line.strip()), "")


def slugify(value):
    """An ASCII slug: æ→ae, ø→o, å→aa, other accents dropped, runs of anything else → "-"."""
    text = unicodedata.normalize("NFKD", clean(value).translate(_NORWEGIAN))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    return _NOT_SLUG.sub("-", text).strip("-")


def export_filename(document, ext, holds="mandat"):
    """A download name such as "mandat-blaa-fjord-27.docx", built from the document's title;
    ``holds`` says what the file is ("arbeidsplan" for the CSV)."""
    slug = slugify(document.title)[:80].rstrip("-")
    ext = ext.lstrip(".")
    return f"{holds}-{slug}.{ext}" if slug else f"{holds}.{ext}"
