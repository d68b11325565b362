"""Milestones (or every deadline) and the planned start and end of the work as an iCalendar
file (RFC 5545).

One all-day VEVENT (DTSTART;VALUE=DATE, DTEND the day after) for:

- each milestone task with a valid deadline: SUMMARY "Milepæl: <first line of the task>",
  DESCRIPTION with the whole task text (when it has more than one line), phase, responsible,
  status and note; with ``every_deadline`` also every other task with a deadline, as
  "Frist: <first line of the task>";
- the work's planned start and planned end ("om-arbeidet": planned_start/planned_end), when set:
  "Oppstart: <navn>" and "Planlagt slutt: <navn>".

UIDs are "<row id>-<public id>@boligsosial-veiviser" for tasks and "oppstart-…"/"planlagt-slutt-…"
for the two dates, so a calendar that imports a newer export updates events instead of adding
copies. A task row without an id (old data) gets one derived from its text. Events are marked
TRANSP:TRANSPARENT (they do not block time). Tasks whose deadline is empty or not an ISO date
are left out; a document with no dates gives a calendar without events.

The icalendar package does the escaping (\\, ;, , and line breaks) and the 75-octet folding.
"""

import hashlib
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event

from mandates.sections import STEPS_BY_KEY, TASKS

from .text import clean, first_line, status_label

PRODID = "-//Boligsosial veiviser//Mandat//NB"
UID_DOMAIN = "boligsosial-veiviser"
ONE_DAY = timedelta(days=1)
PLAN_DATES = {f.name: f for f in STEPS_BY_KEY["om-arbeidet"].fields}
DEADLINE = TASKS.column("deadline")


def build_ics(document, now=None, every_deadline=False):
    """The calendar for a `MandateDocument` as bytes; `now` (UTC) is used for DTSTAMP.
    ``every_deadline``: every task with a deadline, not only the milestones."""
    now = now or datetime.now(UTC)
    name = clean(document.title).strip() or "Mandat"
    public_id = clean(document.public_id).strip()

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)

    start = _day(PLAN_DATES["planned_start"], document.value("planned_start"))
    if start:
        calendar.add_component(_event(f"oppstart-{public_id}", start, f"Oppstart: {name}", now))
    end = _day(PLAN_DATES["planned_end"], document.value("planned_end"))
    if end:
        uid = f"planlagt-slutt-{public_id}"
        calendar.add_component(_event(uid, end, f"Planlagt slutt: {name}", now))

    for row in document.tasks if every_deadline else document.milestones:
        deadline = _day(DEADLINE, row.get("deadline"))
        if deadline is None:
            continue
        uid = f"{_row_id(row)}-{public_id}"
        summary = f"{'Milepæl' if row.get('milestone') else 'Frist'}: {first_line(row.get('task'))}"
        calendar.add_component(_event(uid, deadline, summary, now, _description(row)))
    return calendar.to_ical()


def _day(spec, value):
    """The day a stored value names, as its field's kind reads it (None: no day)."""
    return spec.kind.calendar_date(clean(value))


def _event(uid, day, summary, now, description=""):
    event = Event()
    event.add("uid", f"{uid}@{UID_DOMAIN}")
    event.add("dtstamp", now)
    event.add("dtstart", day)
    event.add("dtend", day + ONE_DAY)
    event.add("summary", summary)
    if description:
        event.add("description", description)
    event.add("transp", "TRANSPARENT")
    return event


def _description(row):
    task = clean(row.get("task")).strip()
    lines = [task] if "\n" in task else []
    for label, value in (
        ("Fase", clean(row.get("phase")).strip()),
        ("Ansvarlig", clean(row.get("responsible")).strip()),
        ("Status", status_label(row.get("status"))),
        ("Merknad", clean(row.get("note")).strip()),
    ):
        if value:
            lines.append(f"{label}: {value}")
    return "\n".join(lines)


def _row_id(row):
    row_id = "".join(clean(row.get("id")).split())
    if row_id:
        return row_id
    digest = hashlib.sha256(clean(row.get("task")).strip().encode()).hexdigest()
    return f"oppgave-{digest[:16]}"
