"""Autosave of the mandate wizard under load: latency, and a soak that checks nothing is lost.

    .venv/bin/python bench/autosave.py          # latency: paced and burst runs
    .venv/bin/python bench/autosave.py soak     # 20 groups × 5 browsers for 5 minutes
    WORKING_GROUPS=20 DURATION=20 INTERVAL=1.0 WORKERS=2 .venv/bin/python bench/autosave.py

Serves the portal with gunicorn (production settings, DEBUG off) on PostgreSQL (the database
``portal_autosavebench`` on the local cluster, or BENCH_DATABASE_URL) and creates one draft per
group through the start page.

Latency (default): every group autosaves its step 2 over and over as the browser script does:
the whole step, the version it last got back, a text that grows. "paced" saves once per INTERVAL
seconds (the script waits 1.2 s after the last keystroke, so a typing member saves at most about
that often), "burst" again the moment the last save returned. Prints p50/p95/p99/max latency in
ms, saves per second, conflicts and errors. Goal: p95 under 100 ms with 20 groups.

Soak (``soak``): each group has five members, each a browser of its own with its own cookies,
all in the same draft: two write different fields of step 2, one writes in step 4 and adds a
member now and then, one adds members and types their names, one writes a task's note in the
47-row work plan of step 6. Each pauses INTERVAL (default 3 s) ± 50 % between autosaves, and
follows the autosave script's rules (``bench/autosave_member.py``), pressing «Last inn
endringene» now and then when a table changed. After DURATION seconds (default 300) it checks
that the last value each member's autosaves were confirmed for is in the final state of the
draft (or, at least, in its history), and prints p95 latency, responses by status (no 5xx
allowed), revisions, and how much the wizard's tables grew, per hour of the run and per hour of
one member typing. Stdlib only (the final check reads the database through Django).
"""

import os
import random
import re
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import search as search_bench  # noqa: E402
from bench.autosave_member import LINK, Browser, Member  # noqa: E402

PORT = int(os.environ.get("PORT", "8125"))
# Not GROUPS: bash keeps that name for the shell user's groups and never exports it.
GROUPS = int(os.environ.get("WORKING_GROUPS", "20"))
SOAK = sys.argv[1:] == ["soak"]
DURATION = float(os.environ.get("DURATION", "300" if SOAK else "20"))
INTERVAL = float(os.environ.get("INTERVAL", "3.0" if SOAK else "1.0"))
WORKERS = int(os.environ.get("WORKERS", str(os.cpu_count() or 2)))
DATABASE = "portal_autosavebench"
GOAL_P95_MS = 100
TEXT = (
    "arbeidsgruppen kartlegger dagens organisering av det boligsosiale arbeidet og foreslår "
    "en modell for samordning mellom NAV, helse og omsorg, eiendom og planavdelingen med "
    "brukermedvirkning fra første dag og tydelig ansvar for oppfølging i bolig"
)
WORDS = TEXT.split(" ")
TABLES = ("mandates_sectionrevision", "mandates_mandatesection")


def csrf_token(html):
    return re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1).decode()


def start_group(process_id):
    """A new draft made through the start page: its creator's browser, id and edit link."""
    browser = Browser(PORT)
    _, _, html = browser.request("GET", "/veiviser/")
    status, headers, _ = browser.request(
        "POST",
        "/veiviser/",
        {"csrfmiddlewaretoken": csrf_token(html), "process": process_id},
    )
    if status != 303:
        raise RuntimeError(f"Kunne ikke lage utkast: HTTP {status}")
    public_id = headers["Location"].split("/")[2]
    _, _, links = browser.request("GET", headers["Location"])
    found = LINK.search(links)
    edit_link = (found.group(1) or found.group(2)).decode() if found else ""
    _, _, html = browser.request("GET", f"/veiviser/{public_id}/steg/2/")
    return {
        "browser": browser,
        "id": public_id,
        "edit_link": edit_link,
        "csrf": csrf_token(html),
        "version": 0,
    }


# Latency ----------------------------------------------------------------------------------


def autosave(group, text):
    fields = {
        "csrfmiddlewaretoken": group["csrf"],
        "versjon": str(group["version"]),
        "background": text,
        "purpose": "Samordnet hjelp til å skaffe og beholde en egnet bolig.",
        "main_goal": "En modell for boligsosialt arbeid på tvers av enhetene.",
    }
    started = time.perf_counter()
    status, _, body = group["browser"].request(
        "POST",
        f"/veiviser/{group['id']}/steg/2/autolagring/",
        fields,
        {"Accept": "application/json"},
    )
    elapsed = (time.perf_counter() - started) * 1000
    if status == 200:
        group["version"] = int(re.search(rb'"version": (\d+)', body).group(1))
    return status, elapsed


