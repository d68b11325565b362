"""Shared fixtures: each test builds the part of the site it needs, and nothing else.

The database starts as the migrations leave it (Wagtail's root page, the editorial groups, the
default synonyms); every test runs in a transaction that is rolled back. The fixtures below build
pages with the apps' factories (``<app>/factories.py``, wagtail-factories) and depend on each
other, so a test names what it is about and gets the tree under it:

    def test_phase_lists_its_examples(client, phase2):          # home → processes → process
        example = ExamplePageFactory(phases=[phase2])            #   → phases 1–5; + one example
        assert example.title in client.get(phase2.url).content.decode()

``home`` is the default site's front page; ``site_tree`` adds every section (processes,
examples, glossary, resources, wizard, the pages about the portal). ``process`` is a work process
with phases 1–5 carrying results and task groups, ``phase2`` its second phase, ``example`` an
example linked to a municipality, themes, target groups and two phases, ``glossary_terms`` three
published terms. Factories called without a parent hang their page under the section it belongs
in (building the section if the test has not), so ``ExamplePageFactory()`` alone is enough.

The demo content is for tests about the real content only, in its own folder tests/demo: the
demo loader's smoke test and the search evaluation over the real texts. They ask for
``demo_content`` (tests/demo/conftest.py: loaded once for the folder and rolled back after it;
every database test there asks for it). The browser journeys run a live server on it
(tests/browser). Factory data is repeatable: sequences and Faker start afresh for every test.
"""

import datetime
import os
from types import SimpleNamespace

from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test import TestCase

from wagtail.models import Page, Site

import factory
import factory.random
import pytest

from core import factories as core_factories
from demo.loader import public_site_address
from examples import factories as example_factories
from examples.factories import (
    ExampleIndexPageFactory,
    ExamplePageFactory,
    TargetGroupFactory,
)
from examples.models import (
    ExampleIndexPage,
    ExamplePage,
    ExamplePageTag,
    ExampleTheme,
    TargetGroup,
)
from glossary import factories as glossary_factories
from glossary.factories import GlossaryIndexPageFactory, GlossaryTermFactory
from glossary.models import GlossaryIndexPage
from home import factories as home_factories
from home.factories import (
    HomeFeaturedProcessFactory,
    HomePageFactory,
    InformationPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    SiteContactFactory,
    UnderstandingPageFactory,
)
from home.models import (
    HomePage,
    InformationPage,
    ResourceIndexPage,
    ResourcePage,
    UnderstandingPage,
)
from legal import factories as legal_factories
from legal.factories import LegalIndexPageFactory, LegalProvisionFactory, law_references
from legal.models import LegalIndexPage
from mandates import factories as mandate_factories
from mandates.factories import MandateWizardPageFactory
from mandates.models import MandateWizardPage
from phases import factories as phase_factories
from phases.factories import (
    AreaPageFactory,
    PhasePageFactory,
    PlanningStepPageFactory,
    SubProcessPageFactory,
    WorkProcessIndexPageFactory,
    WorkProcessPageFactory,
)
from phases.models import (
    AreaPage,
    PhasePage,
    PlanningStepPage,
    SubProcessPage,
    WorkProcessIndexPage,
    WorkProcessPage,
)
from places import factories as place_factories
from places.regions import Municipality
from search import factories as search_factories
from tests.fuzz.stats import FuzzStats

PAGE_TYPES = [
    HomePage,
    WorkProcessIndexPage,
    WorkProcessPage,
    PhasePage,
    ExampleIndexPage,
    ExamplePage,
    GlossaryIndexPage,
    ResourceIndexPage,
    ResourcePage,
    MandateWizardPage,
    InformationPage,
    AreaPage,
    PlanningStepPage,
    SubProcessPage,
    UnderstandingPage,
    LegalIndexPage,
]

