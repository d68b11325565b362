"""The admin speaks bokmål where Wagtail's own catalog falls silent (portal/locale)."""

import json
import re
from pathlib import Path

from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import translation

import polib
import pytest

from examples.editorial import EDITORS, MODERATORS

LOCALE = Path(__file__).resolve().parents[2] / "portal" / "locale" / "nb" / "LC_MESSAGES"
PLACEHOLDER = re.compile(r"%\([^)]+\)[sdfi]|%[sdfi]|%%|\{[^{}]*\}|<[^>]+>")
ENGLISH = re.compile(r"\b(has been|submitted|You can|History|Workflows?|Revisions?)\b")


def catalog(domain):
    return polib.pofile(str(LOCALE / f"{domain}.po"))


def translations(domain):
    return [entry for entry in catalog(domain) if entry.msgid and not entry.obsolete]


def test_every_translation_keeps_the_placeholders_and_markup():
    broken = []
    for domain in ("django", "djangojs"):
        for entry in translations(domain):
            if entry.msgid_plural:
                expected = sorted(PLACEHOLDER.findall(entry.msgid_plural))
                got = sorted(PLACEHOLDER.findall(entry.msgstr_plural[1]))
            else:
                expected = sorted(PLACEHOLDER.findall(entry.msgid))
                got = sorted(PLACEHOLDER.findall(entry.msgstr))
            if expected != got:
                broken.append(entry.msgid)
    assert broken == []


def test_the_compiled_catalog_is_the_one_in_use():
    """Fails when a .po was edited without `make messages`, or the overlay is not loaded."""
    stale = []
    with translation.override("nb"):
        for entry in translations("django"):
            if entry.msgid_plural:
                got = (
                    translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, 5)
                    if entry.msgctxt
                    else translation.ngettext(entry.msgid, entry.msgid_plural, 5)
                )
                want = entry.msgstr_plural[1]
            else:
                got = (
                    translation.pgettext(entry.msgctxt, entry.msgid)
                    if entry.msgctxt
                    else translation.gettext(entry.msgid)
                )
                want = entry.msgstr
            if got != want:
                stale.append(entry.msgid)
    assert stale == []


@pytest.mark.django_db
def test_admin_javascript_catalog_is_in_bokmal(admin_client):
    entry = translations("djangojs")[0]
    with translation.override("nb"):
        response = admin_client.get(reverse("wagtailadmin_javascript_catalog"))
    assert response.status_code == 200
    assert json.dumps(entry.msgstr)[1:-1] in response.content.decode()


@pytest.mark.django_db
def test_history_and_workflow_screens_are_in_bokmal(admin_client, example):
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[example.pk])).content.decode()
    assert 'aria-label="Historikk"' in edit
    history = admin_client.get(reverse("wagtailadmin_pages:history", args=[example.pk]))
    assert "<title>Historikk: " in history.content.decode()
    workflows = admin_client.get(reverse("wagtailadmin_workflows:index")).content.decode()
    assert "Arbeidsflyter" in workflows and "Workflows" not in workflows


@pytest.mark.django_db
def test_moderators_are_told_in_bokmal_when_an_editor_submits(django_user_model, example):
    editor = django_user_model.objects.create_user("red", email="red@kommune.no")
    editor.groups.add(Group.objects.get(name=EDITORS))
    moderator = django_user_model.objects.create_user("mod", email="mod@kommune.no")
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    example.save_revision(user=editor)
    example.get_workflow().start(example, editor)
    [message] = [m for m in mail.outbox if m.to == ["mod@kommune.no"]]
    assert message.subject.startswith(f"Siden «{example.title}» er sendt til godkjenning")
    assert not ENGLISH.search(message.subject + message.body)
    assert "Forslag fra" not in message.body  # an editor's page is not a public proposal


@pytest.mark.django_db
def test_promoted_results_are_called_anbefalte_treff_as_on_the_site(admin_client):
    html = admin_client.get(reverse("wagtailsearchpromotions:index")).content.decode()
    assert "Anbefalte treff" in html
    assert "Forfremmede" not in html
