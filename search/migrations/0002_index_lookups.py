"""Index lookups for the search engine on Wagtail's search index table (PostgreSQL only).

* A GIN index on the body lexemes weighted above D: a glossary term's name and an example's
  municipality. The engine ranks the rows where those match before the others.
* Functions that return the ids of matching rows:

  - ``portal_search_matches``: every word in the title, the autocomplete vector or the body. One
    index lookup per word, intersected (with the words ANDed in one WHERE, PostgreSQL looked up
    one word and tested the others on the body of every row it found: 57 ms for «kommunale
    utleieboliger», against 12 ms).
  - ``portal_search_strong_matches``: the strong lexemes above match a tsquery.
  - ``portal_search_title_typos``: the title is one typo from a word (pg_trgm).

  Each runs its query with sequential scans disabled, so that PostgreSQL answers from the GIN
  indexes: its planner does not count the cost of reading every large body vector from TOAST
  storage, or of comparing trigrams in every title, and so picked a sequential scan for any word
  a few hundred rows contain (45 ms for «boligkontor» in 10,000 examples, against 10 ms through
  the index).

SQLite (development) has none of this; the engine uses Wagtail's search API there.
"""

from django.db import migrations

CREATE = """
CREATE INDEX IF NOT EXISTS portal_search_strong_terms
    ON wagtailsearch_indexentry USING gin (ts_filter(body, '{a,b,c}'::"char"[]));

CREATE OR REPLACE FUNCTION portal_search_matches(words tsquery[], prefixes tsquery[])
RETURNS SETOF integer LANGUAGE plpgsql STABLE
SET enable_seqscan = off SET jit = off
AS $$
DECLARE
    per_word text[] := '{}';
BEGIN
    IF coalesce(array_length(words, 1), 0) = 0 THEN
        RETURN;
    END IF;
    FOR i IN 1 .. array_length(words, 1) LOOP
        per_word := per_word || format(
            'SELECT id FROM wagtailsearch_indexentry'
            ' WHERE title @@ $1[%1$s] OR autocomplete @@ $2[%1$s] OR body @@ $1[%1$s]',
            i
        );
    END LOOP;
    RETURN QUERY EXECUTE array_to_string(per_word, ' INTERSECT ') USING words, prefixes;
END
$$;

CREATE OR REPLACE FUNCTION portal_search_strong_matches(query tsquery)
RETURNS SETOF integer LANGUAGE sql STABLE
SET enable_seqscan = off SET jit = off
AS $$
    SELECT id FROM wagtailsearch_indexentry WHERE ts_filter(body, '{a,b,c}'::"char"[]) @@ query
$$;

CREATE OR REPLACE FUNCTION portal_search_title_typos(word text)
RETURNS SETOF integer LANGUAGE sql STABLE
SET enable_seqscan = off SET jit = off
AS $$ SELECT id FROM wagtailsearch_indexentry WHERE word <% title_text $$;
"""
DROP = """
DROP FUNCTION IF EXISTS portal_search_matches(tsquery[], tsquery[]);
DROP FUNCTION IF EXISTS portal_search_title_typos(text);
DROP FUNCTION IF EXISTS portal_search_strong_matches(tsquery);
DROP INDEX IF EXISTS portal_search_strong_terms;
"""


def run(sql):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            # A cursor without parameters, so the pg_trgm operator «<%» is not a placeholder.
            with schema_editor.connection.cursor() as cursor:
                cursor.execute(sql)

    return operation


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(run(CREATE), run(DROP)),
    ]
