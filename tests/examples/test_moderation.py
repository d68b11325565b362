"""Editors write examples and submit them; only moderators can approve and publish."""

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from examples.editorial import EDITORS, MODERATORS, WORKFLOW
from examples.factories import ExamplePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("redaktor1", password="pw")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("moderator1", password="pw")
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user


@pytest.fixture
def draft(example_index):
    return ExamplePageFactory(parent=example_index, title="Nytt utkast", live=False)


def test_example_section_has_the_moderation_workflow(example_index, draft):
    assert example_index.get_workflow().name == WORKFLOW
    assert draft.get_workflow().name == WORKFLOW
    site_wide = example_index.get_parent().specific.get_workflow()
    assert site_wide is None or site_wide.name != WORKFLOW  # the section's own, not above it


def test_editor_can_edit_but_not_publish(editor, moderator, draft):
    editor_perms = draft.permissions_for_user(editor)
    assert editor_perms.can_edit()
    assert not editor_perms.can_publish()
    assert draft.permissions_for_user(moderator).can_publish()
    # Outside the example section the editor may do nothing.
    home_perms = draft.get_parent().get_parent().permissions_for_user(editor)
    assert not home_perms.can_add_subpage()


def test_editor_publish_button_does_not_publish(client, editor, draft):
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    response = client.get(edit_url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="action-publish"' not in html
    assert 'name="action-submit"' in html


def test_submitted_example_is_published_only_when_a_moderator_approves(
    client, editor, moderator, draft
):
    draft.save_revision(user=editor)
    workflow = draft.get_workflow()
    state = workflow.start(draft, editor)
    draft.refresh_from_db()
    assert not draft.live
    assert state.current_task_state.task.name == "Godkjenning av moderator"

    task_state = state.current_task_state
    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=[draft.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": "Ser bra ut"})
    assert response.status_code in (200, 302)
    draft.refresh_from_db()
    assert draft.live
    assert client.get(draft.url).status_code == 200


def test_editor_cannot_approve_their_own_submission(client, editor, draft):
    draft.save_revision(user=editor)
    state = draft.get_workflow().start(draft, editor)
    client.force_login(editor)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[draft.pk, "approve", state.current_task_state.pk],
    )
    client.post(url, {"comment": ""})
    draft.refresh_from_db()
    assert not draft.live
