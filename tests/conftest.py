"""Shared fixtures. The demo content is loaded once per test session; every test then runs in a
transaction that is rolled back, so tests may change the tree freely."""

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
