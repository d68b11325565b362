"""How to reach the people behind the portal: at the foot of every page, edited in the admin."""

from django.contrib.auth.models import Group
from django.test import Client

import pytest

from examples.editorial import EDITORS, MODERATORS
from home.factories import SiteContactFactory
from home.models import SiteContact
from tests.home.test_information_pages import footer

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact(site):
    return SiteContactFactory(site=site, email="redaksjonen@boligsosial.example")


def test_every_page_says_how_to_reach_the_editors(client, site_tree, contact):
    for url in ("/", site_tree.glossary_index.url, "/finnes-ikke/"):
        html = footer(client.get(url).content.decode())
        assert "Kontakt redaksjonen" in html, url
        assert f'href="mailto:{contact.email}"' in html, url
        assert contact.organisation in html, url


def test_an_editor_changes_it_in_the_admin_and_the_next_page_shows_it(
    admin_client, site_tree, contact
):
    url = f"/admin/settings/home/sitecontact/{contact.site_id}/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(
        url,
        {"organisation": "Boligkontoret", "email": "bolig@kommune.no", "phone": "12 34 56 78"},
    )
    assert response.status_code == 302

    html = footer(Client().get(site_tree.glossary_index.url).content.decode())
    assert 'href="mailto:bolig@kommune.no"' in html and "Boligkontoret" in html
    assert '<a href="tel:12345678">12 34 56 78</a>' in html
    assert "redaksjonen@boligsosial.example" not in html


def test_a_bad_address_is_refused_in_norwegian(admin_client, site, contact):
    response = admin_client.post(
        f"/admin/settings/home/sitecontact/{site.pk}/", {"email": "ikke en adresse"}
    )
    assert response.status_code == 200
    assert "Skriv en gyldig e-postadresse" in response.content.decode()
    assert SiteContact.for_site(site).email == "redaksjonen@boligsosial.example"


def test_without_contact_details_the_footer_has_no_empty_heading(client, site_tree, contact):
    assert "Kontakt redaksjonen" in footer(client.get("/").content.decode())
    SiteContactFactory(site=site_tree.site, email="", phone="", organisation="")
    html = footer(client.get(site_tree.glossary_index.url).content.decode())
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
