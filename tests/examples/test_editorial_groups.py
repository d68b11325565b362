"""The admin offers our two Norwegian groups, not Wagtail's English starter groups."""

import importlib

from django.apps import apps
from django.contrib.auth.models import Group

from wagtail.models import Collection, GroupApprovalTask, Workflow

import pytest

from examples.editorial import EDITORS, MODERATORS

pytestmark = pytest.mark.django_db

retire = importlib.import_module(
    "examples.migrations.0006_retire_wagtail_starter_groups"
).retire_starter_groups


def test_only_the_norwegian_groups_remain():
    names = set(Group.objects.values_list("name", flat=True))
    assert {EDITORS, MODERATORS} <= names
    assert not names & {"Editors", "Moderators"}


def test_editors_may_upload_images_and_documents_to_use_in_examples():
    root = Collection.get_first_root_node()
    editors = Group.objects.get(name=EDITORS)
    granted = set(
        editors.collection_permissions.filter(collection=root).values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_image", "choose_image", "add_document", "choose_document"} <= granted


def test_site_wide_approval_belongs_to_the_moderators_in_norwegian():
    task = GroupApprovalTask.objects.get(name=retire.__globals__["SITE_TASK"])
    assert list(task.groups.values_list("name", flat=True)) == [MODERATORS]
    assert Workflow.objects.filter(name=retire.__globals__["SITE_WORKFLOW"]).exists()
    assert not Workflow.objects.filter(name__icontains="Moderators").exists()


def test_a_starter_group_somebody_uses_is_kept(django_user_model):
    in_use = Group.objects.create(name="Editors")
    django_user_model.objects.create_user("kari").groups.add(in_use)
    retire(apps, None)
    assert Group.objects.filter(name="Editors").exists()