FACTORY_MODULES = [
    core_factories,
    home_factories,
    phase_factories,
    example_factories,
    glossary_factories,
    legal_factories,
    place_factories,
    mandate_factories,
    search_factories,
]
FACTORIES = [
    value
    for module in FACTORY_MODULES
    for value in vars(module).values()
    if isinstance(value, type)
    and issubclass(value, factory.base.Factory)
    and value.__module__ == module.__name__
]
# The pages about the portal, linked from every footer: (title, slug).
INFORMATION_PAGES = [
    ("Om portalen", "om-portalen"),
    ("Personvernerklæring", "personvern"),
    ("Tilgjengelighetserklæring", "tilgjengelighet"),
]


def flushes_the_database(item):
    """Browser tests (a live server) and tests that commit (django_db(transaction=True)) empty
    the database when they end."""
    marker = item.get_closest_marker("django_db")
    return (
        item.get_closest_marker("browser") is not None
        or "transactional_db" in item.fixturenames
        or bool(marker and marker.kwargs.get("transaction"))
    )


def pytest_collection_modifyitems(config, items):
    # They run last, so the rest see the database as the migrations left it.
    items.sort(key=flushes_the_database)
    check_demo_content_per_module(items)


# The fuzz suite's figures (tests/fuzz/stats.py): under xdist each worker sends its counts when
# it finishes and the controller, which runs no test itself, prints the sum once.
FUZZ_STATS_OF_WORKERS = FuzzStats()


@pytest.hookimpl(optionalhook=True)  # an xdist hook: unknown when xdist is not loaded
def pytest_testnodedown(node, error):
    FUZZ_STATS_OF_WORKERS.add(getattr(node, "workeroutput", {}).get("fuzz_stats", {}))


def pytest_terminal_summary(terminalreporter):
    line = FUZZ_STATS_OF_WORKERS.summary(os.environ.get("HYPOTHESIS_PROFILE", "fuzz"))
    if line:
        terminalreporter.write_line(line)


def uses_database(item):
    return item.get_closest_marker("django_db") is not None or {
        "db",
        "transactional_db",
    } & set(item.fixturenames)


def check_demo_content_per_module(items):
    """The demo content (tests/demo/conftest.py) stays loaded from the first test in tests/demo
    that asks for it to the folder's end; a database test there that did not ask would see it or
    not by order, so every one asks."""
    missing = sorted(
        item.nodeid
        for item in items
        if item.module.__name__.startswith("tests.demo.")
        and uses_database(item)
        and "demo_content" not in item.fixturenames
    )
    if missing:
        raise pytest.UsageError(
            "Every database test in tests/demo asks for demo_content (a test that builds its own "
            f"tree belongs in the folder of what it tests): {', '.join(missing)}"
        )


@pytest.fixture(autouse=True)
def empty_cache():
    """The database is rolled back after each test; cached counts and matchers must be too."""
    cache.clear()


def reset_factories():
    """The same factory calls give the same data, whatever ran before."""
    factory.random.reseed_random("boligsosial veiviser")
    for factory_class in FACTORIES:
        factory_class.reset_sequence(force=True)


@pytest.fixture(autouse=True)
def repeatable_factories():
    reset_factories()


# The site ---------------------------------------------------------------------------------------


@pytest.fixture
def home(db):
    return build_home()


def build_home():
    """The front page, root of the default site at PUBLIC_BASE_URL (as the demo loader leaves
    it), so absolute links are http://testserver/…"""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    hostname, port = public_site_address(django_settings.PUBLIC_BASE_URL)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": hostname,
            "port": port,
            "root_page": home,
            "site_name": "Boligsosial veiviser",
        },
    )
    # Wagtail's install leaves a bare "Welcome" page at the top; the portal has no place for it.
    Page.objects.child_of(root).exact_type(Page).delete()
    return home


@pytest.fixture
def site(home):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def process_index(home):
    return WorkProcessIndexPageFactory(parent=home)


@pytest.fixture
def example_index(home):
    return ExampleIndexPageFactory(parent=home)


@pytest.fixture
def glossary_index(home):
    return GlossaryIndexPageFactory(parent=home)


@pytest.fixture
def resource_index(home):
    return ResourceIndexPageFactory(parent=home)


@pytest.fixture
def wizard(home):
    """The mandate wizard at /veiviser/, with guidance for every step."""
    return MandateWizardPageFactory(parent=home)


