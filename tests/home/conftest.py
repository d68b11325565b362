import pytest

from home.factories import ResourcePageFactory, UnderstandingPageFactory
from legal.factories import LegalIndexPageFactory
from phases.factories import (
    AreaPageFactory,
    PhasePageFactory,
    PlanningStepPageFactory,
    SubProcessPageFactory,
    WorkProcessPageFactory,
)
from tests.conftest import PAGE_TYPES


@pytest.fixture
def one_of_each(site_tree, process, example):
    """A live page of every type, as editors would have made them."""
    ResourcePageFactory()
    area = AreaPageFactory(parent=site_tree.process_index)
    circle = WorkProcessPageFactory(parent=area, title="Planlegging", kind="circular")
    step = PlanningStepPageFactory(parent=circle, number=1, title="Planstrategi")
    PhasePageFactory(parent=step, number=1)
    SubProcessPageFactory(parent=process.get_phases()[2], title="Gjennomføring av utkastelse")
    UnderstandingPageFactory(parent=site_tree.home)
    LegalIndexPageFactory(parent=site_tree.home)
    return {page_class: page_class.objects.live().first() for page_class in PAGE_TYPES}
