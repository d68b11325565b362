"""The demo content's own tests: the loader's smoke test, the note on the sources and the search
evaluation over the texts the portal ships. Every database test here asks for ``demo_content``
(tests/conftest.py checks it), loaded once for the whole folder (about 30 s) and rolled back after
it; each test runs in a savepoint inside it, so what a test changes (the loader's tests delete and
rebuild pages) is gone for the next."""

from django.core.management import call_command

from wagtail.models import Site

import pytest

from tests.conftest import built_in_a_transaction


@pytest.fixture(scope="package")
def _demo_content_for_package(django_db_setup, django_db_blocker):
    yield from built_in_a_transaction(
        django_db_blocker, lambda: call_command("load_demo_content", verbosity=0)
    )


@pytest.fixture
def demo_content(_demo_content_for_package, db):
    """The real content of the demo portal (demo/data)."""
    return Site.objects.get(is_default_site=True).root_page.specific
