"""Terms explained where they appear on real pages, with the glossary as editors publish it."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from examples.factories import ExamplePageFactory
from glossary.factories import GlossaryTermFactory
from glossary.models import GlossaryTerm
from phases.factories import PhasePageFactory, results, task, task_group

pytestmark = pytest.mark.django_db


def term_links(html):
    return re.findall(
        r'<a class="portal-term" href="/ordliste/([^/]+)/" data-term="[^"]+">([^<]+)</a>', html
    )


@pytest.fixture
def terms(glossary_index):
    return {
        "mandat": GlossaryTermFactory(term="Mandat", variants="mandatet\nmandater"),
        "arbeidsgruppe": GlossaryTermFactory(
            term="Arbeidsgruppe", variants="arbeidsgruppen\narbeidsgruppa"
        ),
    }


@pytest.fixture
def phase(process, terms):
    """A phase whose text uses both terms more than once, and in a heading."""
    return PhasePageFactory(
        parent=process,
        number=6,
        short_description=(
            "<p>Kommunedirektøren gir arbeidsgruppen et mandat. Mandatet sier hva "
            "arbeidsgruppen skal levere innen fristen. Arbeidsgruppen lager et "
            "kunnskapsgrunnlag og tolker oppdraget.</p>"
        ),
        results=results("Et godkjent mandat"),
        task_groups=[task_group("Mandat og arbeidsgruppe", task("Lese mandatet sammen"))],
    )


def test_phase_page_marks_first_occurrences_and_lists_them(client, phase):
    html = client.get(phase.url).content.decode()
    links = term_links(html)
    assert links[:2] == [("arbeidsgruppe", "arbeidsgruppen"), ("mandat", "mandat")]
    slugs = [slug for slug, _ in links]
    assert len(slugs) == len(set(slugs)) == 2  # first occurrence only
    terms_section = html[html.index("Ord og begreper på denne siden") :]
    for slug in slugs:
        assert f'id="begrep-{slug}"' in terms_section


def test_headings_and_navigation_are_not_marked(client, phase):
    html = client.get(phase.url).content.decode()
    assert "Mandat og arbeidsgruppe</h3>" in html
    for heading in ["<h1", "<h2", "<h3"]:
        for chunk in html.split(heading)[1:]:
            assert "portal-term" not in chunk.split("</h")[0]
    nav = html[html.index("<header") : html.index("</header>")]
    assert "portal-term" not in nav


def test_editor_can_turn_marking_off_for_a_page(client, phase):
    assert term_links(client.get(phase.url).content.decode())
    phase.mark_glossary_terms = False
    phase.save_revision().publish()
    html = client.get(phase.url).content.decode()
    assert term_links(html) == []
    assert "Ord og begreper på denne siden" in html  # the list still explains the page's terms


def test_draft_term_is_not_used_and_publishing_changes_the_next_render(client, phase):
    word = "kunnskapsgrunnlag"
    assert word in client.get(phase.url).content.decode().lower()
    term = GlossaryTermFactory(term="Kunnskapsgrunnlag", slug="kunnskapsgrunnlag", live=False)
    term.save_revision()
    assert "kunnskapsgrunnlag" not in dict(term_links(client.get(phase.url).content.decode()))

    term.save_revision().publish()
    assert "kunnskapsgrunnlag" in dict(term_links(client.get(phase.url).content.decode()))

    term.refresh_from_db()
    term.unpublish()
    assert "kunnskapsgrunnlag" not in dict(term_links(client.get(phase.url).content.decode()))


def test_changed_variants_take_effect_on_next_view(client, phase):
    # The phase says "oppdraget" (the definite form) but never the bare "oppdrag".
    term = GlossaryTermFactory(term="Oppdrag", slug="oppdrag", variants="")
    term.save_revision().publish()
    assert "oppdrag" not in dict(term_links(client.get(phase.url).content.decode()))
    term.refresh_from_db()
    term.variants = "oppdraget, oppdragene"
    term.save_revision().publish()
    links = dict(term_links(client.get(phase.url).content.decode()))
    assert links.get("oppdrag") == "oppdraget"


def test_definition_with_script_renders_inert(client, phase, terms):
    term = terms["mandat"]
    term.definition = '<script>alert("x")</script> og <b>fet</b>'
    term.save_revision().publish()
    html = client.get(phase.url).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_marking_adds_at_most_two_queries(client, phase):
    def count():
        client.get(phase.url)  # warm caches
        with CaptureQueriesContext(connection) as queries:
            client.get(phase.url)
        return len(queries.captured_queries)

    with_marking = count()
    phase.mark_glossary_terms = False
    phase.save_revision().publish()
    GlossaryTerm.objects.all().delete()  # nothing left to match: the marker does no work
    without_terms = count()
    assert with_marking - without_terms <= 2


def test_nynorsk_variant_is_marked_on_a_nynorsk_example(client, glossary_index):
    term = GlossaryTermFactory(term="Samordning", variants="samordne")
    example = ExamplePageFactory(
        language="nn", summary="Kommunen har samordna tenestene til dei som treng bustad."
    )
    assert "samordna" in client.get(example.url).content.decode()
    assert "samordning" not in dict(term_links(client.get(example.url).content.decode()))
    term.variants += "\nsamordna"
    term.save_revision().publish()
    html = client.get(example.url).content.decode()
    assert dict(term_links(html)).get("samordning") == "samordna"
