"""A form that comes back without a valid security token: a Norwegian page that keeps the text."""

from django.test import Client

import pytest

from examples.models import ExamplePage

pytestmark = pytest.mark.django_db

URL = "/eksempler/foreslaa/"


@pytest.fixture
def strict_client():
    return Client(enforce_csrf_checks=True)


def test_the_page_is_norwegian_and_shows_what_was_typed(strict_client):
    drafts_before = ExamplePage.objects.count()
    typed = {
        "title": "Bustadkontor på Stord",
        "measures": "Vi slo saman tre einingar.\n<script>alert(1)</script>",
        "website": "robot-felle",
        "csrfmiddlewaretoken": "utløpt",
    }
    response = strict_client.post(URL, typed)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Skjemaet ble ikke sendt" in html and '<html lang="nb"' in html
    assert "Bustadkontor på Stord" in html
    assert "Vi slo saman tre einingar.<br>&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert "robot-felle" not in html and "utløpt" not in html  # honeypot and token stay out
    assert f'href="{URL}"' in html  # back to a fresh form
    assert response["Cache-Control"] == "no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    assert ExamplePage.objects.count() == drafts_before


def test_scripts_get_json_they_can_act_on(strict_client):
    response = strict_client.post(URL, {"title": "x"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 403
    assert response.json() == {"status": "csrf"}
