"""The example bank's filters as a django-filter FilterSet (GET parameters of /eksempler/).

Each filter owns its behaviour: which values exist (validation), how a value is labelled, how the
values are ordered in the form, and how it narrows the examples. Within a facet the chosen values
are alternatives (OR); across facets they all apply (AND). Unknown or malformed values never fail
the page: they are dropped and reported (``ExampleFilterSet.notices``), the rest still applies.

The API (``/api/v2/eksempler/``) reuses the same filters and names.
"""

from typing import NamedTuple
from urllib.parse import urlencode

from django import forms
from django.db.models import CharField, OuterRef, Subquery, Value
from django.db.models.functions import Cast, Coalesce, Concat, Length, Substr
from django.utils.functional import cached_property

from wagtail.models import Page

import django_filters

from core.search import matching_ids
from core.text import norwegian_order_by, norwegian_sort_key
from examples.snippets import ExampleTheme, TargetGroup
from phases.models import PhasePage, PlanningStepPage
from places.regions import County, SizeClass

MAX_VALUE_LENGTH = 100
MAX_QUERY_LENGTH = 200
TEXT = CharField()


class Chosen(NamedTuple):
    """One facet's values as asked: those that exist, and those that do not."""

    accepted: list
    unknown: list


class FacetField(forms.Field):
    """Several values of one facet (``?tema=a&tema=b``). Cleaning never fails: each value is
    kept if the facet knows it, and reported otherwise."""

    widget = forms.SelectMultiple  # reads every value of the parameter

    def __init__(self, *, existing, **kwargs):
        self.existing = existing
        kwargs["required"] = False
        super().__init__(**kwargs)

    def clean(self, value):
        asked = []
        for raw in value or []:
            text = str(raw).strip()[:MAX_VALUE_LENGTH]
            if text and text not in asked:
                asked.append(text)
        # A NUL byte cannot reach PostgreSQL; such a value exists nowhere.
        plausible = [v for v in asked if "\x00" not in v]
        found = self.existing(plausible) if plausible else set()
        return Chosen([v for v in asked if v in found], [v for v in asked if v not in found])


class FacetFilter(django_filters.Filter):
    """A facet: filters on ``field_name`` and is counted per value on the listing
    (``examples/facets.py`` reads ``value_expression``, ``label_for`` and ``sort_key``)."""

    field_class = FacetField
    many = False  # an example can have several values (a many-to-many lookup)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("existing", self.existing)
        super().__init__(*args, **kwargs)

    def existing(self, values):
        """Which of ``values`` exist; subclasses look them up."""
        raise NotImplementedError

    def filter(self, qs, value):
        """A many-to-many facet filters through a subquery of ids, so no example is joined twice
        and no DISTINCT over whole rows is needed (it made PostgreSQL sort every match before the
        first page)."""
        if not value or not value.accepted:
            return qs
        condition = {f"{self.field_name}__in": value.accepted}
        if self.many:
            return qs.filter(pk__in=qs.model._default_manager.filter(**condition).values("pk"))
        return qs.filter(**condition)

    # What the facet count query selects for each value (all facets share these columns).
    def value_expression(self):
        return Cast(self.field_name, output_field=TEXT)

    def label_expression(self):
        return Value("", TEXT)

    def group_expressions(self):
        """(key, label) of the group a value is shown under; most facets have none. The label
        may refer to the key as ``OuterRef("group_key")``."""
        return Value("", TEXT), Value("", TEXT)

    def label_for(self, value, label):
        return label or value

    def sort_key(self, value):
        """Values keep one order whatever is selected, so nothing jumps as filters change."""
        return norwegian_sort_key(value.label)


class ChoiceFacetFilter(FacetFilter):
    """A facet over a fixed list of choices, shown in the list's own order (sizes in size order,
    counties as listed)."""

    def __init__(self, *args, choices, **kwargs):
        self.choice_labels = dict(choices)
        self.positions = {value: i for i, value in enumerate(self.choice_labels)}
        super().__init__(*args, **kwargs)

    def existing(self, values):
        return {v for v in values if v in self.choice_labels}

    def label_for(self, value, label):
        return self.choice_labels.get(value, value)

    def sort_key(self, value):
        return self.positions.get(value.value, len(self.positions))


