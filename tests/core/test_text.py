"""One cleaner for typed and stored text (core.text.clean_text)."""

from core.text import clean_text


def test_control_characters_go_and_line_breaks_become_newlines():
    assert clean_text("Bo\x00lig\r\nkontor\rNav\x1b\x7f\x85") == "Bolig\nkontor\nNav"


def test_text_that_looks_odd_but_is_text_stays():
    text = "Tlf.\u00a0900\u00a000 · bolig\u00adsosial · 👩\u200d👧 · <b>&amp;</b>\tslutt"
    assert clean_text(text) == text


def test_nothing_becomes_empty_text():
    assert clean_text(None) == ""
    assert clean_text(12) == "12"
