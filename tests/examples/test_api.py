"""The read-only API exposes published examples only, with municipality, county, tags and phases."""

import pytest

from examples.factories import ExamplePageFactory
from examples.models import ExampleIndexPage, ExamplePage

pytestmark = pytest.mark.django_db

URL = "/api/v2/eksempler/"


def titles(response):
    assert response.status_code == 200, response.content
    return {item["title"] for item in response.json()["items"]}


def test_lists_published_examples_with_their_facts(client, example):
    response = client.get(URL, {"limit": 50})
    assert titles(response) == set(ExamplePage.objects.live().values_list("title", flat=True))
    item = next(i for i in response.json()["items"] if i["id"] == example.pk)
    assert item["municipality"]["name"] == "Asker"
    assert item["municipality"]["county_name"] == "Akershus"
    assert set(item["tags"]) == set(example.tags.names())
    assert {p["number"] for p in item["phases"]} == set(
        example.phases.values_list("number", flat=True)
    )


def test_filter_by_tag_municipality_and_county(client, example):
    tagged = set(
        ExamplePage.objects.live().filter(tags__name="Boligkontor").values_list("title", flat=True)
    )
    assert tagged and titles(client.get(URL, {"tags": "Boligkontor", "limit": 50})) == tagged
    assert titles(client.get(URL, {"kommune": "asker"})) == {example.title}
    assert titles(client.get(URL, {"kommunenummer": "3203"})) == {example.title}
    trondelag = set(
        ExamplePage.objects.live()
        .filter(municipality__county="trondelag")
        .values_list("title", flat=True)
    )
    assert titles(client.get(URL, {"fylke": "trondelag", "limit": 50})) == trondelag


def test_drafts_and_unpublished_examples_never_appear(client, example):
    draft = ExamplePageFactory(
        parent=ExampleIndexPage.objects.get(), title="API-utkast", live=False
    )
    example.unpublish()
    listed = titles(client.get(URL, {"limit": 50}))
    assert "API-utkast" not in listed and example.title not in listed
    assert client.get(f"{URL}{draft.pk}/").status_code == 404
    assert client.get(f"{URL}{example.pk}/").status_code == 404


def test_unknown_parameter_is_a_clear_400(client):
    response = client.get(URL, {"ukjent": "x"})
    assert response.status_code == 400
    assert "ukjent" in response.json()["message"]


def test_listing_has_no_n_plus_one(client, django_assert_max_num_queries):
    index = ExampleIndexPage.objects.get()
    for _ in range(30):
        page = ExamplePageFactory(parent=index)
        page.tags.add("Samordning")
        page.save()
    client.get(URL, {"limit": 50})
    with django_assert_max_num_queries(12):
        response = client.get(URL, {"limit": 50})
    assert len(response.json()["items"]) == 50
