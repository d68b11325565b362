"""Phase and work-process pages: chooser, previous/next, results, tasks with responsibility."""

import re

import pytest

from examples.factories import ExamplePageFactory
from glossary.factories import GlossaryTermFactory
from phases.factories import PhasePageFactory, task, task_group
from phases.models import PhasePage

pytestmark = pytest.mark.django_db


def phase_links(html):
    nav = html[html.index('aria-labelledby="phase-chooser-heading"') :]
    nav = nav[: nav.index("</nav>")]
    return re.findall(r'<a href="([^"]+)"( aria-current="page")?>', nav)


def test_phase_shows_description_results_and_tasks_with_responsible(client, process):
    mapping = ["Hvem tildeler kommunale boliger?", "Hvem følger opp – og hvor lenge?"]
    phase = PhasePageFactory(
        parent=process,
        number=6,
        title="Kartlegge behovene",
        short_description="<p>Arbeidsgruppen finner ut hvem som trenger hjelp.</p>",
        task_groups=[
            task_group(
                "Kunnskapsgrunnlag om egen virksomhet",
                task(
                    "Kartlegge dagens boligsosiale oppgaver",
                    "arbeidsgruppeleder",
                    "radmann",
                    sub_points=mapping,
                ),
            )
        ],
    )
    html = client.get(phase.url).content.decode()
    assert "Fase 6: Kartlegge behovene" in html
    assert "Kort beskrivelse av fasen" in html
    assert "Arbeidsgruppen finner ut hvem som trenger hjelp." in html
    assert "Resultater fra fasen" in html
    assert phase.results
    for result in phase.results:
        assert result.value in html
    assert "Kunnskapsgrunnlag om egen virksomhet" in html
    assert "Kartlegge dagens boligsosiale oppgaver" in html
    assert "Ansvarlig:</span> Arbeidsgruppens leder, Kommunedirektør (rådmann)" in html
    for point in mapping:
        assert point in html


def test_phase_chooser_marks_current_phase_only(client, process, phase2):
    html = client.get(phase2.url).content.decode()
    links = phase_links(html)
    assert len(links) == 5
    current = [url for url, marker in links if marker]
    assert current == [phase2.url]


def test_previous_and_next_phase(client, process):
    phases = process.get_phases()
    first_html = client.get(phases[0].url).content.decode()
    assert 'rel="prev"' not in first_html
    assert f'href="{phases[1].url}" rel="next"' in first_html
    last_html = client.get(phases[-1].url).content.decode()
    assert f'href="{phases[-2].url}" rel="prev"' in last_html
    assert 'rel="next"' not in last_html


def test_process_page_lists_all_phases_without_current_marker(client, process):
    html = client.get(process.url).content.decode()
    assert "Kort om arbeidsprosessen" in html and "Bakgrunn" in html
    links = phase_links(html)
    assert [url for url, _ in links] == [p.url for p in process.get_phases()]
    assert len(links) == 5
    assert not any(marker for _, marker in links)


def test_unpublished_phase_is_hidden_from_chooser_and_public(client, process):
    phase4 = PhasePage.objects.child_of(process).get(number=4)
    url = phase4.url
    phase4.unpublish()
    assert client.get(url).status_code == 404
    html = client.get(process.url).content.decode()
    assert url not in html
    assert len(phase_links(html)) == 4


def test_phase_lists_its_examples_and_glossary_terms(client, phase2, glossary_index):
    examples = [ExamplePageFactory(phases=[phase2]) for _ in range(2)]
    elsewhere = ExamplePageFactory(title="Eksempel fra en annen fase")
    draft = ExamplePageFactory(title="Upublisert eksempel", phases=[phase2], live=False)
    terms = GlossaryTermFactory.create_batch(2)
    phase2.glossary_terms.set(terms)
    phase2.save_revision().publish()

    html = client.get(phase2.url).content.decode()
    for example in examples:
        assert example.title in html
    assert elsewhere.title not in html and draft.title not in html
    assert "Ord og begreper på denne siden" in html
    for term in terms:
        assert f'href="/ordliste/{term.slug}/"' in html


def test_draft_changes_never_reach_the_public(client, phase2):
    phase2.title = "Hemmelig utkast"
    phase2.save_revision()  # saved, not published
    html = client.get(phase2.url).content.decode()
    assert "Hemmelig utkast" not in html
    assert client.get(phase2.url).status_code == 200


def test_a_phase_with_many_examples_shows_the_newest_and_links_to_the_rest(client, process):
    phase = PhasePageFactory(parent=process, number=6, title="Travel fase")
    examples = []
    for n in range(PhasePage.EXAMPLES_SHOWN + 3):
        example = ExamplePageFactory(title=f"Mengdeeksempel {n:02d}", phases=[phase])
        example.save_revision().publish()
        examples.append(example)

    html = client.get(phase.url).content.decode()
    shown = [e for e in examples if f">{e.title}<" in html]
    # The newest first, as many as the page shows; the oldest three only in the listing.
    assert shown == examples[3:]
    link = f'href="/eksempler/?fase={phase.pk}"'
    assert link in html
    assert f"Se alle {PhasePage.EXAMPLES_SHOWN + 3} eksemplene fra denne fasen" in html
    listing = client.get(f"/eksempler/?fase={phase.pk}").content.decode()
    assert all(e.title in listing for e in examples)


def test_tools_without_a_page_of_their_own_lead_to_the_wizard_with_the_process(
    client, wizard, process
):
    phase = PhasePageFactory(
        parent=process, number=9, tools=[("tool", {"title": "Mal for mandat", "description": ""})]
    )
    html = client.get(phase.url).content.decode()
    link = re.search(r'<a class="ds-link" href="([^"]+)">Mal for mandat<', html)
    assert link.group(1) == f"/veiviser/?prosess={process.pk}"
