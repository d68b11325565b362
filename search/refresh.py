"""Keep the vocabulary and the suggestions in step with what is published.

A publish adds the page's words and title (one page's worth of work). Anything that can take
content away (unpublish, delete, a move, a view restriction, a glossary change) rebuilds both from
the index's visible rows, so no word or title of a page that is no longer public stays
suggestible. Both run as django-tasks tasks: immediately by default, on a worker if configured.
"""

from django.db import connection, transaction
from django.test import RequestFactory

from wagtail.models import Page
from wagtail.search import index

from django_tasks import task
from psycopg import sql

from core.queries import public_live
from home.navigation import section_url

from . import index_schema, suggest, vocabulary
from .engine import visibility
from .folding import fold, fold_text
from .models import Suggestion, VocabularyWord


def _anonymous():
    """An anonymous request for the default site: what anyone may see."""
    return RequestFactory().get("/")


def rebuild_all():
    request = _anonymous()
    seen = visibility(request)
    words = vocabulary.rebuild(seen)
    suggestions = suggest.rebuild(
        seen,
        examples_url=section_url(request, "ExampleIndexPage", "/eksempler/"),
        glossary_url=section_url(request, "GlossaryIndexPage", "/ordliste/"),
    )
    return words, suggestions


ADD_WORDS = """
INSERT INTO {table} (word, folded, documents)
SELECT w, f, 1 FROM unnest({words}::text[], {folded}::text[]) AS t(w, f)
ON CONFLICT (word) DO UPDATE SET documents = {table}.documents + 1
"""


def add_page(page):
    """A published page's words and title, if it is visible (its index row is current)."""
    if not public_live(Page.objects.filter(pk=page.pk)).exists():
        return
    # Index the page again now that publishing is done: Wagtail indexes it on save, before
    # modelcluster saves its many-to-many relations, so the target groups, themes and phases in
    # the searchable facts would otherwise be those of the previous version.
    index.insert_or_update_object(page.specific)
    entry = index_schema.index_entry_model()
    row = entry.objects.filter(content_type_id=page.content_type_id, object_id=str(page.pk)).first()
    if row is None:
        return
    connection.ensure_connection()
    inner = sql.SQL(
        "SELECT to_tsvector('simple', coalesce(title_text, '') || ' ' || coalesce(body_text, ''))"
        " FROM {} WHERE id = {}"
    ).format(sql.Identifier(index_schema.TABLE), sql.Literal(row.pk))
    stat = sql.SQL("SELECT word FROM ts_stat({})").format(
        sql.Literal(inner.as_string(connection.connection))
    )
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(stat.as_string(connection.connection))
        words = [word for (word,) in cursor.fetchall() if vocabulary.is_word(word)]
        statement = sql.SQL(ADD_WORDS).format(
            table=sql.Identifier(VocabularyWord._meta.db_table),
            words=sql.Literal(words),
            folded=sql.Literal([fold(w) for w in words]),
        )
        cursor.execute(statement.as_string(connection.connection))
        Suggestion.objects.filter(
            content_type_id=page.content_type_id, object_id=str(page.pk)
        ).delete()
        if page.depth > 2:
            specific = page.specific
            Suggestion.objects.create(
                text=page.title,
                folded=fold_text(page.title),
                kind=specific._meta.verbose_name,
                url=page.get_url() or "",
                lang="nn" if getattr(specific, "language", "") == "nn" else "",
                weight=3,
                content_type_id=page.content_type_id,
                object_id=str(page.pk),
            )


@task()
def rebuild_task():
    rebuild_all()


@task()
def add_page_task(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        add_page(page)
