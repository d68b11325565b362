"""The API describes itself in OpenAPI 3 at a stable address, and the description matches the
endpoints and the listing's filter names."""

from django.urls import get_resolver

import pytest
from drf_spectacular.validation import validate_schema

from api.filters import FACETS

pytestmark = pytest.mark.django_db

SCHEMA_URL = "/api/v2/openapi.json"


@pytest.fixture
def schema(client):
    response = client.get(SCHEMA_URL)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/")
    return response.json()


def api_routes():
    """Every listing and detail route under /api/v2/ in the URLconf."""
    from api.urls import router

    return {f"/api/v2/{prefix}/" for prefix, _, _ in router.registry}


def test_the_description_is_valid_openapi_3(schema):
    validate_schema(schema)
    assert schema["openapi"].startswith("3.")
    assert schema["servers"] == [{"url": "http://testserver"}]


def test_every_endpoint_is_described_and_nothing_else(schema):
    listed = {path for path in schema["paths"] if not path.endswith("{id}/")}
    assert listed == api_routes()
    for path in api_routes():
        assert f"{path}{{id}}/" in schema["paths"]
        assert set(schema["paths"][path]) == {"get"}
    assert get_resolver().resolve("/api/v2/openapi.json")


def test_the_example_listing_documents_the_listing_s_filters_and_bounds(schema):
    parameters = {p["name"]: p for p in schema["paths"]["/api/v2/eksempler/"]["get"]["parameters"]}
    assert set(FACETS) <= set(parameters)
    assert {"tema", "malgruppe", "fylke", "storrelse", "fase", "ar", "q"} <= set(parameters)
    assert parameters["limit"]["schema"]["maximum"] == 100
    assert parameters["offset"]["schema"]["minimum"] == 0


def test_texts_are_described_as_html_and_plain_text(schema):
    example = schema["components"]["schemas"]["Example"]["properties"]
    assert example["body"]["properties"].keys() == {"html", "text"}
