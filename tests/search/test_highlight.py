"""Snippets: the part of the text with most matches, the matched words marked (no database)."""

from search.highlight import Segment, snippet


def marked(segments):
    return [s.text for s in segments if s.marked]


def test_the_window_with_most_matches_is_shown_from_a_few_words_before_it():
    filler = " ".join(f"ord{n}" for n in range(60))
    text = f"Bolig i starten. {filler} bolig og boligkontor og bustad her. Slutt."
    segments = snippet(text, {"bolig", "bustad"}, window=12)
    assert marked(segments) == ["bolig", "boligkontor", "bustad"]
    assert segments[0] == Segment("… ")
    assert segments[1].text.startswith("ord56")
    assert segments[-1] == Segment(" …")


def test_short_keys_match_whole_words_only_and_case_is_ignored():
    segments = snippet("Bo i en BOLIG, bor godt", {"bo", "bolig"})
    assert marked(segments) == ["Bo", "BOLIG"]
    assert "".join(s.text for s in segments) == "Bo i en BOLIG, bor godt"


def test_text_without_words_or_matches():
    assert snippet("", {"bolig"}) == []
    assert snippet("!!!", {"bolig"}) == [Segment("!!!")]
    assert snippet("<p>Bare tekst</p>", set()) == [Segment("Bare tekst")]
