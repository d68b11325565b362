"""Load-test the example listing on PostgreSQL with 10,000 generated examples.

    .venv/bin/python bench/listing.py      # reuses bench/search.py's database and generator

Builds the same database as bench/search.py (10,000 examples), gives every generated example 2–4
themes, a target group and a phase (in bulk, once), serves with gunicorn (production settings,
DEBUG off, 2 workers) and loads /eksempler/ unfiltered and with two filters through wrk at
concurrency 8: requests/s, p50 and p99, non-2xx and socket errors, and SQL queries per request.
"""

import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import search as search_bench  # noqa: E402

PORT = int(os.environ.get("PORT", "8125"))
DURATION = os.environ.get("DURATION", "15s")
CONNECTIONS = os.environ.get("CONNECTIONS", "8")
URLS = {
    "unfiltered": "/eksempler/",
    "two filters": "/eksempler/?tema=samordning&fylke=trondelag",
    "two filters, page 3": "/eksempler/?tema=planarbeid&storrelse=large&side=3",
}


def relate_generated_examples():
    import django

    django.setup()
    from examples.models import ExamplePage

    untagged = list(
        ExamplePage.objects.filter(
            slug__startswith="generert-", tagged_items__isnull=True
        ).values_list("pk", flat=True)
    )
    if untagged:
        relate(untagged)
    search_bench.refresh_statistics()


def relate(untagged):
    from django.utils.text import slugify

    from demo.data.sections import THEMES
    from examples.models import ExamplePage, ExamplePageTag, ExampleTheme, TargetGroup
    from phases.models import PhasePage

    rng = random.Random(5)
    tags = [
        ExampleTheme.objects.get_or_create(name=name, defaults={"slug": slugify(name)})[0]
        for name in THEMES
    ]
    groups = list(TargetGroup.objects.all())
    phases = list(PhasePage.objects.all())
    ExamplePageTag.objects.bulk_create(
        ExamplePageTag(content_object_id=pk, tag=tag)
        for pk in untagged
        for tag in rng.sample(tags, rng.randint(2, 4))
    )
    ExamplePage.target_groups.through.objects.bulk_create(
        ExamplePage.target_groups.through(examplepage_id=pk, targetgroup=rng.choice(groups))
        for pk in untagged
    )
    ExamplePage.phases.through.objects.bulk_create(
        ExamplePage.phases.through(examplepage_id=pk, phasepage=rng.choice(phases))
        for pk in untagged
    )
    print(f"  temaer, målgrupper og faser lagt til {len(untagged)} genererte eksempler")


def main():
    env = search_bench.prepare_production_database()
    python = search_bench.PYTHON
    relate_generated_examples()

    command = [search_bench.GUNICORN, "portal.wsgi:application", "--workers", "2"]
    command += ["--bind", f"127.0.0.1:{PORT}", "--access-logfile", "/dev/null"]
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    rows = []
    try:
        for _ in range(100):
            if (
                subprocess.run(
                    ["curl", "-fs", "-o", "/dev/null", f"http://127.0.0.1:{PORT}/eksempler/"],
                    check=False,
                ).returncode
                == 0
            ):
                break
            time.sleep(0.2)
        for name, path in URLS.items():
            out = subprocess.run(
                [
                    "wrk",
                    "-t2",
                    f"-c{CONNECTIONS}",
                    f"-d{DURATION}",
                    "--latency",
                    f"http://127.0.0.1:{PORT}{path}",
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            queries = subprocess.run(
                [python, "-m", "bench.count_queries", path],  # not the script: see its docstring
                capture_output=True,
                text=True,
                check=True,
                env=env,
            ).stdout.strip()
            rows.append(
                subprocess.run(
                    [python, str(ROOT / "bench" / "parse_wrk.py"), name, queries],
                    input=out,
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout.rstrip()
            )
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(
        f"\n/eksempler/ med 10 000 eksempler, gunicorn 2 workers, wrk -c{CONNECTIONS} -d{DURATION}"
    )
    print(f"{'page':<15} {'req/s':>10} {'p50 ms':>10} {'p99 ms':>10} {'errors':>8} {'queries':>8}")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
