"""Load-test the search page and its autocomplete on PostgreSQL with generated examples.

    .venv/bin/python bench/search.py          # database portal_searchbench on local PostgreSQL
    BENCH_DATABASE_URL=postgres://... .venv/bin/python bench/search.py
    EXAMPLES=10000 DURATION=15 WORKERS=2 .venv/bin/python bench/search.py

Steps: create the database if needed, migrate, load the demo content, add generated examples until
there are EXAMPLES (realistic Norwegian text, bokmål and nynorsk, assembled from the demo texts),
serve with gunicorn (production settings, DEBUG off), then measure every query of the search
evaluation set (tests/demo/search_evaluation_set.py) and autocomplete for their first letters:
p50/p95 latency at concurrency 1 and requests/s at concurrency 16, counting every non-200 as an
error.
Stdlib only (urllib and threads), so nothing more needs installing.
"""

import datetime
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PORT = int(os.environ.get("PORT", "8124"))
EXAMPLES = int(os.environ.get("EXAMPLES", "10000"))
DURATION = float(os.environ.get("DURATION", "15"))
ROUNDS = int(os.environ.get("ROUNDS", "5"))
CONCURRENCY = int(os.environ.get("CONCURRENCY", "16"))
WORKERS = int(os.environ.get("WORKERS", str(os.cpu_count() or 2)))
GOAL_P95_MS = 150
GOAL_AUTOCOMPLETE_P95_MS = 50


def evaluation_queries():
    from tests.demo.search_evaluation_set import PENDING
    from tests.demo.search_evaluation_set import QUERIES as EVALUATION

    queries = [q for q, _pages, _kind in EVALUATION + PENDING]
    return [*queries, "bolig", "kommune", "qqqzzz"]


QUERIES = evaluation_queries()
# What people have typed when autocomplete answers: the first 3-6 letters of each query.
PREFIXES = list(dict.fromkeys(q[: 3 + n % 4] for n, q in enumerate(QUERIES)))


def sh(*args, **kwargs):
    return subprocess.run(args, check=True, cwd=ROOT, **kwargs)


