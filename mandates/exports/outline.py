"""The mandate as one outline that every document format lays out: Word, OpenDocument, the
print view and the PDF made from it. A part added here appears in all four.

- A title block: the municipality, «Mandat og arbeidsplan», the name of the work, and status
  (utkast / godkjent), version and date. Never the draft's nickname: that is the wizard's
  handle, not the document's name.
- One numbered part (1, 2 …) per step of the wizard, in `sections.STEPS` order; each filled-in
  field is a numbered sub-part (2.1, 2.2 …) with its text, one paragraph per line. Empty fields
  are left out; a step with nothing filled in says «Ikke fylt ut.». Step 1 («Om arbeidet») is a
  table of facts. The members table is a sub-part after the field the step names.
- The work plan on landscape pages: one row per task under a row naming its phase, with the
  widths below (the task widest; dates wide enough never to wrap).
- Godkjenning (vedtatt av, dato, saksnummer, signatur), Endringslogg and Distribusjon, with
  empty rows to fill in by hand where nothing is recorded.
"""

from dataclasses import dataclass, field

from mandates.sections import EDITABLE_STEPS, MEMBERS, TASKS

from .text import cell_text, clean, format_day, lines

KIND = "Mandat og arbeidsplan"
NOT_FILLED = "Ikke fylt ut."
NO_TASKS = "Ingen oppgaver er lagt inn."
PLAN_KEY = "arbeidsplan"
FACTS_KEY = "om-arbeidet"
BLANK_ROWS = 2  # empty rows under the change log and the distribution list
TITLE_FIELDS = ("municipality", "work_name")  # in the title block, not in the facts


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    width: float  # share of the table's width; the shares of a table add up to 1
    nowrap: bool = False  # dates: never broken over two lines

    @property
    def percent(self):
        return f"{self.width * 100:.1f}"


@dataclass
class Row:
    cells: tuple[str, ...] = ()
    group: str = ""  # a row naming a group (the phase) across all columns
    space: str = ""  # "write": room to write by hand; "sign": room for a signature
    columns: tuple = ()  # set by the table the row is in

    @property
    def pairs(self):
        """(cell, column) for each cell, as the print view lays them out."""
        return list(zip(self.cells, self.columns, strict=False))


@dataclass
class Table:
    name: str  # "facts", "members", "plan", "approval", "changes", "distribution"
    columns: tuple[Column, ...]
    rows: list[Row]
    header: bool = True  # a header row, repeated on every page the table runs over
    label: str = ""  # what the table holds, for screen readers

    def __post_init__(self):
        for row in self.rows:
            row.columns = self.columns


@dataclass
class Part:
    number: str  # "2" or "2.1"
    title: str
    blocks: list = field(default_factory=list)  # paragraphs (str) and tables, in order
    landscape: bool = False  # the work plan: a landscape page of its own

    @property
    def level(self):
        return self.number.count(".") + 1

    @property
    def anchor(self):
        return "del-" + self.number.replace(".", "-")


@dataclass
class Outline:
    municipality: str
    kind: str
    title: str
    status: str
    version: str  # «12»; for an approved document the approved version
    date: str
    subject: str
    parts: list[Part]

    @property
    def title_facts(self):
        return (("Status", self.status), ("Versjon", self.version), ("Dato", self.date))

    @property
    def header_line(self):
        """«Bø kommune – Trygg bolig for alle – Utkast, versjon 12», for every page's header."""
        first = " – ".join(part for part in (self.municipality, self.title) if part)
        return f"{first} – {self.status}, versjon {self.version}"


# How wide a column of each kind is, relative to the others in its table: long text widest,
# dates and choices wide enough for «30.06.2027» and «Ikke startet» on one line. A kind not named
# here gets the width of a line of text.
# (Long text was 3.4 before the work plan got its ninth column, «Ferdig»: at 2.9 a date still fits.)
KIND_WIDTHS = {"long": 2.9, "text": 1.6, "date": 0.95, "choice": 0.95, "bool": 0.7, "number": 0.7}
NOWRAP_KINDS = {"date", "number"}
NUMBER_WIDTH = 0.4  # «Nr.» before the tasks
TEXT_WIDTH = KIND_WIDTHS["text"]
GROUPED_BY = TASKS.group_by  # the work plan's rows are grouped under the phase, not a column


def schema_columns(fields, first=()):
    """Columns for a schema table's fields (``first``: columns of our own before them), each as
    wide as its kind asks, scaled so that the shares add up to 1."""
    columns = [
        *first,
        *(
            Column(
                f.name,
                f.column_heading,
                KIND_WIDTHS.get(f.kind.name, TEXT_WIDTH),
                f.kind.name in NOWRAP_KINDS,
            )
            for f in fields
        ),
    ]
    total = sum(column.width for column in columns)
    return tuple(Column(c.key, c.label, c.width / total, c.nowrap) for c in columns)


PLAN_FIELDS = tuple(f for f in TASKS.columns if f.name != GROUPED_BY)
PLAN_COLUMNS = schema_columns(PLAN_FIELDS, first=(Column("number", "Nr.", NUMBER_WIDTH),))
MEMBER_COLUMNS = schema_columns(MEMBERS.columns)
FACT_COLUMNS = (Column("label", "", 0.35), Column("value", "", 0.65))
CHANGE_COLUMNS = (
    Column("version", "Versjon", 0.12, nowrap=True),
    Column("date", "Dato", 0.14, nowrap=True),
    Column("author", "Av", 0.26),
    Column("what", "Hva", 0.48),
)
DISTRIBUTION_COLUMNS = (Column("recipient", "Mottaker", 0.55), Column("why", "Rolle", 0.45))


