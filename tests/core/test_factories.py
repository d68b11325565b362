"""The factories build what an editor would: a site whose every page renders, linked as the
fixtures in tests/conftest.py promise."""

import pytest

from examples.factories import ExamplePageFactory
from examples.models import ExamplePage
from glossary.models import GlossaryTerm
from home.factories import ResourcePageFactory, UnderstandingPageFactory
from legal.factories import LegalIndexPageFactory
from phases.factories import AreaPageFactory, PlanningStepPageFactory, SubProcessPageFactory
from phases.models import PhasePage
from tests.conftest import PAGE_TYPES

pytestmark = pytest.mark.django_db


def test_the_site_tree_has_every_section_under_the_front_page(client, site_tree):
    assert site_tree.site.root_page_id == site_tree.home.pk
    sections = [page.specific_class for page in site_tree.home.get_children()]
    assert set(sections) == {
        type(page)
        for page in [
            site_tree.process_index,
            site_tree.example_index,
            site_tree.glossary_index,
            site_tree.resource_index,
            site_tree.wizard,
            *site_tree.information_pages,
        ]
    }
    for url in [
        "/",
        "/arbeidsprosesser/",
        "/eksempler/",
        "/ordliste/",
        "/ressurser/",
        "/veiviser/",
    ]:
        assert client.get(url).status_code == 200, url


def test_every_page_type_renders_when_built(client, site_tree, process, example, glossary_terms):
    # The page types the site tree leaves out (areas, the planning circle, sub-processes, the
    # sections «Forstå helheten» and «Lover og forskrifter») are built here.
    ResourcePageFactory()
    AreaPageFactory()
    PlanningStepPageFactory()
    SubProcessPageFactory(parent=process.get_phases()[0])
    UnderstandingPageFactory()
    LegalIndexPageFactory()
    for page_class in PAGE_TYPES:
        page = (
            page_class.objects.live().get()
            if page_class.max_count == 1
            else page_class.objects.live().first()
        )
        response = client.get(page.url)
        assert response.status_code == 200, page_class
    assert client.get(f"/ordliste/{glossary_terms[0].slug}/").status_code == 200


def test_the_process_has_five_phases_with_tasks(process):
    phases = process.get_phases()
    assert [phase.number for phase in phases] == [1, 2, 3, 4, 5]
    assert all(phase.task_groups and phase.results for phase in phases)


def test_the_example_is_linked_everywhere(example):
    assert example.municipality.name == "Hamar"
    assert set(example.tags.names()) == {"Samordning", "Boligkontor"}
    assert [g.name for g in example.target_groups.all()] == ["Barnefamilier"]
    assert sorted(example.phases.values_list("number", flat=True)) == [2, 3]
    assert example.first_published_at is not None


def test_factories_without_a_parent_find_their_section(home):
    example = ExamplePageFactory()
    again = ExamplePageFactory()
    assert example.get_parent().pk == again.get_parent().pk
    assert example.get_parent().get_parent().pk == home.pk
    assert example.url.startswith("/eksempler/")
    assert ExamplePage.objects.count() == 2


def test_the_data_is_the_same_in_every_test(home):
    first = ExamplePageFactory()
    assert first.municipality.name == "Testkommune 0"  # the sequences start again in each test
    assert GlossaryTerm.objects.count() == 0 and PhasePage.objects.count() == 0
