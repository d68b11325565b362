"""Every public page renders in at most 15 SQL queries, however many examples there are."""

import pytest

from examples.factories import ExamplePageFactory
from examples.models import ExampleIndexPage, ExamplePage
from glossary.models import GlossaryTerm
from home.models import ResourcePage, UnderstandingPage
from legal.models import LegalIndexPage
from phases.models import AreaPage, PhasePage, PlanningStepPage, SubProcessPage, WorkProcessPage

pytestmark = pytest.mark.django_db

BUDGET = 15


@pytest.fixture
def many_examples(phase2):
    index = ExampleIndexPage.objects.get()
    for _ in range(100):
        page = ExamplePageFactory(parent=index)
        page.tags.add("Samordning", "Boligkontor")
        page.phases.add(phase2)
        page.save()
    return index


def new_page_type_urls():
    """One page of each type the larger guide added (demo content: 15 processes)."""
    return [
        AreaPage.objects.live().first().url,
        WorkProcessPage.objects.get(kind=WorkProcessPage.Kind.CIRCULAR).url,
        PlanningStepPage.objects.get(number=4).url,
        PhasePage.objects.filter(depth=PlanningStepPage.objects.get(number=4).depth + 1)
        .first()
        .url,
        SubProcessPage.objects.live().first().url,
        UnderstandingPage.objects.get().url,
        LegalIndexPage.objects.get().url,
    ]


def public_urls(phase2):
    return [
        "/",
        "/arbeidsprosesser/",
        phase2.get_parent().url,
        phase2.url,
        PhasePage.objects.child_of(phase2.get_parent()).get(number=5).url,
        *new_page_type_urls(),
        "/eksempler/",
        "/eksempler/?side=3",
        ExamplePage.objects.get(slug="asker-velferdslab").url,
        "/ordliste/",
        f"/ordliste/{GlossaryTerm.objects.get(slug='mandat').slug}/",
        "/ressurser/",
        ResourcePage.objects.first().url,
        "/sok/?q=bolig",
        "/finnes-ikke/",
    ]


def test_public_pages_stay_within_query_budget(
    client, many_examples, phase2, django_assert_max_num_queries
):
    urls = public_urls(phase2)
    for url in urls:
        client.get(url)  # warm per-process caches (content types, site root paths)
    for url in urls:
        with django_assert_max_num_queries(BUDGET, info=url):
            response = client.get(url)
        assert response.status_code in (200, 404), url
