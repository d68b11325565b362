"""Revisions people can read (issue 16.3): members name themselves once per browser, the
history says who and when and what changed, word by word and row by row, and restoring an
empty version asks first."""

import pytest

from mandates.diffs import step_changes, word_diff
from mandates.members import NAME_COOKIE
from mandates.models import SectionRevision
from mandates.sections import MEMBERS, STEPS_BY_NUMBER
from tests.mandates.conftest import open_link, post_step, section, step_url, table_payload

ROW = {"id": "kari", "name": "Kari Nordmann", "unit": "NAV", "role": "Leder"}


def history_url(draft, revision=None):
    base = f"/veiviser/{draft.public_id}/historikk/"
    return f"{base}{revision.pk}/" if revision else base


def name_yourself(client, draft, name, number=2, data=None):
    return post_step(client, draft, number, {"hvem": name, **(data or {})}, action="navn")


def test_a_member_names_themselves_once_and_every_save_carries_the_name(editor, draft):
    page = editor.get(step_url(draft, 2)).content.decode()
    assert "Hvem skriver? Navnet ditt" in page

    # «Lagre navnet» saves what was typed in the step as well: nothing typed is lost.
    response = name_yourself(editor, draft, "  Kari   Nordmann ", data={"background": "Trangbodd"})
    assert response.status_code == 303
    assert response["Location"] == step_url(draft, 2) + "?navn=1"
    assert editor.cookies[NAME_COOKIE]["httponly"]
    saved = SectionRevision.objects.get(
        section__draft=draft, version=1, section__key="bakgrunn-og-mal"
    )
    assert saved.author == "Kari Nordmann" and saved.data["background"] == "Trangbodd"

    page = editor.get(response["Location"]).content.decode()
    assert (
        "Takk, Kari Nordmann." in page and "Du skriver som <strong>Kari Nordmann</strong>" in page
    )
    assert "Hvem skriver? Navnet ditt" not in page  # asked once per browser

    # Autosaves and other steps carry it too, without asking again.
    post_step(editor, draft, 4, table_payload(MEMBERS, [ROW]), autosave=True)
    organisation = SectionRevision.objects.get(
        section__key="organisering", version=1, section__draft=draft
    )
    assert organisation.author == "Kari Nordmann"

    history = editor.get(history_url(draft)).content.decode()
    assert history.count("<td>Kari Nordmann</td>") == 2


def test_two_browsers_are_two_authors(editor, client_factory, tokens, draft):
    other = client_factory()
    open_link(other, tokens["edit"])
    name_yourself(editor, draft, "Kari", data={"background": "A"})
    name_yourself(other, draft, "Ola", data={"background": "A", "purpose": "B"})
    authors = list(
        SectionRevision.objects.filter(section__key="bakgrunn-og-mal", section__draft=draft)
        .order_by("version")
        .values_list("author", flat=True)
    )
    assert authors == ["", "Kari", "Ola"]


def test_the_name_page_changes_refuses_empty_and_forgets(editor, draft):
    url = f"/veiviser/{draft.public_id}/navn/"
    back = step_url(draft, 3)
    response = editor.post(url, {"name": "   ", "tilbake": back})
    assert response.status_code == 422
    assert "Skriv navnet ditt, for eksempel «Kari Nordmann»" in response.content.decode()

    response = editor.post(url, {"name": "Åse Ødegård", "tilbake": back})
    assert response.status_code == 303 and response["Location"] == back
    assert "Du skriver som <strong>Åse Ødegård</strong>" in editor.get(back).content.decode()

    # Only pages of this draft: any other target goes to the draft itself.
    for foreign in ("https://evil.example/", "//evil.example/x", "/veiviser/annet/steg/1/"):
        response = editor.post(url, {"name": "Åse", "tilbake": foreign})
        assert response["Location"] == f"/veiviser/{draft.public_id}/"

    response = editor.post(url, {"handling": "glem", "tilbake": back})
    assert response.status_code == 303
    assert "Hvem skriver? Navnet ditt" in editor.get(back).content.decode()


def test_saving_a_name_with_no_name_saves_the_step_and_asks_for_the_name(editor, draft):
    response = name_yourself(editor, draft, "", data={"background": "Ikke tapt"})
    assert response.status_code == 303 and "/navn/?tomt=1&tilbake=" in response["Location"]
    assert section(draft, "bakgrunn-og-mal").data["background"] == "Ikke tapt"
    page = editor.get(response["Location"])
    assert page.status_code == 422
    assert "Navnet ble ikke lagret" in page.content.decode()


