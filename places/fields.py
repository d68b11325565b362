"""A form field for choosing a municipality from the whole register by typing its name.

The input carries a ``<datalist>`` of the municipalities (plain HTML: browsers offer the
matching names as one types, with no JavaScript), and the field accepts a name, a display name
(«Herøy (Nordland)», «Fjell (nå Øygarden)») or a four-digit number. 357 options in a select
would be a long scroll; this is a search box that still submits with JavaScript off.

Former municipalities count: staff in Øygarden writing about a project from Fjell's time may type
«Fjell», and the example then shows «Fjell (nå Øygarden)» and is filtered under today's county.
The display name is tried first, so a name in use today means today's municipality («Os» is Os
in Innlandet; the Os that is now Bjørnafjorden is «Os (nå Bjørnafjorden)» in the list), and
only the two Herøy and the two Våler need their county. A number that was only renumbered
(Trondheim 1601 → 5001) is not offered as a place of its own, and a place that had two numbers
before it merged (Hemne 1612 and 5011, now Heim) is found once.
"""

from django import forms
from django.core.exceptions import ValidationError

from core.text import norwegian_sort_key
from places.loading import join_names
from places.regions import Municipality


class MunicipalityField(forms.CharField):
    default_error_messages = {
        "unknown": (
            "Finner ingen kommune som heter «%(value)s». Velg en kommune fra listen, eller skriv "
            "kommunenummeret (fire sifre)."
        ),
        "ambiguous": (
            "Det finnes flere kommuner som heter «%(value)s»: %(choices)s. Velg en fra listen."
        ),
    }

    def __init__(self, *, queryset=None, **kwargs):
        kwargs.setdefault("max_length", 200)
        super().__init__(**kwargs)
        self.queryset = queryset if queryset is not None else Municipality.objects.all()
        self.widget.attrs["autocomplete"] = "off"

    def _places(self):
        """The register without the numbers that were only renumbered (same name as a successor):
        one entry per place a person would name. Values, not model instances: one query."""
        rows = self.queryset.values_list("pk", "name", "label", "successors__name")
        renumbered = {pk for pk, name, _, successor in rows if successor == name}
        return {pk: (name, label) for pk, name, label, _ in rows if pk not in renumbered}

    @property
    def datalist(self):
        """The display names offered while typing, in Norwegian alphabetical order."""
        labels = {label or name for name, label in self._places().values()}
        return sorted(labels, key=norwegian_sort_key)

    def prepare_value(self, value):
        return str(value) if isinstance(value, Municipality) else value

    def clean(self, value):
        text = " ".join(super().clean(value).split())
        if not text:
            return None
        base = self.queryset.select_related("county", "current_county").prefetch_related(
            "successors"
        )
        found = one_per_place(base.filter(label__iexact=text))
        if not found and text.isascii() and text.isdigit():
            found = list(base.filter(number=text))
        if not found:
            found = self._by_name(base, text.removesuffix(" kommune"))
        if not found:
            raise ValidationError(self.error_messages["unknown"], "unknown", {"value": text[:60]})
        if len(found) > 1:
            choices = join_names(sorted((str(m) for m in found), key=norwegian_sort_key))
            raise ValidationError(
                self.error_messages["ambiguous"],
                "ambiguous",
                {"value": text[:60], "choices": choices},
            )
        return found[0]

    def _by_name(self, base, name):
        """The places that had this name: today's municipality and any different former one;
        a renumbered number of today's municipality is not a place of its own."""
        return [
            m
            for m in one_per_place(base.filter(name__iexact=name))
            if not any(s.name.lower() == m.name.lower() for s in m.successors.all())
        ]


def one_per_place(municipalities):
    """One municipality per place: Hemne had 1612 until 2017 and 5011 until it became part of
    Heim in 2020; both read «Hemne (nå Heim)», and the later number stands for the place."""
    places = {}
    for m in municipalities:
        if m.is_current:
            key = m.pk
        else:
            key = (m.name.lower(), frozenset(s.pk for s in m.successors.all()))
        if key not in places or places[key].valid_to < m.valid_to:
            places[key] = m
    return list(places.values())
