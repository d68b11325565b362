"""Fill the register from the data files in places/data/ (sources and date: places/data/README.md).

``sync_register`` takes the model classes as arguments, so the migration that first loads the
register (with its historical models) and the demo loader share it. It creates what is missing
and brings the register's own fields (name, county, population, validity, successors) in line
with the rows; ``create_only`` leaves existing rows untouched, as the demo loader must.
"""

import csv
from datetime import date
from pathlib import Path

from django.utils.text import slugify

DATA = Path(__file__).resolve().parent / "data"
_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})


def norwegian_slug(text):
    return slugify(text.translate(_FOLD))


def read_rows(name):
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def day(text):
    return date.fromisoformat(text) if text else None


def size_class_for(population):
    """The size classes of places.regions.SizeClass (a copy: migrations use this module)."""
    if population is None:
        return ""
    for limit, key in ((5_000, "small"), (20_000, "medium"), (100_000, "large")):
        if population < limit:
            return key
    return "xlarge"


def county_slugs(rows):
    """Today's counties get the plain name (``trondelag``); a former county whose name is in use
    again (Østfold 01, now 31) gets its number after it (``ostfold-01``)."""
    current = {norwegian_slug(r["name"]) for r in rows if not r["valid_to"]}
    slugs = {}
    for row in rows:
        slug = norwegian_slug(row["name"])
        if row["valid_to"] and slug in current:
            slug = f"{slug}-{row['number']}"
        slugs[row["number"]] = slug
    return slugs


def sync_register(
    County, Municipality, county_rows=None, municipality_rows=None, create_only=False
):
    """Counties and municipalities from the rows (default: the CSV files). Returns the counts of
    rows created and changed."""
    county_rows = county_rows if county_rows is not None else read_rows("counties.csv")
    municipality_rows = (
        municipality_rows if municipality_rows is not None else read_rows("municipalities.csv")
    )
    counts = {"created": 0, "changed": 0}
    slugs = county_slugs(county_rows)
    counties = {c.number: c for c in County.objects.all()}
    for row in county_rows:
        values = {
            "name": row["name"],
            "slug": slugs[row["number"]],
            "valid_from": day(row["valid_from"]),
            "valid_to": day(row["valid_to"]),
        }
        counties[row["number"]] = _save(
            County, counties.get(row["number"]), row, values, counts, create_only
        )
    for row in county_rows:
        successors = [counties[n] for n in row["successor_numbers"].split(";") if n]
        if successors and not (create_only and counties[row["number"]].successors.exists()):
            counties[row["number"]].successors.set(successors)

    municipalities = {m.number: m for m in Municipality.objects.all()}
    for row in municipality_rows:
        population = int(row["population"]) if row["population"] else None
        values = {
            "name": row["name"],
            "other_names": row.get("sami_name_or_other_official_names", ""),
            "county": counties[row["county_number"]],
            "population": population,
            "population_date": day(row["population_date"]),
            "valid_from": day(row["valid_from"]),
            "valid_to": day(row["valid_to"]),
        }
        municipalities[row["number"]] = _save(
            Municipality, municipalities.get(row["number"]), row, values, counts, create_only
        )
    for row in municipality_rows:
        municipality = municipalities[row["number"]]
        successors = [municipalities[n] for n in row["successor_number"].split(";") if n]
        if successors and not (create_only and municipality.successors.exists()):
            municipality.successors.set(successors)
    refresh_derived(Municipality)
    return counts


def _save(model, existing, row, values, counts, create_only):
    if existing is None:
        counts["created"] += 1
        return model.objects.create(number=row["number"], **values)
    if create_only:
        return existing
    changed = [name for name, value in values.items() if getattr(existing, name) != value]
    if changed:
        for name in changed:
            setattr(existing, name, values[name])
        existing.save(update_fields=changed)
        counts["changed"] += 1
    return existing


def refresh_derived(Municipality):
    """Label, today's county and size class, which follow from the rest: a former municipality
    shows where it went ("Fjell (nå Øygarden)") and takes its successor's county and size; the
    two names in use twice today carry their county ("Herøy (Nordland)")."""
    rows, current_names = _register(Municipality)
    changed = []
    for m in rows:
        successors = sorted(m.successors.all(), key=lambda s: s.number)
        label = _label(m, successors, current_names)
        if m.valid_to is None:
            current_county_id, size = m.county_id, size_class_for(m.population)
        elif successors:
            first = successors[0]
            current_county_id, size = first.county_id, size_class_for(first.population)
        else:
            current_county_id, size = None, ""
        if (m.label, m.current_county_id, m.size_class) != (label, current_county_id, size):
            m.label, m.current_county_id, m.size_class = label, current_county_id, size
            changed.append(m)
    Municipality.objects.bulk_update(changed, ["label", "current_county", "size_class"])
    return len(changed)


def refresh_labels(Municipality):
    """Only the display names, which follow from the names and links: after a municipality is
    renamed or given successors by hand, «Fjell (nå Øygarden)» and «Herøy (Nordland)» say what
    the register says. The municipalities changed (their examples show the new label)."""
    rows, current_names = _register(Municipality)
    changed = []
    for m in rows:
        label = _label(m, sorted(m.successors.all(), key=lambda s: s.number), current_names)
        if m.label != label:
            m.label = label
            changed.append(m)
    Municipality.objects.bulk_update(changed, ["label"])
    return changed


def _register(Municipality):
    rows = list(Municipality.objects.select_related("county").prefetch_related("successors"))
    current_names = {}
    for m in rows:
        if m.valid_to is None:
            current_names[m.name] = current_names.get(m.name, 0) + 1
    return rows, current_names


def _label(m, successors, current_names):
    if m.valid_to is None:
        return m.name if current_names[m.name] == 1 else f"{m.name} ({m.county.name})"
    if successors:
        names = [s.name for s in successors]
        if names == [m.name]:
            return f"{m.name} (kommunenummer {m.number} til {m.valid_to.year - 1})"
        return f"{m.name} (nå {join_names(names)})"
    return f"{m.name} (til {m.valid_to.year - 1})"


def join_names(names):
    """«A», «A og B», «A, B og C»."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1]