def one_line(value):
    return " ".join(clean(value).split())


def build_outline(document):
    """The `Outline` of a `MandateDocument`."""
    title = one_line(document.value("work_name")) or "Mandat"  # never the nickname
    parts = []
    for step in EDITABLE_STEPS:
        number = step.number
        data = document.sections.get(step.key) or {}
        if step.key == FACTS_KEY:
            parts.append(_facts_part(number, step, data))
        elif step.key == PLAN_KEY:
            parts.append(_plan_part(number, step, document))
        else:
            parts.extend(_text_parts(number, step, data, document))
    count = len(EDITABLE_STEPS)
    parts.append(_approval_part(count + 1, document))
    parts.append(_changes_part(count + 2, document))
    parts.append(_distribution_part(count + 3, document))
    return Outline(
        municipality=one_line(document.municipality),
        kind=KIND,
        title=title,
        status=document.status,
        version=str(document.shown_version),
        date=format_day(document.date),
        subject=KIND + (f" – {one_line(document.process_title)}" if document.process_title else ""),
        parts=parts,
    )


def _facts_part(number, step, data):
    rows = [
        Row((f.label, cell_text(f, data.get(f.name))))
        for f in step.fields
        if f.name not in TITLE_FIELDS and cell_text(f, data.get(f.name))
    ]
    if not rows:
        return Part(str(number), step.title, [NOT_FILLED])
    return Part(
        str(number),
        step.title,
        [Table("facts", FACT_COLUMNS, rows, header=False, label=step.title)],
    )


def _text_parts(number, step, data, document):
    """The step's part and a sub-part per filled-in field (and the members table)."""
    subparts = []

    def add(title, blocks):
        subparts.append(Part(f"{number}.{len(subparts) + 1}", title, blocks))

    for spec in step.fields:
        text = lines(spec.kind.text(data.get(spec.name)))
        if text:
            add(spec.label, text)
        if step.table is MEMBERS and step.table_after == spec.name and document.members:
            add(MEMBERS.label, [_members_table(document.members)])
    head = Part(str(number), step.title, [] if subparts else [NOT_FILLED])
    return [head, *subparts]


def _members_table(members):
    rows = [Row(tuple(cell_text(f, m.get(f.name)) for f in MEMBERS.columns)) for m in members]
    return Table("members", MEMBER_COLUMNS, rows, label=MEMBERS.label)


def _plan_part(number, step, document):
    tasks = document.tasks
    if not tasks:
        return Part(str(number), step.title, [NO_TASKS], landscape=True)
    rows, phase = [], None
    for index, task in enumerate(tasks, start=1):
        task_phase = one_line(task.get(GROUPED_BY))
        if task_phase and task_phase != phase:
            rows.append(Row(group=task_phase))
        phase = task_phase
        cells = [str(index), *(cell_text(f, task.get(f.name)) for f in PLAN_FIELDS)]
        rows.append(Row(tuple(cells)))
    return Part(
        str(number), step.title, [Table("plan", PLAN_COLUMNS, rows, label=TASKS.label)], True
    )


def _approval_part(number, document):
    approval = document.approval
    case_number = one_line(document.value("case_number"))
    rows = [
        Row(("Vedtatt av", one_line(approval.approved_by) if approval else ""), space="write"),
        Row(("Dato", _approval_date(approval)), space="write"),
        Row(("Saksnummer", _approval_case(approval) or case_number), space="write"),
        Row(("Signatur", ""), space="sign"),
    ]
    intro = (
        f"{document.version_label}."
        if approval is not None
        else "Fylles ut når mandatet er vedtatt av oppdragsgiveren."
    )
    table = Table("approval", FACT_COLUMNS, rows, header=False, label="Godkjenning")
    return Part(str(number), "Godkjenning", [intro, table])


def _approval_date(approval):
    if approval is None or approval.approved_on is None:
        return ""
    return format_day(approval.approved_on)


def _approval_case(approval):
    return one_line(approval.case_number) if approval is not None else ""


def _changes_part(number, document):
    rows = [Row((c.versions, format_day(c.day), c.author, c.what)) for c in document.changes]
    rows.extend(Row(("", "", "", ""), space="write") for _ in range(BLANK_ROWS))
    return Part(
        str(number), "Endringslogg", [Table("changes", CHANGE_COLUMNS, rows, label="Endringslogg")]
    )


def _distribution_part(number, document):
    """Who gets the mandate: the commissioner, the steering group, the working group and the
    reference group, as the draft names them, and empty rows for anyone else."""
    recipients = []
    commissioner = one_line(document.value("commissioner"))
    if commissioner:
        recipients.append((commissioner, "Oppdragsgiver"))
    recipients.extend((line, "Styringsgruppen") for line in lines(document.value("steering_group")))
    for member in document.members:
        role = " – ".join(
            part for part in (one_line(member.get("role")), one_line(member.get("unit"))) if part
        )
        recipients.append(
            (one_line(member.get("name")), f"Arbeidsgruppen{': ' + role if role else ''}")
        )
    recipients.extend(
        (line, "Referansegruppe og tillitsvalgte")
        for line in lines(document.value("reference_group"))
    )
    rows = [Row(pair) for pair in dict.fromkeys(recipients)]
    rows.extend(Row(("", ""), space="write") for _ in range(BLANK_ROWS))
    table = Table("distribution", DISTRIBUTION_COLUMNS, rows, label="Distribusjon")
    return Part(str(number), "Distribusjon", [table])
