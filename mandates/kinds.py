"""The kinds of value a field or table column of the wizard holds, each one object that knows
everything about its kind: its form field and control, how it is stored and cleaned, when it
counts as blank, how it is shown (review, read and print views) and exported (plain text for
DOCX/ODT/PDF cells, a CSV cell, a date for a calendar).

Forms, template tags and exports ask the kind and never switch on it, so a new kind is one class
here (and, only if none of the four controls in ``templates/mandates/controls/`` fits it, one
template). ``NUMBER`` is the youngest: hours per member in the members table.

Stored values are what JSON holds: strings, ISO dates as strings, booleans, numbers. Old or
imported data may hold anything, so every reader (``text``, ``html``, ``csv``,
``calendar_date``) accepts any value and never raises. The exports still pass what they get
through their own ``clean`` (XML and calendar files cannot hold control characters).
"""

import datetime
import re
from decimal import Decimal, InvalidOperation
from html import escape

from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import linebreaksbr

from core.text import clean_text

SHORT = 200  # one-line fields
LONG = 5000  # free text sections
CELL = 500  # table cells

TOO_LONG = "Teksten er for lang: høyst %(limit_value)d tegn (nå %(show_value)d)."
BAD_DATE = "Skriv en gyldig dato, for eksempel 15.03.2027."
BAD_CHOICE = "Velg et av alternativene i listen."
DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y"]


class CleanCharField(forms.CharField):
    """A text field that drops control characters before any validation sees them."""

    def to_python(self, value):
        if isinstance(value, str):
            value = clean_text(value)
        return super().to_python(value)


def as_text(value):
    """Any stored value as a string (None is "")."""
    return "" if value is None else str(value)


class Kind:
    """One kind of value. Subclasses override what differs; the defaults are one line of text."""

    name = "text"
    typed = True  # the visitor types it: given back to them when a save is refused (core.typed)
    limit = CELL  # the default maximum length of typed text
    template = "mandates/controls/input.html"  # the control in the step's form
    input_type = "text"
    input_mode = ""  # the virtual keyboard a phone shows (``inputmode``)
    input_class = ""  # an extra class on the control
    wrapper_class = ""  # an extra class on the field around the control

    # The form

    def form_field(self, spec):
        """The Django form field for ``spec`` (a ``sections.Field``). Never required: a group
        writes its mandate over weeks, and review flags what is missing."""
        return CleanCharField(
            label=spec.label,
            required=False,
            max_length=spec.limit,
            widget=self.widget(),
            help_text=spec.help,
            error_messages={"max_length": TOO_LONG},
        )

    def widget(self):
        return forms.TextInput()

    def cell(self, name, value, label, control_id=""):
        """The control in a compact table's cell (the work plan): no visible label, the column
        heading and row say it (``label``: «Frist, oppgave 12»); ``value`` as the control holds
        it (``posted``); ``control_id``: its id, when it has an error to point at. Plain
        strings with ``html.escape``, not templates or ``format_html``: 300 rows of eight
        controls took 0.4 s of CPU that way (bench/work_plan.py). ``type="text"`` is the
        default and not said (two controls a row: 7 kB of a 300-row plan)."""
        kind = "" if self.input_type == "text" else f' type="{self.input_type}"'
        return (
            f'<input{kind}{self._mode()} name="{name}"'
            f"{_value(value)}{_labelled(label, control_id)}>"
        )

    def _mode(self):
        return f' inputmode="{self.input_mode}"' if self.input_mode else ""

    def to_initial(self, stored):
        """The stored value as the form field's initial value."""
        return stored

    def to_stored(self, cleaned):
        """A cleaned form value as stored in the section's JSON."""
        return cleaned or ""

    def posted(self, stored):
        """What a browser posts for the stored value (None: the control sends nothing, as an
        unticked box). The autosave answer uses it to update the page's controls."""
        return as_text(stored)

    # Stored values

    def empty(self):
        """The value of a new, untouched row's cell."""
        return ""

    def is_blank(self, value):
        """True when the value holds nothing anyone gave it (review flags required blanks)."""
        return value in (None, "", [], False) or (isinstance(value, str) and not value.strip())

    # Showing and exporting

    def text(self, value):
        """Plain text for a document (DOCX, ODT, PDF): as it reads, not as it is stored."""
        return as_text(value)

    def csv(self, value):
        """The text of a spreadsheet cell (the CSV export adds its formula guard)."""
        return self.text(value).strip()

    def html(self, value):
        """The value for the review, read and print views, escaped."""
        return linebreaksbr(self.text(value), autoescape=True)

    def calendar_date(self, value):
        """The day the value names, for a calendar file; None for kinds that name none."""
        return None


