"""Turning typed text into words, synonyms and compounds (no database)."""

from search.query import MAX_QUERY_LENGTH, clean_query, parse, rough_stem
from search.synonyms import expand

GROUPS = [("bolig", "bustad"), ("hjem", "heim"), ("ikke", "ikkje")]


def test_clean_query_keeps_words_only_and_caps_length():
    assert clean_query('  "bolig"  OR 1=1; -- <b>') == "bolig OR 1 1 b"
    assert clean_query("!!!") == ""
    assert len(clean_query("a" * 10_000)) == MAX_QUERY_LENGTH


def test_synonyms_apply_to_compounds_and_inflections():
    assert expand("bolig", GROUPS) == ["bolig", "bustad"]
    assert "bustadkontor" in expand("boligkontor", GROUPS)
    assert "boligsosialt" in expand("bustadsosialt", GROUPS)
    assert "kommunalbustad" in expand("kommunalbolig", GROUPS)
    assert "bustadene" in expand("boligene", GROUPS)
    assert expand("stord", GROUPS) == ["stord"]


def test_stop_words_are_not_required():
    parsed = parse("bolig i Stord", GROUPS)
    assert [w.text for w in parsed.words] == ["bolig", "stord"]
    assert not parse("og i på ikke", GROUPS)


def test_rough_stem_for_prefixes():
    assert rough_stem("boligene") == "bolig"
    assert rough_stem("flyktningar") == "flyktning"
    assert rough_stem("bolig") == "bolig"
