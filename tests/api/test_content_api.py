"""Work processes, phases, glossary terms and resources in the API: published content only, with
texts as HTML and plain text and absolute public addresses."""

import pytest

from glossary.factories import GlossaryTermFactory
from home.factories import ResourcePageFactory
from phases.factories import PhasePageFactory, WorkProcessPageFactory

pytestmark = pytest.mark.django_db


def results(response):
    assert response.status_code == 200, response.content
    return response.json()["results"]


def every(client, url):
    return results(client.get(url, {"limit": 100}))


@pytest.fixture
def process(process_index):
    process = WorkProcessPageFactory(
        parent=process_index, title="Bosetting", intro="<p>Kort om det.</p>"
    )
    PhasePageFactory(
        parent=process,
        title="Forberede bosetting",
        number=2,
        results=[{"type": "result", "value": "Bolig er klar"}],
        task_groups=[
            {
                "type": "task_group",
                "value": {
                    "heading": "Før ankomst",
                    "tasks": [
                        {"text": "Finn bolig", "responsible": ["radmann"], "sub_points": ["Hvor?"]}
                    ],
                },
            }
        ],
    )
    PhasePageFactory(parent=process, title="Formidling", number=1)
    PhasePageFactory(parent=process, title="Ikke publisert fase", number=3, live=False)
    return process


def test_a_work_process_lists_its_live_phases_in_order(client, process):
    item = next(p for p in every(client, "/api/v2/arbeidsprosesser/") if p["id"] == process.pk)
    assert item["url"] == f"http://testserver{process.url}"
    assert item["intro"] == {"html": "<p>Kort om det.</p>", "text": "Kort om det."}
    assert [p["title"] for p in item["phases"]] == ["Formidling", "Forberede bosetting"]


def test_a_phase_has_its_process_results_and_tasks(client, process):
    phases = {p["title"]: p for p in every(client, "/api/v2/faser/")}
    assert "Ikke publisert fase" not in phases
    phase = phases["Forberede bosetting"]
    assert phase["process"]["title"] == "Bosetting"
    assert phase["results"] == ["Bolig er klar"]
    assert phase["task_groups"] == [
        {
            "heading": "Før ankomst",
            "tasks": [{"text": "Finn bolig", "responsible": ["radmann"], "sub_points": ["Hvor?"]}],
        }
    ]
    assert client.get(f"/api/v2/faser/{phase['id']}/").json()["number"] == 2


def test_glossary_terms_are_published_ones_with_their_pages(client, glossary_index):
    term = GlossaryTermFactory(term="Apibegrep", slug="apibegrep", definition="Et ord.")
    draft = GlossaryTermFactory(term="Utkastbegrep", slug="utkastbegrep", live=False)
    terms = {t["term"]: t for t in every(client, "/api/v2/ordliste/")}
    assert "Utkastbegrep" not in terms
    assert terms["Apibegrep"]["url"] == "http://testserver/ordliste/apibegrep/"
    assert terms["Apibegrep"]["definition"] == "Et ord."
    assert client.get(terms["Apibegrep"]["url"]).status_code == 200
    assert client.get(f"/api/v2/ordliste/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v2/ordliste/{term.pk}/").json()["slug"] == "apibegrep"


def test_resources_are_listed_with_their_kind(client, resource_index):
    resource = ResourcePageFactory(parent=resource_index, title="Apirapport", kind="guide")
    item = next(r for r in every(client, "/api/v2/ressurser/") if r["id"] == resource.pk)
    assert item["kind_name"] == "Veileder"
    assert item["url"] == f"http://testserver{resource.url}"


@pytest.mark.parametrize(
    "url",
    ["/api/v2/arbeidsprosesser/", "/api/v2/faser/", "/api/v2/ordliste/", "/api/v2/ressurser/"],
)
def test_unknown_parameters_are_refused_in_norwegian(client, site_tree, url):
    response = client.get(url, {"tema": "x"})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("Ukjent parameter: tema.")


def test_any_origin_may_read_the_api_but_not_write(client, glossary_index):
    response = client.get("/api/v2/ordliste/", HTTP_ORIGIN="https://kommune.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options(
        "/api/v2/ordliste/",
        HTTP_ORIGIN="https://kommune.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    assert client.post("/api/v2/ordliste/").status_code == 405
    page = client.get("/ordliste/", HTTP_ORIGIN="https://kommune.example")
    assert "Access-Control-Allow-Origin" not in page
