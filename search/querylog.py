"""Count searches per normalised query, in one statement (an upsert), without personal data."""

import re

from django.db import DatabaseError, connection
from django.utils import timezone

from .models import SearchQuery

# Numbers that may identify a person (fødselsnummer, phone numbers) and e-mail addresses are not
# logged: people sometimes paste such things into a search field.
PERSONAL = re.compile(r"\d{6,}|\S+@\S+")


def log_query(query_string, result_count):
    text = " ".join(query_string.lower().split())[:200]
    if not text or PERSONAL.search(text):
        return
    table = connection.ops.quote_name(SearchQuery._meta.db_table)
    now = timezone.now()
    # The same SQL works on PostgreSQL and SQLite (3.24+): insert, or count one more hit.
    sql = (
        f"INSERT INTO {table} "  # noqa: S608 - the table name comes from the model, values are params
        "(query_string, hits, result_count, first_searched_at, last_searched_at) "
        "VALUES (%s, 1, %s, %s, %s) "
        "ON CONFLICT (query_string) DO UPDATE SET hits = "
        f"{table}.hits + 1, result_count = EXCLUDED.result_count, "
        "last_searched_at = EXCLUDED.last_searched_at"
    )
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, [text, result_count, now, now])
    except DatabaseError:  # pragma: no cover - logging must never break the search page
        import logging

        logging.getLogger(__name__).exception("Kunne ikke logge søket")
