"""Autosave never loses what the server confirmed; runs of autosaves are one revision; a draft
can be saved only so often and keeps only so much history, pruned to its restore points."""

import datetime

from django.test import Client
from django.utils import timezone

import pytest

from mandates.models import SectionRevision
from mandates.retention import prune, usage
from mandates.sections import MEMBERS
from tests.mandates.conftest import open_link, post_step, section, step_url, table_payload

ROW_B = {"id": "bjorn", "name": "Bjørn Ødegård", "unit": "NAV", "role": "Medlem"}


@pytest.fixture
def member_b(tokens, draft):
    other = Client()
    open_link(other, tokens["edit"])
    other.get(step_url(draft, 1))  # the browser gets its id, as on any step page
    return other


@pytest.fixture
def member_a(editor, draft):
    editor.get(step_url(draft, 1))
    return editor


def autosave(client, draft, number, data, version, older=""):
    return post_step(client, draft, number, {**data, "grunnlag": older}, version, autosave=True)


# Issue 14, scenario (a): B adds a member row while A types elsewhere in the step.


def test_a_table_another_member_changed_is_merged_again_until_the_page_shows_it(
    member_a, member_b, draft
):
    empty = table_payload(MEMBERS, [])
    with_b = table_payload(MEMBERS, [ROW_B])
    assert autosave(member_b, draft, 4, {"leader": "", **with_b}, 0).json()["version"] == 1

    # A's page still has the empty table of version 0; A types in «Myndighet».
    first = autosave(member_a, draft, 4, {"authority": "Gruppen kan", **empty}, 0).json()
    assert first["status"] == "saved" and first["tables"] == ["members"]
    assert section(draft, "organisering").data["members"][0]["name"] == ROW_B["name"]

    # A's next save names the new version, but says its table is still what it sent in that
    # save: the server merges the table again instead of taking the empty one as A's edit.
    second = autosave(
        member_a,
        draft,
        4,
        {"authority": "Gruppen kan innhente opplysninger", **empty},
        first["version"],
        older=f"members:{first['version']}",
    ).json()
    assert second["status"] == "saved" and second["tables"] == ["members"]
    data = section(draft, "organisering").data
    assert [m["name"] for m in data["members"]] == [ROW_B["name"]]
    assert data["authority"] == "Gruppen kan innhente opplysninger"

    # «Last inn endringene»: the same merge as a form post, then the step with every row.
    response = post_step(
        member_a,
        draft,
        4,
        {
            "authority": "Gruppen kan innhente opplysninger",
            "grunnlag": f"members:{second['version']}",
            **empty,
        },
        second["version"],
        action="last-inn",
    )
    assert response.status_code == 303 and response["Location"].endswith("?oppdatert=1")
    page = member_a.get(response["Location"]).content.decode()
    assert 'value="Bjørn Ødegård"' in page and "viser nå også det de andre" in page


def test_without_its_older_base_the_old_table_would_win(member_a, member_b, draft):
    """Why the browser must say which parts are older: the server cannot tell by itself."""
    autosave(member_b, draft, 4, table_payload(MEMBERS, [ROW_B]), 0)
    version = section(draft, "organisering").version
    autosave(member_a, draft, 4, {"authority": "A", **table_payload(MEMBERS, [])}, version)
    assert section(draft, "organisering").data["members"] == []
    # …and the row is still in the history, as it always was.
    assert SectionRevision.objects.filter(
        section__draft=draft, data__members__0__name=ROW_B["name"]
    ).exists()


def test_own_edits_in_a_table_the_page_cannot_redraw_are_no_conflict(member_a, member_b, draft):
    """A's table is stale (B added a row), and A goes on editing its own row: A's confirmed
    edits are A's, not someone else's, so the next merge takes them as the base."""
    row_a = {"id": "anne", "name": "Anne", "unit": "", "role": ""}
    autosave(member_a, draft, 4, table_payload(MEMBERS, [row_a]), 0)
    autosave(member_b, draft, 4, table_payload(MEMBERS, [row_a, ROW_B]), 1)
    mine = [{**row_a, "name": "Anne Ås"}]
    first = autosave(member_a, draft, 4, table_payload(MEMBERS, mine), 1).json()
    assert first["tables"] == ["members"]
    mine = [{**row_a, "name": "Anne Ås", "unit": "Boligkontoret"}]
    older = f"members:{first['version']}"
    second = autosave(
        member_a, draft, 4, table_payload(MEMBERS, mine), first["version"], older
    ).json()
    assert second["status"] == "saved"
    rows = section(draft, "organisering").data["members"]
    assert [(r["name"], r["unit"]) for r in rows] == [
        ("Anne Ås", "Boligkontoret"),
        (ROW_B["name"], "NAV"),
    ]


