"""The search's tests build the pages they search for with the factories (tests/conftest.py).
How well the search does over the real texts is measured on the demo content, in tests/demo.

``searchable_site`` is a small site with a page of every search type («eksempler», «prosesser»,
«ordliste», «ressurser», «sider») that mentions «bolig», more examples than a page of results
holds, and the pages some tests name: Verdal's example about a housing office, Asker's
«Velferdslab», and the terms «Mandat» and «Styringsgruppe».
"""

from types import SimpleNamespace

import pytest

from examples.factories import ExamplePageFactory
from glossary.factories import GlossaryTermFactory
from home.factories import InformationPageFactory, ResourcePageFactory
from places.regions import Municipality

# Every factory example says in its background that people «ventet på bolig».
EXAMPLES = 14


@pytest.fixture
def searchable_site(site_tree, process, example):
    verdal = ExamplePageFactory(
        title="Kartlegging av kommunale boliger og leietakere",
        municipality=Municipality.objects.get(number="5038"),  # the register's Verdal
        summary="Kommunen kartla boligene og leietakerne, og samlet arbeidet i et boligkontor.",
    )
    velferdslab = ExamplePageFactory(
        title="Asker Velferdslab",
        slug="asker-velferdslab",
        municipality=Municipality.objects.get(number="3203"),  # the register's Asker
        summary="Et velferdslab der tjenestene løser sammensatte saker sammen med innbyggeren.",
    )
    others = ExamplePageFactory.create_batch(EXAMPLES - 3)
    mandate = GlossaryTermFactory(
        term="Mandat",
        definition="Et skriftlig oppdrag som sier hva en arbeidsgruppe skal gjøre, og innen når.",
        variants="mandatet",
    )
    steering = GlossaryTermFactory(
        term="Styringsgruppe",
        definition="Gruppen av ledere som eier arbeidet og tar beslutningene underveis.",
    )
    housing = GlossaryTermFactory(
        term="Kommunal bolig", definition="En bolig kommunen leier ut til vanskeligstilte."
    )
    resource = ResourcePageFactory(title="Boligsosialt arbeid i kommunene – en kartlegging")
    about = InformationPageFactory(
        parent=site_tree.home,
        title="Om boligsøket",
        slug="om-boligsoket",
        intro="Slik finner du fram til en bolig og hjelp i portalen.",
    )
    return SimpleNamespace(
        tree=site_tree,
        process=process,
        examples=[example, verdal, velferdslab, *others],
        verdal=verdal,
        velferdslab=velferdslab,
        terms=[mandate, steering, housing],
        resource=resource,
        about=about,
    )
