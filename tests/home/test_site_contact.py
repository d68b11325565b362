"""How to reach the people behind the portal: at the foot of every page, edited in the admin."""

from django.contrib.auth.models import Group
from django.test import Client

import pytest

from examples.editorial import EDITORS, MODERATORS
from home.models import SiteContact
from tests.home.test_information_pages import footer

pytestmark = pytest.mark.django_db


def test_every_page_says_how_to_reach_the_editors(client):
    for url in ("/", "/ordliste/", "/finnes-ikke/"):
        html = footer(client.get(url).content.decode())
        assert "Kontakt redaksjonen" in html, url
        assert 'href="mailto:redaksjonen@boligsosial.example"' in html, url


def test_the_statements_point_to_that_address(client):
    for url in ("/personvern/", "/tilgjengelighet/"):
        assert "e-postadressen nederst på siden" in client.get(url).content.decode(), url


def test_an_editor_changes_it_in_the_admin_and_the_next_page_shows_it(admin_client, site):
    url = f"/admin/settings/home/sitecontact/{site.pk}/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(
        url,
        {"organisation": "Boligkontoret", "email": "bolig@kommune.no", "phone": "12 34 56 78"},
    )
    assert response.status_code == 302

    html = footer(Client().get("/ordliste/").content.decode())
    assert 'href="mailto:bolig@kommune.no"' in html and "Boligkontoret" in html
    assert '<a href="tel:12345678">12 34 56 78</a>' in html
    assert "redaksjonen@boligsosial.example" not in html


def test_a_bad_address_is_refused_in_norwegian(admin_client, site):
    response = admin_client.post(
        f"/admin/settings/home/sitecontact/{site.pk}/", {"email": "ikke en adresse"}
    )
    assert response.status_code == 200
    assert "Skriv en gyldig e-postadresse" in response.content.decode()
    assert SiteContact.for_site(site).email == "redaksjonen@boligsosial.example"


def test_without_contact_details_the_footer_has_no_empty_heading(client, site):
    SiteContact.objects.filter(site=site).update(email="", phone="", organisation="")
    html = footer(client.get("/ordliste/").content.decode())
    assert "Kontakt redaksjonen" not in html


@pytest.mark.parametrize("group,allowed", [(MODERATORS, True), (EDITORS, False)])
def test_the_moderators_keep_it_up_to_date_the_editors_cannot(
    client, django_user_model, site, group, allowed
):
    user = django_user_model.objects.create_user("medlem", password="pw")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    url = f"/admin/settings/home/sitecontact/{site.pk}/"
    response = client.post(url, {"email": "post@kommune.no"})
    assert (SiteContact.for_site(site).email == "post@kommune.no") is allowed
    assert (response.url == url) is allowed  # back to the form, or away to the dashboard
