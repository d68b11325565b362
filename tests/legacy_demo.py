"""For folders whose tests still find their pages in the demo content (issue 12 converts them one
folder at a time): their conftest imports these, so every test there gets the demo content and the
old fixtures that look pages up in it. A converted folder drops the import."""

from wagtail.models import Site

import pytest

from examples.models import ExamplePage
from phases.models import PhasePage, WorkProcessPage
from tests.conftest import demo_content_in_a_transaction

__all__ = [
    "_demo_content_for_package",
    "demo_content",
    "example",
    "home",
    "legacy_demo_content",
    "phase2",
    "process",
    "site",
]


@pytest.fixture(scope="package")
def _demo_content_for_package(django_db_setup, django_db_blocker):
    # Once per folder: loading it costs ~15 s, too much to repeat for every module.
    yield from demo_content_in_a_transaction(django_db_blocker)


@pytest.fixture(autouse=True)
def legacy_demo_content(_demo_content_for_package, db):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def demo_content(legacy_demo_content):
    return legacy_demo_content


@pytest.fixture
def site(legacy_demo_content):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home(site):
    return site.root_page.specific


@pytest.fixture
def process(legacy_demo_content):
    return WorkProcessPage.objects.get(slug="organisering-og-tverrfaglig-samarbeid")


@pytest.fixture
def phase2(process):
    return PhasePage.objects.child_of(process).get(number=2)


@pytest.fixture
def example(legacy_demo_content):
    return ExamplePage.objects.get(slug="asker-velferdslab")
