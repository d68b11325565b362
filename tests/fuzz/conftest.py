"""The fuzz suite: generated input to every public GET and POST endpoint; any 5xx fails.

One small site is built with the factories once per module (``fuzz_site``, rolled back after
the module) and every request goes through Django's test client, so the views, the middleware
and PostgreSQL are the real ones. Hypothesis runs under the profile in ``HYPOTHESIS_PROFILE``
(default ``fuzz``: derandomized, so a run sends the same requests every time; no example
database, no deadline on this shared 2-core machine). ``HYPOTHESIS_PROFILE=fuzz-long`` sends
ten times as many requests, for a look before a release.

Every request is counted (``FuzzStats``) and the terminal summary prints how many were sent,
how long they took and how many answered 5xx.
"""

import os
import time
import traceback

from django.test import Client

import pytest
from hypothesis import HealthCheck, Phase, settings

from examples.factories import (
    ExampleIndexPageFactory,
    ExamplePageFactory,
    MunicipalityFactory,
    TargetGroupFactory,
)
from glossary.factories import GlossaryIndexPageFactory, GlossaryTermFactory
from home.factories import (
    InformationPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)
from mandates.factories import MandateWizardPageFactory
from mandates.prefill import create_draft
from phases.factories import WorkProcessIndexPageFactory, WorkProcessPageFactory
from phases.models import PhasePage
from tests.conftest import INFORMATION_PAGES, build_home, built_in_a_transaction, reset_factories
from tests.fuzz.stats import FuzzStats

# Submissions per endpoint (fewer where the test says so): 10 × ~80 pages, forms and API
# operations ≈ 1,100 requests; the summary line prints the figures of each run.
settings.register_profile(
    "fuzz",
    max_examples=10,
    derandomize=True,
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.generate, Phase.shrink],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    print_blob=True,
)
settings.register_profile("fuzz-long", parent=settings.get_profile("fuzz"), max_examples=120)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "fuzz")


STATS = FuzzStats()


def pytest_sessionfinish(session):
    """On an xdist worker, hand this worker's counts to the controller (tests/conftest.py adds
    them up and prints the summary line: the controller itself sends no request)."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["fuzz_stats"] = STATS.as_dict()


def pytest_terminal_summary(terminalreporter):
    # One process (-n 0): this module's counts. Under xdist the controller prints them instead.
    if getattr(terminalreporter.config, "workerinput", None) is None:
        line = STATS.summary(PROFILE)
        if line:
            terminalreporter.write_line(line)


class FuzzClient(Client):
    """The test client that counts what it sends and returns 500s instead of raising them."""

    group = "pages"

    def __init__(self, **kwargs):
        super().__init__(raise_request_exception=False, **kwargs)

    def request(self, **request):
        started = time.perf_counter()
        try:
            response = super().request(**request)
        finally:
            STATS.seconds += time.perf_counter() - started
            STATS.requests[self.group] += 1
        if response.status_code >= 500:
            STATS.server_errors[self.group] += 1
        return response


def server_error(response, method, url, data=None):
    """None for an answer below 500, else what a developer needs to reproduce it."""
    if response.status_code < 500:
        return None
    lines = [f"{method} {url} → {response.status_code}"]
    if data:
        lines.append(f"  data: {data!r}"[:2000])
    if getattr(response, "exc_info", None):
        lines.append("".join(traceback.format_exception(*response.exc_info)[-6:]))
    return "\n".join(lines)


@pytest.fixture(autouse=True)
def fuzz_profile():
    settings.load_profile(PROFILE)
    yield
    settings.load_profile("default")


@pytest.fixture
def fuzz_client():
    return FuzzClient()


def build_fuzz_site():
    """A small but complete site: every section, a process with phases 1–5, examples with
    every kind of tag, glossary terms, a resource, the pages about the portal, the wizard, and a
    draft with its share links."""
    reset_factories()
    home = build_home()
    for section in (WorkProcessIndexPageFactory, ExampleIndexPageFactory, GlossaryIndexPageFactory):
        section(parent=home)
    ResourceIndexPageFactory(parent=home)
    process = WorkProcessPageFactory(title="Organisering og tverrfaglig samarbeid", phases=5)
    phases = list(PhasePage.objects.child_of(process).order_by("number"))
    families = TargetGroupFactory(name="Barnefamilier", slug="barnefamilier")
    for n in range(6):
        ExamplePageFactory(
            municipality=MunicipalityFactory(),
            tags=["Samordning", "Boligkontor"][: 1 + n % 2],
            target_groups=[families] if n % 2 else [TargetGroupFactory()],
            phases=phases[n % 5 : n % 5 + 2],
        )
    ExamplePageFactory(title="Utkast som aldri vises", live=False)
    GlossaryTermFactory.create_batch(3)
    ResourcePageFactory()
    wizard = MandateWizardPageFactory(parent=home)
    for title, slug in INFORMATION_PAGES:
        InformationPageFactory(parent=home, title=title, slug=slug)
    draft, tokens = create_draft(process)
    return {"home": home, "process": process, "wizard": wizard, "draft": draft, "tokens": tokens}


@pytest.fixture(scope="module")
def _fuzz_site_for_module(django_db_setup, django_db_blocker):
    yield from built_in_a_transaction(django_db_blocker, build_fuzz_site)


@pytest.fixture
def fuzz_site(_fuzz_site_for_module, db):
    return _fuzz_site_for_module
