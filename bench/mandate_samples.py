"""Mandates to export in benches and to look at: a realistic one with the 47 tasks of the demo
process's five phases, and a large generated one (any number of tasks).

No database: both are `MandateDocument`s built in memory. The realistic one is what a working
group in a mid-sized municipality would have written after a few weeks.
"""

import random
from datetime import date, timedelta

from demo.data.process import PHASES
from mandates.document import MandateDocument
from mandates.record import Change
from mandates.sections import TaskStatus
from phases.roles import STANDARD_ROLES

MANDATE = {
    "om-arbeidet": {
        "municipality": "Nordre Ås kommune",
        "work_name": "Helhetlig organisering av det boligsosiale arbeidet",
        "commissioner": "Kommunedirektøren",
        "owner": "Kommunalsjef for helse, omsorg og velferd",
        "case_number": "2026/1143",
        "planned_start": "2026-02-02",
        "planned_end": "2027-06-30",
    },
    "bakgrunn-og-mal": {
        "background": (
            "Kommuneplanens samfunnsdel (2024–2036) slår fast at alle skal ha et godt sted å "
            "bo. Kartleggingen fra 2025 viser at 212 husstander er vanskeligstilte på "
            "boligmarkedet, og at ventetiden på kommunal bolig har økt fra fire til elleve "
            "måneder.\nTjenestene er i dag spredt på NAV, boligkontoret, helse og omsorg og "
            "eiendomsforvaltningen. Brukere forteller at de må gå fra kontor til kontor, og "
            "startlån og bostøtte brukes mindre enn i sammenlignbare kommuner.\n"
            "Boligsosialloven (i kraft 1. juli 2023) gir kommunen plikt til å samordne arbeidet. "
            "Se https://www.regjeringen.no/no/dokumenter/lov-om-kommunenes-ansvar-pa-det-"
            "boligsosiale-feltet/id2950000/ for lovteksten."
        ),
        "purpose": (
            "Finne en organisering som gir innbyggerne ett samlet og koordinert tilbud, og som "
            "gjør at kommunen bruker virkemidlene fullt ut."
        ),
        "main_goal": (
            "Innen 30. juni 2027 har kommunedirektøren et beslutningsgrunnlag for en ny "
            "organisering av det boligsosiale arbeidet."
        ),
        "sub_goals": (
            "Et felles kunnskapsgrunnlag om behov, tjenester og ressurser\n"
            "Minst to alternative modeller for organisering, med konsekvenser\n"
            "En plan for gjennomføring og evaluering"
        ),
        "effect_goals": (
            "Kortere ventetid på bolig, færre utkastelser og flere som eier egen bolig."
        ),
        "result_goals": "Sluttrapport med anbefalt modell, vedtatt av kommunedirektøren.",
    },
    "oppdrag": {
        "assignment": (
            "Arbeidsgruppen skal beskrive dagens organisering og samarbeid, hente inn "
            "erfaringer fra brukere, ansatte og andre kommuner, vurdere alternative modeller og "
            "anbefale én av dem med plan for gjennomføring."
        ),
        "scope_limits": (
            "Utbygging av nye kommunale boliger og husleienivået er ikke en del av oppdraget."
        ),
        "guidelines": (
            "Kommuneplanens samfunnsdel, boligsosial handlingsplan 2022–2025, "
            "hovedavtalens regler om medvirkning og budsjettrammen for 2026."
        ),
    },
    "organisering": {
        "steering_group": (
            "Kommunalsjef for helse, omsorg og velferd (leder)\nNAV-leder\n"
            "Leder for eiendomsforvaltningen\nHovedtillitsvalgt, Fagforbundet"
        ),
        "leader": "Ingrid Sørbø, boligkontoret",
        "members": [
            {"id": "m1", "name": "Ingrid Sørbø", "unit": "Boligkontoret", "role": "Leder"},
            {"id": "m2", "name": "Håkon Æsøy", "unit": "NAV Nordre Ås", "role": "Medlem"},
            {"id": "m3", "name": "Marte Ødegård", "unit": "Helse og omsorg", "role": "Medlem"},
            {"id": "m4", "name": "Jonas Brå", "unit": "Eiendomsforvaltningen", "role": "Medlem"},
            {"id": "m5", "name": "Aisha Rahimi", "unit": "Flyktningtjenesten", "role": "Medlem"},
            {"id": "m6", "name": "Per Åmodt", "unit": "Fagforbundet", "role": "Tillitsvalgt"},
            {"id": "m7", "name": "Lene Kvåle", "unit": "Rådmannens stab", "role": "Sekretær"},
        ],
        "reference_group": "Brukerrådet\nRIO – rusfeltets hovedorganisasjon\nLeieboerforeningen",
        "authority": (
            "Arbeidsgruppen kan innhente opplysninger fra alle enhetene og invitere andre "
            "kommuner. Forslag som endrer ansvar mellom enhetene, legges fram for "
            "styringsgruppen."
        ),
        "user_participation": (
            "Brukerrådet deltar på to arbeidsmøter. Vi intervjuer minst tolv leietakere og "
            "søkere, og ansatte får si sin mening i en spørreundersøkelse."
        ),
    },
    "rammer-og-oppfolging": {
        "resources": "20 % stilling for lederen i 17 måneder, 4 timer i uka for hvert medlem.",
        "schedule": (
            "Oppstart februar 2026, kunnskapsgrunnlag september 2026, forslag til modell "
            "januar 2027, beslutning juni 2027."
        ),
        "reporting": "Statusrapport til styringsgruppen hver sjette uke; orientering til "
        "formannskapet to ganger.",
        "risk": "Arbeidsgruppens medlemmer får ikke frigjort tid. Tiltak: avtale med lederne.",
        "communication": "Nyhetsbrev på intranettet etter hvert møte i styringsgruppen.",
        "delivery": "Sluttrapport med anbefalt modell og forslag til vedtak.",
    },
}
PEOPLE = ("Ingrid Sørbø", "Håkon Æsøy", "Marte Ødegård", "Jonas Brå", "Aisha Rahimi")
ROLES = dict(STANDARD_ROLES)