def ensure_database(name="portal_searchbench"):
    """The URL of database ``name`` on the local cluster (created if missing), or
    ``BENCH_DATABASE_URL`` when that is set."""
    url = os.environ.get("BENCH_DATABASE_URL")
    if url:
        return url
    subprocess.run(["pg_ctlcluster", "15", "main", "start"], check=False, capture_output=True)
    exists = subprocess.run(
        [
            "su",
            "postgres",
            "-c",
            f"psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='{name}'\"",  # noqa: S608 (our own names)
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if exists != "1":
        sh("su", "postgres", "-c", f"createdb -O portal {name}")
    return f"postgres://portal:portal@127.0.0.1:5432/{name}"


def ensure_redis(port=6391):
    """Production settings need a shared cache: Debian's redis-server on loopback, started once
    (no persistence) unless REDIS_URL points at one already."""
    if os.environ.get("REDIS_URL"):
        return os.environ["REDIS_URL"]
    ping = subprocess.run(
        ["redis-cli", "-p", str(port), "ping"], capture_output=True, text=True, check=False
    )
    if ping.stdout.strip() != "PONG":
        sh(
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--daemonize",
            "yes",
        )
    return f"redis://127.0.0.1:{port}/1"


def serve_demo_content(database="portal_searchbench", **settings):
    """Production settings (DEBUG off) on a bench database, migrated, with the demo content and
    static files; returns the environment for the server and helper processes."""
    os.chdir(ROOT)
    env = os.environ.copy()
    env.update(
        DATABASE_URL=ensure_database(database),
        REDIS_URL=ensure_redis(),
        PYTHONPATH=str(ROOT),
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="bench-" + os.urandom(16).hex(),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        **settings,
    )
    # What the benches measure is rendering; bench/scale.py --cached turns the page cache on.
    env.setdefault("PAGE_CACHE", "off")
    # Production settings queue Wagtail's index updates for `manage.py db_worker`, which no bench
    # runs: without this the demo content and every generated example stayed out of the search
    # index (0 index entries in a 10,000-example bench database), so search was measured on an
    # empty index. Tasks run at once here, as under `make run`.
    env.setdefault("TASKS_BACKEND", "immediate")
    os.environ.update(env)
    sh(PYTHON, "manage.py", "migrate", "--noinput", "-v0", env=env)
    sh(PYTHON, "manage.py", "load_demo_content", "-v0", env=env, stdout=subprocess.DEVNULL)
    sh(PYTHON, "manage.py", "collectstatic", "--noinput", "-v0", env=env)
    sh(PYTHON, "manage.py", "shell", "-c", INDEX_NOT_EMPTY, env=env)
    return env


# Refuses to measure search on an empty index (how the bench ran before TASKS_BACKEND was set).
INDEX_NOT_EMPTY = (
    "import sys; from wagtail.search.models import IndexEntry; "
    "n = IndexEntry.objects.count(); print(f'  søkeindeksen: {n} oppføringer'); "
    "sys.exit(0 if n else 'Søkeindeksen er tom: benken ville målt søk uten treff.')"
)


# Generated content ---------------------------------------------------------------------------


def sentence_pool():
    from demo.data import examples, glossary, process

    texts = []
    for item in examples.EXAMPLES:
        texts += [item["summary"], item.get("background", ""), item.get("body", "")]
        texts.append(item.get("results", ""))
    texts += [term["definition"] for term in glossary.TERMS]
    texts.append(repr(process.WORK_PROCESS) + repr(process.PHASES))
    plain = re.sub(r"<[^>]+>", " ", " ".join(texts))
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", plain)]
    return [s for s in sentences if 40 <= len(s) <= 300 and "\\" not in s and "{" not in s]


TOPICS = [
    "Boligkontor", "Bustadkontor", "Tverrfaglig samarbeid", "Startlån", "Bostøtte",
    "Kommunale utleieboliger", "Oppfølging i bolig", "Bustadsosial handlingsplan", "Housing First",
    "Boligsosialt arbeid", "Bosetting av flyktninger", "Busetjing av flyktningar", "Kartlegging",
    "Ungdom i egen bolig", "Velferdslab", "Tildeling av bolig", "Boligflyt", "Brukermedvirkning",
]  # fmt: skip


def new_example(model, rng, n, sentences, municipalities):
    """Generated example number ``n`` (unsaved), its text drawn from the demo sentences."""
    municipality = rng.choice(municipalities)
    nynorsk = rng.random() < 0.2
    paragraphs = [" ".join(rng.sample(sentences, rng.randint(3, 5))) for _ in range(4)]
    return model(
        title=f"{rng.choice(TOPICS)} i {municipality.name} ({n})",
        slug=f"generert-{n}",
        municipality=municipality,
        language="nn" if nynorsk else "nb",
        responsible_unit=rng.choice(["Boligkontoret", "NAV", "Bustadkontoret", "Helse og omsorg"]),
        summary=" ".join(rng.sample(sentences, 2))[:600],
        background=f"<p>{paragraphs[0]}</p>",
        body=[{"type": "paragraph", "value": f"<p>{p}</p>"} for p in paragraphs[1:3]],
        results=f"<p>{paragraphs[3]}</p>",
        start_year=rng.randint(2010, 2025),
    )


def generate_examples(target):
    import django

    django.setup()
    from django.db import transaction

    from examples.models import ExampleIndexPage, ExamplePage
    from places.regions import Municipality

    index = ExampleIndexPage.objects.get()
    existing = ExamplePage.objects.count()
    if existing >= target:
        print(f"{existing} eksempler finnes allerede.")
        date_generated_examples()
        refresh_statistics()
        return
    rng = random.Random(20260101 + existing)
    sentences = sentence_pool()
    municipalities = list(Municipality.objects.all())
    started = time.monotonic()
    for n in range(existing, min(target, max(existing, MADE_ONE_BY_ONE))):
        page = new_example(ExamplePage, rng, n, sentences, municipalities)
        with transaction.atomic():
            index.add_child(instance=page)  # live; indexed by Wagtail's post_save handler
        if (n + 1) % 500 == 0:
            print(f"  {n + 1} eksempler ({time.monotonic() - started:.0f} s)", flush=True)
    clone_examples(target)
    date_generated_examples()
    refresh_statistics()
    from django.core.management import call_command

    call_command("rebuild_search_vocabulary")


# Up to this many examples are made one by one through Wagtail (each page saved and indexed);
# beyond it, generated examples are cloned in SQL with their index rows, which takes seconds for
# 50,000 where saving them took hours on this machine. The clones repeat the texts of the first
# ones, so word frequencies keep their shape.
MADE_ONE_BY_ONE = int(os.environ.get("MADE_ONE_BY_ONE", "2000"))


def base36(number, width=4):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
    return text.rjust(width, "0")


def clone_examples(target):
    """Add clones of the generated examples (page, example and index rows) until there are
    ``target`` examples. Treebeard paths are given in order after the last child."""
    from django.db import connection, transaction

    from wagtail.models import Page

    from examples.models import ExampleIndexPage, ExamplePage

    index = ExampleIndexPage.objects.get()
    existing = ExamplePage.objects.count()
    need = target - existing
    if need <= 0:
        return
    sources = list(
        ExamplePage.objects.filter(slug__startswith="generert-").values_list("pk", flat=True)
    )
    last = ExamplePage.objects.child_of(index).order_by("-path").values_list("path", flat=True)[0]
    first_number = int(last[-4:], 36) + 1
    src = [sources[i % len(sources)] for i in range(need)]
    paths = [index.path + base36(first_number + i) for i in range(need)]
    numbers = [existing + i for i in range(need)]
    page_columns = [f.column for f in Page._meta.concrete_fields if f.column != "id"]
    overrides = {
        "path": "n.path",
        "slug": "'generert-' || n.number",
        "url_path": "regexp_replace(p.url_path, '[^/]+/$', 'generert-' || n.number || '/')",
        "title": "regexp_replace(p.title, '\\(\\d+\\)$', '(' || n.number || ')')",
        "draft_title": "regexp_replace(p.title, '\\(\\d+\\)$', '(' || n.number || ')')",
        "translation_key": "gen_random_uuid()",
        "latest_revision_id": "NULL",
        "live_revision_id": "NULL",
    }
    select = ", ".join(overrides.get(c, f"p.{c}") for c in page_columns)
    example_columns = [
        f.column for f in ExamplePage._meta.local_concrete_fields if f.column != "page_ptr_id"
    ]
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "CREATE TEMP TABLE clone_plan AS SELECT * FROM unnest(%s::int[], %s::text[],"  # noqa: S608
            " %s::int[]) AS n(src, path, number)",
            [src, paths, numbers],
        )
        cursor.execute(
            f"INSERT INTO wagtailcore_page ({', '.join(quote(c) for c in page_columns)})"  # noqa: S608
            f" SELECT {select} FROM clone_plan n JOIN wagtailcore_page p ON p.id = n.src"
        )
        cursor.execute(
            "CREATE TEMP TABLE clone_ids AS SELECT p.id, n.src FROM clone_plan n"
            " JOIN wagtailcore_page p ON p.path = n.path"
        )
        columns = ", ".join(quote(c) for c in example_columns)
        cursor.execute(
            f"INSERT INTO examples_examplepage (page_ptr_id, {columns})"  # noqa: S608
            f" SELECT c.id, {', '.join('x.' + quote(col) for col in example_columns)}"
            " FROM clone_ids c JOIN examples_examplepage x ON x.page_ptr_id = c.src"
        )
        cursor.execute(
            "INSERT INTO wagtailsearch_indexentry (content_type_id, object_id, title,"
            " autocomplete, body, title_norm, title_text, body_text)"
            " SELECT e.content_type_id, c.id::text, e.title, e.autocomplete, e.body,"
            " e.title_norm, e.title_text, e.body_text FROM clone_ids c"
            " JOIN wagtailsearch_indexentry e ON e.object_id = c.src::text"
            " AND e.content_type_id = (SELECT content_type_id FROM wagtailcore_page"
            " WHERE id = c.src)"
        )
        cursor.execute("DROP TABLE clone_plan, clone_ids")
    Page.objects.filter(pk=index.pk).update(numchild=ExamplePage.objects.child_of(index).count())
    print(f"  {need} eksempler klonet", flush=True)


def refresh_statistics():
    """Planner statistics as autovacuum keeps them in production. Straight after a bulk load
    PostgreSQL still takes the tables for tiny and picks nested loops (a filtered listing page
    took 57 ms in SQL instead of 15 ms)."""
    from django.db import connection

    from wagtail.models import Page

    from examples.models import ExamplePage, ExamplePageTag
    from places.regions import Municipality

    models = [Page, ExamplePage, ExamplePageTag, Municipality]
    models += [ExamplePage.target_groups.through, ExamplePage.phases.through]
    tables = ", ".join(connection.ops.quote_name(m._meta.db_table) for m in models)
    tables += ", wagtailsearch_indexentry, search_vocabularyword, search_suggestion"
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {tables}")


def date_generated_examples():
    """Generated examples are added live without a revision, so Wagtail gives them no publication
    date; published pages have one, and the listing sorts by it, newest first. One every six
    hours back from now, like a real archive (a shared empty date made PostgreSQL sort them all)."""
    from django.db.models import DateTimeField, DurationField, ExpressionWrapper, F, Value
    from django.db.models.functions import Now

    from wagtail.models import Page

    age = ExpressionWrapper(F("id") * Value(datetime.timedelta(hours=6)), DurationField())
    published = ExpressionWrapper(Now() - age, DateTimeField())
    Page.objects.filter(slug__startswith="generert-", first_published_at__isnull=True).update(
        first_published_at=published, last_published_at=published
    )


# Load ----------------------------------------------------------------------------------------


def fetch(path):
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}", timeout=30) as response:  # noqa: S310
            response.read()
            ok = response.status == 200
    except (urllib.error.URLError, OSError):
        ok = False
    return (time.perf_counter() - started) * 1000, ok


