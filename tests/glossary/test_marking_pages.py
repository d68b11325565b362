"""Terms explained where they appear on real pages, with the glossary as editors publish it."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from glossary.factories import GlossaryTermFactory
from glossary.models import GlossaryTerm

pytestmark = pytest.mark.django_db


def term_links(html):
    import re

    return re.findall(
        r'<a class="portal-term" href="/ordliste/([^/]+)/" data-term="[^"]+">([^<]+)</a>', html
    )


def test_phase_page_marks_first_occurrences_and_lists_them(client, phase2):
    html = client.get(phase2.url).content.decode()
    links = term_links(html)
    slugs = [slug for slug, _ in links]
    assert "arbeidsgruppe" in slugs and "mandat" in slugs
    assert len(slugs) == len(set(slugs))  # first occurrence only
    terms_section = html[html.index("Ord og begreper på denne siden") :]
    for slug in slugs:
        assert f'id="begrep-{slug}"' in terms_section


def test_headings_and_navigation_are_not_marked(client, phase2):
    html = client.get(phase2.url).content.decode()
    for heading in ["<h1", "<h2", "<h3"]:
        for chunk in html.split(heading)[1:]:
            assert "portal-term" not in chunk.split("</h")[0]
    nav = html[html.index("<header") : html.index("</header>")]
    assert "portal-term" not in nav


def test_editor_can_turn_marking_off_for_a_page(client, phase2):
    phase2.mark_glossary_terms = False
    phase2.save_revision().publish()
    html = client.get(phase2.url).content.decode()
    assert term_links(html) == []
    assert "Ord og begreper på denne siden" in html  # the list still explains the page's terms


def test_draft_term_is_not_used_and_publishing_changes_the_next_render(client, phase2):
    word = "kunnskapsgrunnlag"
    assert word in client.get(phase2.url).content.decode().lower()
    term = GlossaryTermFactory(term="Kunnskapsgrunnlag", slug="kunnskapsgrunnlag", live=False)
    term.save_revision()
    assert "kunnskapsgrunnlag" not in dict(term_links(client.get(phase2.url).content.decode()))

    term.save_revision().publish()
    assert "kunnskapsgrunnlag" in dict(term_links(client.get(phase2.url).content.decode()))

    term.refresh_from_db()
    term.unpublish()
    assert "kunnskapsgrunnlag" not in dict(term_links(client.get(phase2.url).content.decode()))


def test_changed_variants_take_effect_on_next_view(client, phase2):
    # Phase 2 says "oppdraget" (the definite form) but never the bare "oppdrag".
    term = GlossaryTermFactory(term="Oppdrag", slug="oppdrag", variants="")
    term.save_revision().publish()
    assert "oppdrag" not in dict(term_links(client.get(phase2.url).content.decode()))
    term.refresh_from_db()
    term.variants = "oppdraget, oppdragene"
    term.save_revision().publish()
    links = dict(term_links(client.get(phase2.url).content.decode()))
    assert links.get("oppdrag") == "oppdraget"


def test_definition_with_script_renders_inert(client, phase2):
    term = GlossaryTerm.objects.get(slug="mandat")
    term.definition = '<script>alert("x")</script> og <b>fet</b>'
    term.save_revision().publish()
    html = client.get(phase2.url).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_marking_adds_at_most_two_queries(client, phase2):
    def count():
        client.get(phase2.url)  # warm caches
        with CaptureQueriesContext(connection) as queries:
            client.get(phase2.url)
        return len(queries.captured_queries)

    with_marking = count()
    phase2.mark_glossary_terms = False
    phase2.save_revision().publish()
    GlossaryTerm.objects.all().delete()  # nothing left to match: the marker does no work
    without_terms = count()
    assert with_marking - without_terms <= 2


def test_nynorsk_variant_is_marked_on_a_nynorsk_example(client):
    from examples.models import ExamplePage

    stord = ExamplePage.objects.get(municipality__name="Stord")
    assert "samordna" in client.get(stord.url).content.decode()
    term = GlossaryTerm.objects.get(slug="samordning")
    term.variants += "\nsamordna"
    term.save_revision().publish()
    html = client.get(stord.url).content.decode()
    assert dict(term_links(html)).get("samordning") == "samordna"
