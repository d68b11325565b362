"""Count searches per normalised query, in one statement (an upsert), without personal data."""

import logging
import re

from django.db import DatabaseError, connection
from django.utils import timezone

from psycopg import sql

from .models import SearchQuery

logger = logging.getLogger(__name__)

# Numbers that may identify a person (fødselsnummer, phone numbers) and e-mail addresses are not
# logged: people sometimes paste such things into a search field.
PERSONAL = re.compile(r"\d{6,}|\S+@\S+")

UPSERT = """
INSERT INTO {table} (query_string, hits, result_count, first_searched_at, last_searched_at)
VALUES ({text}, 1, {count}, {now}, {now})
ON CONFLICT (query_string) DO UPDATE SET hits = {table}.hits + 1,
    result_count = EXCLUDED.result_count, last_searched_at = EXCLUDED.last_searched_at
"""


def log_query(query_string, result_count):
    text = " ".join(query_string.lower().split())[:200]
    if not text or PERSONAL.search(text):
        return
    now = timezone.now()
    statement = sql.SQL(UPSERT).format(
        table=sql.Identifier(SearchQuery._meta.db_table),
        text=sql.Literal(text),
        count=sql.Literal(result_count),
        now=sql.Literal(now),
    )
    try:
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute(statement.as_string(connection.connection))
    except DatabaseError:  # pragma: no cover - logging must never break the search page
        logger.exception("Kunne ikke logge søket")
