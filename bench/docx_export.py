"""How fast a mandate is exported: DOCX, CSV and iCalendar for a full mandate with 200 tasks.

Builds a `MandateDocument` in memory (every mandate field filled in with realistic Norwegian
text, 8 members, 200 tasks of which every tenth is a milestone), warms up, then times each
export over 30 runs and prints median, p95 and max in ms and the size of the file. No database.
Goal for DOCX: well under 500 ms.

    DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python bench/docx_export.py
"""

import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from mandates.document import MandateDocument  # noqa: E402
from mandates.exports import build_csv, build_docx, build_ics  # noqa: E402
from mandates.kinds import DATE, TEXT  # noqa: E402
from mandates.sections import STEPS, TaskStatus  # noqa: E402

RUNS = 30
TASKS = 200
MEMBERS = 8

PARAGRAPH = (
    "Kommunen har over tid sett at flere husstander med lav inntekt blir boende i dårlige og "
    "trangbodde utleieboliger. Samarbeidet mellom NAV, helse- og omsorgstjenesten og "
    "boligkontoret er i dag for lite forpliktende, og ansvaret for oppfølging faller mellom to "
    "stoler. Arbeidsgruppen skal derfor kartlegge behovene, foreslå tiltak og sørge for at "
    "brukernes erfaringer blir hørt underveis."
)
PHASES = ("Forankring", "Kartlegging", "Analyse", "Tiltak", "Gjennomføring", "Evaluering")
VERBS = ("Kartlegge", "Utarbeide", "Gjennomgå", "Avklare", "Forankre", "Følge opp", "Evaluere")
OBJECTS = (
    "behovet for kommunale utleieboliger",
    "samarbeidsavtalen med NAV og helsetjenesten",
    "rutiner for tildeling av startlån og bostøtte",
    "brukerundersøkelse blant leietakere i Ås og Bø",
    "rapport til styringsgruppen med forslag til tiltak",
    "involvering av tillitsvalgte og brukerorganisasjoner",
)
PEOPLE = ("Kari Nordmann", "Ola Håkonsen", "Åse Bjørnstad", "Per Ødegård", "Sølvi Ærø")


def sample_document(tasks=TASKS, members=MEMBERS, seed=42):
    rng = random.Random(seed)
    sections = {}
    for step in STEPS:
        data = {}
        for field in step.fields:
            if field.kind is DATE:
                data[field.name] = "2026-02-01" if field.name == "planned_start" else "2027-06-30"
            elif field.kind is TEXT:
                data[field.name] = f"{field.label}: Bø kommune, helse og velferd"
            else:
                data[field.name] = "\n\n".join([PARAGRAPH] * rng.randint(1, 3))
        if data:
            sections[step.key] = data
    sections["om-arbeidet"]["municipality"] = "Bø kommune"
    sections["om-arbeidet"]["work_name"] = "Trygg bolig for alle i Bø"
    sections["organisering"]["members"] = [
        {
            "id": f"m{i}",
            "name": PEOPLE[i % len(PEOPLE)],
            "unit": "NAV Bø" if i % 2 else "Helse og omsorg",
            "role": "Leder" if i == 0 else "Medlem",
        }
        for i in range(members)
    ]
    statuses = [key for key, _ in TaskStatus.CHOICES]
    start = date(2026, 2, 1)
    rows = []
    for i in range(tasks):
        begin = start + timedelta(days=i * 2)
        rows.append(
            {
                "id": f"t{i:04d}",
                "phase": PHASES[i * len(PHASES) // tasks],
                "task": f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}"
                + ("\nInkluderer møte med tillitsvalgte." if i % 3 == 0 else ""),
                "responsible": rng.choice(PEOPLE),
                "start": begin.isoformat(),
                "deadline": (begin + timedelta(days=rng.randint(7, 60))).isoformat(),
                "milestone": i % 10 == 0,
                "status": rng.choice(statuses),
                "note": "Avvik: forsinket på grunn av ferieavvikling" if i % 7 == 0 else "",
            }
        )
    sections["arbeidsplan"] = {"tasks": rows}
    versions = {key: 3 for key in sections}
    return MandateDocument("Blå fjord 27", "b7k2q9xw", "Boligsosialt arbeid", sections, versions)


def measure(label, build, document):
    build(document)  # warm-up
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        data = build(document)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    print(
        f"  {label:<5} median {statistics.median(timings):7.1f} ms, p95 {p95:7.1f} ms, "
        f"max {timings[-1]:7.1f} ms, {len(data) / 1024:6.1f} kB"
    )


def main():
    document = sample_document()
    print(
        f"Mandate export: {len(document.tasks)} tasks ({len(document.milestones)} milestones), "
        f"{len(document.members)} members, {RUNS} runs after a warm-up"
    )
    measure("DOCX", build_docx, document)
    measure("CSV", build_csv, document)
    measure("ICS", build_ics, document)


if __name__ == "__main__":
    main()