def search_path(query):
    return "/sok/?" + urllib.parse.urlencode({"q": query})


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def autocomplete_path(prefix):
    return "/sok/forslag/?" + urllib.parse.urlencode({"q": prefix})


def run_sequential(paths, rounds=ROUNDS):
    timings, errors = {}, 0
    for _ in range(rounds):
        for key, path in paths:
            ms, ok = fetch(path)
            timings.setdefault(key, []).append(ms)
            errors += not ok
    return timings, errors


def run_concurrent():
    stop = time.monotonic() + DURATION
    lock = threading.Lock()
    done, errors, latencies = [0], [0], []

    def worker(offset):
        i = offset
        while time.monotonic() < stop:
            ms, ok = fetch(search_path(QUERIES[i % len(QUERIES)]))
            i += 1
            with lock:
                done[0] += 1
                errors[0] += not ok
                latencies.append(ms)

    started = time.monotonic()
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        list(pool.map(worker, range(CONCURRENCY)))
    elapsed = time.monotonic() - started
    return done[0] / elapsed, errors[0], latencies


def prepare_production_database():
    """The search bench database: demo content plus the generated examples."""
    env = serve_demo_content()
    sh(PYTHON, str(ROOT / "bench" / "search.py"), "--generate", env=env)
    return env


def start_gunicorn(env, name, port, workers):
    """The portal under gunicorn with production settings; errors logged to $TMPDIR."""
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-{name}-gunicorn.log"  # noqa: S108
    command = [GUNICORN, "portal.wsgi:application", "--workers", str(workers)]
    command += ["--bind", f"127.0.0.1:{port}", "--access-logfile", "/dev/null"]
    command += ["--error-logfile", str(log)]
    return subprocess.Popen(command, cwd=ROOT, env=env)


