"""Two members writing at once: different sections never conflict; the same text never loses."""

from django.test import Client

import pytest

from mandates.models import SectionRevision
from tests.mandates.conftest import open_link, post_step, section, step_url


@pytest.fixture
def second_editor(tokens):
    other = Client()
    open_link(other, tokens["edit"])
    return other


def test_two_members_in_different_sections_both_persist(editor, second_editor, draft):
    first = post_step(editor, draft, 2, {"background": "Fra Anne"}, version=0)
    second = post_step(second_editor, draft, 3, {"assignment": "Fra Bjørn"}, version=0)
    assert first.status_code == second.status_code == 303
    assert section(draft, "bakgrunn-og-mal").data["background"] == "Fra Anne"
    assert section(draft, "oppdrag").data["assignment"] == "Fra Bjørn"


def test_different_fields_of_one_section_are_merged(editor, second_editor, draft):
    post_step(editor, draft, 2, {"background": "Anne skrev bakgrunnen"}, version=0)
    # Bjørn loaded version 0 and wrote only the purpose: Anne's background is kept.
    response = post_step(second_editor, draft, 2, {"purpose": "Bjørn skrev formålet"}, version=0)
    assert response.status_code == 303
    data = section(draft, "bakgrunn-og-mal").data
    assert data["background"] == "Anne skrev bakgrunnen"
    assert data["purpose"] == "Bjørn skrev formålet"


def test_autosave_merge_tells_the_browser_which_fields_changed(editor, second_editor, draft):
    post_step(editor, draft, 2, {"background": "Anne"}, version=0)
    body = post_step(second_editor, draft, 2, {"purpose": "Bjørn"}, version=0, autosave=True).json()
    assert body["status"] == "saved"
    assert body["updated"] == {"background": "Anne"}


def test_the_same_field_gives_a_conflict_view_with_both_texts(editor, second_editor, draft):
    post_step(editor, draft, 2, {"background": "Annes versjon av bakgrunnen"}, version=0)
    response = post_step(
        second_editor, draft, 2, {"background": "Bjørns versjon", "purpose": "Formål"}, version=0
    )
    assert response.status_code == 409
    html = response.content.decode()
    assert "Noen andre har lagret endringer" in html
    assert "Bakgrunn – din tekst" in html
    assert "Bjørns versjon" in html  # the writer's text, in the editable field
    assert "Annes versjon av bakgrunnen" in html  # the stored text beside it
    assert 'value="Formål"' not in html or "Formål" in html
    # Nothing was applied: the stored text is Anne's, and it was saved once.
    stored = section(draft, "bakgrunn-og-mal")
    assert stored.data["background"] == "Annes versjon av bakgrunnen"
    assert stored.version == 1
    # The form now carries the current version: saving the merge applies it.
    assert 'name="versjon" value="1"' in html
    merged = post_step(
        second_editor,
        draft,
        2,
        {"background": "Annes versjon av bakgrunnen. Bjørns tillegg.", "purpose": "Formål"},
        version=1,
    )
    assert merged.status_code == 303
    data = section(draft, "bakgrunn-og-mal").data
    assert data["background"] == "Annes versjon av bakgrunnen. Bjørns tillegg."
    assert data["purpose"] == "Formål"


def test_autosave_conflict_is_reported_and_nothing_is_stored(editor, second_editor, draft):
    post_step(editor, draft, 2, {"background": "A"}, version=0)
    response = post_step(second_editor, draft, 2, {"background": "B"}, version=0, autosave=True)
    assert response.status_code == 409
    assert response.json() == {"status": "conflict", "fields": ["background"]}
    assert section(draft, "bakgrunn-og-mal").data["background"] == "A"


def test_members_table_conflict_shows_the_other_table(editor, second_editor, draft):
    from mandates.sections import MEMBERS
    from tests.mandates.conftest import table_payload

    row = {"id": "a", "name": "Anne"}
    post_step(editor, draft, 4, table_payload(MEMBERS, [row]), version=0)
    post_step(editor, draft, 4, table_payload(MEMBERS, [{**row, "unit": "NAV"}]), version=1)
    # Bjørn loaded version 1 and changed the same cell differently.
    response = post_step(
        second_editor, draft, 4, table_payload(MEMBERS, [{**row, "unit": "Helse"}]), version=1
    )
    assert response.status_code == 409
    html = response.content.decode()
    assert "Medlemmer i arbeidsgruppen – lagret av en annen" in html
    assert "<td>NAV</td>" in html and 'value="Helse"' in html