class SlugFacetFilter(FacetFilter):
    """A facet over a model's slugs (themes, target groups), in A–Å order of their names."""

    many = True

    def __init__(self, *args, values_from, **kwargs):
        self.values_from = values_from
        super().__init__(*args, **kwargs)

    def existing(self, values):
        return set(self.values_from.objects.filter(slug__in=values).values_list("slug", flat=True))

    def label_expression(self):
        return Cast(self.field_name.replace("__slug", "__name"), output_field=TEXT)


class CountyFacetFilter(FacetFilter):
    """Today's counties by key (``trondelag``), from the register: an example from a former
    municipality counts in its successor's county. In A–Å order of the names."""

    def existing(self, values):
        return set(County.objects.current().filter(slug__in=values).values_list("slug", flat=True))

    def label_expression(self):
        return Cast("municipality__current_county__name", output_field=TEXT)


class PhaseFacetFilter(FacetFilter):
    """Phases by id, grouped under their work process (the phase's parent page) in the tree's
    order, and by number within it."""

    many = True

    def existing(self, values):
        ids = [int(v) for v in values if v.isascii() and v.isdigit() and len(v) < 10]
        found = PhasePage.objects.filter(id__in=ids).values_list("id", flat=True)
        return {str(pk) for pk in found}

    def label_expression(self):
        return Concat(
            Value("Fase "),
            Cast("phases__number", output_field=TEXT),
            Value(": "),
            "phases__title",
            output_field=TEXT,
        )

    def group_expressions(self):
        """The phase's parent: its process, or for a planning step's own phases the step, shown
        as «<process> – trinn N: <step>»."""
        parent_path = Substr("phases__path", 1, Length("phases__path") - Page.steplen)
        parent_title = Page.objects.filter(path=OuterRef("group_key")).values("title")[:1]
        process_title = Page.objects.filter(
            path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
        ).values("title")[:1]
        step_label = (
            PlanningStepPage.objects.filter(path=OuterRef("group_key"))
            .annotate(
                label=Concat(
                    Subquery(process_title, output_field=TEXT),
                    Value(" – trinn "),
                    Cast("number", output_field=TEXT),
                    Value(": "),
                    "title",
                    output_field=TEXT,
                )
            )
            .values("label")[:1]
        )
        label = Coalesce(
            Subquery(step_label, output_field=TEXT), Subquery(parent_title, output_field=TEXT)
        )
        return Cast(parent_path, output_field=TEXT), label

    def sort_key(self, value):
        number = value.label.removeprefix("Fase ").partition(":")[0]
        return (value.group_key, int(number) if number.isdigit() else 0, value.label)


class YearFacetFilter(FacetFilter):
    """Start years, newest first."""

    def existing(self, values):
        return {v for v in values if v.isascii() and v.isdigit() and 1990 <= int(v) <= 2100}

    def filter(self, qs, value):
        if value and value.accepted:
            value = Chosen([int(v) for v in value.accepted], [])
        return super().filter(qs, value)

    def sort_key(self, value):
        return -int(value.value)


def search_example_ids(query, queryset, request=None):
    """Ids of the examples in ``queryset`` matching a free-text query, through the same engine,
    synonyms, folding, compounds and typos as /sok/ (core.search → search.listing)."""
    return matching_ids(queryset, query, request)


def normalize_query(text):
    """Whitespace collapsed, NUL bytes (which PostgreSQL refuses) dropped, at most 200 chars."""
    return " ".join((text or "").replace("\x00", " ").split())[:MAX_QUERY_LENGTH]


class FreeTextField(forms.CharField):
    def to_python(self, value):
        return normalize_query(super().to_python(value))


class FreeTextFilter(django_filters.CharFilter):
    """The free-text narrowing (``?q=``)."""

    field_class = FreeTextField

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(pk__in=search_example_ids(value, qs))