def _value(value):
    text = as_text(value)
    return f' value="{escape(text)}"' if text else ""


def _labelled(label, control_id):
    """The cell's label; a control with an error (``control_id``) has the id the error summary
    links to, and is described by its message (``<id>-feil``)."""
    if not control_id:
        return f' aria-label="{escape(label)}"'
    return (
        f' id="{control_id}" aria-label="{escape(label)}" aria-invalid="true"'
        f' aria-describedby="{control_id}-feil"'
    )


class LongText(Kind):
    """Several lines of text (a textarea)."""

    name = "long"
    limit = LONG
    template = "mandates/controls/textarea.html"

    def widget(self):
        return forms.Textarea(attrs={"rows": 5})

    def cell(self, name, value, label, control_id=""):
        return (
            # Two rows is a textarea's default (rows="2" was 3 kB of a 300-row plan).
            f'<textarea name="{name}"{_labelled(label, control_id)}>'
            f"{escape(as_text(value), quote=False)}</textarea>"
        )


class Text(Kind):
    """One line of text."""

    limit = SHORT


class DateFormField(forms.DateField):
    """Dates typed the Norwegian way or picked in the browser; shown to the control as ISO,
    which is what ``<input type="date">`` holds."""

    def prepare_value(self, value):
        if isinstance(value, str) and value:
            try:
                value = self.to_python(value)
            except ValidationError:
                return value  # shown back as typed, beside its error
        return value.isoformat() if isinstance(value, datetime.date) else value


class Date(Kind):
    """A day, stored as an ISO date ("2027-03-15"), shown as 15.03.2027."""

    name = "date"
    input_type = "date"
    input_class = "portal-input--date"

    def form_field(self, spec):
        return DateFormField(
            label=spec.label,
            required=False,
            input_formats=DATE_FORMATS,
            error_messages={"invalid": BAD_DATE},
            help_text=spec.help,
        )

    def to_initial(self, stored):
        return self.calendar_date(stored)

    def to_stored(self, cleaned):
        return cleaned.isoformat() if cleaned else ""

    def calendar_date(self, value):
        try:
            return datetime.date.fromisoformat(as_text(value).strip())
        except ValueError:
            return None

    def text(self, value):
        day = self.calendar_date(value)
        return day.strftime("%d.%m.%Y") if day else as_text(value).strip()

    def csv(self, value):
        return as_text(value).strip()  # ISO, as stored: spreadsheets read it as a date


class Bool(Kind):
    """A box to tick ("Milepæl")."""

    name = "bool"
    typed = False
    template = "mandates/controls/checkbox.html"
    wrapper_class = "portal-field--check"

    def form_field(self, spec):
        return forms.BooleanField(label=spec.label, required=False, help_text=spec.help)

    def cell(self, name, value, label, control_id=""):
        checked = " checked" if value else ""
        return f'<input type="checkbox" name="{name}"{checked}{_labelled(label, control_id)}>'

    def to_stored(self, cleaned):
        return bool(cleaned)

    def posted(self, stored):
        return "on" if stored else None

    def empty(self):
        return False

    def text(self, value):
        return "Ja" if value else ""

    def csv(self, value):
        return "Ja" if value else "Nei"


