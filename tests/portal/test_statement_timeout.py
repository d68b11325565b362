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
    fresh = connections.create_connection("default")
    try:
        with fresh.cursor() as cursor:
            cursor.execute("SHOW statement_timeout")
            assert cursor.fetchone()[0] == "1234ms"
    finally:
        fresh.close()
