"""/api/v2/eksempler/: published examples only, with their texts, the listing's filter names and
clear Norwegian 400s for anything else."""

import time

import pytest

from examples.factories import (
    ExamplePageFactory,
    ExampleThemeFactory,
    MunicipalityFactory,
    TargetGroupFactory,
)
from examples.models import ExamplePage
from examples.snippets import ExampleTheme
from phases.factories import PhasePageFactory, WorkProcessPageFactory
from places.regions import Municipality, SizeClass

pytestmark = pytest.mark.django_db

URL = "/api/v2/eksempler/"


def ids(response):
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["results"]}


def live_ids(**lookups):
    return set(ExamplePage.objects.live().filter(**lookups).values_list("id", flat=True))


@pytest.fixture
def tagged_example(process_index, example_index):
    process = WorkProcessPageFactory(parent=process_index, title="API-prosess")
    phase = PhasePageFactory(parent=process, title="Kartlegging", number=1)
    municipality = MunicipalityFactory(name="Apikommune", number="9901", county="nordland")
    page = ExamplePageFactory(
        parent=example_index,
        title="Bo trygt i Apikommune",
        municipality=municipality,
        summary="Kort om eksempelet.",
        background="<p>Mange bodde i <b>midlertidig</b> bolig.</p>",
        body=[{"type": "paragraph", "value": "<p>Vi laget et team.</p><p>Det virket.</p>"}],
        results="<p>Færre &amp; kortere opphold.</p>",
        start_year=2019,
    )
    page.tags.add(ExampleTheme.objects.get_or_create(name="Api-tema", slug="api-tema")[0])
    page.target_groups.add(TargetGroupFactory())
    page.phases.add(phase)
    page.save_revision().publish()
    return page


def test_an_example_has_its_facts_texts_and_public_addresses(client, tagged_example):
    item = client.get(f"{URL}{tagged_example.pk}/").json()
    assert item["title"] == "Bo trygt i Apikommune"
    assert item["url"] == f"http://testserver{tagged_example.url}"
    assert item["municipality"]["name"] == "Apikommune"
    assert item["municipality"]["county_name"] == "Nordland"
    assert item["background"]["html"] == "<p>Mange bodde i <b>midlertidig</b> bolig.</p>"
    assert item["background"]["text"] == "Mange bodde i midlertidig bolig."
    assert item["body"]["text"] == "Vi laget et team.\n\nDet virket."
    assert item["results"]["text"] == "Færre & kortere opphold."
    assert item["themes"] == [{"name": "Api-tema", "slug": "api-tema"}]
    assert [p["title"] for p in item["phases"]] == ["Kartlegging"]
    assert item["phases"][0]["url"].startswith("http://testserver/arbeidsprosesser/")
    assert "/forside/" not in item["phases"][0]["url"]


@pytest.fixture
def others(tagged_example):
    """Examples that differ from ``tagged_example`` in every filter, so each filter has
    something to leave out."""
    return [
        ExamplePageFactory(
            municipality=MunicipalityFactory(
                name="Moss", county="ostfold", size_class=SizeClass.XLARGE
            ),
            tags=[ExampleThemeFactory()],
            target_groups=[TargetGroupFactory()],
            start_year=2012,
        ),
        ExamplePageFactory(
            municipality=MunicipalityFactory(
                name="Vega", county="nordland", size_class=SizeClass.SMALL
            ),
            start_year=2020,
        ),
    ]


def test_the_listing_s_filter_names_work_here(client, tagged_example, others):
    everything = ids(client.get(URL, {"limit": 100}))
    assert everything == live_ids() and len(everything) == 3
    assert ids(client.get(URL, {"tema": "api-tema"})) == {tagged_example.pk}
    phase_id = tagged_example.phases.get().pk
    assert ids(client.get(URL, {"fase": str(phase_id)})) == {tagged_example.pk}
    assert ids(client.get(URL, {"fylke": "nordland", "limit": 100})) == live_ids(
        municipality__current_county__slug="nordland"
    )
    size = tagged_example.municipality.size_class
    assert ids(client.get(URL, {"storrelse": size, "limit": 100})) == live_ids(
        municipality__size_class=size
    )
    group = tagged_example.target_groups.get()
    assert ids(client.get(URL, {"malgruppe": group.slug, "limit": 100})) == live_ids(
        target_groups=group
    )
    assert ids(client.get(URL, {"ar": "2019", "limit": 100})) == live_ids(start_year=2019)
    # Within a filter «or», across filters «and», as on /eksempler/.
    both = client.get(URL, {"tema": "api-tema", "fylke": ["nordland", "oslo"], "ar": "2019"})
    assert ids(both) == {tagged_example.pk}
    assert ids(client.get(URL, {"tema": "api-tema", "fylke": "oslo"})) == set()


