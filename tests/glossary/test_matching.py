"""The term matcher on its own: words, variants, overlaps, and HTML it must leave alone."""

from glossary.matching import MarkingState, MatchableTerm, TermMatcher

MANDAT = MatchableTerm(1, "Mandat", "mandat", "Et oppdrag.")
GRUPPE = MatchableTerm(2, "Arbeidsgruppe", "arbeidsgruppe", "En gruppe.")
VANSKELIG = MatchableTerm(
    3, "Vanskeligstilt på boligmarkedet", "vanskeligstilt-pa-boligmarkedet", "Trenger hjelp."
)
BOLIG = MatchableTerm(4, "Boligmarkedet", "boligmarkedet", "Markedet for boliger.")


def matcher():
    return TermMatcher(
        [
            (MANDAT, ["mandatet", "mandater", "mandata"]),
            (GRUPPE, ["arbeidsgruppa", "arbeidsgruppen", "arbeidsgrupper", "arbeidsgruppene"]),
            (VANSKELIG, ["vanskeligstilte på boligmarkedet", "vanskelegstilte på bustadmarknaden"]),
            (BOLIG, []),
        ]
    )


def mark(html, state=None, link=True):
    return matcher().mark_html(html, state or MarkingState(), "/ordliste/", link=link)


def link(slug, text):
    return f'<a class="portal-term" href="/ordliste/{slug}/" data-term="{slug}">{text}</a>'


def test_inflected_and_nynorsk_forms_match_case_insensitively():
    html = "<p>Mandatet ble gitt til arbeidsgruppa. Vanskelegstilte på bustadmarknaden.</p>"
    out = mark(html)
    assert link("mandat", "Mandatet") in out
    assert link("arbeidsgruppe", "arbeidsgruppa") in out
    assert link("vanskeligstilt-pa-boligmarkedet", "Vanskelegstilte på bustadmarknaden") in out


def test_no_match_inside_a_longer_word_or_hyphenated_compound():
    html = "<p>Mandatperioden og ROP-mandat og arbeidsgrupperom.</p>"
    assert mark(html) == html


def test_first_occurrence_only_across_regions_of_one_page():
    state = MarkingState()
    first = mark("<p>Et mandat. Enda et mandat.</p>", state)
    second = mark("<p>Mandatet igjen.</p>", state)
    assert first.count("portal-term") == 1
    assert first.endswith("Enda et mandat.</p>")
    assert "portal-term" not in second
    assert [t.slug for t in state.terms] == ["mandat"]


def test_headings_links_and_attributes_are_untouched():
    html = (
        '<h2>Mandat</h2><p><a href="/x/">mandat</a> <span title="mandat">tekst</span> '
        "<strong>mandatet</strong></p>"
    )
    out = mark(html)
    assert out.startswith('<h2>Mandat</h2><p><a href="/x/">mandat</a> <span title="mandat">')
    assert f"<strong>{link('mandat', 'mandatet')}</strong>" in out


def test_longest_term_wins_where_terms_overlap():
    out = mark("<p>Hjelp til vanskeligstilte på boligmarkedet og om boligmarkedet.</p>")
    assert link("vanskeligstilt-pa-boligmarkedet", "vanskeligstilte på boligmarkedet") in out
    # The shorter term is still found where it stands alone.
    assert link("boligmarkedet", "boligmarkedet") in out


def test_multiword_term_needs_plain_spaces_between_words():
    out = mark("<p>vanskeligstilte, på boligmarkedet</p>")
    assert "vanskeligstilt-pa-boligmarkedet" not in out
    assert link("boligmarkedet", "boligmarkedet") in out


def test_entities_comments_and_void_tags_survive():
    html = "<p>A&amp;B &#229; <!-- mandat --><br>mandat&nbsp;x</p>"
    out = mark(html)
    assert "A&amp;B &#229; <!-- mandat --><br>" in out
    assert link("mandat", "mandat") + "&nbsp;x" in out


def test_collect_only_when_marking_is_off():
    state = MarkingState()
    html = "<p>mandat og arbeidsgruppe</p>"
    assert mark(html, state, link=False) == html
    assert {t.slug for t in state.terms} == {"mandat", "arbeidsgruppe"}
