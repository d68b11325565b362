"""What the wizard's browser tests share: members' browsers, drafts, and waiting for saves.

Nothing here waits for a fixed time. A test waits for what the user waits for: the server's
answer to a save, or the state the autosave script shows (``data-state`` on the status line,
"saved" only once nothing is left to save). ``SERVER_WAIT`` is how long an answer may take on a
loaded machine before the test fails; a passing test never waits for it.
"""

import re

from playwright.sync_api import expect

from mandates.models import MandateSection
from tests.browser.conftest import axe_violations

SAVED = re.compile(r"Lagret kl\. \d\d:\d\d")
SERVER_WAIT = 30_000  # ms, as Playwright's own default for navigations
AUTOSAVE = "**/autolagring/"


def assert_accessible(page, where):
    assert axe_violations(page) == [], f"axe fant brudd på {where}"


def create_draft(page, base_url, process=None):
    """Start a draft with the mouse (outside the keyboard test): its public id and edit link."""
    page.goto(base_url + "/veiviser/")
    page.get_by_label(process or "Start uten arbeidsprosess").check()
    page.get_by_role("button", name="Lag et nytt utkast").click()
    page.wait_for_url(re.compile(r"/veiviser/[\w-]+/lenker/$"))
    return draft_id(page.url), page.locator("#lenke-rediger").input_value()


def draft_id(url):
    return re.search(r"/veiviser/([\w-]{6,16})/", url).group(1)


def stored(public_id, key):
    return MandateSection.objects.get(draft__public_id=public_id, key=key)


def save(page, status=200):
    """Press "Lagre" and return once the page it leads to has loaded (after a redirect, if any)."""
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Lagre", exact=True).click()
    assert navigation.value.status == status


def save_status(page):
    return page.locator("[data-save-status]")


def wait_for_state(page, state):
    """Wait until the autosave script shows ``state`` ("saved": everything typed is stored)."""
    expect(save_status(page)).to_have_attribute("data-state", state, timeout=SERVER_WAIT)


def type_and_wait(page, control, text, state="saved"):
    """Fill ``control`` (one input event, as a paste) and wait for the autosave's outcome."""
    control.fill(text)
    wait_for_state(page, state)


class HeldSaves:
    """Holds a page's autosave requests until the test lets them go: the way to make "A's save
    reaches the server after B's" happen every time, not just when the machine is slow."""

    def __init__(self, page):
        self.page = page
        self.routes = []
        page.route(AUTOSAVE, self._hold)

    def _hold(self, route):
        self.routes.append(route)

    def hold(self, action):
        """Do ``action`` (typing that schedules an autosave) and return once its save is held.

        Waits for the page's request, then lets Playwright hand the intercepted request to
        ``routes`` (each evaluate is a round trip to the browser; the bound only stops a broken
        test from looping for ever)."""
        count = len(self.routes) + 1
        with self.page.expect_request(AUTOSAVE, timeout=SERVER_WAIT):
            action()
        for _ in range(1000):
            if len(self.routes) >= count:
                return
            self.page.evaluate("0")
        raise AssertionError("Autolagringen ble sendt, men aldri holdt tilbake")

    def release(self):
        """Let every held save go, stop holding, and return once the last has its answer."""
        with self.page.expect_response(AUTOSAVE, timeout=SERVER_WAIT):
            for route in self.routes:
                route.continue_()
        self.routes = []
        self.page.unroute(AUTOSAVE, self._hold)
