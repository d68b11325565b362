"""What a mandate and a work plan consist of: the wizard's steps, their fields and tables.

One declaration drives the forms, the completeness check at review, the read view and every
export, so a field added here shows up everywhere. What a field holds is its kind
(``mandates/kinds.py``): forms, views and exports ask the kind, never the field's name. The
sections follow the usual structure of a municipal working group's mandate (see docs/domain.md
in the shared material).
"""

from dataclasses import dataclass

from core.input import ascii_int
from mandates.kinds import BOOL, CELL, DATE, LONG, LONG_TEXT, NUMBER, SHORT, TEXT, Choice, Kind

__all__ = ["CELL", "LONG", "SHORT"]  # the length limits, re-exported for tests and benches


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: Kind = LONG_TEXT
    required: bool = False
    max_length: int | None = None
    help: str = ""
    heading: str = ""  # a shorter label for a table's column heading in exports
    not_before: str = ""  # a date field of the same form or row this one may not be before
    order_message: str = ""  # what to say when it is

    @property
    def limit(self):
        return self.max_length or self.kind.limit

    @property
    def column_heading(self):
        return self.heading or self.label


@dataclass(frozen=True)
class Table:
    name: str
    label: str
    row_label: str
    columns: tuple[Field, ...]
    required: bool = False
    max_rows: int = 50
    help: str = ""
    # A column whose value groups the rows (the work plan's phase): the step shows a compact
    # table per group (``mandates/work_plan.py``) and the documents a heading row per group.
    group_by: str = ""

    def column(self, name):
        return next(c for c in self.columns if c.name == name)


@dataclass(frozen=True)
class Step:
    number: int
    key: str
    title: str
    fields: tuple[Field, ...] = ()
    table: Table | None = None
    table_after: str = ""  # the field the table follows in the form ("" = after all fields)
    intro: str = ""

    @property
    def is_review(self):
        return not self.fields and self.table is None

    def all_field_names(self):
        names = [f.name for f in self.fields]
        return [*names, self.table.name] if self.table else names


class TaskStatus:
    NOT_STARTED = "ikke_startet"
    IN_PROGRESS = "pagar"
    DONE = "ferdig"
    LATE = "forsinket"
    CHOICES = (
        (NOT_STARTED, "Ikke startet"),
        (IN_PROGRESS, "Pågår"),
        (DONE, "Ferdig"),
        (LATE, "Forsinket"),
    )


MEMBERS = Table(
    name="members",
    label="Medlemmer i arbeidsgruppen",
    row_label="Medlem",
    columns=(
        Field("name", "Navn", TEXT, required=True, max_length=150),
        Field("unit", "Enhet", TEXT, max_length=150),
        Field("role", "Rolle", TEXT, max_length=150),
        # What the mandate's "Rammer og ressurser" asks of each member; 37,5 is a full week.
        Field("hours", "Timer per uke", NUMBER),
    ),
    required=True,
    max_rows=40,
    help="Én rad per medlem. Ta med tillitsvalgte og eventuell sekretær.",
)

TASKS = Table(
    name="tasks",
    label="Oppgaver i arbeidsplanen",
    row_label="Oppgave",
    columns=(
        Field("phase", "Fase", TEXT, max_length=150),
        Field("task", "Oppgave", LONG_TEXT, required=True, max_length=1000),
        Field("responsible", "Ansvarlig", TEXT, max_length=200),
        Field("start", "Start", DATE),
        Field(
            "deadline",
            "Frist",
            DATE,
            not_before="start",
            order_message="Fristen kan ikke være før start.",
        ),
        Field("milestone", "Milepæl", BOOL),
        Field("status", "Status", Choice(TaskStatus.CHOICES)),
        Field("note", "Merknad eller avvik", TEXT, max_length=CELL, heading="Merknad"),
        # Set when the task is ticked off in the progress view (mandates/progress.py).
        Field(
            "done_on",
            "Ferdig dato",
            DATE,
            heading="Ferdig",
            not_before="start",
            order_message="Ferdig dato kan ikke være før start.",
        ),
    ),
    required=True,
    max_rows=300,
    group_by="phase",
    help="Forslagene kommer fra fasene i arbeidsprosessen. Endre, flytt, legg til og fjern fritt.",
)

