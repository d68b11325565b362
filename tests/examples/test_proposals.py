"""«Foreslå et eksempel»: one draft in moderation per proposal, never published by itself."""

from collections import Counter

from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client

import pytest

from examples.editorial import MODERATORS
from examples.models import ExamplePage
from examples.proposals import ProposalForm
from places.regions import Municipality

pytestmark = pytest.mark.django_db

URL = "/eksempler/foreslaa/"


@pytest.fixture
def valid(example_index):
    return {
        "title": "Bustadkontor på Stord – «éin dør inn»",
        "municipality": "Stord",
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
    assert 'value="Stord" list="id_municipality-liste"' in html
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


def test_a_municipality_with_no_example_yet_can_propose(client, valid, moderator):
    utsira = Municipality.objects.current().get(name="Utsira")
    assert not utsira.examples.exists()
    form = client.get(URL).content.decode()
    datalist = form[form.index('<datalist id="id_municipality-liste">') :]
    datalist = datalist[: datalist.index("</datalist>")]
    # the whole register (today's 357 and the merged ones), not the 18 with examples; a number
    # that was only renumbered (Bærum 0219, 3024 → 3201) is not offered twice, nor a place that
    # had two numbers before it merged (Hemne 1612 and 5011, «Hemne (nå Heim)»)
    merged = {
        m.label
        for m in Municipality.objects.former().prefetch_related("successors")
        if all(s.name != m.name for s in m.successors.all())
    }
    assert len(merged) == 89
    assert datalist.count("<option") == 357 + len(merged)
    assert '<option value="Utsira">' in datalist and '<option value="Herøy (Nordland)">' in datalist
    assert '<option value="Fjell (nå Øygarden)">' in datalist
    assert "Bærum (kommunenummer" not in datalist

    response = client.post(URL, {**valid, "title": "Bolig på Utsira", "municipality": "utsira"})
    assert response.status_code == 303
    assert ExamplePage.objects.get(title="Bolig på Utsira").municipality == utsira


def test_every_municipality_in_the_register_can_be_chosen():
    """Each of the 838 numbers, today's and former, by its display name and by its number. A
    plain name means today's municipality of that name (ambiguous only for the two Herøy and
    the two Våler), and a name no municipality has today means the former one («Fjell»)."""
    field = ProposalForm.base_fields["municipality"]
    register = list(Municipality.objects.all())
    assert len(register) == 838
    today = Counter(m.name for m in register if m.is_current)
    for municipality in register:
        by_label = field.clean(municipality.label)
        assert by_label == municipality or (  # Hemne 1612 and 5011: the place's last number
            by_label.label == municipality.label and by_label.valid_to > municipality.valid_to
        ), municipality.label
        assert field.clean(municipality.number) == municipality, municipality.number
        name = municipality.name.upper()
        if today[municipality.name] > 1:
            with pytest.raises(ValidationError, match=f"flere kommuner som heter «{name}»: "):
                field.clean(name)
        elif today[municipality.name] == 1:
            found = field.clean(name)
            assert found.is_current and found.name == municipality.name, municipality.label
        else:
            assert field.clean(name).label == municipality.label


def test_a_former_municipality_can_propose_and_is_shown_with_its_successor(client, valid):
    response = client.post(URL, {**valid, "title": "Fra Fjell-tiden", "municipality": "Fjell"})
    assert response.status_code == 303
    draft = ExamplePage.objects.select_related("municipality").get(title="Fra Fjell-tiden")
    assert draft.municipality.number == "1246" and not draft.municipality.is_current
    assert str(draft.municipality) == "Fjell (nå Øygarden)"
    assert draft.municipality.today_county.name == "Vestland"
    # a renumbered number's old name is today's municipality, not a place of its own
    client.post(URL, {**valid, "title": "Fra Trondheim", "municipality": "Trondheim"})
    assert ExamplePage.objects.get(title="Fra Trondheim").municipality.number == "5001"


@pytest.mark.parametrize(
    "typed,number",
    [
        ("1818", "1818"),
        ("Herøy (Møre og Romsdal)", "1515"),
        ("Asker kommune", "3203"),
        ("fjell (nå øygarden)", "1246"),
        ("1601", "1601"),  # Trondheim's number until 2017
        ("Os", "3430"),  # today's Os (Innlandet); the Os that is now Bjørnafjorden by its label
        ("Os (nå Bjørnafjorden)", "1243"),
    ],
)
def test_the_municipality_can_be_typed_as_name_label_or_number(client, valid, typed, number):
    response = client.post(URL, {**valid, "municipality": typed})
    assert response.status_code == 303
    assert ExamplePage.objects.get(title=valid["title"]).municipality.number == number


@pytest.mark.parametrize(
    "typed,message",
    [
        ("Gotham", "Finner ingen kommune som heter «Gotham»"),
        (
            "Herøy",
            "Det finnes flere kommuner som heter «Herøy»: Herøy (Møre og Romsdal) og "
            "Herøy (Nordland). Velg en fra listen.",
        ),
    ],
)
def test_an_unknown_municipality_gets_a_norwegian_message_and_keeps_the_text(
    client, valid, typed, message
):
    response = client.post(URL, {**valid, "municipality": typed})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert f'value="{typed}" list="id_municipality-liste"' in html
    assert valid["summary"] in html
