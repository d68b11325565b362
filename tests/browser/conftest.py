"""Playwright (Python) driving Debian's Chromium against a live server with the demo content.

Where Chromium is missing the tests skip with a visible reason; with REQUIRE_BROWSER=1 (set by
.ci/run) a missing browser is a failure instead, so CI never skips them silently."""

import json
import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_URL = "/__tests__/axe.min.js"  # answered by the test browser itself, never by the site
# WCAG 2.1 A/AA is the law (forskrift om universell utforming av IKT); 2.2 AA (target size, focus
# not obscured) and axe's best practices (landmarks, one h1, heading order) are held to as well:
# every public page, wizard state and the admin login had none of their violations (2026-12-02).
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
# The one address the tests open to see the «not found» page. Any other page a test opens that
# answers 404, or any page answering ≥ 500, fails the test: an axe or reflow check that ran on a
# 404 page passed while proving nothing (processes moved under their areas, and it went unseen).
MISSING_PAGE = "/finnes-ikke/"
_contexts_of_this_test = []

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs a loop


def _missing():
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"Chromium finnes ikke på {CHROMIUM} (installer Debian-pakken «chromium»)"
    if not AXE.exists():
        return f"axe-core mangler ({AXE}); kjør «npm ci»"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Python-pakken playwright er ikke installert"
    return None


@pytest.fixture(scope="session")
def browser():
    reason = _missing()
    if reason:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"Nettlesertestene må kjøre her: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def demo_server(live_server, transactional_db):
    """The live server with the demo content: loaded once, then copied back from a snapshot
    after each test has emptied the database (tests/browser/snapshot.py)."""
    from django.core.management import call_command

    from wagtail.models import Site

    from tests.browser import snapshot

    if snapshot.taken_this_session():
        snapshot.restore()
    else:  # the first browser test: the session's demo content, completed if a test changed it
        call_command("load_demo_content", verbosity=0)
        snapshot.take()

    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    return live_server


def open_context(browser, **options):
    """A browser context that notes every Content-Security-Policy violation in its pages and
    serves axe-core from the site's own origin (the policy refuses inline script)."""
    context = browser.new_context(**{"locale": "nb-NO", **options})
    context.csp_violations = []

    def note(message):
        if "Content Security Policy" in message.text:
            context.csp_violations.append(
                f"{message.page.url if message.page else ''}: {message.text}"
            )

    context.broken_pages = []
    context.may_be_missing = set()  # paths a test opens to see them answer 404

    def check(response):
        request = response.request
        if request.resource_type != "document" or request.frame.parent_frame is not None:
            return
        path = urlsplit(response.url).path
        missing = response.status == 404 and path not in {MISSING_PAGE, *context.may_be_missing}
        if response.status >= 500 or missing:
            context.broken_pages.append(f"{response.status} {request.method} {response.url}")

    context.on("console", note)
    context.on("response", check)
    context.route(f"**{AXE_URL}", lambda route: route.fulfill(path=str(AXE)))
    _contexts_of_this_test.append(context)
    return context


@pytest.fixture(autouse=True)
def no_page_missing_or_failing():
    """Every page a browser test opened was there and did not fail (see MISSING_PAGE)."""
    _contexts_of_this_test.clear()
    yield
    broken = [text for context in _contexts_of_this_test for text in context.broken_pages]
    _contexts_of_this_test.clear()
    assert broken == [], "Sider som ikke finnes eller feilet: " + ", ".join(broken)


@pytest.fixture
def page(browser):
    context = open_context(browser)
    page = context.new_page()
    yield page
    violations = context.csp_violations
    context.close()
    assert violations == [], "Content-Security-Policy blokkerte noe"


@pytest.fixture
def new_context(browser):
    """Make browser contexts (one per person, e.g. each member of a working group), closed after
    the test whatever happens."""
    made = []

    def make():
        made.append(open_context(browser, accept_downloads=True))
        return made[-1]

    yield make
    violations = [text for context in made for text in context.csp_violations]
    for context in made:
        context.close()
    assert violations == [], "Content-Security-Policy blokkerte noe"


def axe_violations(page):
    """Run axe-core in the page and return WCAG 2.1 A/AA violations as readable strings, and
    any Content-Security-Policy violation seen in the page's context so far."""
    page.add_script_tag(url=AXE_URL)
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_TAGS,
    )
    found = [
        f"{v['id']} ({v['impact']}): {v['help']} – "
        + json.dumps([n["target"] for n in v["nodes"]][:5], ensure_ascii=False)
        for v in result["violations"]
    ]
    found += [f"CSP: {text}" for text in getattr(page.context, "csp_violations", [])]
    return found
