"""How fast the work-plan step (step 6) renders with 300 tasks, and how large its HTML is.

    .venv/bin/python bench/work_plan.py
    ROWS=200 RUNS=30 .venv/bin/python bench/work_plan.py

Makes a throwaway test database (the project-local PostgreSQL, or DATABASE_URL), loads the demo
content, creates a draft whose plan has ROWS tasks in 6 phases (every field filled in, every
tenth a milestone), opens its edit link with Django's test client and loads the step RUNS times
after one warm-up. Prints p50/p95/max wall-clock time and the CPU time of the median run (the
machine may be busy: CPU time is the step's own cost), the HTML size, and the SQL queries.
Also the same with a filter (status) and the progress view. Goals: under 200 ms, under 400 kB.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

ROWS = int(os.environ.get("ROWS", "300"))
RUNS = int(os.environ.get("RUNS", "20"))
GOAL_MS, GOAL_KB = 200, 400
PHASES = ["Forankring", "Kartlegging", "Analyse", "Tiltak", "Gjennomføring", "Evaluering"]


def plan(rows):
    return [
        {
            "id": f"r{index:04d}",
            "phase": PHASES[index * len(PHASES) // rows],
            "task": f"Kartlegge boligbehovet i sone {index} sammen med NAV og helse og omsorg",
            "responsible": ["Boligkonsulent", "NAV-veileder", "Kommunalsjef"][index % 3],
            "start": "2027-01-04",
            "deadline": f"2027-{index % 12 + 1:02d}-15",
            "milestone": index % 10 == 0,
            "status": ["ikke_startet", "pagar", "ferdig", "forsinket"][index % 4],
            "note": "Avklares i styringsgruppen" if index % 5 == 0 else "",
            "done_on": "2027-02-01" if index % 4 == 2 else "",
        }
        for index in range(rows)
    ]


def percentile(values, share):
    return values[min(len(values) - 1, round(share * (len(values) - 1)))]


def measure(client, label, url):
    client.get(url)  # warm-up
    results = []
    for _ in range(RUNS):
        cpu, wall = time.process_time(), time.perf_counter()
        response = client.get(url)
        results.append(((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000))
        if response.status_code != 200:
            raise SystemExit(f"{url}: {response.status_code}")
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    walls = sorted(w for w, _ in results)
    size = len(response.content) / 1024
    p50, p95 = statistics.median(walls), percentile(walls, 0.95)
    print(
        f"  {label:<22} p50 {p50:6.0f} ms  p95 {p95:6.0f} ms"
        f"  max {walls[-1]:6.0f} ms  cpu {statistics.median(c for _, c in results):6.0f} ms"
        f"  {size:6.0f} kB  {len(queries)} queries"
    )
    return p50, size


def main():
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, keepdb=False)
    try:
        call_command("load_demo_content", verbosity=0)
        from mandates.prefill import create_draft
        from phases.models import WorkProcessPage

        draft, tokens = create_draft(WorkProcessPage.objects.first())
        draft.sections.filter(key="arbeidsplan").update(data={"tasks": plan(ROWS)})
        client = Client()
        client.get(f"/veiviser/lenke/{tokens['edit']}/")
        base = f"/veiviser/{draft.public_id}/"
        print(f"Work-plan step with {ROWS} tasks, {RUNS} runs:")
        p50, size = measure(client, "step 6", base + "steg/6/")
        measure(client, "step 6, ?status=pagar", base + "steg/6/?status=pagar")
        if os.environ.get("PROGRESS", "1") == "1":
            measure(client, "progress view", base + "oppfolging/")
        ok = p50 < GOAL_MS and size < GOAL_KB
        print(f"Goal: under {GOAL_MS} ms and {GOAL_KB} kB: {'met' if ok else 'NOT met'}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
