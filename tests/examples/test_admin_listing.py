"""Editors find examples in the admin by municipality, theme, county and status."""

import re

from django.urls import reverse

import pytest

from examples.factories import ExamplePageFactory, ExampleThemeFactory, MunicipalityFactory
from examples.models import ExamplePage

pytestmark = pytest.mark.django_db


def listed(admin_client, **params):
    response = admin_client.get(reverse("eksempler:index"), params)
    assert response.status_code == 200
    return set(re.findall(r'<a href="/admin/pages/(\d+)/edit/"', response.content.decode()))


def ids(*pages):
    return {str(page.pk) for page in pages}


@pytest.fixture
def examples(example_index):
    hamar = MunicipalityFactory(name="Hamar", county="innlandet")
    steinkjer = MunicipalityFactory(name="Steinkjer", county="trondelag")
    namsos = MunicipalityFactory(name="Namsos", county="trondelag")
    samordning, boligkontor = ExampleThemeFactory.create_batch(2)
    return [
        ExamplePageFactory(municipality=hamar, tags=[samordning]),
        ExamplePageFactory(municipality=steinkjer, tags=[boligkontor]),
        ExamplePageFactory(municipality=namsos, tags=[samordning, boligkontor]),
    ]


def test_filters_by_municipality_county_theme_and_status(admin_client, examples):
    in_hamar, in_steinkjer, in_namsos = examples
    draft = ExamplePageFactory(title="Admin-utkast", municipality=in_hamar.municipality, live=False)
    assert listed(admin_client) == ids(*examples, draft)
    assert listed(admin_client, municipality=in_hamar.municipality.pk) == ids(in_hamar, draft)
    assert listed(admin_client, county="trondelag") == ids(in_steinkjer, in_namsos)
    samordning = in_hamar.tags.get()
    assert listed(admin_client, tag=samordning.pk) == ids(in_hamar, in_namsos)
    assert listed(admin_client, status="utkast") == {str(draft.pk)}
    assert listed(admin_client, status="publisert") == ids(*examples)
    assert ExamplePage.objects.count() == 4


def test_filters_examples_waiting_for_moderation(admin_client, superuser, examples):
    draft = ExamplePageFactory(title="Til vurdering", live=False)
    assert listed(admin_client, status="moderering") == set()
    draft.save_revision(user=superuser)
    draft.get_workflow().start(draft, superuser)
    assert listed(admin_client, status="moderering") == {str(draft.pk)}
