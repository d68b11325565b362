"""The guide's structure: areas → processes → phases → sub-processes, and the planning circle
with its steps and a step's own phases. Each test builds its own tree with factories."""

import re

from django.test import Client

import pytest

from examples.factories import ExamplePageFactory
from examples.models import ExampleIndexPage
from legal.factories import LegalProvisionFactory, law_references
from phases.factories import (
    AreaPageFactory,
    PhasePageFactory,
    PlanningStepPageFactory,
    SubProcessPageFactory,
    WorkProcessPageFactory,
    task_groups,
)
from phases.models import (
    AreaPage,
    PhasePage,
    PlanningStepPage,
    SubProcessPage,
    WorkProcessIndexPage,
    WorkProcessPage,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(site_tree):
    return site_tree.process_index


@pytest.fixture
def tree(index):
    """An area with a linear process (two phases, a sub-process under the second) and a
    planning circle (two steps, the second with its own two phases)."""
    area = AreaPageFactory(parent=index, title="Tilrettelegge og beholde bolig", slug="omraade")
    process = WorkProcessPageFactory(parent=area, title="Forhindre utkastelse", slug="utkastelse")
    phase1 = PhasePageFactory(parent=process, number=1, title="Forebygge", slug="fase-1")
    phase2 = PhasePageFactory(
        parent=process,
        number=2,
        title="Forhindre begjæringer",
        slug="fase-2",
        task_groups=task_groups(("Kontakte leietakeren", ["nav", "utleier"])),
    )
    provision = LegalProvisionFactory(
        key="testloven-13-2",
        short_name="testloven",
        section="§ 13-2",
        title="Begjæring om fravikelse",
    )
    sub = SubProcessPageFactory(
        parent=phase2,
        title="Gjennomføring av utkastelse",
        slug="gjennomforing",
        task_groups=task_groups(("Møte opp på fravikelsesdagen", ["utleier", "bruker"])),
        law_references=law_references(provision),
    )
    circle = WorkProcessPageFactory(
        parent=area, title="Planlegging", slug="planlegging", kind=WorkProcessPage.Kind.CIRCULAR
    )
    step2 = PlanningStepPageFactory(parent=circle, number=2, title="Samfunnsdel", slug="trinn-2")
    step1 = PlanningStepPageFactory(parent=circle, number=1, title="Planstrategi", slug="trinn-1")
    forfase = PhasePageFactory(parent=step2, number=1, title="Forfase", slug="fase-1")
    PhasePageFactory(parent=step2, number=2, title="Kartlegging", slug="fase-2")
    return {
        "area": area,
        "process": process,
        "phases": [phase1, phase2],
        "sub": sub,
        "circle": circle,
        "steps": [step1, step2],
        "forfase": forfase,
        "provision": provision,
    }


def html(page):
    response = Client().get(page.url)
    assert response.status_code == 200, page.url
    return response.content.decode()


def breadcrumb(page_html):
    nav = page_html[page_html.index('aria-label="Du er her"') :]
    return re.findall(r">([^<>]+)</a></li>", nav[: nav.index("</nav>")])


@pytest.mark.parametrize(
    "child,allowed,refused",
    [
        (AreaPage, [WorkProcessIndexPage], [AreaPage, WorkProcessPage, PhasePage]),
        (WorkProcessPage, [WorkProcessIndexPage, AreaPage], [WorkProcessPage, PhasePage]),
        (PlanningStepPage, [WorkProcessPage], [AreaPage, PhasePage, PlanningStepPage]),
        (PhasePage, [WorkProcessPage, PlanningStepPage], [AreaPage, PhasePage, SubProcessPage]),
        (SubProcessPage, [PhasePage], [WorkProcessPage, PlanningStepPage, SubProcessPage]),
    ],
)
def test_each_page_type_can_be_created_only_where_it_belongs(child, allowed, refused):
    for parent in allowed:
        assert child in parent.allowed_subpage_models(), (child, parent)
    for parent in refused:
        assert child not in parent.allowed_subpage_models(), (child, parent)


def test_the_process_index_groups_processes_by_area(tree, index):
    WorkProcessPageFactory(parent=index, title="Organisering og tverrfaglig samarbeid")
    page = html(index)
    area_at = page.index("Tilrettelegge og beholde bolig")
    assert area_at < page.index("Forhindre utkastelse") and area_at < page.index("Planlegging")
    assert "Organisering og tverrfaglig samarbeid" in page  # a process outside any area


def test_an_area_lists_its_processes(tree):
    page = html(tree["area"])
    assert "Arbeidsområde" in page
    assert tree["process"].url in page and tree["circle"].url in page


def test_a_sub_process_has_its_own_page_under_its_phase(tree):
    page = html(tree["sub"])
    assert "<h1" in page and "Gjennomføring av utkastelse" in page
    assert "Delprosess i fasen «Forhindre begjæringer»" in page
    assert "Ansvarlig:</span> Utleier, Søkeren / beboeren selv" in page
    assert "testloven § 13-2" in page and tree["provision"].url in page
    assert breadcrumb(page)[-4:] == [
        "Tilrettelegge og beholde bolig",
        "Forhindre utkastelse",
        "Forhindre begjæringer",
        "Gjennomføring av utkastelse",
    ]
    phase_page = html(tree["phases"][1])
    assert "Delprosesser i fasen" in phase_page and tree["sub"].url in phase_page
    assert "Ansvarlig:</span> Nav-kontoret, Utleier" in phase_page


def test_the_circle_shows_its_steps_in_order_and_a_step_its_own_phases(tree):
    circle = html(tree["circle"])
    steps = circle[circle.index("Trinnene i planprosessen") :]
    assert steps.index("Planstrategi") < steps.index("Samfunnsdel")
    step_page = html(tree["steps"][1])
    assert "Trinn 2: Samfunnsdel" in step_page
    for heading in (
        "Hvem gjør hva i dette trinnet?",
        "Bakgrunn for dette arbeidet",
        "Kort beskrivelse",
        "Faser i dette trinnet",
    ):
        assert heading in step_page
    assert tree["forfase"].url in step_page
    assert 'rel="prev"' in step_page and tree["steps"][0].url in step_page


def test_a_steps_phase_chooser_shows_the_steps_phases(tree):
    page = html(tree["forfase"])
    assert "Fase 1: Forfase" in page and "Faser i dette trinnet" in page
    assert breadcrumb(page)[-3:] == ["Planlegging", "Samfunnsdel", "Forfase"]
    chooser = page[page.index('aria-labelledby="phase-chooser-heading"') :]
    chooser = chooser[: chooser.index("</nav>")]
    assert chooser.count("<li") == 2 and 'aria-current="page"' in chooser


def test_the_sitemap_lists_the_new_pages(tree):
    sitemap = Client().get("/sitemap.xml").content.decode()
    for key in ("area", "sub", "forfase", "circle"):
        assert tree[key].url in sitemap, key
    assert all(step.url in sitemap for step in tree["steps"])


def test_drafts_are_never_shown(tree):
    tree["sub"].unpublish()
    assert tree["sub"].url not in html(tree["phases"][1])
    assert Client().get(tree["sub"].url).status_code == 404


def test_the_phase_facet_groups_phases_by_process_and_a_steps_phases_by_step(tree):
    index = ExampleIndexPage.objects.get()
    for phase in (tree["phases"][1], tree["forfase"]):
        example = ExamplePageFactory(parent=index)
        example.phases.add(phase)
        example.save_revision().publish()
    page = Client().get(index.url).content.decode()
    # The facets fold into <details> (issue 18): the label is the <summary>, the legend is for
    # screen readers.
    facet = page[page.index('<legend class="ds-sr-only">Fase</legend>') :]
    facet = facet[: facet.index("</details>")]
    assert '<legend class="portal-facet__group-label">Forhindre utkastelse</legend>' in facet
    assert (
        '<legend class="portal-facet__group-label">Planlegging – trinn 2: Samfunnsdel</legend>'
        in facet
    )


def test_search_finds_an_area_a_step_and_a_sub_process_under_processes(tree):
    for page, text in (
        (tree["area"], "Kvasiromraade"),
        (tree["steps"][0], "Kvasirtrinn"),
        (tree["sub"], "Kvasirdelprosess"),
    ):
        field = "intro" if page is tree["area"] else "background"
        setattr(page, field, f"<p>{text} er et ord bare denne siden har.</p>")
        page.save_revision().publish()
        found = Client().get("/sok/", {"q": text, "type": "prosesser"}).content.decode()
        assert "1 treff på" in found and f'href="{page.url}"' in found, text
