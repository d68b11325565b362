"""Editors find examples in the admin by municipality, theme, county and status."""

import re

from django.urls import reverse

import pytest

from examples.factories import ExamplePageFactory
from examples.models import ExampleIndexPage, ExamplePage, Municipality

pytestmark = pytest.mark.django_db


def listed(admin_client, **params):
    response = admin_client.get(reverse("eksempler:index"), params)
    assert response.status_code == 200
    return set(re.findall(r'<a href="/admin/pages/(\d+)/edit/"', response.content.decode()))


def ids(queryset):
    return {str(pk) for pk in queryset.values_list("pk", flat=True)}


def test_filters_by_municipality_county_theme_and_status(admin_client):
    draft = ExamplePageFactory(
        parent=ExampleIndexPage.objects.get(), title="Admin-utkast", live=False
    )
    asker = Municipality.objects.get(name="Asker")
    assert listed(admin_client, municipality=asker.pk) == ids(
        ExamplePage.objects.filter(municipality=asker)
    )
    assert listed(admin_client, county="trondelag") == ids(
        ExamplePage.objects.filter(municipality__county="trondelag")
    )
    tag = ExamplePage.objects.get(slug="asker-velferdslab").tags.first()
    assert listed(admin_client, tag=tag.pk) == ids(ExamplePage.objects.filter(tags=tag))
    assert listed(admin_client, status="utkast") == {str(draft.pk)}
    assert str(draft.pk) not in listed(admin_client, status="publisert")


def test_filters_examples_waiting_for_moderation(admin_client, superuser):
    draft = ExamplePageFactory(
        parent=ExampleIndexPage.objects.get(), title="Til vurdering", live=False
    )
    assert listed(admin_client, status="moderering") == set()
    draft.save_revision(user=superuser)
    draft.get_workflow().start(draft, superuser)
    assert listed(admin_client, status="moderering") == {str(draft.pk)}
