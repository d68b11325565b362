"""Facet counts for the example listing: how many examples each filter value would give.

The count beside a value is the number of examples that have it among those matching every
*other* facet's selection and the free-text narrowing, so counts stay meaningful as filters
combine. All facets are counted in one query that also returns the zero-count values. What a
facet is (its lookup, labels, groups and order) is the filter's business (``examples/filters.py``).
"""

import hashlib
from contextlib import contextmanager
from dataclasses import dataclass

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection, transaction
from django.db.models import CharField, Count, Q, Value
from django.utils.functional import cached_property

TEXT = CharField()


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    group_key: str = ""
    group_label: str = ""


@dataclass
class FacetGroup:
    label: str
    values: list


@dataclass
class Facet:
    name: str
    label: str
    values: list

    @property
    def selected_count(self):
        return sum(1 for value in self.values if value.selected)

    @property
    def groups(self):
        """The values under their group labels, in order (one unnamed group if none)."""
        groups = []
        for value in self.values:
            if not groups or groups[-1].label != value.group_label:
                groups.append(FacetGroup(value.group_label, []))
            groups[-1].values.append(value)
        return groups


# Any change to an example drops every cached count (the version below), so the lifetime only
# bounds memory: counting all facets took over 5 s (the statement timeout) at 10,000 and 50,000
# examples on a busy machine, and a minute's lifetime made that the cost of a page every minute.
FACET_CACHE_SECONDS = 60 * 60
FACET_VERSION_KEY = "examples:facets:version"


def cached_facet_counts(filterset, base, scope):
    """``facet_counts`` cached per filter state for an hour, dropped whenever an example is
    saved, published, unpublished or deleted (see examples/signals.py). With a shared cache
    (REDIS_URL) that holds for every worker; with the per-process memory cache another worker
    may show counts up to a minute old."""
    version = cache.get_or_set(FACET_VERSION_KEY, 1, None)
    state = hashlib.sha256(filterset.querystring().encode()).hexdigest()[:32]
    key = f"examples:facets:{version}:{scope}:{state}"
    facets = cache.get(key)
    if facets is None:
        with longer_statements(FACET_STATEMENT_TIMEOUT_MS):
            facets = facet_counts(filterset, base)
        cache.set(key, facets, FACET_CACHE_SECONDS)
    return facets


# Counting every facet reads every example: at 50,000 examples, with JIT off, it took 4-6 s
# unfiltered and 10 s with two filters while eight engineers shared the machine's two cores (load
# 11), past the web requests' 5 s statement timeout (portal/db.py), so a new filter state was a
# 500 instead of a slow page once an hour. The count alone gets this long; every other statement
# keeps the web limit.
FACET_STATEMENT_TIMEOUT_MS = 30_000


@contextmanager
def longer_statements(milliseconds):
    """Statements in the block may run up to ``milliseconds``; the connection's own limit holds
    again after it (three queries, made only when the counts are not cached). An error in the
    block rolls the transaction or savepoint back, and the setting with it."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        previous = cursor.fetchone()[0]
        cursor.execute("SELECT set_config('statement_timeout', %s, true)", [str(milliseconds)])
        yield
        cursor.execute("SELECT set_config('statement_timeout', %s, true)", [previous])


class CachedCountPaginator(Paginator):
    """The listing's paginator, its COUNT(*) cached with the facet counts (and dropped with
    them): with two filters the count took 37 ms of a request at 50,000 examples."""

    def __init__(self, object_list, per_page, scope):
        super().__init__(object_list, per_page)
        self.scope = scope

    @cached_property
    def count(self):
        listing, filt = self.scope
        version = cache.get_or_set(FACET_VERSION_KEY, 1, None)
        state = hashlib.sha256(filt.querystring().encode()).hexdigest()[:32]
        key = f"examples:count:{version}:{listing}:{state}"
        count = cache.get(key)
        if count is None:
            count = super().count
            cache.set(key, count, FACET_CACHE_SECONDS)
        return count


def invalidate_facet_counts():
    try:
        cache.incr(FACET_VERSION_KEY)
    except ValueError:
        cache.set(FACET_VERSION_KEY, 1, None)


def facet_counts(filterset, base):
    """All facets counted in one query (a UNION ALL of one grouped query per facet), each listing
    every value present in ``base`` with its count under the other facets' filters."""
    parts = []
    # Each (example, value) pair occurs once in a facet's join (filters on other facets live in
    # the subquery, never in this join), so a plain COUNT is exact and PostgreSQL can hash it.
    facets = filterset.facet_filters
    for name, facet in facets.items():
        if any(other != name for other in filterset.selections):
            others = filterset.narrow(base, exclude=name)
            count = Count("pk", filter=Q(pk__in=others.values("pk")))
        else:  # nothing else is selected: every example in base counts
            count = Count("pk")
        group_key, group_label = facet.group_expressions()
        parts.append(
            base.annotate(group_key=group_key)
            .annotate(
                facet_name=Value(name, output_field=TEXT),
                facet_value=facet.value_expression(),
                facet_label=facet.label_expression(),
                group_label=group_label,
            )
            .values("facet_name", "facet_value", "facet_label", "group_key", "group_label")
            .annotate(n=count)
            .order_by()
        )
    first, *rest = parts
    rows = {name: [] for name in facets}
    for row in first.union(*rest, all=True):
        if row["facet_value"] is not None:
            rows[row["facet_name"]].append(row)

    counted = []
    for name, facet in facets.items():
        selected = set(filterset.selections.get(name, []))
        values = [
            FacetValue(
                value=row["facet_value"],
                label=facet.label_for(row["facet_value"], row["facet_label"]),
                count=row["n"],
                selected=row["facet_value"] in selected,
                group_key=row["group_key"] or "",
                group_label=row["group_label"] or "",
            )
            for row in rows[name]
        ]
        values.sort(key=facet.sort_key)
        counted.append(Facet(name, facet.label, values))
    return counted