def test_readers_are_not_asked_for_a_name(reader, draft):
    assert "Hvem skriver" not in reader.get(step_url(draft, 2)).content.decode()
    assert reader.post(f"/veiviser/{draft.public_id}/navn/", {"name": "X"}).status_code == 403


# What changed ------------------------------------------------------------------------------


def test_word_diff_marks_only_the_words_that_changed():
    pieces = word_diff("Flere familier bor trangt.", "Flere barnefamilier bor svært trangt.")
    assert [(p.kind, p.text.strip()) for p in pieces if p.kind != "same"] == [
        ("removed", "familier"),
        ("added", "barnefamilier"),
        ("added", "svært"),
    ]
    assert "".join(p.text for p in pieces if p.kind != "removed") == (
        "Flere barnefamilier bor svært trangt."
    )


def test_table_changes_are_told_row_by_row():
    step = STEPS_BY_NUMBER[4]
    ola = {"id": "ola", "name": "Ola", "unit": "Helse"}
    before = {"members": [ROW, ola]}
    after = {
        "members": [
            {**ola, "unit": "Boligkontoret"},
            {"id": "nina", "name": "Nina", "unit": "Eiendom"},
        ]
    }
    rows = step_changes(step, before, after).rows
    told = [(r.kind, r.title, [(c.label, c.before, c.after) for c in r.cells]) for r in rows]
    assert told == [
        ("changed", "Ola", [("Enhet", "Helse", "Boligkontoret")]),
        ("added", "Nina", [("Navn", "", "Nina"), ("Enhet", "", "Eiendom")]),
        (
            "removed",
            "Kari Nordmann",
            [("Navn", "Kari Nordmann", ""), ("Enhet", "NAV", ""), ("Rolle", "Leder", "")],
        ),
    ]


def test_a_revision_shows_who_when_and_the_words_that_changed(editor, draft):
    name_yourself(editor, draft, "Kari", data={"background": "Flere familier bor trangt."})
    post_step(editor, draft, 2, {"background": "Flere barnefamilier bor trangt."})
    latest = SectionRevision.objects.get(
        section__key="bakgrunn-og-mal", version=2, section__draft=draft
    )
    page = editor.get(history_url(draft, latest)).content.decode()
    assert "av <strong>Kari</strong>" in page
    assert "Hva ble endret siden versjon 1" in page
    assert '<del><span class="ds-sr-only">[fjernet:] </span>familier ' in page
    assert '<ins><span class="ds-sr-only">[lagt til:] </span>barnefamilier ' in page


def test_a_revision_of_a_table_lists_its_rows(editor, draft):
    post_step(editor, draft, 4, table_payload(MEMBERS, [ROW]))
    post_step(editor, draft, 4, table_payload(MEMBERS, [{**ROW, "unit": "Helse"}]))
    stored = SectionRevision.objects.get(
        section__key="organisering", version=2, section__draft=draft
    )
    page = editor.get(history_url(draft, stored)).content.decode()
    assert "Endret rad: Kari Nordmann" in page
    assert "NAV</del> → <ins>" in page and "Helse</ins>" in page


# Restoring an empty version -----------------------------------------------------------------


@pytest.fixture
def written(editor, draft):
    post_step(editor, draft, 2, {"background": "Det vi har skrevet"})
    return SectionRevision.objects.get(
        section__key="bakgrunn-og-mal", version=0, section__draft=draft
    )


def test_restoring_an_empty_version_asks_first_and_changes_nothing(editor, draft, written):
    page = editor.get(history_url(draft, written)).content.decode()
    assert "Denne versjonen er tom, så dere blir spurt en gang til" in page

    response = editor.post(history_url(draft, written))
    assert response.status_code == 409
    html = response.content.decode()
    assert "Versjon 0 er tom. Vil dere tømme steget?" in html and "Ja, tøm steget" in html
    assert section(draft, "bakgrunn-og-mal").data["background"] == "Det vi har skrevet"

    response = editor.post(history_url(draft, written), {"bekreft": "tom"})
    assert response.status_code == 303
    assert section(draft, "bakgrunn-og-mal").data.get("background") in (None, "")


def test_restoring_a_version_with_text_does_not_ask(editor, draft):
    post_step(editor, draft, 2, {"background": "Første"})
    post_step(editor, draft, 2, {"background": "Andre"})
    first = SectionRevision.objects.get(
        section__key="bakgrunn-og-mal", version=1, section__draft=draft
    )
    assert editor.post(history_url(draft, first)).status_code == 303
    assert section(draft, "bakgrunn-og-mal").data["background"] == "Første"
