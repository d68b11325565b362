"""Editors: every type opens in the Norwegian admin, and misplaced pages are refused clearly."""

from django.contrib.messages import get_messages
from django.urls import reverse

import pytest

from examples.factories import MunicipalityFactory, TargetGroupFactory
from examples.models import ExamplePage, TargetGroup
from glossary.models import GlossaryIndexPage, GlossaryTerm
from phases.models import PhasePage
from places.regions import Municipality
from tests.conftest import PAGE_TYPES

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("page_class", PAGE_TYPES, ids=lambda c: c.__name__)
def test_edit_view_opens_for_superuser(admin_client, one_of_each, page_class):
    page = one_of_each[page_class]
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert 'lang="nb"' in response.content.decode()


@pytest.mark.parametrize(
    "model", [GlossaryTerm, Municipality, TargetGroup], ids=lambda m: m.__name__
)
def test_snippet_edit_view_opens_for_superuser(admin_client, glossary_terms, model):
    MunicipalityFactory()
    TargetGroupFactory()
    obj = model.objects.first()
    url = reverse(
        f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:edit", args=[obj.pk]
    )
    response = admin_client.get(url)
    assert response.status_code == 200


def test_admin_is_in_norwegian(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="nb"' in html
    assert "Sider" in html  # the "Pages" menu item, translated


def add_url(page_class, parent):
    return reverse(
        "wagtailadmin_pages:add",
        args=[page_class._meta.app_label, page_class._meta.model_name, parent.pk],
    )


def test_add_view_opens_under_the_right_parent(admin_client, example_index):
    response = admin_client.get(add_url(ExamplePage, example_index))
    assert response.status_code == 200


def test_phase_under_examples_is_refused_with_a_clear_message(admin_client, example_index):
    index = example_index
    response = admin_client.get(add_url(PhasePage, index))
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_explore", args=[index.pk])
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("«Fase» kan ikke opprettes under «Eksempler»" in m for m in messages), messages
    assert any("Her kan du opprette: Eksempel" in m for m in messages), messages


def test_posting_a_misplaced_page_creates_nothing(admin_client, home):
    before = ExamplePage.objects.count()
    response = admin_client.post(
        add_url(ExamplePage, home),
        {"title": "Feil sted", "slug": "feil-sted", "action-publish": "1"},
    )
    assert response.status_code == 302
    assert ExamplePage.objects.count() == before


def test_second_singleton_index_is_refused(admin_client, home, glossary_index):
    response = admin_client.get(add_url(GlossaryIndexPage, home))
    assert response.status_code == 302
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("«Ordliste», og den finnes allerede" in m for m in messages), messages
