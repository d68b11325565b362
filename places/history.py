"""The names a place has had: a municipality's earlier and later names and numbers, and the
counties its numbers belonged to, each with the year of the reform that ended it.

Read from the register's own links (``Municipality.successors``, KLASS's changes), not from a
table of which county became which: Stord (4614) was Stord (1221) in Hordaland, never in Sogn og
Fjordane, although Vestland is made of both. People search with the names they know («Fjell»,
«Nord-Trøndelag», «Viken»), so search indexes an example with these (examples.pages) and
suggests them (search.suggest).
"""

from dataclasses import dataclass, field

MAX_STEPS = 40  # a municipality's history is a handful of numbers; stops a bad cycle


@dataclass
class PlaceHistory:
    former_names: list = field(default_factory=list)  # (name, year it ended), not today's name
    later_names: list = field(default_factory=list)  # for a former municipality: today's names
    numbers: list = field(default_factory=list)  # every number, this one first
    county: str = ""  # today's county
    former_counties: list = field(default_factory=list)  # (name, year it ended)


def _walk(municipality, relation):
    """Every municipality reached through ``relation`` (predecessors or successors), nearest
    first."""
    seen, queue, found = {municipality.pk}, [municipality], []
    while queue and len(found) < MAX_STEPS:
        current = queue.pop(0)
        for other in getattr(current, relation).select_related("county").order_by("number"):
            if other.pk not in seen:
                seen.add(other.pk)
                found.append(other)
                queue.append(other)
    return found


def connected(municipality):
    """The municipality and every number it came from or went into (its whole history)."""
    return [municipality, *_walk(municipality, "predecessors"), *_walk(municipality, "successors")]


def history(municipality):
    """The place's history from the register (a few queries; for indexing, not per request)."""
    earlier = _walk(municipality, "predecessors")
    later = [m for m in _walk(municipality, "successors") if m.valid_to is None]
    today = municipality.current_county or municipality.county
    result = PlaceHistory(county=today.name if today else "")
    result.numbers = list(dict.fromkeys([municipality.number, *(m.number for m in earlier)]))
    names = {municipality.name}
    for m in earlier:
        if m.name not in names:
            names.add(m.name)
            result.former_names.append((m.name, m.valid_to.year if m.valid_to else None))
    result.later_names = list(dict.fromkeys(m.name for m in later if m.name not in names))
    counties = {result.county}
    for m in [municipality, *earlier]:
        county = m.county
        if county is not None and county.valid_to is not None and county.name not in counties:
            counties.add(county.name)
            result.former_counties.append((county.name, county.valid_to.year))
    return result
