"""A web request's SQL statement is cancelled past WEB_STATEMENT_TIMEOUT_MS (portal/db.py)."""

import time

from django.db import OperationalError, connection, connections, transaction

import pytest

from portal.db import set_statement_timeout

pytestmark = pytest.mark.django_db


def test_a_runaway_statement_is_cancelled(settings):
    settings.WEB_STATEMENT_TIMEOUT_MS = 200
    set_statement_timeout(None, connection)
    started = time.monotonic()
    with (
        pytest.raises(OperationalError, match="statement timeout"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("SELECT pg_sleep(3)")
    assert time.monotonic() - started < 2


def test_the_wsgi_application_sets_the_timeout_on_every_new_connection(settings):
    import portal.wsgi  # noqa: F401

    settings.WEB_STATEMENT_TIMEOUT_MS = 1234
    assert show_on_a_new_connection("statement_timeout") == "1234ms"


def show_on_a_new_connection(setting):
    fresh = connections.create_connection("default")
    try:
        with fresh.cursor() as cursor:
            cursor.execute(f"SHOW {setting}")
            return cursor.fetchone()[0]
    finally:
        fresh.close()


def test_no_connection_compiles_queries_with_jit():
    """JIT compilation took 57 s of the listing's 62 s facet query at 50,000 examples."""
    assert show_on_a_new_connection("jit") == "off"


def test_facet_counting_may_take_longer_than_the_web_limit_and_nothing_else(settings):
    """Counting every facet at 50,000 examples took 10 s on the loaded machine (examples/facets.py):
    it gets its own longer limit, and the web limit holds again after it."""
    from examples.facets import longer_statements

    settings.WEB_STATEMENT_TIMEOUT_MS = 200
    set_statement_timeout(None, connection)
    with longer_statements(5000), connection.cursor() as cursor:
        cursor.execute("SELECT pg_sleep(0.5)")  # past the web limit: not cancelled
    with (
        pytest.raises(OperationalError, match="statement timeout"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("SELECT pg_sleep(3)")
