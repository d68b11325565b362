"""Limits for the database work of one web request.

Web requests get a PostgreSQL ``statement_timeout`` (``WEB_STATEMENT_TIMEOUT_MS``), set once per
connection when ``portal/wsgi.py`` serves: a query that runs away (as sixty tag filters once did,
30 s of CPU each) is cancelled instead of holding a worker and starving every other visitor.
Management commands, migrations and the task worker are not web requests and keep no limit.
"""

from django.conf import settings
from django.db.backends.signals import connection_created


def set_statement_timeout(sender, connection, **kwargs):
    milliseconds = settings.WEB_STATEMENT_TIMEOUT_MS
    if milliseconds and connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('statement_timeout', %s, false)", [str(milliseconds)])


def limit_web_statements():
    connection_created.connect(set_statement_timeout, dispatch_uid="portal_statement_timeout")