def test_every_save_is_a_revision_that_can_be_viewed_and_restored(editor, draft):
    for text in ("Første", "Andre", "Tredje"):
        post_step(editor, draft, 2, {"background": text})
    stored = section(draft, "bakgrunn-og-mal")
    assert stored.version == 3
    versions = list(
        SectionRevision.objects.filter(section=stored)
        .order_by("version")
        .values_list("version", "data__background")
    )
    assert versions == [(0, None), (1, "Første"), (2, "Andre"), (3, "Tredje")]

    history = editor.get(f"/veiviser/{draft.public_id}/historikk/").content.decode()
    first = SectionRevision.objects.get(section=stored, version=1)
    assert f"/historikk/{first.pk}/" in history
    view = editor.get(f"/veiviser/{draft.public_id}/historikk/{first.pk}/").content.decode()
    assert "Første" in view and "Tredje" not in view

    response = editor.post(f"/veiviser/{draft.public_id}/historikk/{first.pk}/")
    assert response.status_code == 303
    assert response["Location"] == step_url(draft, 2) + "?gjenopprettet=1"
    stored.refresh_from_db()
    assert stored.data["background"] == "Første" and stored.version == 4
    latest = SectionRevision.objects.get(section=stored, version=4)
    assert latest.note == "Gjenopprettet fra versjon 1"
    # The text that was replaced is still in the history.
    assert SectionRevision.objects.get(section=stored, version=3).data["background"] == "Tredje"


def test_readers_see_history_but_cannot_restore(reader, editor, draft):
    post_step(editor, draft, 2, {"background": "Første"})
    post_step(editor, draft, 2, {"background": "Andre"})
    first = SectionRevision.objects.get(section__draft=draft, version=1)
    assert reader.get(f"/veiviser/{draft.public_id}/historikk/").status_code == 200
    assert reader.post(f"/veiviser/{draft.public_id}/historikk/{first.pk}/").status_code == 403
    assert section(draft, "bakgrunn-og-mal").data["background"] == "Andre"


def test_a_revision_of_another_draft_is_not_found(editor, draft, process):
    from mandates.prefill import create_draft

    other, _ = create_draft(process)
    revision = SectionRevision.objects.filter(section__draft=other).first()
    assert editor.get(f"/veiviser/{draft.public_id}/historikk/{revision.pk}/").status_code == 404


def test_a_save_that_changes_nothing_makes_no_revision(editor, draft):
    post_step(editor, draft, 3, {"assignment": "Samme"})
    post_step(editor, draft, 3, {"assignment": "Samme"})
    assert section(draft, "oppdrag").version == 1


def test_autosave_stays_within_its_query_budget(editor, draft, django_assert_max_num_queries):
    # Wagtail's routing to the wizard page and its privacy check (site, root, the page by its
    # path, the specific page, its view restrictions: 6), then access (one query with the
    # draft), lock the section, extend the browser's open revision (none yet), the draft's
    # history size and closing the browser's earlier revision (a new revision only: 2), write
    # the revision, update the section (with the savepoint: 8). Autosave is a route of the page, so
    # a password or login restriction on the wizard covers it too.
    editor.get(step_url(draft, 2))  # the browser's id, so its next autosaves are one revision
    with django_assert_max_num_queries(15):
        response = post_step(editor, draft, 2, {"background": "Budsjett"}, version=0, autosave=True)
    assert response.json()["status"] == "saved"
    # The next autosave of the same browser goes into the same revision: one UPDATE.
    with django_assert_max_num_queries(12):
        response = post_step(
            editor, draft, 2, {"background": "Budsjett 2"}, version=1, autosave=True
        )
    assert response.json()["status"] == "saved"


def test_a_step_renders_within_its_query_budget(editor, draft, django_assert_max_num_queries):
    with django_assert_max_num_queries(15):
        assert editor.get(step_url(draft, 6)).status_code == 200
