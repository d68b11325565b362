"""A copy of the demo content inside the test database, restored in a second or two.

Browser tests run against a live server, so their data must be committed, and pytest-django
empties every table after each of them. Loading the demo content again (15 processes, 59
examples, 163 terms, the register) takes half a minute; copying the tables back from a snapshot
schema takes seconds. Django's foreign keys are DEFERRABLE INITIALLY DEFERRED on PostgreSQL, so the
tables can be filled in any order inside one transaction.
"""

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction

from psycopg import sql

SCHEMA = "portal_demo_snapshot"
_taken = []  # this session's snapshot (a schema left by an earlier run may be stale)


def _tables():
    return connection.introspection.django_table_names(only_existing=True, include_views=False)


def _table(name, schema=None):
    return sql.Identifier(schema, name) if schema else sql.Identifier(name)


def take():
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(SCHEMA)))
        cursor.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(SCHEMA)))
        for table in _tables():
            cursor.execute(
                sql.SQL("CREATE TABLE {} AS TABLE {}").format(_table(table, SCHEMA), _table(table))
            )
    _taken.append(True)


def taken_this_session():
    return bool(_taken)


def restore():
    tables = _tables()
    models = [m for m in apps.get_models(include_auto_created=True) if m._meta.db_table in tables]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        cursor.execute(sql.SQL("TRUNCATE {}").format(sql.SQL(", ").join(map(_table, tables))))
        for table in tables:
            cursor.execute(
                sql.SQL("INSERT INTO {} SELECT * FROM {}").format(
                    _table(table), _table(table, SCHEMA)
                )
            )
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)
