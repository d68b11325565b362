"""A new case worker meets a term on a phase page and reads its explanation, by keyboard only."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, open_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHASE_2 = (
    "/arbeidsprosesser/planlegge-lede-og-utvikle/organisering-og-tverrfaglig-samarbeid/"
    "fase-2-utarbeide-kunnskapsgrunnlag/"
)


def tab_to(page, selector, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(sel) => document.activeElement.matches(sel)", selector):
            return page.evaluate("document.activeElement.textContent")
    raise AssertionError(f"Tab never reached {selector}")


def test_term_popover_by_keyboard(demo_server, page):
    page.goto(demo_server.url + PHASE_2)
    term_text = tab_to(page, "a.portal-term")
    term = page.locator("a.portal-term").first
    assert term.get_attribute("aria-expanded") == "false"

    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name=f"Forklaring: {term_text}")
    expect(dialog).to_be_visible()
    assert term.get_attribute("aria-expanded") == "true"
    assert page.url.endswith(PHASE_2)  # the link did not navigate
    slug = term.get_attribute("data-term")
    definition = page.locator(f"#begrep-{slug}").text_content().strip()  # the list is folded
    assert definition and definition in dialog.inner_text()
    assert dialog.evaluate("el => el.contains(document.activeElement)")
    assert axe_violations(page) == []

    page.keyboard.press("Escape")
    assert dialog.count() == 0
    assert term.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.classList.contains('portal-term')")
    assert page.evaluate("document.activeElement.textContent") == term_text


def test_term_is_an_ordinary_link_without_javascript(demo_server, browser):
    context = open_context(browser, java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_server.url + PHASE_2)
    term = page.locator("a.portal-term").first
    href = term.get_attribute("href")
    term.click()
    page.wait_for_url(f"**{href}")
    assert page.locator("p.portal-eyebrow").inner_text().lower() == "ordliste"
    assert context.csp_violations == []
    context.close()


@pytest.mark.parametrize("path", ["/ordliste/", "/ordliste/mandat/"])
def test_glossary_pages_pass_axe(demo_server, page, path):
    page.goto(demo_server.url + path)
    assert axe_violations(page) == []
