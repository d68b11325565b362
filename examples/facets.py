"""Faceted filtering of the example bank: what the GET form on /eksempler/ selects and counts.

Within a facet the chosen values are alternatives (OR); across facets they all apply (AND). The
count shown beside a value is the number of examples that have it among those matching every
*other* facet's selection and the free-text narrowing, so counts stay meaningful as filters
combine. All facets are counted in one query that also returns the zero-count values.
"""

import hashlib
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.cache import cache
from django.db.models import CharField, Count, Q, Value
from django.db.models.functions import Cast

from core.text import norwegian_order_by
from examples.snippets import County, ExampleTheme, SizeClass, TargetGroup
from phases.models import PhasePage

SORTS = {"nyeste": "Nyeste først", "a-a": "Tittel A–Å"}
DEFAULT_SORT = "nyeste"
MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class FacetSpec:
    param: str
    label: str
    lookup: str
    label_lookups: tuple = ()
    choices: dict | None = None
    many: bool = False  # an example can have several values (a many-to-many lookup)

    def label_for(self, row):
        value = row["facet_value"]
        if self.choices is not None:
            return self.choices.get(value, value)
        if self.param == "fase":
            return f"Fase {row['label_a']}: {row['label_b']}"
        return row["label_a"] or value


FACETS = [
    FacetSpec("tema", "Tema", "tags__slug", ("tags__name",), many=True),
    FacetSpec("malgruppe", "Målgruppe", "target_groups__slug", ("target_groups__name",), many=True),
    FacetSpec("fylke", "Fylke", "municipality__county", choices=dict(County.choices)),
    FacetSpec(
        "storrelse", "Kommunestørrelse", "municipality__size_class", choices=dict(SizeClass.choices)
    ),
    FacetSpec("fase", "Fase", "phases__id", ("phases__number", "phases__title"), many=True),
    FacetSpec("ar", "Startår", "start_year"),
]
FACETS_BY_PARAM = {spec.param: spec for spec in FACETS}


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    spec: FacetSpec
    values: list

    @property
    def param(self):
        return self.spec.param

    @property
    def label(self):
        return self.spec.label


@dataclass
class ExampleFilter:
    selections: dict = field(default_factory=dict)  # param -> [value, ...] (validated)
    query: str = ""
    sort: str = DEFAULT_SORT
    notices: list = field(default_factory=list)

    @classmethod
    def from_querydict(cls, data):
        """Read the GET parameters; drop malformed and unknown values with a notice for each."""
        filt = cls()
        raw = {}
        for spec in FACETS:
            values = []
            for value in data.getlist(spec.param):
                value = value.strip()[:100]
                if value and value not in values:
                    values.append(value)
            if values:
                raw[spec.param] = values
        filt.query = " ".join(data.get("q", "").split())[:MAX_QUERY_LENGTH]
        sort = data.get("sortering", DEFAULT_SORT)
        if sort not in SORTS:
            filt.notices.append(f"Ukjent sortering «{sort[:40]}» ble ignorert.")
            sort = DEFAULT_SORT
        filt.sort = sort
        known = known_values(raw)
        for param, values in raw.items():
            spec = FACETS_BY_PARAM[param]
            accepted = [v for v in values if v in known[param]]
            for value in values:
                if value not in known[param]:
                    filt.notices.append(
                        f"Filteret {spec.label.lower()} = «{value[:40]}» finnes ikke "
                        "og ble ignorert."
                    )
            if accepted:
                filt.selections[param] = accepted
        return filt

    @property
    def active_count(self):
        return sum(len(v) for v in self.selections.values()) + (1 if self.query else 0)

    def apply(self, queryset, exclude=None):
        """``queryset`` narrowed by every selection but ``exclude``'s. A many-to-many facet
        filters through a subquery of ids, so no example is joined twice and no DISTINCT over
        whole rows is needed (it made PostgreSQL sort every match before the first page)."""
        for param, values in self.selections.items():
            if param == exclude:
                continue
            spec = FACETS_BY_PARAM[param]
            condition = {f"{spec.lookup}__in": values}
            if spec.many:
                matching = queryset.model._default_manager.filter(**condition).values("pk")
                queryset = queryset.filter(pk__in=matching)
            else:
                queryset = queryset.filter(**condition)
        return queryset

    def querystring(self, without=None, extra=None):
        """The URL query for this state, optionally without one (param, value) or the text query."""
        pairs = []
        for param, values in self.selections.items():
            for value in values:
                if without != (param, value):
                    pairs.append((param, value))
        if self.query and without != ("q", self.query):
            pairs.append(("q", self.query))
        if self.sort != DEFAULT_SORT:
            pairs.append(("sortering", self.sort))
        pairs.extend(extra or [])
        return urlencode(pairs)


