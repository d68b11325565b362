"""Themes are a curated set: editors choose from it, only moderators can add to it."""

from django.contrib.auth.models import Group

import pytest

from examples.editorial import EDITORS, MODERATORS
from examples.factories import ExampleThemeFactory
from examples.models import ExamplePage, ExampleTheme

pytestmark = pytest.mark.django_db


def test_the_editor_form_keeps_known_themes_and_drops_invented_ones():
    ExampleThemeFactory(name="Samordning")
    form_class = ExamplePage.get_edit_handler().get_form_class()
    field = form_class.base_fields["tags"]
    assert field.clean("Samordning, Oppdiktet tema") == ["Samordning"]
    assert not ExampleTheme.objects.filter(name="Oppdiktet tema").exists()


def test_only_moderators_may_change_the_set():
    editors = Group.objects.get(name=EDITORS)
    moderators = Group.objects.get(name=MODERATORS)
    editor_codes = set(editors.permissions.values_list("codename", flat=True))
    moderator_codes = set(moderators.permissions.values_list("codename", flat=True))
    assert "view_exampletheme" in editor_codes and "add_exampletheme" not in editor_codes
    assert {"add_exampletheme", "change_exampletheme", "delete_exampletheme"} <= moderator_codes
