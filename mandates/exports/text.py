"""Text helpers shared by the exports: cleaning stored text, dates, labels and file names.

Stored text may hold anything the forms once accepted, including control characters from old
data. XML (DOCX) cannot hold most of them and they have no business in a CSV or calendar file, so
every value goes through `clean` before it is written anywhere.
"""

import re
import unicodedata
from datetime import date

from core.text import clean_text
from mandates.sections import TASKS, TaskStatus

_NORWEGIAN = str.maketrans({"æ": "ae", "ø": "o", "å": "aa", "Æ": "AE", "Ø": "O", "Å": "AA"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")

STATUS_LABELS = dict(TaskStatus.CHOICES)

# The work plan's columns in export order: (row key, column heading).
PLAN_COLUMNS = tuple(
    (column.name, "Merknad" if column.name == "note" else column.label) for column in TASKS.columns
)


def clean(value):
    """`value` as text that any export format can hold (core.text.clean_text)."""
    return clean_text(value)


def parse_date(value):
    """The date in an ISO "YYYY-MM-DD" string, or None when it is empty or not a date."""
    try:
        return date.fromisoformat(clean(value).strip())
    except ValueError:
        return None


def format_date(value):
    """An ISO date shown the Norwegian way (dd.mm.yyyy); anything else is returned cleaned."""
    parsed = parse_date(value)
    return parsed.strftime("%d.%m.%Y") if parsed else clean(value).strip()


def status_label(value):
    """The Norwegian label of a task status key (an unknown key is shown as it is)."""
    return STATUS_LABELS.get(value, clean(value))


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