def test_rows_added_by_two_members_at_once_are_both_kept(member_a, member_b, draft):
    row_a = {"id": "anne", "name": "Anne", "unit": "", "role": ""}
    autosave(member_b, draft, 4, table_payload(MEMBERS, [ROW_B]), 0)
    body = autosave(member_a, draft, 4, table_payload(MEMBERS, [row_a]), 0).json()
    assert body["status"] == "saved" and body["tables"] == ["members"]
    names = [m["name"] for m in section(draft, "organisering").data["members"]]
    assert names == [ROW_B["name"], "Anne"]  # Bjørn was saved first


# Issue 14, scenario (b): A's page could not take in B's text, because A was typing in it.


def test_a_field_the_browser_could_not_update_leads_to_the_conflict_view(member_a, member_b, draft):
    autosave(member_b, draft, 2, {"background": "Bjørns bakgrunn"}, 0)
    first = autosave(member_a, draft, 2, {"purpose": "Annes formål"}, 0).json()
    assert first["updated"] == {"background": "Bjørns bakgrunn"}
    # A typed in «Bakgrunn» while that save was on its way, so the page keeps A's text and says
    # it is still what that save sent. The next save is a conflict: B's text is never lost.
    typed = {"background": "Annes bakgrunn", "purpose": "Annes formål"}
    older = f"background:{first['version']}"
    response = autosave(member_a, draft, 2, typed, first["version"], older=older)
    assert response.status_code == 409
    assert response.json() == {"status": "conflict", "fields": ["background"]}
    assert section(draft, "bakgrunn-og-mal").data["background"] == "Bjørns bakgrunn"
    page = post_step(member_a, draft, 2, {**typed, "grunnlag": older}, first["version"])
    page = page.content.decode()
    assert "Bjørns bakgrunn" in page and "Annes bakgrunn" in page and "din tekst" in page


def test_a_field_the_browser_took_in_is_saved_on_top_of_it(member_a, member_b, draft):
    autosave(member_b, draft, 2, {"background": "Bjørns bakgrunn"}, 0)
    first = autosave(member_a, draft, 2, {"purpose": "Annes formål"}, 0).json()
    extended = {"background": "Bjørns bakgrunn. Annes tillegg.", "purpose": "Annes formål"}
    assert autosave(member_a, draft, 2, extended, first["version"]).json()["status"] == "saved"
    assert section(draft, "bakgrunn-og-mal").data["background"] == extended["background"]


def test_updates_are_sent_as_the_controls_show_them(member_a, member_b, draft):
    autosave(member_b, draft, 1, {"planned_start": "15.03.2027"}, 0)
    body = autosave(member_a, draft, 1, {"municipality": "Bø"}, 0).json()
    assert body["updated"] == {"planned_start": "2027-03-15"}


@pytest.mark.parametrize("older", ["members:abc", "members:-1", "ukjent:3", "members:²", "x" * 500])
def test_a_garbled_base_never_gives_500(member_a, draft, older):
    response = autosave(member_a, draft, 4, {"authority": "A"}, 0, older=older)
    assert response.status_code in (200, 409)


# Revisions: one per run of autosaves by one browser.


def revisions(draft, key):
    return list(
        SectionRevision.objects.filter(section__draft=draft, section__key=key).order_by("version")
    )


def test_autosaves_by_one_browser_within_minutes_are_one_revision(member_a, member_b, draft):
    for version, text in enumerate(("Første", "Første utkast", "Første utkast, ferdig")):
        autosave(member_a, draft, 3, {"assignment": text}, version)
    history = revisions(draft, "oppdrag")
    assert [(r.first_version, r.version, r.autosave) for r in history] == [
        (0, 0, False),
        (1, 3, True),
    ]
    assert history[-1].data["assignment"] == "Første utkast, ferdig"

    # Another browser begins its own revision; A, typing on, goes on with its own: two
    # members taking turns in one step make one revision each, not one per turn.
    autosave(member_b, draft, 3, {"assignment": "Bjørn"}, 3)
    autosave(member_a, draft, 3, {"assignment": "Anne igjen"}, 4)
    autosave(member_b, draft, 3, {"assignment": "Bjørn igjen"}, 5)
    history = revisions(draft, "oppdrag")
    assert [(r.first_version, r.version, r.data["assignment"]) for r in history[1:]] == [
        (1, 5, "Anne igjen"),
        (4, 6, "Bjørn igjen"),
    ]

    # A page shown version 6 closes B's revision there: B's next autosave begins a new one,
    # so version 6 stays in the history as that page's base.
    member_b.get(step_url(draft, 3))
    autosave(member_b, draft, 3, {"assignment": "Bjørn til slutt"}, 6)
    assert [(r.first_version, r.version) for r in revisions(draft, "oppdrag")][-2:] == [
        (4, 6),
        (7, 7),
    ]