def test_free_text_narrows_the_list(client, tagged_example, others):
    assert ids(client.get(URL, {"q": "Apikommune"})) == {tagged_example.pk}


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"tema": "finnes-ikke"}, "finnes ikke"),
        ({"ar": "²"}, "startår"),
        ({"fase": "①"}, "fase"),
        ({"limit": "0"}, "limit må være et heltall fra 1 til 100"),
        ({"limit": "101"}, "limit"),
        ({"offset": "99999999999999999999"}, "offset må være et heltall"),
        ({"sortering": "tilfeldig"}, "Ukjent sortering"),
        ({"type": "home.HomePage"}, "Ukjent parameter: type"),
        ({"tags": "Samordning"}, "Ukjent parameter: tags"),
        ({"search": "bolig"}, "Ukjent parameter: search"),
    ],
)
def test_bad_parameters_get_a_norwegian_400(client, params, words):
    response = client.get(URL, params)
    assert response.status_code == 400
    assert words.lower() in response.json()["detail"].lower()


def test_one_hundred_themes_answer_in_under_a_second(client):
    started = time.monotonic()
    response = client.get(URL, {"tema": ["samordning"] * 100})
    assert time.monotonic() - started < 1
    assert response.status_code == 400
    assert "For mange verdier for tema" in response.json()["detail"]


def test_twenty_themes_run_as_one_query_and_give_the_right_examples(
    client, tagged_example, others, django_assert_max_num_queries
):
    ExampleThemeFactory.create_batch(20)
    slugs = [
        "api-tema",
        *ExampleTheme.objects.exclude(slug="api-tema").values_list("slug", flat=True),
    ]
    slugs = slugs[:20]
    with django_assert_max_num_queries(8):
        response = client.get(URL, {"tema": slugs, "limit": 100})
    assert ids(response) == live_ids(tags__slug__in=slugs)


def test_drafts_and_unpublished_examples_never_appear(client, tagged_example):
    draft = ExamplePageFactory(title="API-utkast", live=False)
    tagged_example.unpublish()
    listed = ids(client.get(URL, {"limit": 100}))
    assert draft.pk not in listed and tagged_example.pk not in listed
    assert client.get(f"{URL}{draft.pk}/").status_code == 404
    assert client.get(f"{URL}{tagged_example.pk}/").status_code == 404


def test_a_logged_in_editor_sees_no_drafts_either(client, superuser, example_index):
    draft = ExamplePageFactory(title="Skjult", live=False)
    client.force_login(superuser)
    assert client.get(f"{URL}{draft.pk}/").status_code == 404


@pytest.mark.parametrize("path", ["abc/", "99999999999999999999/", "%C2%B2/", "1/x/"])
def test_a_malformed_id_is_404(client, path):
    assert client.get(URL + path).status_code == 404


def test_paging_links_use_the_public_address(client, example_index):
    ExamplePageFactory.create_batch(3)
    page = client.get(URL, {"limit": 2}).json()
    assert page["next"].startswith("http://testserver/api/v2/eksempler/?")
    assert "offset=2" in page["next"]


def test_listing_has_no_n_plus_one(client, example_index, django_assert_max_num_queries):
    for _ in range(50):
        ExamplePageFactory(tags=["Samordning"])
    with django_assert_max_num_queries(10):
        response = client.get(URL, {"limit": 50})
    assert len(response.json()["results"]) == 50


def test_an_example_gives_its_source_contact_and_former_municipality(client, example_index):
    page = ExamplePageFactory(
        parent=example_index,
        title="Eksempel fra Fjell-tiden",
        municipality=Municipality.objects.get(number="1246"),
        source_url="https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/fjell-api",
        source_title="Fjell (veiviseren.no)",
        source_published="2019",
        contact_name="Ola Nordmann",
        contact_role="Rådgiver, Bustadkontoret",
    )
    item = client.get(f"{URL}{page.pk}/").json()
    assert item["source_url"].endswith("/fjell-api") and item["source_published"] == "2019"
    assert (item["contact_name"], item["contact_role"]) == (
        "Ola Nordmann",
        "Rådgiver, Bustadkontoret",
    )
    assert item["municipality"]["name"] == "Fjell"
    assert item["municipality"]["county_name"] == "Vestland" and not item["municipality"]["current"]