class Choice(Kind):
    """One of a fixed list of (key, label); the first is the default and counts as blank."""

    name = "choice"
    typed = False
    template = "mandates/controls/select.html"

    def __init__(self, choices):
        self.choices = tuple(choices)
        self.labels = dict(self.choices)

    def form_field(self, spec):
        return forms.ChoiceField(
            label=spec.label,
            choices=self.choices,
            required=False,
            error_messages={"invalid_choice": BAD_CHOICE},
            help_text=spec.help,
        )

    def cell(self, name, value, label, control_id=""):
        current = as_text(value)
        # No </option>: an option's end tag is optional in HTML, and four a row were 11 kB of a
        # 300-row plan.
        options = "".join(
            f'<option value="{escape(key)}"{" selected" if key == current else ""}>{escape(text)}'
            for key, text in self.choices
        )
        return f'<select name="{name}"{_labelled(label, control_id)}>{options}</select>'

    def to_stored(self, cleaned):
        return cleaned or self.empty()

    def empty(self):
        return self.choices[0][0]

    def is_blank(self, value):
        return super().is_blank(value) or value == self.empty()

    def text(self, value):
        """The Norwegian label (an unknown key is shown as it is)."""
        return self.labels.get(value, as_text(value)) if isinstance(value, str) else as_text(value)


ASCII_NUMBER = re.compile(r"^[0-9]+(?:[.,][0-9]+)?$")
NUMBER_SPACES = re.compile(r"[ \u00a0\u202f]")  # "1 500" with a (narrow) no-break space too


class NumberFormField(forms.Field):
    """A number typed the Norwegian way ("7,5", "1 500"). Only ASCII digits count: "²" or "٣"
    pass ``str.isdigit`` but are not numbers anybody meant."""

    widget = forms.TextInput

    def __init__(self, *, kind, **kwargs):
        self.kind = kind
        super().__init__(**kwargs)

    def to_python(self, value):
        text = NUMBER_SPACES.sub("", clean_text(value).strip())
        if not text:
            return None
        if len(text) > self.kind.limit or not ASCII_NUMBER.match(text):
            raise ValidationError(self.kind.bad_number, code="invalid")
        number = Decimal(text.replace(",", "."))
        if -number.normalize().as_tuple().exponent > self.kind.decimals:
            raise ValidationError(self.kind.too_precise, code="decimals")
        if number > self.kind.max_value:
            raise ValidationError(
                f"Skriv et tall fra 0 til {self.kind.text(self.kind.max_value)}.", code="max"
            )
        return number

    def prepare_value(self, value):
        if isinstance(value, str):
            return value  # as typed
        return self.kind.text(value)


class Number(Kind):
    """A number of at least 0 with at most ``decimals`` decimals, stored as a JSON number and
    shown the Norwegian way ("7,5", "1 500")."""

    name = "number"
    input_mode = "decimal"
    input_class = "portal-input--number"
    limit = 20

    def __init__(self, decimals=1, max_value=1_000_000):
        self.decimals = decimals
        self.max_value = max_value
        self.bad_number = "Skriv et tall, for eksempel " + ("7,5." if decimals else "8.")
        self.too_precise = (
            f"Skriv tallet med høyst {decimals} desimal{'er' if decimals > 1 else ''}."
            if decimals
            else "Skriv et helt tall."
        )

    def form_field(self, spec):
        return NumberFormField(kind=self, label=spec.label, required=False, help_text=spec.help)

    def to_stored(self, cleaned):
        if cleaned is None:
            return ""
        return int(cleaned) if cleaned == cleaned.to_integral_value() else float(cleaned)

    def is_blank(self, value):
        return value is None or (isinstance(value, str) and not value.strip())

    def _number(self, value):
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            return None
        try:
            return Decimal(str(value))
        except InvalidOperation:
            return None

    def text(self, value):
        number = self._number(value)
        if number is None:
            return as_text(value).strip()
        whole, _, decimals = f"{number:,.{self.decimals}f}".partition(".")
        decimals = decimals.rstrip("0")
        whole = whole.replace(",", "\u00a0")  # 1 500: a no-break space keeps the number whole
        return f"{whole},{decimals}" if decimals else whole

    def posted(self, stored):
        return self.text(stored)


TEXT = Text()
LONG_TEXT = LongText()
DATE = Date()
BOOL = Bool()
NUMBER = Number()
