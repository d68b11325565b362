"""«Foreslå et eksempel»: one draft in moderation per proposal, never published by itself."""

from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client

import pytest

from examples.editorial import MODERATORS
from examples.factories import MunicipalityFactory
from examples.models import County, ExamplePage, SizeClass

pytestmark = pytest.mark.django_db

URL = "/eksempler/foreslaa/"


@pytest.fixture
def valid(example_index):
    stord = MunicipalityFactory(
        name="Stord", number="4614", county=County.VESTLAND, size_class=SizeClass.MEDIUM
    )
    return {
        "title": "Bustadkontor på Stord – «éin dør inn»",
        "municipality": stord.pk,
        "contact_name": "Kari Nordmann",
        "contact_email": "kari@stord.kommune.no",
        "summary": "Kommunen samla tildeling og oppfølging i eitt kontor.",
        "measures": "Vi slo saman tre einingar.\n\nDet tok eitt år.",
        "results": "Kortare ventetid.",
        "link": "https://www.stord.kommune.no/bustad",
        "website": "",
    }


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("mod", email="mod@example.no", password="pw")
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user


def test_proposal_creates_exactly_one_draft_in_moderation_and_notifies(client, valid, moderator):
    live_before = ExamplePage.objects.live().count()
    response = client.post(URL, valid)
    assert response.status_code == 303
    assert response.url.endswith("/eksempler/foreslaa/takk/")
    drafts = ExamplePage.objects.filter(title=valid["title"])
    assert drafts.count() == 1
    draft = drafts.get()
    assert not draft.live
    assert ExamplePage.objects.live().count() == live_before
    assert draft.workflow_in_progress
    assert draft.contact_email == "kari@stord.kommune.no"
    assert "Det tok eitt år." in str(draft.body)
    assert client.get(draft.url or f"/eksempler/{draft.slug}/").status_code == 404
    to_moderator = [m for m in mail.outbox if m.to == ["mod@example.no"]]
    assert len(to_moderator) == 1  # one complete mail, not one from us and one from the workflow
    message = to_moderator[0]
    assert message.subject == f"Nytt forslag til eksempel: {valid['title']}"
    assert "Kari Nordmann <kari@stord.kommune.no>, Stord kommune" in message.body
    assert valid["summary"] in message.body
    assert f"/admin/pages/{draft.pk}/edit/" in message.body
    assert "takk" in client.get(response.url).content.decode().lower()


def test_errors_are_shown_per_field_with_a_summary_and_nothing_is_lost(client, valid):
    bad = {**valid, "contact_email": "ikke-en-adresse", "summary": ""}
    response = client.post(URL, bad)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Skjemaet har 2 feil som må rettes" in html
    assert 'href="#id_contact_email">Din e-postadresse: Skriv en gyldig e-postadresse' in html
    assert 'href="#id_summary">Kort oppsummert: Dette feltet må fylles ut.' in html
    assert 'aria-invalid="true"' in html
    assert 'value="ikke-en-adresse"' in html and "Vi slo saman tre einingar." in html
    assert f'<option value="{valid["municipality"]}" selected>' in html
    assert not ExamplePage.objects.filter(title=valid["title"]).exists()


def test_honeypot_saves_nothing_but_looks_like_success(client, valid):
    response = client.post(URL, {**valid, "website": "http://spam.example"})
    assert response.status_code == 303
    assert not ExamplePage.objects.filter(title=valid["title"]).exists()
    assert mail.outbox == []


def test_rate_limit_gives_429_with_a_norwegian_message_and_keeps_input(client, valid, settings):
    settings.EXAMPLE_PROPOSAL_RATE_LIMIT = (2, 3600)
    for i in range(2):
        assert client.post(URL, {**valid, "title": f"Forslag {i}"}).status_code == 303
    response = client.post(URL, {**valid, "title": "Forslag for mye"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "Du har sendt mange forslag på kort tid" in html
    assert 'value="Forslag for mye"' in html
    assert not ExamplePage.objects.filter(title="Forslag for mye").exists()
    other_ip = client.post(URL, {**valid, "title": "Fra en annen"}, REMOTE_ADDR="10.9.9.9")
    assert other_ip.status_code == 303


def test_csrf_is_required(valid):
    response = Client(enforce_csrf_checks=True).post(URL, valid)
    assert response.status_code == 403
    assert not ExamplePage.objects.filter(title=valid["title"]).exists()


def test_html_and_control_characters_are_stored_as_text(client, valid):
    response = client.post(URL, {**valid, "measures": "<script>alert(1)</script>\x07 Trygt"})
    assert response.status_code == 303
    body = str(ExamplePage.objects.get(title=valid["title"]).body)
    assert "<script>" not in body and "&lt;script&gt;" in body and "\x07" not in body


def test_an_optional_field_says_so_once(client, example_index):
    html = client.get("/eksempler/foreslaa/").content.decode()
    assert "(valgfritt)</span>" in html
    assert "(valgfritt) <span" not in html and "(valgfritt) (valgfritt)" not in html
