"""The listing stays within 20 SQL queries with 1,000 examples and any filter combination."""

import random

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from core.indexing import search_index_updates_deferred
from examples.factories import ExampleThemeFactory, MunicipalityFactory, TargetGroupFactory
from examples.models import ExamplePage, ExamplePageTag
from phases.models import PhasePage
from tests.conftest import planner_statistics

pytestmark = pytest.mark.django_db

LISTING_BUDGET = 20


@pytest.fixture
def thousand_examples(example_index, process):
    rng = random.Random(3)
    index = example_index
    municipalities = MunicipalityFactory.create_batch(30)
    tags = ExampleThemeFactory.create_batch(6)
    groups = TargetGroupFactory.create_batch(5)
    phases = process.get_phases()
    pages = []
    # indexed once each at the end, in bulk, as the demo loader does (not on every save)
    with search_index_updates_deferred():
        for i in range(1000):
            page = ExamplePage(
                title=f"Budsjetteksempel {i}",
                slug=f"budsjetteksempel-{i}",
                summary="Kort om eksempelet.",
                municipality=rng.choice(municipalities),
                start_year=rng.randint(2010, 2025),
            )
            index.add_child(instance=page)
            pages.append(page)
    ExamplePageTag.objects.bulk_create(
        ExamplePageTag(content_object=page, tag=tag)
        for page in pages
        for tag in rng.sample(tags, 3)
    )
    ExamplePage.target_groups.through.objects.bulk_create(
        ExamplePage.target_groups.through(examplepage=page, targetgroup=rng.choice(groups))
        for page in pages
    )
    ExamplePage.phases.through.objects.bulk_create(
        ExamplePage.phases.through(examplepage=page, phasepage=rng.choice(phases)) for page in pages
    )
    planner_statistics()
    return index


QUERIES = [
    "",
    "?tema=samordning",
    "?tema=samordning&tema=boligkontor&fylke=trondelag",
    "?malgruppe=flyktninger&storrelse=large&ar=2015&sortering=a-a",
    "?fase={phase}&tema=brukermedvirkning&side=3",
    "?q=eksempelet&fylke=oslo&fylke=vestland",
    "?tema=finnes-ikke&ar=x&fase=0&malgruppe=y&sortering=z",
]


def test_listing_with_1000_examples_stays_within_budget(client, thousand_examples):
    phase = PhasePage.objects.first().pk
    for query in QUERIES:
        url = "/eksempler/" + query.format(phase=phase)
        client.get(url)  # warm per-process caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        assert len(queries) <= LISTING_BUDGET, (url, len(queries))
    assert ExamplePage.objects.live().count() >= 1000
