"""Approving a mandate freezes that version as «Godkjent versjon N»: later edits are the draft
of N+1, the approved one stays downloadable in every format, and the documents' approval block
shows who approved it, when and under which case number."""

import io

import pytest
from docx import Document
from icalendar import Calendar

from mandates.approvals import ApprovedVersion
from tests.mandates.conftest import post_step, section

APPROVAL = {
    "approved_by": "Kommunedirektøren",
    "approved_on": "03.02.2027",
    "case_number": "2027/118",
}


def approval_url(draft):
    return f"/veiviser/{draft.public_id}/godkjenning/"


def approve(client, draft, data=APPROVAL, version=None):
    if version is None:
        version = sum(s.version for s in draft.sections.all())
    return client.post(approval_url(draft), {"dokumentversjon": str(version), **data})


def docx_text(response):
    doc = Document(io.BytesIO(response.getvalue()))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join(p.text for p in doc.paragraphs) + "\n" + "\n".join(cells)


@pytest.fixture
def written(editor, draft):
    post_step(editor, draft, 1, {"municipality": "Stord", "work_name": "Bustad for alle"})
    return draft


def test_approving_freezes_the_version_and_edits_start_the_next(editor, written):
    draft = written
    response = approve(editor, draft)
    assert response.status_code == 303
    assert response["Location"].endswith("/godkjenning/?godkjent=1")
    approved = ApprovedVersion.objects.get(draft=draft)
    assert (approved.number, approved.approved_by, approved.case_number) == (
        1,
        "Kommunedirektøren",
        "2027/118",
    )
    assert approved.approved_on.isoformat() == "2027-02-03"

    page = editor.get(approval_url(draft)).content.decode()
    assert "Mandatet slik det står nå, er godkjent versjon 1" in page
    word = editor.get(f"/veiviser/{draft.public_id}/eksport/word/")
    text = docx_text(word)
    assert "Godkjent versjon 1." in text
    assert "Kommunedirektøren" in text and "2027/118" in text and "03.02.2027" in text

    post_step(editor, draft, 1, {"municipality": "Stord", "work_name": "Bustad for alle, del 2"})
    current = docx_text(editor.get(f"/veiviser/{draft.public_id}/eksport/word/"))
    assert "Bustad for alle, del 2" in current
    assert "Godkjent versjon 1" not in current
    assert "Fylles ut når mandatet er vedtatt" in current  # the draft of 2 is not approved

    frozen = editor.get(f"/veiviser/{draft.public_id}/godkjent/1/eksport/word/")
    assert frozen.status_code == 200
    assert "godkjent-versjon-1" in frozen["Content-Disposition"]
    frozen_text = docx_text(frozen)
    assert "Godkjent versjon 1." in frozen_text
    assert "del 2" not in frozen_text

    page = editor.get(approval_url(draft)).content.decode()
    assert "Registrer godkjenning av versjon 2" in page
    assert approve(editor, draft, {**APPROVAL, "approved_by": "Styringsgruppen"}).status_code == 303
    assert list(draft.approvals.values_list("number", flat=True)) == [2, 1]


@pytest.mark.parametrize("kind", ["odt", "pdf", "csv", "kalender"])
def test_every_format_of_an_approved_version_downloads(editor, written, kind):
    approve(editor, written)
    response = editor.get(f"/veiviser/{written.public_id}/godkjent/1/eksport/{kind}/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")


def test_the_approved_print_view_shows_the_approval(editor, written):
    approve(editor, written)
    page = editor.get(f"/veiviser/{written.public_id}/godkjent/1/utskrift/").content.decode()
    assert "Godkjent versjon 1." in page
    assert "2027/118" in page


def test_approval_without_who_or_when_is_refused_in_norwegian_and_keeps_the_text(editor, written):
    response = approve(
        editor, written, {"approved_by": "", "approved_on": "3. februar", "case_number": "2027/9"}
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert "Godkjent av må fylles ut." in page
    assert "Skriv en gyldig dato" in page
    assert 'value="2027/9"' in page and 'value="3. februar"' in page
    assert not ApprovedVersion.objects.exists()


def test_approval_of_a_version_someone_changed_meanwhile_is_refused(editor, written):
    shown = sum(s.version for s in written.sections.all())
    post_step(editor, written, 2, {"background": "Nytt avsnitt"})
    response = approve(editor, written, version=shown)
    assert response.status_code == 409
    assert "Noen har lagret endringer i mandatet" in response.content.decode()
    assert not ApprovedVersion.objects.exists()


def test_the_same_content_is_not_approved_twice(editor, written):
    approve(editor, written)
    response = approve(editor, written)
    assert response.status_code == 409
    assert ApprovedVersion.objects.count() == 1


def test_readers_see_approved_versions_but_cannot_approve(editor, reader, written):
    approve(editor, written)
    page = reader.get(approval_url(written)).content.decode()
    assert "Godkjent versjon 1" in page and "<form" not in page.split("</header>")[-1]
    assert approve(reader, written).status_code == 403
    assert reader.get(f"/veiviser/{written.public_id}/godkjent/1/eksport/word/").status_code == 200


def test_approval_routes_are_private_and_refused_without_a_link(client, editor, written):
    approve(editor, written)
    stranger = type(client)()
    for url in (
        approval_url(written),
        f"/veiviser/{written.public_id}/godkjent/1/eksport/word/",
        f"/veiviser/{written.public_id}/godkjent/1/utskrift/",
    ):
        response = stranger.get(url)
        assert response.status_code == 404, url
        assert "Godkjent versjon" not in response.content.decode()
        assert editor.get(url)["Cache-Control"] == "no-store", url
    assert approve(stranger, written).status_code == 404
    assert editor.get(f"/veiviser/{written.public_id}/godkjent/7/eksport/word/").status_code == 404


def test_the_calendar_can_hold_every_deadline(editor, written):
    rows = section(written, "arbeidsplan").data["tasks"]
    rows[0] = {**rows[0], "deadline": "2027-02-15", "milestone": True}
    rows[1] = {**rows[1], "deadline": "2027-03-01", "milestone": False}
    from mandates.sections import TASKS
    from tests.mandates.conftest import table_payload

    post_step(editor, written, 6, table_payload(TASKS, rows))

    def summaries(query=""):
        response = editor.get(f"/veiviser/{written.public_id}/eksport/kalender/{query}")
        events = Calendar.from_ical(response.getvalue()).walk("VEVENT")
        return sorted(str(e["SUMMARY"]).split(":")[0] for e in events)

    assert summaries() == ["Milepæl"]
    every = summaries("?frister=alle")
    assert every.count("Frist") == 1 and every.count("Milepæl") == 1


def test_approval_page_within_query_budget(editor, written, django_assert_max_num_queries):
    approve(editor, written)
    with django_assert_max_num_queries(15):
        assert editor.get(approval_url(written)).status_code == 200
