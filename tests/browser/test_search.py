"""Searching in Chromium: suggestions by keyboard, narrowing by type, and axe on every state."""

import re

import pytest

from tests.browser.conftest import axe_violations, open_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_pick_a_suggestion_with_the_keyboard(demo_server, page):
    page.goto(demo_server.url + "/sok/")
    field = page.get_by_role("combobox", name="Søk etter eksempler, faser, begreper og ressurser")
    field.click()
    field.press_sequentially("velferds", delay=40)
    listbox = page.get_by_role("listbox", name="Forslag")
    listbox.wait_for(state="visible")
    assert field.get_attribute("aria-expanded") == "true"
    # «velferds» is the start of a glossary term too («Velferdsteknologi», which may come first:
    # a term matching the typed prefix is a fair first suggestion); walk down to the example
    # with the arrow keys, past whatever comes before it.
    options = listbox.get_by_role("option")
    texts = options.all_inner_texts()
    assert any("Asker Velferdslab" in text for text in texts), texts
    wanted = next(i for i, text in enumerate(texts) if "Asker Velferdslab" in text)
    assert axe_violations(page) == []

    for index in range(wanted + 1):
        field.press("ArrowDown")
        option = options.nth(index)
        assert field.get_attribute("aria-activedescendant") == option.get_attribute("id")
        assert option.get_attribute("aria-selected") == "true"
    assert listbox.locator("[aria-selected=true]").count() == 1  # only the one picked
    field.press("Enter")
    page.wait_for_url("**/eksempler/asker-velferdslab/")
    assert page.locator("h1").inner_text() == "Asker Velferdslab"


def test_escape_closes_the_suggestions_and_enter_searches(demo_server, page):
    page.goto(demo_server.url + "/sok/")
    field = page.get_by_role("combobox", name="Søk etter eksempler, faser, begreper og ressurser")
    field.press_sequentially("bolig", delay=40)
    page.get_by_role("listbox", name="Forslag").wait_for(state="visible")
    field.press("Escape")
    assert field.get_attribute("aria-expanded") == "false"
    field.press("Enter")
    page.wait_for_url(re.compile(r".*/sok/\?q=bolig$"))
    assert "treff på «bolig»" in page.locator("#search-count").inner_text()


def test_search_and_narrow_by_type_and_axe_is_clean(demo_server, page):
    page.goto(demo_server.url + "/sok/?q=bolig")
    count = page.locator("#search-count")
    assert re.match(r"\d+ treff på «bolig»", count.inner_text())
    assert page.locator("mark").count() > 0
    assert axe_violations(page) == []

    filters = page.get_by_role("navigation", name="Avgrens etter type")
    filters.get_by_role("link", name=re.compile(r"^Eksempler")).click()
    page.wait_for_url("**type=eksempler")
    assert "i eksempler" in page.locator("#search-count").inner_text()
    types = page.locator(".portal-search-result__type").all_inner_texts()
    assert types and set(types) == {"Eksempel"}
    assert filters.locator('[aria-current="page"]').inner_text().startswith("Eksempler")
    assert axe_violations(page) == []


def test_empty_results_and_empty_query_are_clean(demo_server, page):
    page.goto(demo_server.url + "/sok/?q=qqqzzzxx")
    assert "0 treff på «qqqzzzxx»" in page.locator("#search-count").inner_text()
    assert page.get_by_text("Sjekk stavemåten").is_visible()
    assert axe_violations(page) == []
    page.goto(demo_server.url + "/sok/?q=%22%3C%3E")
    assert page.get_by_text("ingen bokstaver eller tall").is_visible()
    assert axe_violations(page) == []


def test_the_form_works_without_javascript(demo_server, browser):
    context = open_context(browser, java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_server.url + "/")
    page.get_by_role("searchbox", name="Søk i portalen").fill("Stord")
    page.get_by_role("searchbox", name="Søk i portalen").press("Enter")
    page.wait_for_url("**/sok/?q=Stord")
    assert page.get_by_role("link", name="Bustadsosialt forum i Stord").is_visible()
    assert context.csp_violations == []
    context.close()
