"""Mandate documents for the export tests, built in memory (no database)."""

from mandates.document import MandateDocument

CONTROL_TEXT = "Før\x00 møtet\x0b i\x1b[31m rådet\r\nNeste linje\x7f med\x85 mer\x0c"
CONTROL_CLEAN = ["Før møtet i[31m rådet", "Neste linje med mer"]
SCRIPT_TEXT = "<script>alert(1)</script> & <b>fet</b> \"sitat\" 'enkle'"
SUMMARY_TEXT = "Ferdig kartlegging; Ås, Bø & Ærøy – første runde"

FIELDS = {
    "om-arbeidet": {
        "municipality": "Bø kommune",
        "work_name": "Trygg bolig for alle",
        "commissioner": "Kommunedirektøren",
        "owner": "",
        "case_number": "2026/117",
        "planned_start": "2026-02-01",
        "planned_end": "2027-06-30",
    },
    "bakgrunn-og-mal": {
        "background": CONTROL_TEXT,
        "purpose": SCRIPT_TEXT,
        "main_goal": (
            "Flere skal eie eller leie en god bolig.\n\n  Ingen skal bo i midlertidig bolig."
        ),
        "sub_goals": "   ",
        "effect_goals": "Økt bostabilitet\tmålt årlig",
    },
    "oppdrag": {"assignment": "Utrede tiltak for vanskeligstilte på boligmarkedet."},
    "organisering": {
        "steering_group": "Kommunalsjef helse og omsorg (leder)\nNAV-leder",
        "leader": "Åse Bjørnstad",
        "authority": "Gruppen kan innhente opplysninger fra alle enhetene.",
        "user_participation": "Brukerrådet deltar på to møter.",
    },
    "rammer-og-oppfolging": {"resources": "20 % stilling i ett år.", "delivery": "Sluttrapport"},
}

MEMBERS = [
    {"id": "m1", "name": "Åse Bjørnstad", "unit": "Boligkontoret", "role": "Leder", "hours": 7.5},
    {"id": "m2", "name": "Per Ødegård", "unit": "NAV Bø", "role": "Medlem", "hours": 4},
    {"id": "m3", "name": "", "unit": "", "role": ""},  # blank rows are left out
    {"id": "m4", "name": "Sølvi Ærø\x00", "unit": "", "role": "Tillitsvalgt"},
]

TASKS = [
    {
        "id": "t1",
        "phase": "Forankring",
        "task": f"{SUMMARY_TEXT}\nMed rapport til styringsgruppen",
        "responsible": "Åse Bjørnstad",
        "start": "2026-02-01",
        "deadline": "2026-03-15",
        "milestone": True,
        "status": "pagar",
        "note": "Avvik: ferie; to uker, kanskje mer",
    },
    {
        "id": "t2",
        "phase": "Kartlegging",
        "task": "Intervjue leietakere",
        "responsible": "",
        "start": "",
        "deadline": "2026-04-01",
        "milestone": False,
        "status": "ikke_startet",
        "note": "",
    },
    {
        "id": "t3",
        "phase": "Analyse",
        "task": "Milepæl uten frist",
        "responsible": "Per",
        "start": "",
        "deadline": "",
        "milestone": True,
        "status": "forsinket",
        "note": "",
    },
    {
        "id": "t4",
        "phase": "Tiltak",
        "task": "Vedtak i kommunestyret\x1b",
        "responsible": "Kommunedirektøren",
        "start": "2026-09-01",
        "deadline": "2026-10-20",
        "milestone": True,
        "status": "ferdig",
        "note": "<script>alert(1)</script>",
    },
]


def full_document(tasks=TASKS):
    sections = {key: dict(data) for key, data in FIELDS.items()}
    sections["organisering"]["members"] = MEMBERS
    sections["arbeidsplan"] = {"tasks": tasks}
    versions = {"om-arbeidet": 3, "bakgrunn-og-mal": 2, "arbeidsplan": 4}
    return MandateDocument("Blå fjord 27", "b7k2q9xw", "Boligsosialt arbeid", sections, versions)


def many_tasks(count):
    return [
        {
            "id": f"t{i}",
            "phase": f"Fase {i % 6 + 1}",
            "task": f"Oppgave nummer {i} – kartlegge behov",
            "responsible": "Kari Nordmann",
            "start": "2026-02-01",
            "deadline": f"2026-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
            "milestone": i % 10 == 0,
            "status": "pagar",
            "note": "",
        }
        for i in range(count)
    ]
