"""Every public page and form of the site, and every page and form of the wizard, get
generated input; any 5xx fails.

What to send is found as a visitor finds it (``crawl``): the pages linked from the front page,
the forms on them with their fields and offered values, and, for the wizard, the pages of a
draft opened with its edit link (plus each step's autosave address, which the page's script
posts to). Each request runs in a savepoint that is rolled back, so every request meets the
same site and the run is the same every time.
"""

from django.db import transaction

import pytest
from hypothesis import given, settings

from tests.fuzz.conftest import FuzzClient, server_error
from tests.fuzz.crawl import Endpoint, crawl
from tests.fuzz.inputs import values_for

pytestmark = pytest.mark.django_db

# Rendering a PDF or a Word file takes ~1 s; a few examples show that their query is ignored.
SLOW = ("/eksport/", "/utskrift/", "/word-mal/")


@pytest.fixture(autouse=True)
def generous_rate_limits(settings):
    """The limits would turn most generated posts into 429 before they reach the form."""
    for name in ("EXAMPLE_PROPOSAL", "MANDATE_LINK", "MANDATE_CREATE"):
        setattr(settings, f"{name}_RATE_LIMIT", (100_000, 3600))


def fuzz(client, endpoint, failures, examples=None):
    """Send ``endpoint`` generated submissions (the profile's number, or ``examples``, fewer for
    the slow exports); record the smallest one that gave a 5xx."""
    examples = examples or settings.default.max_examples
    if any(part in endpoint.path for part in SLOW):
        examples = min(examples, 3)

    @settings(max_examples=examples)
    @given(data=values_for(endpoint.fields))
    def send(data):
        with transaction.atomic():
            if endpoint.method == "GET":
                response = client.get(endpoint.path, data)
            else:
                response = client.post(endpoint.path, data)
            transaction.set_rollback(True)
        problem = server_error(response, endpoint.method, endpoint.path, data)
        assert problem is None, problem

    try:
        send()
    except Exception as error:  # hypothesis re-raises the smallest failing submission
        failures.append(f"{endpoint.method} {endpoint.path}: {error}")


def fuzz_all(client, endpoints, examples=None):
    failures = []
    for endpoint in endpoints:
        fuzz(client, endpoint, failures, examples)
    assert not failures, "\n\n".join(failures)


def test_every_public_page_and_form_answers_generated_input_without_a_5xx(fuzz_site):
    client = FuzzClient()
    endpoints = crawl(client, ["/", "/sitemap.xml", "/robots.txt", "/sok/forslag/?q=bo"])
    found = {(e.method, e.path) for e in endpoints}
    assert {
        ("GET", "/"),
        ("GET", "/eksempler/"),
        ("GET", "/sok/"),
        ("GET", "/sok/forslag/"),
        ("GET", "/ordliste/"),
        ("POST", "/eksempler/foreslaa/"),
        ("POST", "/veiviser/"),
    } <= found, sorted(found)
    assert len(endpoints) >= 25, sorted(found)
    fuzz_all(client, endpoints)


def test_every_page_and_form_of_the_wizard_answers_generated_input_without_a_5xx(fuzz_site):
    editor = FuzzClient()
    editor.group = "wizard"
    draft, tokens = fuzz_site["draft"], fuzz_site["tokens"]
    editor.get(f"/veiviser/lenke/{tokens['edit']}/")
    start = f"/veiviser/{draft.public_id}/"
    endpoints = [e for e in crawl(editor, [start]) if e.path.startswith(start)]
    steps = [e for e in endpoints if e.method == "POST" and "/steg/" in e.path]
    endpoints += [Endpoint("POST", e.path + "autolagring/", dict(e.fields)) for e in steps]
    routes = {e.path.removeprefix(start).split("/")[0] for e in endpoints}
    assert {"", "steg", "lenker", "historikk", "utskrift", "eksport", "word-mal"} <= routes
    assert len(steps) >= 5, sorted(e.path for e in endpoints)
    # Revoking the links last, so the editor keeps access while the rest is fuzzed (each
    # request is rolled back anyway; this only keeps the order obvious).
    endpoints.sort(key=lambda e: "/lenker/" in e.path)
    fuzz_all(editor, endpoints)
    # Without a link, and with a read link, the same posts must not fail either; they are
    # refused before any form is read, so a few submissions each show it.
    reader = FuzzClient()
    reader.group = "wizard"
    reader.get(f"/veiviser/lenke/{tokens['read']}/")
    stranger = FuzzClient()
    stranger.group = "wizard"
    posts = [e for e in endpoints if e.method == "POST"]
    fuzz_all(reader, posts, examples=3)
    fuzz_all(stranger, posts, examples=3)


def test_cross_site_posts_meet_the_csrf_page_without_a_5xx(fuzz_site):
    """A post without the CSRF token gets Django's CSRF failure view, which shows the visitor
    what they typed (core: nothing lost): it must take any posted field names and values."""
    client = FuzzClient(enforce_csrf_checks=True)
    client.group = "forms"
    endpoints = [e for e in crawl(client, ["/"]) if e.method == "POST"]
    draft, tokens = fuzz_site["draft"], fuzz_site["tokens"]
    client.get(f"/veiviser/lenke/{tokens['edit']}/")
    start = f"/veiviser/{draft.public_id}/"
    endpoints += [e for e in crawl(client, [start]) if e.method == "POST"]
    assert len(endpoints) >= 5
    fuzz_all(client, endpoints, examples=4)
