"""The listing page around its filters: the title says what is filtered, the count endpoint feeds
«Vis N eksempler», phases are grouped under their process, and filtering leads to the results."""

import re

import pytest

from examples.factories import ExamplePageFactory
from examples.snippets import ExampleTheme
from phases.factories import PhasePageFactory, WorkProcessPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def examples(example_index, process_index):
    theme = ExampleTheme.objects.create(name="Husleiestøtte", slug="husleiestotte")
    process = WorkProcessPageFactory(parent=process_index, title="Bosetting av flyktninger")
    phase = PhasePageFactory(parent=process, number=3, title="Bosetting")
    pages = []
    for start_year in (2019, 2020, 2021):
        page = ExamplePageFactory(parent=example_index, start_year=start_year)
        page.tags.add(theme)
        page.phases.add(phase)
        page.save_revision().publish()
        pages.append(page)
    return {"theme": theme, "phase": phase, "pages": pages}


def test_the_title_says_what_is_filtered_and_how_many(client, examples):
    html = client.get("/eksempler/?tema=husleiestotte&ar=2020").content.decode()
    title = re.search(r"<title>([^<]*)</title>", html).group(1)
    assert title == "Eksempler: Husleiestøtte, 2020 (1 eksempel) – Boligsosial veiviser"


def test_count_endpoint_gives_the_total_and_every_value_count(client, examples):
    response = client.get("/eksempler/antall/?tema=husleiestotte&ar=2020&ar=2021")
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 2
    assert data["facets"]["ar"]["2019"] == 1  # what ticking 2019 too would add
    assert data["facets"]["fase"][str(examples["phase"].pk)] == 2
    assert response["X-Robots-Tag"] == "noindex"
    assert client.get("/eksempler/antall/?ar=%C2%B2").json()["count"] >= 3  # bad value ignored


def test_phases_are_grouped_under_their_process(client, examples):
    html = client.get("/eksempler/").content.decode()
    group = re.search(
        r'<legend class="portal-facet__group-label">Bosetting av flyktninger</legend>'
        r"(.*?)</fieldset>",
        html,
        re.S,
    )
    assert group and "Fase 3: Bosetting" in group.group(1)


def test_filtering_and_removing_a_filter_lead_to_the_results(client, examples):
    html = client.get("/eksempler/?tema=husleiestotte").content.decode()
    assert 'method="get" action="/eksempler/#resultater"' in html
    chip = re.search(r'<a class="ds-chip portal-chip" href="([^"]*)">Tema: Husleiestøtte', html)
    assert chip.group(1) == "/eksempler/#resultater"
    assert '<details class="portal-facet" open>' in html  # the group with a choice is unfolded
    assert re.search(r'href="#resultater">Hopp til resultatene</a>', html)
