"""The portal's tests build the site with the factories (tests/conftest.py), not the demo content.

``every_page_type`` is the whole site as editors fill it: every section, a page of every type, and
the relations that cost queries when a page renders (featured processes on the front page,
examples on a phase, glossary terms on processes and phases, related terms, law references,
sub-processes and a planning circle whose step has phases of its own).
"""

from types import SimpleNamespace

import pytest

from home.factories import (
    HomeFeaturedProcessFactory,
    ResourcePageFactory,
    SiteContactFactory,
    UnderstandingPageFactory,
)
from legal.factories import LegalIndexPageFactory, LegalProvisionFactory, law_references
from phases.factories import (
    AreaPageFactory,
    PhasePageFactory,
    PlanningStepPageFactory,
    SubProcessPageFactory,
    WorkProcessPageFactory,
)
from phases.models import PhasePage, WorkProcessPage


@pytest.fixture
def every_page_type(site_tree, process, phase2, example, glossary_terms):
    """The site with one live page of every type (``pages``: model → page) and its relations."""
    SiteContactFactory()
    HomeFeaturedProcessFactory(page=site_tree.home, process=process)
    provisions = LegalProvisionFactory.create_batch(2)
    process.glossary_terms.set(glossary_terms[:2])
    process.law_references = law_references(provisions[0])
    process.save_revision().publish()
    phase2 = PhasePage.objects.get(pk=phase2.pk)
    phase2.glossary_terms.set(glossary_terms)
    phase2.law_references = law_references(*provisions)
    phase2.save_revision().publish()
    phase3 = PhasePage.objects.child_of(process).get(number=3)
    subprocess = SubProcessPageFactory(parent=phase3, title="Gjennomføring av utkastelse")
    area = AreaPageFactory(parent=site_tree.process_index, title="Bolig og tjenester")
    WorkProcessPageFactory(parent=area, title="Tildeling av kommunal bolig", phases=5)
    circle = WorkProcessPageFactory(
        parent=area, title="Boligsosial planlegging", kind=WorkProcessPage.Kind.CIRCULAR
    )
    steps = [PlanningStepPageFactory(parent=circle, number=n) for n in range(1, 7)]
    step_phase = PhasePageFactory(parent=steps[3], number=1)
    PhasePageFactory(parent=steps[3], number=2)
    resource = ResourcePageFactory()
    pages = {
        "area": area,
        "circle": circle,
        "step": steps[3],
        "step_phase": step_phase,
        "subprocess": subprocess,
        "understanding": UnderstandingPageFactory(parent=site_tree.home),
        "legal": LegalIndexPageFactory(parent=site_tree.home),
        "resource": resource,
    }
    return SimpleNamespace(
        tree=site_tree,
        process=process,
        phase2=phase2,
        example=example,
        terms=glossary_terms,
        **pages,
    )