@pytest.fixture
def information_pages(home):
    return [
        InformationPageFactory(parent=home, title=title, slug=slug)
        for title, slug in INFORMATION_PAGES
    ]


@pytest.fixture
def site_tree(
    home,
    site,
    process_index,
    example_index,
    glossary_index,
    resource_index,
    wizard,
    information_pages,
):
    """The front page and every section under it, in the demo content's order, without content."""
    return SimpleNamespace(
        home=home,
        site=site,
        process_index=process_index,
        example_index=example_index,
        glossary_index=glossary_index,
        resource_index=resource_index,
        wizard=wizard,
        information_pages=information_pages,
    )


# Content ----------------------------------------------------------------------------------------


@pytest.fixture
def process(process_index):
    """«Organisering og tverrfaglig samarbeid» with phases 1–5, each with results and tasks."""
    return WorkProcessPageFactory(
        parent=process_index, title="Organisering og tverrfaglig samarbeid", phases=5
    )


@pytest.fixture
def phase2(process):
    return PhasePage.objects.child_of(process).get(number=2)


@pytest.fixture
def example(example_index, process):
    """An example from Hamar about two themes, for families, shedding light on phases 2 and 3."""
    phases = PhasePage.objects.child_of(process).filter(number__in=[2, 3])
    return ExamplePageFactory(
        parent=example_index,
        title="Felles boligkontor i Hamar",
        municipality=Municipality.objects.get(number="3403"),  # the register's Hamar
        tags=["Samordning", "Boligkontor"],
        target_groups=[TargetGroupFactory(name="Barnefamilier", slug="barnefamilier")],
        phases=list(phases),
        last_reviewed=datetime.date(2025, 2, 1),
    )


@pytest.fixture
def glossary_terms(glossary_index):
    """Three published terms; the first names the second as related."""
    terms = GlossaryTermFactory.create_batch(3)
    terms[0].related_terms.set([terms[1]])
    terms[0].save()
    return terms


def planner_statistics():
    """ANALYZE the example bank's tables, as autovacuum keeps them in production. After a test
    has built many examples PostgreSQL still takes the tables for empty and may pick nested loops
    that make the listing's facet query take minutes instead of milliseconds (ANALYZE counts the
    rows the test's own transaction inserted)."""
    models = [Page, ExamplePage, ExamplePageTag, Municipality, ExampleTheme, TargetGroup]
    models += [ExamplePage.target_groups.through, ExamplePage.phases.through]
    tables = ", ".join(connection.ops.quote_name(model._meta.db_table) for model in models)
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {tables}")


# Built once for many tests ---------------------------------------------------------------------


def built_in_a_transaction(django_db_blocker, build):
    """``build()`` in a transaction that is rolled back when the caller is done; each test's own
    transaction is a savepoint inside it (as with Django's setUpTestData). Yields what ``build``
    returned. Used for the demo content (tests/demo) and the fuzzed site (tests/fuzz).

    What ``build`` leaves for after its commit (django-tasks enqueue on commit: the search
    vocabulary and suggestions, glossary usage) runs at its end, as a real commit would run it.
    """
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            with TestCase.captureOnCommitCallbacks(execute=True):
                built = build()
            yield built
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


