"""The example listing on a phone: folded filter groups, a «Vis N eksempler» button that counts as
boxes are ticked, and the results a few key presses away."""

import re
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import open_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
KEY_BUDGET = 15


def count_on_button(page):
    text = page.locator("[data-count-button]").inner_text()
    return int(re.search(r"Vis (\d+) eksempl", text).group(1))


def test_two_filters_and_the_first_result_within_15_key_presses(demo_server, browser):
    context = open_context(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(demo_server.url + "/eksempler/")
    total = count_on_button(page)
    presses = []

    def press(key):
        presses.append(key)
        page.keyboard.press(key)

    def focused():
        return page.evaluate("document.activeElement.textContent.trim().slice(0, 60)")

    press("Tab")
    assert focused() == "Hopp til hovedinnholdet"
    press("Enter")
    while "Tema" not in focused() or page.evaluate("document.activeElement.tagName") != "SUMMARY":
        press("Tab")
        assert len(presses) < KEY_BUDGET, focused()
    press("Enter")  # unfold «Tema»
    press("Tab")
    press("Space")
    press("Tab")
    press("Space")
    assert count_on_button(page) <= total
    with page.expect_navigation():
        press("Enter")  # Enter on a checkbox applies the filters
    query = parse_qs(urlparse(page.url).query)
    assert len(query["tema"]) == 2
    assert page.evaluate("document.activeElement.id") == "antall"  # the count has focus
    shown = int(re.match(r"(\d+)", page.locator("#antall").inner_text()).group(1))
    assert 0 < shown <= total
    assert page.title().startswith("Eksempler: ")
    while not page.evaluate("!!document.activeElement.closest('.portal-card__title')"):
        press("Tab")
        assert len(presses) <= KEY_BUDGET, (presses, focused())
    assert len(presses) <= KEY_BUDGET
    assert context.csp_violations == []
    context.close()


def test_the_button_counts_as_boxes_are_ticked(demo_server, browser):
    context = open_context(browser, viewport=PHONE)
    page = context.new_page()
    page.goto(demo_server.url + "/eksempler/")
    total = count_on_button(page)
    groups = page.locator("details.portal-facet")
    assert groups.count() >= 6
    assert all(not g.get_attribute("open") for g in groups.all())  # folded on arrival
    page.locator("summary", has_text="Fylke").click()
    county = page.get_by_label(re.compile(r"^Trøndelag \(\d+"))
    expected = int(re.search(r"\((\d+)", county.evaluate("e => e.labels[0].textContent"))[1])
    county.check()
    expect(page.locator("[data-count-button]")).to_have_text(re.compile(f"^Vis {expected} eksempl"))
    assert count_on_button(page) == expected < total
    assert page.locator("[data-count-status]").inner_text().startswith(f"{expected} eksempl")
    # The button sticks to the bottom of the screen while the form is in view.
    button = page.locator("[data-count-button]").bounding_box()
    assert button["y"] + button["height"] <= PHONE["height"] + 1
    page.locator("[data-count-button]").click()
    page.wait_for_url(re.compile(r"fylke=trondelag"))
    assert page.locator("#antall").inner_text().startswith(f"{expected} eksempl")
    assert "Trøndelag" in page.title()
    context.close()


def test_the_plain_form_works_without_javascript(demo_server, browser):
    context = open_context(browser, viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_server.url + "/eksempler/")
    page.locator("summary", has_text="Tema").click()  # <details> opens without script
    page.get_by_label(re.compile(r"^Samordning \(\d+")).check()
    page.locator("[data-count-button]").click()
    page.wait_for_url(re.compile(r"tema=samordning.*#resultater$"))
    assert page.get_by_role("list", name="Aktive filtre").is_visible()
    assert "Samordning" in page.title()
    assert context.csp_violations == []
    context.close()
