"""One validation of what a visitor sends: control characters never reach a view or the
database, and numbers are ASCII digits only (core/input.py)."""

from django.test import Client

import pytest

from core.input import InputMiddleware, ascii_int
from mandates.sections import typed_label

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return Client(raise_request_exception=False)


@pytest.fixture(autouse=True)
def sections(site_tree, example, glossary_terms):
    """The sections with an example and terms, so the listing, search and glossary have rows
    to filter, count and mark."""
    return site_tree


@pytest.mark.parametrize(
    "url",
    [
        "/eksempler/?q=%00",
        "/eksempler/?tema=%00",
        "/eksempler/?fylke=%00&malgruppe=%01",
        "/eksempler/?ar=%C2%B2",
        "/eksempler/?fase=%E2%91%A0",
        "/eksempler/?fase=%D9%A1%D9%A2",
        "/eksempler/?%00=x",
        "/sok/?q=%00",
        "/sok/?q=bolig%00&type=%00",
        "/sok/forslag/?q=%00",
        "/ordliste/?q=%00",
    ],
)
def test_control_characters_and_unicode_digits_in_the_query_are_harmless(client, url):
    response = client.get(url)
    assert response.status_code == 200


def test_a_path_with_a_control_character_is_a_norwegian_404(client):
    response = client.get("/eksempler/%00/")
    assert response.status_code == 404
    assert "Vi fant ikke siden" in response.content.decode()


def test_a_session_cookie_with_a_nul_byte_is_ignored(client):
    client.cookies["sessionid"] = "abc\x00def"
    assert client.get("/").status_code == 200


def test_a_form_post_loses_its_control_characters_before_the_view(client, rf):
    request = rf.post("/", {"title": "Bolig\x00 for\x07 alle\r\n\tja", "n": "1"})
    InputMiddleware(lambda r: None).process_view(request, lambda r: None, (), {})
    assert request.POST["title"] == "Bolig for alle\n\tja"
    assert request.POST["n"] == "1"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12", 12),
        ("0", 0),
        ("²", None),
        ("①", None),
        ("١٢", None),
        (" 12", None),
        ("1_2", None),
        ("-3", None),
        ("", None),
        (None, None),
        ("9" * 19, None),
    ],
)
def test_ascii_int_takes_ascii_digits_only(value, expected):
    assert ascii_int(value) == expected


def test_ascii_int_bounds():
    assert ascii_int("1989", minimum=1990) is None
    assert ascii_int("2101", maximum=2100) is None
    assert ascii_int("2020", minimum=1990, maximum=2100) == 2020


def test_a_wizard_form_key_with_a_unicode_digit_names_no_field():
    assert typed_label("members-²-name") is None
    assert typed_label("members-0-name") is not None
