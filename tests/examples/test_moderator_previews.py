"""Moderators see a proposal before they approve it: the draft view, the workflow preview linked
from their e-mail and every revision render the example (phases read from the revision, not
from live relations)."""

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from examples.editorial import MODERATORS
from examples.factories import ExamplePageFactory
from phases.factories import PhasePageFactory, WorkProcessPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(client, django_user_model):
    user = django_user_model.objects.create_user("moderator-forhand", password="pw")
    user.groups.add(Group.objects.get(name=MODERATORS))
    client.force_login(user)
    return user


@pytest.fixture
def proposal(process_index, example_index):
    process = WorkProcessPageFactory(parent=process_index, title="Prosess X")
    live_phase = PhasePageFactory(parent=process, title="Kartlegge behovet", number=1)
    hidden_phase = PhasePageFactory(parent=process, title="Fase under arbeid", number=2, live=False)
    page = ExamplePageFactory(parent=example_index, title="Forslag fra Os kommune", live=False)
    page.phases = [live_phase, hidden_phase]
    page.summary = "Et forslag som venter på moderator."
    revision = page.save_revision()
    state = page.get_workflow().start(page, None)
    return page, revision, state


def assert_renders_the_proposal(response):
    assert response.status_code == 200
    html = response.content.decode()
    assert "Forslag fra Os kommune" in html
    assert "Et forslag som venter på moderator." in html
    assert "Kartlegge behovet" in html
    assert "Fase under arbeid" not in html  # a draft phase stays hidden in the preview too


def test_view_draft_shows_the_proposal(client, moderator, proposal):
    page, _, _ = proposal
    assert_renders_the_proposal(
        client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    )


def test_workflow_preview_from_the_moderators_mail_shows_the_proposal(client, moderator, proposal):
    page, _, state = proposal
    task = state.current_task_state.task
    url = reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task.pk])
    assert_renders_the_proposal(client.get(url))


def test_revision_view_shows_the_proposal(client, moderator, proposal):
    page, revision, _ = proposal
    url = reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk])
    assert_renders_the_proposal(client.get(url))