def run(groups, paced):
    latencies, statuses = [], []
    lock = threading.Lock()
    deadline = time.perf_counter() + DURATION

    def member(group, seed):
        rng = random.Random(seed)
        text = ""
        if paced:
            time.sleep(rng.uniform(0, INTERVAL))
        while time.perf_counter() < deadline:
            text = (text + " " + rng.choice(WORDS)).strip()[-4000:]
            begun = time.perf_counter()
            status, elapsed = autosave(group, text)
            with lock:
                latencies.append(elapsed)
                statuses.append(status)
            if paced:
                time.sleep(max(0.0, INTERVAL - (time.perf_counter() - begun)))

    threads = [threading.Thread(target=member, args=(g, i)) for i, g in enumerate(groups)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, statuses, time.perf_counter() - began


def percentile(ordered, p):
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def report(name, latencies, statuses, seconds):
    ordered = sorted(latencies)
    conflicts = statuses.count(409)
    errors = len([s for s in statuses if s not in (200, 409)])
    print(
        f"{name:<8} {len(ordered):>6} {len(ordered) / seconds:>8.1f} "
        f"{statistics.median(ordered):>7.1f} {percentile(ordered, 95):>7.1f} "
        f"{percentile(ordered, 99):>7.1f} {ordered[-1]:>7.1f} {conflicts:>9} {errors:>6}"
    )
    return percentile(ordered, 95)


def latency(process_id):
    groups = [start_group(process_id) for _ in range(GROUPS)]
    for group in groups:  # warm up both workers
        autosave(group, "start")
    print(
        f"\n{GROUPS} groups autosaving step 2, gunicorn {WORKERS} workers, PostgreSQL, "
        f"DEBUG off, {DURATION:.0f} s per run"
    )
    print(
        f"{'run':<8} {'saves':>6} {'saves/s':>8} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} "
        f"{'max ms':>7} {'conflicts':>9} {'errors':>6}"
    )
    paced_p95 = report(f"paced {INTERVAL:g}s", *run(groups, paced=True))
    report("burst", *run(groups, paced=False))
    verdict = "met" if paced_p95 < GOAL_P95_MS else "NOT met"
    print(f"goal: p95 < {GOAL_P95_MS} ms with {GROUPS} groups (paced): {verdict}")


# Soak -------------------------------------------------------------------------------------


def group_members(group):
    """The five members of a group and what each writes (see the module's docstring)."""
    draft = group["id"]
    members = [
        Member(PORT, draft, 2),
        Member(PORT, draft, 2),
        Member(PORT, draft, 4, table="members"),
        Member(PORT, draft, 4, table="members"),
        Member(PORT, draft, 6, table="tasks"),
    ]
    for member in members:
        member.join(group["edit_link"])
    return members


def act(index, member, rng, counter):
    """One turn of member ``index``: write a little, now and then press a button, autosave."""
    word = rng.choice(WORDS)
    if member.table in member.older and rng.random() < 0.3:
        member.post_form("last-inn")  # the offer the script shows when a table changed
    if index == 0:
        member.write(("field", "background"), word, 4800)
    elif index == 1:
        member.write(("field", "purpose"), word, 4800)
    elif index == 2:
        member.write(("field", "authority"), word, 4800)
        if rng.random() < 0.05:
            add_member_row(member, counter)
    elif index == 3:
        rows = [key for key in member.own if key[0] == "cell"]
        if not rows or rng.random() < 0.1:
            add_member_row(member, counter)
        else:
            member.write(rng.choice(rows), word, 140)
    else:
        rows = member.rows()
        key = ("cell", rows[hash(member.draft) % len(rows)], "note")
        member.write(key, word, 480)
    return member.autosave()


def add_member_row(member, counter):
    """«Legg til medlem», then a name in the new row (the page goes to it: ``#rad-N``)."""
    location = member.post_form("legg-til")
    found = re.search(r"#rad-(\d+)$", location or "")
    if found:
        row_id = member.rows()[int(found.group(1)) - 1]
        member.write(("cell", row_id, "name"), f"Medlem {next(counter)}", 140)


def soak(process_id):
    import itertools

    groups = [start_group(process_id) for _ in range(GROUPS)]
    teams = [group_members(group) for group in groups]
    size_before = table_bytes()
    counter = itertools.count(1)
    deadline = time.perf_counter() + DURATION
    failures = []

    def typing(index, member, seed):
        rng = random.Random(seed)
        time.sleep(rng.uniform(0, INTERVAL))
        while time.perf_counter() < deadline:
            try:
                act(index, member, rng, counter)
            except Exception as error:  # noqa: BLE001 (counted and shown, the run goes on)
                failures.append(repr(error))
            time.sleep(INTERVAL * rng.uniform(0.5, 1.5))

    threads = [
        threading.Thread(target=typing, args=(i, member, g * 10 + i))
        for g, team in enumerate(teams)
        for i, member in enumerate(team)
    ]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - began
    members = [member for team in teams for member in team]
    soak_report(members, seconds, size_before, failures)


def table_bytes():
    from django.db import connection

    with connection.cursor() as cursor:
        sizes = ", ".join(f"pg_total_relation_size('{table}')" for table in TABLES)
        cursor.execute(f"SELECT {sizes}")  # noqa: S608 (our own table names)
        return sum(cursor.fetchone())


def acknowledged_where(member):
    """(in final state, only in history, missing) for the values member's saves confirmed."""
    from mandates.models import MandateSection, SectionRevision
    from mandates.sections import STEPS_BY_NUMBER

    key = STEPS_BY_NUMBER[member.number].key
    section = MandateSection.objects.get(draft__public_id=member.draft, key=key)
    history = list(SectionRevision.objects.filter(section=section).values_list("data", flat=True))
    counts = [0, 0, 0]
    for what, value in member.acknowledged.items():

        def holds(data, what=what, value=value):
            if what[0] == "field":
                return (data.get(what[1]) or "") == value
            rows = data.get(member.table) or []
            return any(r.get("id") == what[1] and (r.get(what[2]) or "") == value for r in rows)

        if holds(section.data):
            counts[0] += 1
        elif any(holds(data) for data in history):
            counts[1] += 1
        else:
            counts[2] += 1
    return counts


def soak_report(members, seconds, size_before, failures):
    from mandates.models import SectionRevision

    latencies = sorted(ms for member in members for ms in member.latencies)
    statuses = [status for member in members for status in member.statuses]
    by_status = {status: statuses.count(status) for status in sorted(set(statuses))}
    final, history, missing = (sum(c) for c in zip(*map(acknowledged_where, members), strict=True))
    growth = table_bytes() - size_before
    hours = seconds / 3600
    drafts = {member.draft for member in members}
    revisions = SectionRevision.objects.filter(section__draft__public_id__in=drafts).count()
    print(
        f"\nsoak: {len(drafts)} groups × 5 browsers, {seconds:.0f} s, a save every "
        f"{INTERVAL:g} s ± 50 % per browser, gunicorn {WORKERS} workers, PostgreSQL, DEBUG off"
    )
    print(
        f"autosaves: {len(latencies)} ({len(latencies) / seconds:.1f}/s), p50 "
        f"{statistics.median(latencies):.1f} ms, p95 {percentile(latencies, 95):.1f} ms, "
        f"p99 {percentile(latencies, 99):.1f} ms, max {latencies[-1]:.1f} ms"
    )
    print(f"responses by status (autosaves and buttons): {by_status}")
    conflicts = [c for member in members for c in member.conflicts]
    kinds = {c: conflicts.count(c) for c in sorted(set(conflicts))}
    print(f"conflicts (step, fields): {kinds or 'none'}")
    print(f"5xx: {sum(n for s, n in by_status.items() if s >= 500)}; client errors: {failures[:3]}")
    print(
        f"confirmed values: {final} in the final state, {history} only in the history, "
        f"{missing} lost"
    )
    print(f"revisions: {revisions} in {len(drafts)} drafts ({revisions / len(drafts):.0f} each)")
    print(
        f"database growth ({' + '.join(TABLES)}): {growth / 2**20:.1f} MiB, "
        f"{growth / 2**20 / hours:.0f} MiB per hour of the run, "
        f"{growth / 2**20 / (hours * len(members)):.2f} MiB per hour of one member typing"
    )
    verdict = "met" if missing == 0 and not any(s >= 500 for s in statuses) else "NOT met"
    print(f"goal: no confirmed value lost, no 5xx: {verdict}")


def main():
    # The start page's limit on new drafts and the links' limit per address would stop the
    # bench making its groups: every browser here shares 127.0.0.1.
    env = search_bench.serve_demo_content(
        DATABASE, MANDATE_CREATE_RATE_LIMIT="100000/60", MANDATE_LINK_RATE_LIMIT="100000/60"
    )
    server = search_bench.start_gunicorn(env, "autosave", PORT, WORKERS)
    try:
        for _ in range(100):
            try:
                if Browser(PORT).request("GET", "/veiviser/")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        _, _, html = Browser(PORT).request("GET", "/veiviser/")
        process_id = re.search(rb'name="process" value="(\d+)"', html).group(1).decode()
        if SOAK:
            import django

            django.setup()
            soak(process_id)
        else:
            latency(process_id)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    sys.exit(main())