def known_values(raw):
    """Which of the requested values exist. Counties, sizes and years need no query; tags,
    target groups and phases are checked together in one query."""
    known = {param: set() for param in raw}
    for param, choices in (("fylke", County), ("storrelse", SizeClass)):
        if param in raw:
            known[param] = {v for v in raw[param] if v in choices.values}
    if "ar" in raw:
        known["ar"] = {v for v in raw["ar"] if v.isdigit() and 1990 <= int(v) <= 2100}
    lookups = []
    if "tema" in raw:
        lookups.append(
            ExampleTheme.objects.filter(slug__in=raw["tema"]).values_list(Value("tema"), "slug")
        )
    if "malgruppe" in raw:
        lookups.append(
            TargetGroup.objects.filter(slug__in=raw["malgruppe"]).values_list(
                Value("malgruppe"), "slug"
            )
        )
    if "fase" in raw:
        ids = [int(v) for v in raw["fase"] if v.isdigit() and len(v) < 10]
        lookups.append(
            PhasePage.objects.filter(id__in=ids).values_list(
                Value("fase"), Cast("id", output_field=CharField())
            )
        )
    if lookups:
        first, *rest = (lookup.order_by() for lookup in lookups)
        for param, value in first.union(*rest, all=True) if rest else first:
            known[param].add(value)
    return known


FACET_CACHE_SECONDS = 60
FACET_VERSION_KEY = "examples:facets:version"


def cached_facet_counts(base, filt, scope):
    """``facet_counts`` cached per filter state for a minute, dropped whenever an example is
    saved, published, unpublished or deleted (see examples/signals.py). With a shared cache
    (REDIS_URL) that holds for every worker; with the per-process memory cache another worker
    may show counts up to a minute old."""
    version = cache.get_or_set(FACET_VERSION_KEY, 1, None)
    state = hashlib.sha256(filt.querystring().encode()).hexdigest()[:32]
    key = f"examples:facets:{version}:{scope}:{state}"
    facets = cache.get(key)
    if facets is None:
        facets = facet_counts(base, filt)
        cache.set(key, facets, FACET_CACHE_SECONDS)
    return facets


def invalidate_facet_counts():
    try:
        cache.incr(FACET_VERSION_KEY)
    except ValueError:
        cache.set(FACET_VERSION_KEY, 1, None)


def facet_counts(base, filt):
    """All facets counted in one query (a UNION ALL of one grouped query per facet), each listing
    every value present in ``base`` with its count under the other facets' filters."""
    text = CharField()
    parts = []
    # Each (example, value) pair occurs once in a facet's join (filters on other facets live in
    # the subquery, never in this join), so a plain COUNT is exact and PostgreSQL can hash it.
    for spec in FACETS:
        if any(param != spec.param for param in filt.selections):
            others = filt.apply(base, exclude=spec.param)
            count = Count("pk", filter=Q(pk__in=others.values("pk")))
        else:  # nothing else is selected: every example in base counts
            count = Count("pk")
        labels = [*spec.label_lookups, None, None][:2]
        parts.append(
            base.annotate(
                facet_param=Value(spec.param, output_field=text),
                facet_value=Cast(spec.lookup, output_field=text),
                label_a=Cast(labels[0], output_field=text) if labels[0] else Value("", text),
                label_b=Cast(labels[1], output_field=text) if labels[1] else Value("", text),
            )
            .values("facet_param", "facet_value", "label_a", "label_b")
            .annotate(n=count)
            .order_by()
        )
    first, *rest = parts
    rows = {spec.param: [] for spec in FACETS}
    for row in first.union(*rest, all=True):
        if row["facet_value"] is not None:
            rows[row["facet_param"]].append(row)

    facets = []
    for spec in FACETS:
        selected = set(filt.selections.get(spec.param, []))
        values = [
            FacetValue(
                value=row["facet_value"],
                label=spec.label_for(row),
                count=row["n"],
                selected=row["facet_value"] in selected,
            )
            for row in rows[spec.param]
        ]
        if spec.param == "ar":
            values.sort(key=lambda v: v.value, reverse=True)
        elif spec.param == "fase":
            values.sort(key=lambda v: v.label)
        else:
            values.sort(key=lambda v: (-v.count, v.label))
        facets.append(Facet(spec, values))
    return facets


def order(queryset, sort):
    if sort == "a-a":
        return queryset.order_by(norwegian_order_by("title"), "pk")
    return queryset.order_by("-first_published_at", "-pk")
