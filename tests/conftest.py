"""Shared fixtures. The demo content is loaded once per test session; every test then runs in a
transaction that is rolled back, so tests may change the tree freely."""

import os

from django.core.management import call_command

from wagtail.models import Site

import pytest

from examples.models import ExampleIndexPage, ExamplePage
from glossary.models import GlossaryIndexPage
from home.models import HomePage, InformationPage, ResourceIndexPage, ResourcePage
from mandates.models import MandateWizardPage
from phases.models import PhasePage, WorkProcessIndexPage, WorkProcessPage

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
]


def pytest_collection_modifyitems(config, items):
    # Browser tests use a live server and flush the database afterwards: run them last.
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture(autouse=True)
def empty_cache():
    """The database is rolled back after each test; cached counts and matchers must be too."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home(site):
    return site.root_page.specific


@pytest.fixture
def process(db):
    return WorkProcessPage.objects.get(slug="organisering-og-tverrfaglig-samarbeid")


@pytest.fixture
def phase2(process):
    return PhasePage.objects.child_of(process).get(number=2)


@pytest.fixture
def example(db):
    return ExamplePage.objects.get(slug="asker-velferdslab")


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("redaktor", "redaktor@example.no", "pw")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    """A real Redis for the tests of what must be shared between processes: TEST_REDIS_URL (CI
    starts Debian's redis-server in .ci/run), else a redis-server started here for the session."""
    import shutil
    import socket
    import subprocess
    import time

    import redis

    if url := os.environ.get("TEST_REDIS_URL"):
        yield url
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
    url = f"redis://127.0.0.1:{port}/15"
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