STEPS = (
    Step(
        1,
        "om-arbeidet",
        "Om arbeidet",
        fields=(
            Field("municipality", "Kommune", TEXT, required=True, max_length=100),
            Field("work_name", "Navn på arbeidet", TEXT, required=True),
            Field(
                "commissioner",
                "Oppdragsgiver",
                TEXT,
                required=True,
                help="Den som gir oppdraget, for eksempel kommunedirektøren eller et utvalg.",
            ),
            Field("owner", "Eier av arbeidet", TEXT),
            Field("case_number", "Saksnummer", TEXT, max_length=50),
            Field("planned_start", "Planlagt start", DATE, required=True),
            Field(
                "planned_end",
                "Planlagt slutt",
                DATE,
                required=True,
                not_before="planned_start",
                order_message="Planlagt slutt kan ikke være før planlagt start.",
            ),
        ),
    ),
    Step(
        2,
        "bakgrunn-og-mal",
        "Bakgrunn, formål og mål",
        fields=(
            Field("background", "Bakgrunn", required=True),
            Field("purpose", "Formål", required=True),
            Field("main_goal", "Hovedmål", required=True),
            Field("sub_goals", "Delmål"),
            Field("effect_goals", "Effektmål", help="Nytten arbeidet skal gi på sikt."),
            Field(
                "result_goals", "Resultatmål", help="Det som skal foreligge når arbeidet er ferdig."
            ),
        ),
    ),
    Step(
        3,
        "oppdrag",
        "Oppdrag, avgrensninger og føringer",
        fields=(
            Field("assignment", "Oppdrag", required=True),
            Field("scope_limits", "Avgrensninger"),
            Field("guidelines", "Føringer og forutsetninger"),
        ),
    ),
    Step(
        4,
        "organisering",
        "Organisering",
        fields=(
            Field("steering_group", "Styringsgruppe", required=True),
            Field("leader", "Leder for arbeidsgruppen", TEXT, required=True),
            Field("reference_group", "Referansegruppe og tillitsvalgte"),
            Field("authority", "Myndighet", required=True),
            Field("user_participation", "Brukermedvirkning og involvering", required=True),
        ),
        table=MEMBERS,
        table_after="leader",
    ),
    Step(
        5,
        "rammer-og-oppfolging",
        "Rammer, tidsplan og oppfølging",
        fields=(
            Field("resources", "Rammer og ressurser", required=True),
            Field("schedule", "Tidsplan og milepæler", required=True),
            Field("reporting", "Rapportering og forankring", required=True),
            Field("risk", "Risiko"),
            Field("communication", "Kommunikasjon"),
            Field("delivery", "Leveranse", required=True),
        ),
    ),
    Step(6, "arbeidsplan", "Arbeidsplan", table=TASKS),
    Step(7, "gjennomgang", "Gjennomgang"),
)

# What an approval records (the approval page, ``mandates/views/approval.py``); the exports'
# approval block prints it.
APPROVAL_FIELDS = (
    Field(
        "approved_by",
        "Godkjent av",
        TEXT,
        required=True,
        help="For eksempel styringsgruppen, kommunedirektøren eller kommunestyret.",
    ),
    Field("approved_on", "Dato for godkjenningen", DATE, required=True),
    Field(
        "case_number",
        "Saksnummer",
        TEXT,
        max_length=50,
        help="Saksnummeret i kommunens sak- og arkivsystem, hvis saken har ett.",
    ),
)

STEPS_BY_NUMBER = {step.number: step for step in STEPS}
STEPS_BY_KEY = {step.key: step for step in STEPS}
EDITABLE_STEPS = tuple(step for step in STEPS if not step.is_review)
TABLES = {step.table.name: step.table for step in EDITABLE_STEPS if step.table is not None}
TYPED_LABELS = {f.name: f.label for step in EDITABLE_STEPS for f in step.fields if f.kind.typed}


def typed_label(key):
    """The label of the text a posted key holds («Medlem 2: Enhet» for ``members-1-unit``), or
    None for what nobody typed: row ids, formset counters, check boxes, choices (core.typed)."""
    table_name, _, row_key = key.partition("-")
    table = TABLES.get(table_name)
    if table is None:
        return TYPED_LABELS.get(key)
    index, _, name = row_key.partition("-")
    column = next((c for c in table.columns if c.name == name), None)
    row = ascii_int(index)
    if column is None or not column.kind.typed or row is None:
        return None
    return f"{table.row_label} {row + 1}: {column.label}"


def empty_row(table):
    return {column.name: column.kind.empty() for column in table.columns}


def row_is_blank(table, row):
    return all(c.kind.is_blank(row.get(c.name)) for c in table.columns)


@dataclass
class Missing:
    step: Step
    anchor: str  # the id of the form control to fix it
    label: str
    message: str = "må fylles ut"


def missing_parts(step, data):
    """Required parts of a step that are still empty, each pointing at the control to fix it."""
    data = data or {}
    missing = []
    for f in step.fields:
        if f.required and f.kind.is_blank(data.get(f.name)):
            missing.append(Missing(step, f"id_{f.name}", f.label))
    table = step.table
    if table is not None:
        rows = [r for r in data.get(table.name, []) if not row_is_blank(table, r)]
        if table.required and not rows:
            missing.append(Missing(step, f"{table.name}-tabell", table.label, "må ha minst én rad"))
        for index, row in enumerate(data.get(table.name, [])):
            if row_is_blank(table, row):
                continue
            for column in table.columns:
                if column.required and column.kind.is_blank(row.get(column.name)):
                    missing.append(
                        Missing(
                            step,
                            f"id_{table.name}-{index}-{column.name}",
                            f"{table.row_label} {index + 1}: {column.label}",
                        )
                    )
    return missing