def demo_tasks(first_day=date(2026, 2, 2)):
    """The 47 tasks of the demo process's five phases, planned over 17 months."""
    rows = []
    statuses = [key for key, _ in TaskStatus.CHOICES]
    for phase in PHASES:
        for group in phase["task_groups"]:
            for task in group["tasks"]:
                index = len(rows)
                start = first_day + timedelta(days=index * 10)
                rows.append(
                    {
                        "id": f"t{index:03d}",
                        "phase": f"Fase {phase['number']}: {phase['title']}",
                        "task": task["text"],
                        "responsible": ", ".join(ROLES[key] for key in task["responsible"]),
                        "start": start.isoformat(),
                        "deadline": (start + timedelta(days=28)).isoformat(),
                        "milestone": index % 9 == 8,
                        "status": statuses[0] if index > 12 else statuses[min(index // 4, 3)],
                        "note": "Flyttet to uker på grunn av budsjettarbeidet"
                        if index == 11
                        else "",
                    }
                )
    return rows


def realistic_document():
    sections = {key: dict(value) for key, value in MANDATE.items()}
    sections["arbeidsplan"] = {"tasks": demo_tasks()}
    versions = {
        "om-arbeidet": 4,
        "bakgrunn-og-mal": 9,
        "oppdrag": 3,
        "organisering": 6,
        "rammer-og-oppfolging": 3,
        "arbeidsplan": 12,
    }
    changes = [
        Change(1, 8, date(2026, 1, 12), "Ingrid Sørbø", "Om arbeidet, Bakgrunn, formål og mål"),
        Change(9, 20, date(2026, 1, 19), "", "Organisering, Arbeidsplan"),
        Change(21, 37, date(2026, 1, 26), "Håkon Æsøy", "Rammer, tidsplan og oppfølging"),
    ]
    return MandateDocument(
        "Blå brygge 77",
        "b7k2q9xw",
        "Organisering og tverrfaglig samarbeid",
        sections,
        versions,
        changes=changes,
    )


def large_document(tasks=200, members=8, seed=42):
    """The realistic mandate with ``tasks`` generated tasks instead of the 47."""
    rng = random.Random(seed)
    document = realistic_document()
    template = demo_tasks()
    statuses = [key for key, _ in TaskStatus.CHOICES]
    rows = []
    for index in range(tasks):
        base = template[index % len(template)]
        start = date(2026, 2, 2) + timedelta(days=index * 2)
        rows.append(
            {
                **base,
                "id": f"g{index:04d}",
                "phase": template[index * len(template) // tasks]["phase"],
                "responsible": rng.choice(PEOPLE),
                "start": start.isoformat(),
                "deadline": (start + timedelta(days=rng.randint(7, 60))).isoformat(),
                "milestone": index % 10 == 0,
                "status": rng.choice(statuses),
                "note": "Avvik: forsinket på grunn av ferieavvikling" if index % 7 == 0 else "",
            }
        )
    document.sections["arbeidsplan"] = {"tasks": rows}
    document.sections["organisering"]["members"] = MANDATE["organisering"]["members"][:members]
    return document