def main():
    env = prepare_production_database()

    server = start_gunicorn(env, "search", PORT, WORKERS)
    try:
        for _ in range(100):
            if fetch("/sok/")[1]:
                break
            time.sleep(0.2)
        for query in QUERIES:  # warm up each worker's caches
            for _ in range(WORKERS):
                fetch(search_path(query))
        timings, seq_errors = run_sequential([(q, search_path(q)) for q in QUERIES])
        suggest, suggest_errors = run_sequential([(p, autocomplete_path(p)) for p in PREFIXES])
        seq_errors += suggest_errors
        rps, conc_errors, conc_latencies = run_concurrent()
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:  # a loaded machine: the figures matter more
            server.kill()
            server.wait()

    import django

    django.setup()
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM examples_examplepage")
        examples = cursor.fetchone()[0]
    print()
    print(f"Søk: {examples} eksempler, PostgreSQL, gunicorn {WORKERS} workers, DEBUG av")
    slowest = sorted(timings.items(), key=lambda item: -percentile(item[1], 95))[:10]
    print(f"{'tregeste spørringer':<40} {'p50 ms':>8} {'p95 ms':>8}")
    for query, values in slowest:
        print(f"{query[:40]:<40} {statistics.median(values):>8.1f} {percentile(values, 95):>8.1f}")
    every = [v for values in timings.values() for v in values]
    p50, p95 = statistics.median(every), percentile(every, 95)
    print(f"{f'søk, {len(QUERIES)} spørringer (samt. 1)':<40} {p50:>8.1f} {p95:>8.1f}")
    every = [v for values in suggest.values() for v in values]
    a50, a95 = statistics.median(every), percentile(every, 95)
    print(f"{f'forslag, {len(PREFIXES)} prefikser (samt. 1)':<40} {a50:>8.1f} {a95:>8.1f}")
    print(f"feil: {seq_errors}")
    print(
        f"samtidighet {CONCURRENCY}: {rps:.1f} req/s, "
        f"p50 {statistics.median(conc_latencies):.0f} ms, "
        f"p95 {percentile(conc_latencies, 95):.0f} ms, feil: {conc_errors}"
    )
    verdict = "nådd" if p95 < GOAL_P95_MS else "IKKE nådd"
    print(f"Mål søk p95 < {GOAL_P95_MS} ms ved samtidighet 1: {verdict}")
    verdict = "nådd" if a95 < GOAL_AUTOCOMPLETE_P95_MS else "IKKE nådd"
    print(f"Mål forslag p95 < {GOAL_AUTOCOMPLETE_P95_MS} ms ved samtidighet 1: {verdict}")
    return 1 if seq_errors or conc_errors else 0


if __name__ == "__main__":
    if "--generate" in sys.argv:
        generate_examples(EXAMPLES)
    else:
        sys.exit(main())
