"""The work plan as CSV for spreadsheets.

Format: one header row (Fase;Oppgave;Ansvarlig;Start;Frist;Milepæl;Status;Merknad) and one row
per task, separated by ";" (what Excel expects with Norwegian regional settings), encoded as
UTF-8 with a byte order mark so Excel detects the encoding, with the csv module's default CRLF
line endings; fields with line breaks, ";" or quotes are quoted. Dates are ISO (YYYY-MM-DD) as
stored, Milepæl is "Ja" or "Nei", Status is the Norwegian label.

Formula injection: a spreadsheet treats a cell that starts with =, +, -, @, a tab or a carriage
return as a formula. Such cells get a leading apostrophe ("=SUM(A1)" → "'=SUM(A1)"), which
spreadsheets show as text. This also applies to harmless text such as "- punkt" or "-5".
"""

import csv
import io

from .text import PLAN_COLUMNS, clean

DELIMITER = ";"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def build_csv(document):
    """The work plan of a `MandateDocument` as CSV bytes (UTF-8 with BOM, ";"-separated)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=DELIMITER)
    writer.writerow([column.column_heading for column in PLAN_COLUMNS])
    for row in document.tasks:
        writer.writerow([guard(_cell(column, row.get(column.name))) for column in PLAN_COLUMNS])
    return out.getvalue().encode("utf-8-sig")


def guard(text):
    """`text` with a leading apostrophe if a spreadsheet would read it as a formula."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _cell(column, value):
    """The cell as the column's kind writes it for a spreadsheet ("Ja"/"Nei", labels, ISO)."""
    return clean(column.kind.csv(value)).strip()