SORTS = {"nyeste": "Nyeste først", "a-a": "Tittel A–Å"}
DEFAULT_SORT = "nyeste"


class SortFilter(django_filters.ChoiceFilter):
    """The listing's order: newest first, or title in Norwegian A–Å order (Æ, Ø, Å after Z)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, choices=list(SORTS.items()), empty_label=None, **kwargs)

    def filter(self, qs, value):
        if value == "a-a":
            return qs.order_by(norwegian_order_by("title"), "pk")
        return qs.order_by("-first_published_at", "-pk")


class ExampleFilterSet(django_filters.FilterSet):
    q = FreeTextFilter(label="Søk i eksemplene")
    tema = SlugFacetFilter(label="Tema", field_name="tags__slug", values_from=ExampleTheme)
    malgruppe = SlugFacetFilter(
        label="Målgruppe", field_name="target_groups__slug", values_from=TargetGroup
    )
    fylke = CountyFacetFilter(label="Fylke", field_name="municipality__current_county__slug")
    storrelse = ChoiceFacetFilter(
        label="Kommunestørrelse", field_name="municipality__size_class", choices=SizeClass.choices
    )
    fase = PhaseFacetFilter(label="Fase", field_name="phases__id")
    ar = YearFacetFilter(label="Startår", field_name="start_year")
    sortering = SortFilter(label="Sortering")

    class Meta:
        fields = []

    @classmethod
    def facet_names(cls):
        return [name for name, f in cls.base_filters.items() if isinstance(f, FacetFilter)]

    @property
    def facet_filters(self):
        return {name: self.filters[name] for name in self.facet_names()}

    @cached_property
    def cleaned(self):
        self.form.is_valid()
        return self.form.cleaned_data

    @property
    def query(self):
        return self.cleaned.get("q") or ""

    @property
    def sort(self):
        return self.cleaned.get("sortering") or DEFAULT_SORT

    @cached_property
    def selections(self):
        """Facet name -> the accepted values, in the order asked."""
        chosen = {name: self.cleaned.get(name) for name in self.facet_filters}
        return {name: c.accepted for name, c in chosen.items() if c and c.accepted}

    @cached_property
    def notices(self):
        """What was ignored, in Norwegian, one sentence per value."""
        found = []
        for name, facet in self.facet_filters.items():
            chosen = self.cleaned.get(name)
            for value in chosen.unknown if chosen else []:
                found.append(
                    f"Filteret {facet.label.lower()} = «{value[:40]}» finnes ikke og ble ignorert."
                )
        if "sortering" in self.form.errors:
            asked = str(self.data.get("sortering", ""))[:40]
            found.append(f"Ukjent sortering «{asked}» ble ignorert.")
        return found

    @property
    def active_count(self):
        return sum(len(v) for v in self.selections.values()) + (1 if self.query else 0)

    def filter_queryset(self, queryset):
        """Free text and every facet, then the order (the default one if none valid was asked)."""
        return self.order(self.narrow(self.filters["q"].filter(queryset, self.query)))

    @cached_property
    def searched(self):
        """The examples narrowed by the free text only: the base every facet is counted in."""
        return self.filters["q"].filter(self.queryset.all(), self.query)

    def narrow(self, queryset, exclude=None):
        """``queryset`` narrowed by every facet selection but ``exclude``'s."""
        for name, facet in self.facet_filters.items():
            if name != exclude and name in self.selections:
                queryset = facet.filter(queryset, Chosen(self.selections[name], []))
        return queryset

    def order(self, queryset):
        return self.filters["sortering"].filter(queryset, self.sort)

    def querystring(self, without=None, extra=None):
        """The URL query for this state, optionally without one (name, value) or the text."""
        pairs = [
            (name, value)
            for name, values in self.selections.items()
            for value in values
            if without != (name, value)
        ]
        if self.query and without != ("q", self.query):
            pairs.append(("q", self.query))
        if self.sort != DEFAULT_SORT:
            pairs.append(("sortering", self.sort))
        pairs.extend(extra or [])
        return urlencode(pairs)
