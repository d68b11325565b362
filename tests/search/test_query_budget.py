"""Search pages stay within the site's budget of 15 SQL queries, with 100 extra examples."""

import pytest

from examples.factories import ExamplePageFactory
from examples.models import ExampleIndexPage

pytestmark = pytest.mark.django_db

BUDGET = 15
URLS = [
    "/sok/?q=bolig",
    "/sok/?q=bolig&type=eksempler&side=2",
    "/sok/?q=mandat",
    "/sok/?q=tjenestedesing",
    "/sok/?q=qqqzzz",
    "/sok/forslag/?q=bol",
]


@pytest.fixture
def many_examples(phase2):
    index = ExampleIndexPage.objects.get()
    for n in range(100):
        page = ExamplePageFactory(parent=index, title=f"Boligkontor og bustad nr. {n}")
        page.tags.add("Boligkontor")
        page.phases.add(phase2)
        page.save()


def test_search_stays_within_query_budget(client, many_examples, django_assert_max_num_queries):
    for url in URLS:
        client.get(url)  # warm per-process caches (content types, site root paths, synonyms)
    for url in URLS:
        with django_assert_max_num_queries(BUDGET, info=url):
            response = client.get(url)
        assert response.status_code == 200, url
