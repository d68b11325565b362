"""Refresh the register from Statistics Norway's classification service (KLASS).

KLASS 131 lists the municipalities and 104 the counties valid on a day
(``/classifications/<id>/codesAt.json?date=YYYY-MM-DD``, answering ``{"codes": [...]}``; the
stored answers in tests/places/ have the shape). A refresh adds numbers that are new, brings
names in line, and marks a current number that KLASS no longer lists as ended on that day. It
never deletes: examples may point at any number. Successors of an ended number are not in the
answer; the command says which numbers need them set in the admin.

KLASS names carry the Sami and Kven forms ("Guovdageaidnu - Kautokeino"); the register keeps
the Norwegian name where it is one of the parts, and the other parts as other names.
"""

import json
import re
import urllib.request
from dataclasses import dataclass, field

from django.db import transaction

from core.cachetags import ALL, purge
from places.loading import norwegian_slug, refresh_derived
from places.regions import County, Municipality

KLASS_BASE = "https://data.ssb.no/api/klass/v1"
MUNICIPALITIES, COUNTIES = 131, 104
QUALIFIER = re.compile(r"\s*\([^)]*\)$")
UNKNOWN_CODES = {"9999", "99"}  # KLASS's «Uoppgitt»
# A municipality list that would end more than this share of today's municipalities is taken as
# a broken or partial answer, and nothing is ended.
MAX_ENDED_SHARE = 0.1


@dataclass
class RefreshReport:
    created: list = field(default_factory=list)
    renamed: list = field(default_factory=list)
    ended: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    @property
    def changed(self):
        return bool(self.created or self.renamed or self.ended)


def fetch_codes(classification, day, base=KLASS_BASE, timeout=30):
    """One classification's codes on ``day``. Only http(s) addresses are opened."""
    if not base.startswith(("https://", "http://")):
        raise ValueError(f"KLASS-adressen må begynne med https:// («{base}»).")
    url = f"{base.rstrip('/')}/classifications/{classification}/codesAt.json?date={day.isoformat()}"
    request = urllib.request.Request(url, headers={"Accept": "application/json"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (checked above)
        return json.load(response)


def split_name(klass_name, known=None):
    """(Norwegian name, other official forms) from a KLASS name. KLASS adds the county to the
    names in use twice («Herøy (Nordland)»); the register keeps that in the label instead."""
    klass_name = QUALIFIER.sub("", klass_name)
    parts = [part.strip() for part in klass_name.split(" - ") if part.strip()]
    main = known if known and known in parts else parts[0] if parts else klass_name
    others = "; ".join(part for part in parts if part != main)
    return main, others


def codes(payload):
    return [item for item in payload.get("codes", []) if item.get("code") not in UNKNOWN_CODES]


@transaction.atomic
def apply_codes(municipality_payload, county_payload, day, dry_run=False):
    report = RefreshReport()
    counties = {c.number: c for c in County.objects.all()}
    for item in codes(county_payload):
        county = counties.get(item["code"])
        if county is None:
            name, _ = split_name(item["name"])
            county = County(number=item["code"], name=name, slug=norwegian_slug(name))
            if County.objects.filter(slug=county.slug).exists():
                county.slug = f"{county.slug}-{county.number}"
            county.valid_from = day
            report.created.append(f"fylke {county.number} {county.name}")
            if not dry_run:
                county.save()
            counties[county.number] = county
        else:
            name, _ = split_name(item["name"], known=county.name)
            if name != county.name:
                report.renamed.append(f"fylke {county.number}: {county.name} → {name}")
                county.name = name
                if not dry_run:
                    county.save(update_fields=["name"])

    listed = codes(municipality_payload)
    listed_numbers = {item["code"] for item in listed}
    existing = {m.number: m for m in Municipality.objects.all()}
    for item in listed:
        municipality = existing.get(item["code"])
        if municipality is None:
            county = counties.get(item["code"][:2])
            if county is None:
                report.warnings.append(f"{item['code']} {item['name']}: ukjent fylke, hoppet over")
                continue
            name, others = split_name(item["name"])
            report.created.append(f"kommune {item['code']} {name}")
            if not dry_run:
                Municipality.objects.create(
                    number=item["code"],
                    name=name,
                    other_names=others,
                    county=county,
                    valid_from=day,
                )
            continue
        name, others = split_name(item["name"], known=municipality.name)
        if municipality.valid_to is not None:
            report.warnings.append(
                f"{municipality.number} {municipality.name} er merket som tidligere kommune, "
                "men KLASS har nummeret i bruk"
            )
        if name != municipality.name:
            report.renamed.append(f"kommune {municipality.number}: {municipality.name} → {name}")
            municipality.name, municipality.other_names = name, others
            if not dry_run:
                municipality.save(update_fields=["name", "other_names"])

    current = [
        m
        for m in existing.values()
        if m.valid_to is None and (m.valid_from is None or m.valid_from <= day)
    ]
    gone = [m for m in current if m.number not in listed_numbers]
    if len(gone) > MAX_ENDED_SHARE * max(len(current), 1):
        report.warnings.append(
            f"KLASS lister ikke {len(gone)} av {len(current)} kommuner. Svaret ser ufullstendig "
            "ut, så ingen kommuner ble avsluttet."
        )
    else:
        for municipality in gone:
            report.ended.append(
                f"kommune {municipality.number} {municipality.name} (sett «Ble til» i admin)"
            )
            if not dry_run:
                municipality.valid_to = day
                municipality.save(update_fields=["valid_to"])
    if not dry_run and report.changed:
        refresh_derived(Municipality)  # bulk_update: no signals, so purge the page cache here
        purge(ALL)
    return report


def refresh(day, base=KLASS_BASE, dry_run=False):
    return apply_codes(
        fetch_codes(MUNICIPALITIES, day, base), fetch_codes(COUNTIES, day, base), day, dry_run
    )
