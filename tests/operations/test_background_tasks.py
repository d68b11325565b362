"""Background work off the request: production queues tasks in PostgreSQL for `manage.py
db_worker`; tests and `make run` run them at once."""

import base64
import os
import subprocess
import sys

from django.core import mail
from django.test import Client

from wagtail.search.models import IndexEntry

import pytest
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from glossary.factories import GlossaryTermFactory
from glossary.models import GlossaryTermUsage
from home.factories import ResourcePageFactory
from tests.portal.test_settings import load_settings
from tests.processes import ROOT, database_url

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
QUEUED_MAIL = "core.mail.QueuedEmailBackend"


def run_queued_tasks():
    """Run every waiting task as `manage.py db_worker` does (claim it, run it, store the
    outcome), without the worker's loop: between tasks the loop closes connections that are in
    a transaction, which would end the test's."""
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test",
    )
    ran = []
    while (result := DBTaskResult.objects.ready().get_locked()) is not None:
        result.claim(worker.worker_id)
        worker.run_task(result)
        result.refresh_from_db()
        ran.append(result)
    return ran


def test_production_queues_tasks_and_mail_for_the_worker():
    production = load_settings("portal.settings.base")
    assert production.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    assert production.EMAIL_BACKEND == QUEUED_MAIL
    assert production.EMAIL_DELIVERY_BACKEND == "django.core.mail.backends.smtp.EmailBackend"
    small = load_settings("portal.settings.base", TASKS_BACKEND="immediate")
    assert small.TASKS["default"]["BACKEND"].endswith("ImmediateBackend")


def test_an_unknown_task_backend_is_refused_in_norwegian():
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test", "TASKS_BACKEND": "x"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "TASKS_BACKEND='x' finnes ikke" in result.stderr


def test_tests_and_make_run_run_tasks_at_once(settings):
    assert settings.TASKS["default"]["BACKEND"].endswith("ImmediateBackend")


@pytest.mark.django_db
def test_a_publish_leaves_glossary_usage_and_the_search_index_to_the_worker(settings, home):
    settings.TASKS = DATABASE_TASKS
    term = GlossaryTermFactory(term="Bostøttekontor", slug="bostottekontor")
    page = ResourcePageFactory(parent=home, summary="Kommunens bostøttekontor svarer.")
    page.save_revision().publish()

    # The publish returned without the work: it waits in the queue.
    assert not GlossaryTermUsage.objects.filter(term=term, page_id=page.pk).exists()
    waiting = {result.task_path for result in DBTaskResult.objects.ready()}
    assert "glossary.usage.refresh_page_usage_task" in waiting

    ran = run_queued_tasks()
    assert ran and all(result.status == "SUCCESSFUL" for result in ran), [
        (result.task_path, result.traceback) for result in ran
    ]
    assert GlossaryTermUsage.objects.filter(term=term, page_id=page.pk).exists()
    assert IndexEntry.objects.filter(object_id=str(page.pk)).exists()


@pytest.mark.django_db
def test_cached_pages_show_what_the_worker_did(settings, shared_cache, home, glossary_index):
    """A term page and a search rendered between the publish and the worker's run are cached
    without the new page; once the worker has run, visitors get the new page on both."""
    settings.TASKS = DATABASE_TASKS
    settings.PAGE_CACHE_ENABLED = True
    term = GlossaryTermFactory(term="Bostøttekontor", slug="bostottekontor")
    term.save_revision().publish()
    run_queued_tasks()
    page = ResourcePageFactory(
        parent=home, title="Kontoret i Værøy", summary="Kommunens bostøttekontor svarer."
    )
    page.save_revision().publish()
    visitor = Client()
    urls = ["/ordliste/bostottekontor/", "/sok/?q=V%C3%A6r%C3%B8y"]
    before = [visitor.get(url).content.decode() for url in urls]
    assert ["Kontoret i Værøy" in html for html in before] == [False, False]

    run_queued_tasks()
    after = [visitor.get(url).content.decode() for url in urls]
    assert ["Kontoret i Værøy" in html for html in after] == [True, True]


@pytest.mark.django_db
def test_mail_waits_for_the_worker_and_arrives_as_written(settings):
    settings.TASKS = DATABASE_TASKS
    settings.EMAIL_BACKEND = QUEUED_MAIL
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    message = mail.EmailMultiAlternatives(
        "Nytt forslag: «Bostøtte i Værøy»",
        "Ola Nordmann foreslo et eksempel.",
        "Boligsosial veiviser <ikke-svar@example.no>",
        ["moderator@example.no"],
        bcc=["arkiv@example.no"],
    )
    message.attach_alternative("<p>Ola Nordmann foreslo et eksempel.</p>", "text/html")
    message.attach("forslag.txt", "Værøy – æøå", "text/plain")
    assert message.send() == 1
    assert mail.outbox == []
    [queued] = DBTaskResult.objects.ready()
    written = base64.b64decode(queued.args_kwargs["args"][2])

    [result] = run_queued_tasks()
    assert result.status == "SUCCESSFUL", result.traceback
    [delivered] = mail.outbox
    assert delivered.subject == "Nytt forslag: «Bostøtte i Værøy»"
    assert sorted(delivered.recipients()) == ["arkiv@example.no", "moderator@example.no"]
    assert delivered.message().as_bytes() == written
    parts = {part.get_content_type(): part for part in delivered.message().walk()}
    assert "<p>Ola Nordmann" in parts["text/html"].get_payload(decode=True).decode()
    attachment = [p for p in delivered.message().walk() if p.get_filename() == "forslag.txt"]
    assert attachment[0].get_payload(decode=True).decode() == "Værøy – æøå"
    assert b"Bcc" not in written  # the blind copy is an envelope recipient only


def test_the_worker_command_runs_what_a_publish_queued(settings, empty_database):
    """`manage.py db_worker` in its own process, as production runs it beside the web servers."""
    settings.TASKS = DATABASE_TASKS
    term = GlossaryTermFactory(term="Bostøttekontor", slug="bostottekontor")
    page = ResourcePageFactory(parent=empty_database, summary="Kommunens bostøttekontor svarer.")
    page.save_revision().publish()
    assert not GlossaryTermUsage.objects.filter(term=term, page_id=page.pk).exists()

    worker = subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay", "--no-reload"],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": database_url(),
            "TASKS_BACKEND": "database",
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert worker.returncode == 0, worker.stderr
    assert GlossaryTermUsage.objects.filter(term=term, page_id=page.pk).exists()
    assert not DBTaskResult.objects.ready().exists()
    assert not DBTaskResult.objects.failed().exists()
