"""The engine's SQL reads Wagtail's index table by name: this fails if an upgrade of Wagtail (its
``modelsearch`` backend) renames the table, a column, or changes how boosts become weights."""

from django.db import connection

import pytest

from search import index_schema

pytestmark = pytest.mark.django_db


def test_the_index_model_has_the_table_and_columns_the_sql_reads():
    model = index_schema.index_entry_model()
    assert model._meta.db_table == index_schema.TABLE
    fields = {f.name: type(f).__name__ for f in model._meta.concrete_fields}
    for name, kind in index_schema.COLUMNS.items():
        assert fields.get(name) == kind, (name, fields.get(name))
    with connection.cursor() as cursor:
        columns = {
            c.name
            for c in connection.introspection.get_table_description(cursor, index_schema.TABLE)
        }
    assert {"content_type_id", "object_id", "title", "body", "autocomplete"} <= columns


def test_strong_boosts_are_indexed_with_the_weights_the_strong_index_covers():
    weights = index_schema.strong_weights()
    assert weights and set(weights) <= set(index_schema.STRONG_INDEX_WEIGHTS)


def test_the_backend_indexes_in_the_configurations_the_sql_assumes(settings):
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    assert backend.get("SEARCH_CONFIG") == index_schema.SEARCH_CONFIG
