"""A form that comes back without a valid security token: a Norwegian page that keeps the text."""

import re

from django.test import Client

import pytest

from examples.models import ExamplePage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def sections(site_tree):
    """The front page and its sections: the proposal form and the wizard whose forms are posted."""
    return site_tree


FIELD = re.compile(
    r'<label class="ds-label" for="(skrevet-\d+)">([^<]*)</label>\s*'
    r'<textarea[^>]* id="\1"[^>]*readonly>([^<]*)</textarea>'
)


def labelled(html):
    """What the page gives back: (label, text) for each read-only box."""
    return [(label, text) for _, label, text in FIELD.findall(html)]


URL = "/eksempler/foreslaa/"


@pytest.fixture
def strict_client():
    return Client(enforce_csrf_checks=True)


def test_the_page_is_norwegian_and_gives_back_each_text_under_its_label(strict_client):
    drafts_before = ExamplePage.objects.count()
    typed = {
        "title": "Bustadkontor på Stord",
        "municipality": "Stord",
        "measures": "Vi slo saman tre einingar.\n<script>alert(1)</script>",
        "website": "robot-felle",
        "csrfmiddlewaretoken": "utløpt",
    }
    response = strict_client.post(URL, typed)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Skjemaet ble ikke sendt" in html and '<html lang="nb"' in html
    assert labelled(html) == [
        ("Tittel på eksempelet", "Bustadkontor på Stord"),
        ("Kommune", "Stord"),
        ("Hva ble gjort?", "Vi slo saman tre einingar.\n&lt;script&gt;alert(1)&lt;/script&gt;"),
    ]
    assert "<script>alert(1)" not in html
    assert "robot-felle" not in html and "utløpt" not in html  # honeypot and token stay out
    assert f'href="{URL}"' in html  # back to a fresh form
    assert response["Cache-Control"] == "no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    assert ExamplePage.objects.count() == drafts_before


def test_a_wizard_step_comes_back_with_row_labels_and_without_counters(strict_client):
    posted = {
        "versjon": "3",
        "authority": "Gruppa kan kalle inn fagfolk.",
        "members-TOTAL_FORMS": "2",
        "members-INITIAL_FORMS": "2",
        "members-0-id": "r4nd0m",
        "members-0-name": "Kari Nordmann",
        "members-1-id": "an0ther",
        "members-1-name": "Ola Nordmann",
        "members-1-unit": "NAV",
    }
    response = strict_client.post("/veiviser/utkast/steg/4/", posted)
    assert response.status_code == 403
    assert labelled(response.content.decode()) == [
        ("Myndighet", "Gruppa kan kalle inn fagfolk."),
        ("Medlem 1: Navn", "Kari Nordmann"),
        ("Medlem 2: Navn", "Ola Nordmann"),
        ("Medlem 2: Enhet", "NAV"),
    ]


def test_forms_that_are_not_ours_are_not_echoed(strict_client):
    """The admin's login, say: a password is never written back onto a page."""
    response = strict_client.post(
        "/admin/login/", {"username": "redaktor", "password": "hemmelig-passord"}
    )
    assert response.status_code == 403
    html = response.content.decode()
    assert "Skjemaet ble ikke sendt" in html
    assert "hemmelig-passord" not in html and "Dette skrev du" not in html


def test_scripts_get_json_they_can_act_on(strict_client):
    response = strict_client.post(URL, {"title": "x"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 403
    assert response.json() == {"status": "csrf"}


def test_a_form_prefix_with_a_unicode_digit_is_not_echoed_and_never_a_500(strict_client):
    response = strict_client.post(
        "/eksempler/foreslaa/", {"members-²-name": "Kari", "versjon": "1"}
    )
    assert response.status_code == 403
    assert "Kari" not in response.content.decode()


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "https://angriper.example"},
        {"HTTP_SEC_FETCH_SITE": "same-site", "HTTP_ORIGIN": "https://annen.testserver"},
        {"HTTP_ORIGIN": "https://angriper.example"},  # a browser without fetch metadata
    ],
)
def test_a_post_from_another_site_gets_no_text_echoed(strict_client, headers):
    response = strict_client.post(URL, {"title": "Portalen er stengt, ring 815 00 000"}, **headers)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Skjemaet ble ikke sendt" in html
    assert "815 00 000" not in html


def test_a_post_from_the_site_itself_gets_its_text_back(strict_client):
    response = strict_client.post(
        URL,
        {"title": "Bustadkontor på Stord"},
        HTTP_SEC_FETCH_SITE="same-origin",
        HTTP_ORIGIN="http://testserver",
    )
    assert labelled(response.content.decode()) == [
        ("Tittel på eksempelet", "Bustadkontor på Stord")
    ]
