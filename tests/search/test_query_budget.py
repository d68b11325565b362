"""Search pages stay within the site's budget of 15 SQL queries, with 100 extra examples."""

import pytest

from examples.factories import ExamplePageFactory
from search.refresh import rebuild_all

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
def many_examples(searchable_site, phase2):
    """A page of every type (conftest), «Mandat», an example «tjenestedesing» is one typo from,
    and 100 examples about «bolig»; the vocabulary rebuilt, as after their publishing."""
    ExamplePageFactory(title="Tjenestedesign av boligtjenestene")
    for n in range(100):
        ExamplePageFactory(
            title=f"Boligkontor og bustad nr. {n}", tags=["Boligkontor"], phases=[phase2]
        )
    rebuild_all()


def test_search_stays_within_query_budget(client, many_examples, django_assert_max_num_queries):
    for url in URLS:
        client.get(url)  # warm per-process caches (content types, site root paths, synonyms)
    for url in URLS:
        with django_assert_max_num_queries(BUDGET, info=url):
            response = client.get(url)
        assert response.status_code == 200, url