# People -----------------------------------------------------------------------------------------


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("redaktor", "redaktor@example.no", "pw")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def redis_database(worker_id, first=15):
    """Redis database of this test process: ``first`` alone or for xdist's first worker (gw0),
    one less for the second, and so on, so that one worker's cache.clear() (FLUSHDB) never empties
    another's."""
    index = 0 if worker_id == "master" else int(worker_id.removeprefix("gw"))
    if index > first:
        pytest.fail(f"Redis har databasene 0–{first} ledige: kjør testene med færre prosesser (-n)")
    return first - index


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory, worker_id):
    """A real Redis for the tests of what must be shared between processes: TEST_REDIS_URL (CI
    starts Debian's redis-server in .ci/run; its database number is the first worker's),
    else a redis-server started here for the session."""
    import shutil
    import socket
    import subprocess
    import time
    from urllib.parse import urlsplit, urlunsplit

    import redis

    if url := os.environ.get("TEST_REDIS_URL"):
        parts = urlsplit(url)
        first = int(parts.path.strip("/") or 15)
        yield urlunsplit(parts._replace(path=f"/{redis_database(worker_id, first)}"))
        return
    server = shutil.which("redis-server")
    if server is None:
        pytest.fail(
            "redis-server mangler: apt-get install redis-server (eller sett TEST_REDIS_URL)"
        )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(  # noqa: S603
        [
            server,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path_factory.mktemp("redis")),
        ],
        stdout=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/{redis_database(worker_id)}"
    for _ in range(100):
        try:
            redis.Redis.from_url(url).ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def empty_database(transactional_db):
    """For tests whose data must be committed (another process reads it): the database emptied,
    with only Wagtail's root page and the default locale. Returns the root page."""
    from wagtail.models import Locale, Page

    call_command("flush", interactive=False, verbosity=0)
    Locale.objects.get_or_create(language_code="nb")
    return Page.add_root(instance=Page(title="Root", slug="root"))


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory):
    """STATIC_ROOT for a server with production settings, which serve only collected files
    (whitenoise's manifest); collected once per session."""
    from tests.processes import production_env, run_python

    root = tmp_path_factory.mktemp("static")
    code = "import django; django.setup(); from django.core.management import call_command; "
    code += "call_command('collectstatic', interactive=False, verbosity=0)"
    env = production_env(
        STATIC_ROOT=str(root),
        DATABASE_URL="postgres://unused@127.0.0.1:9/unused",
        REDIS_URL="redis://127.0.0.1:9/0",
    )
    result = run_python(code, env, timeout=600)
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture
def shared_cache(settings, redis_url):
    """The default cache on the real Redis, emptied, as production runs it (REDIS_URL)."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": "test",
        }
    }
    from django.core.cache import cache

    cache.clear()
    yield cache
    cache.clear()


@pytest.fixture
def every_page_type(site_tree, process, phase2, example, glossary_terms):
    """The whole site as editors fill it: a live page of every type, and the relations that cost
    queries when a page renders (featured processes on the front page, examples on a phase,
    glossary terms on processes and phases, related terms, law references, sub-processes and a
    planning circle whose step has phases of its own)."""
    SiteContactFactory()
    HomeFeaturedProcessFactory(page=site_tree.home, process=process)
    provisions = LegalProvisionFactory.create_batch(2)
    process.glossary_terms.set(glossary_terms[:2])
    process.law_references = law_references(provisions[0])
    process.save_revision().publish()
    phase2 = PhasePage.objects.get(pk=phase2.pk)
    phase2.glossary_terms.set(glossary_terms)
    phase2.law_references = law_references(*provisions)
    phase2.save_revision().publish()
    phase3 = PhasePage.objects.child_of(process).get(number=3)
    subprocess = SubProcessPageFactory(parent=phase3, title="Gjennomføring av utkastelse")
    area = AreaPageFactory(parent=site_tree.process_index, title="Bolig og tjenester")
    WorkProcessPageFactory(parent=area, title="Tildeling av kommunal bolig", phases=5)
    circle = WorkProcessPageFactory(
        parent=area, title="Boligsosial planlegging", kind=WorkProcessPage.Kind.CIRCULAR
    )
    steps = [PlanningStepPageFactory(parent=circle, number=n) for n in range(1, 7)]
    step_phase = PhasePageFactory(parent=steps[3], number=1)
    PhasePageFactory(parent=steps[3], number=2)
    resource = ResourcePageFactory()
    pages = {
        "area": area,
        "circle": circle,
        "step": steps[3],
        "step_phase": step_phase,
        "subprocess": subprocess,
        "understanding": UnderstandingPageFactory(parent=site_tree.home),
        "legal": LegalIndexPageFactory(parent=site_tree.home),
        "resource": resource,
    }
    return SimpleNamespace(
        tree=site_tree,
        process=process,
        phase2=phase2,
        example=example,
        terms=glossary_terms,
        **pages,
    )