def test_a_run_ends_after_a_few_minutes_and_at_a_button(member_a, draft, settings):
    autosave(member_a, draft, 3, {"assignment": "En"}, 0)
    begun = timezone.now() - datetime.timedelta(
        seconds=settings.MANDATE_REVISION_COALESCE_SECONDS + 1
    )
    SectionRevision.objects.filter(section__draft=draft, section__key="oppdrag", version=1).update(
        started_at=begun
    )
    autosave(member_a, draft, 3, {"assignment": "To"}, 1)
    post_step(member_a, draft, 3, {"assignment": "Tre"}, 2)  # «Lagre»: a restore point
    autosave(member_a, draft, 3, {"assignment": "Fire"}, 3)
    history = revisions(draft, "oppdrag")
    assert [(r.version, r.autosave) for r in history] == [
        (0, False),
        (1, True),
        (2, True),
        (3, False),
        (4, True),
    ]


# Limits: save rate, revision count, stored size.


def test_saving_too_often_is_refused_and_nothing_typed_is_lost(member_a, draft, settings):
    settings.MANDATE_SAVE_RATE_LIMIT = (2, 60)
    autosave(member_a, draft, 2, {"background": "En"}, 0)
    autosave(member_a, draft, 2, {"background": "To"}, 1)
    refused = autosave(member_a, draft, 2, {"background": "Tre"}, 2)
    assert refused.status_code == 429
    assert refused.json()["status"] == "rate" and int(refused["Retry-After"]) >= 2
    page = post_step(member_a, draft, 2, {"background": "Fire <b>og</b> fem"}, 2)
    assert page.status_code == 429
    html = page.content.decode()
    assert "det lagres veldig ofte i dette utkastet" in html
    assert "Fire &lt;b&gt;og&lt;/b&gt; fem" in html  # in the form, ready to save again
    assert section(draft, "bakgrunn-og-mal").data["background"] == "To"


def test_the_limit_is_per_draft_whoever_saves(member_a, member_b, draft, settings):
    settings.MANDATE_SAVE_RATE_LIMIT = (2, 60)
    autosave(member_a, draft, 2, {"background": "En"}, 0)
    autosave(member_b, draft, 3, {"assignment": "To"}, 0)
    assert autosave(member_b, draft, 5, {"risk": "Tre"}, 0).status_code == 429


def age(revision, days):
    SectionRevision.objects.filter(pk=revision.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=days)
    )


def separate_save(member_a, member_b, draft, version):
    """An autosave that is a revision of its own: each one's page is shown afterwards."""
    client = [member_a, member_b][version % 2]
    autosave(client, draft, 3, {"assignment": f"Tekst {version}"}, version)
    client.get(step_url(draft, 3))


def test_pruning_keeps_the_restore_points_that_matter(member_a, member_b, draft):
    key = "oppdrag"
    for version in range(8):
        separate_save(member_a, member_b, draft, version)
    post_step(member_a, draft, 3, {"assignment": "Lagret med knappen"}, 8)
    autosave(member_b, draft, 3, {"assignment": "Siste"}, 9)
    history = revisions(draft, key)
    assert [r.version for r in history] == list(range(11))
    # Versions 1–4 are from three days ago (1–2 the day before 3–4), 5–10 from today.
    for revision in history[1:3]:
        age(revision, 4)
    for revision in history[3:5]:
        age(revision, 3)
    assert prune(draft.pk) == 2
    kept = [r.version for r in revisions(draft, key)]
    # The first, the last of each old day (2 and 4), the button save (9) and all of today.
    assert kept == [0, 2, 4, 5, 6, 7, 8, 9, 10]


def test_revision_limit_prunes_then_drops_the_oldest(member_a, member_b, draft, settings):
    for version in range(6):
        separate_save(member_a, member_b, draft, version)
    count, _ = usage(draft.pk)
    assert count == 6 + 6  # six sections' «Opprettet» and six saves of step 3
    settings.MANDATE_REVISION_LIMIT = count
    autosave(member_a, draft, 3, {"assignment": "Enda en"}, 6)
    # Nothing was old enough to prune, so the oldest in-between revision of step 3 went.
    assert [r.version for r in revisions(draft, "oppdrag")] == [0, 2, 3, 4, 5, 6, 7]
    assert usage(draft.pk)[0] == count
    assert section(draft, "oppdrag").data["assignment"] == "Enda en"


def test_a_draft_that_cannot_make_room_refuses_the_save_and_keeps_the_text(
    member_a, draft, settings
):
    settings.MANDATE_HISTORY_SIZE_LIMIT = 10  # smaller than any section's first revision
    response = autosave(member_a, draft, 2, {"background": "Viktig"}, 0)
    assert response.status_code == 507 and response.json() == {"status": "full"}
    page = post_step(member_a, draft, 2, {"background": "Viktig tekst"}, 0)
    assert page.status_code == 507
    html = page.content.decode()
    assert "utkastet har nådd grensen" in html and "Viktig tekst" in html
    assert section(draft, "bakgrunn-og-mal").version == 0
