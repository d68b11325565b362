"""Every public page renders in at most 15 SQL queries, however many examples there are."""

import pytest

from examples.factories import ExamplePageFactory
from phases.models import PhasePage

pytestmark = pytest.mark.django_db

BUDGET = 15


@pytest.fixture
def many_examples(every_page_type):
    """100 examples on phase 2 beside the site's every page type, so the listing has pages."""
    for _ in range(100):
        ExamplePageFactory(tags=["Samordning", "Boligkontor"], phases=[every_page_type.phase2])
    return every_page_type


def public_urls(site):
    """One page of each type, the listing's third page, a term, a search and a 404."""
    return [
        "/",
        "/arbeidsprosesser/",
        site.process.url,
        site.phase2.url,
        PhasePage.objects.child_of(site.process).get(number=5).url,
        site.area.url,
        site.circle.url,
        site.step.url,
        site.step_phase.url,
        site.subprocess.url,
        site.understanding.url,
        site.legal.url,
        "/eksempler/",
        "/eksempler/?side=3",
        site.example.url,
        "/ordliste/",
        f"/ordliste/{site.terms[0].slug}/",
        "/ressurser/",
        site.resource.url,
        "/sok/?q=bolig",
        "/finnes-ikke/",
    ]


def test_public_pages_stay_within_query_budget(
    client, many_examples, django_assert_max_num_queries
):
    urls = public_urls(many_examples)
    for url in urls:
        client.get(url)  # warm per-process caches (content types, site root paths)
    for url in urls:
        with django_assert_max_num_queries(BUDGET, info=url):
            response = client.get(url)
        assert response.status_code in (200, 404), url
