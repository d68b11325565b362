"""Every page type renders, and editors can only create pages where they belong."""

from wagtail.models import Page

import pytest

from examples.models import ExampleIndexPage, ExamplePage
from glossary.models import GlossaryIndexPage
from home.models import HomePage, ResourceIndexPage, ResourcePage, UnderstandingPage
from legal.models import LegalIndexPage
from mandates.models import MandateWizardPage
from phases.models import (
    AreaPage,
    PhasePage,
    PlanningStepPage,
    SubProcessPage,
    WorkProcessIndexPage,
    WorkProcessPage,
)
from tests.conftest import PAGE_TYPES

pytestmark = pytest.mark.django_db

ALL_TYPES = PAGE_TYPES

# page type -> the page types it may be created under
ALLOWED_PARENT = {
    WorkProcessIndexPage: HomePage,
    AreaPage: WorkProcessIndexPage,
    WorkProcessPage: (WorkProcessIndexPage, AreaPage),
    PlanningStepPage: WorkProcessPage,
    PhasePage: (WorkProcessPage, PlanningStepPage),
    SubProcessPage: PhasePage,
    UnderstandingPage: HomePage,
    LegalIndexPage: HomePage,
    ExampleIndexPage: HomePage,
    ExamplePage: ExampleIndexPage,
    GlossaryIndexPage: HomePage,
    ResourceIndexPage: HomePage,
    ResourcePage: ResourceIndexPage,
    MandateWizardPage: HomePage,
}


@pytest.mark.parametrize("page_class", ALL_TYPES, ids=lambda c: c.__name__)
def test_every_page_type_renders(client, one_of_each, page_class):
    page = one_of_each[page_class]
    assert page is not None, f"no {page_class.__name__} built"
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html
    assert page.title.split(":")[0] in html or page_class is HomePage
    assert 'href="#hovedinnhold"' in html  # skip link on every page


@pytest.mark.parametrize(
    "child_class,parent_class",
    ALLOWED_PARENT.items(),
    ids=lambda c: c.__name__ if isinstance(c, type) else "+".join(p.__name__ for p in c),
)
def test_page_type_is_creatable_only_under_its_parent_type(one_of_each, child_class, parent_class):
    allowed = parent_class if isinstance(parent_class, tuple) else (parent_class,)
    for candidate, parent in one_of_each.items():
        expected = candidate in allowed
        # Index pages are singletons: a second one is refused even under the right parent.
        if expected and child_class.max_count == 1:
            assert not child_class.can_create_at(parent)
            continue
        assert child_class.can_create_at(parent) is expected, (
            f"{child_class.__name__} under {candidate.__name__}"
        )


def test_only_one_home_page_and_only_at_the_top(home):
    root = Page.get_first_root_node()
    assert HomePage.objects.count() == 1
    assert not HomePage.can_create_at(root)  # the one home page exists already
    assert not HomePage.can_create_at(home)


def test_phases_are_listed_in_their_number_order(process):
    fifth = process.get_phases()[4]
    fifth.number = 0  # a pre-phase, added last, comes first
    fifth.save()
    numbers = [phase.number for phase in process.get_phases()]
    assert numbers == [0, 1, 2, 3, 4]
