"""Share links are capabilities: random, stored hashed, revocable, expiring, never in a URL."""

import datetime
import hashlib

from django.db import connection
from django.test import Client
from django.utils import timezone

import pytest

from mandates.access import create_link, revoke
from mandates.models import MandateDraft, ShareLink
from tests.mandates.conftest import open_link, post_step, step_url

PRIVATE_HEADERS = {
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def assert_private(response):
    for header, value in PRIVATE_HEADERS.items():
        assert response[header] == value, header
    assert "noindex" in response["X-Robots-Tag"]


def test_start_creates_a_draft_and_shows_both_links_once(client, wizard, process):
    response = client.post("/veiviser/", {"process": str(process.pk)})
    assert response.status_code == 303
    draft = MandateDraft.objects.get()
    assert response["Location"] == f"/veiviser/{draft.public_id}/lenker/"
    links_page = client.get(response["Location"])
    html = links_page.content.decode()
    assert draft.name in html
    tokens = [link.split("/lenke/")[1].rstrip("/") for link in _share_urls(html)]
    assert len(tokens) == 2
    # The tokens open the draft: one for editing, one for reading.
    by_access = {ShareLink.objects.get(token_hash=_sha(t)).access for t in tokens}
    assert by_access == {"edit", "read"}
    # Shown once: a reload of the page does not show them again.
    again = client.get(response["Location"]).content.decode()
    assert not _share_urls(again)


def _share_urls(html):
    import re

    return re.findall(r'value="(http://[^"]+/veiviser/lenke/[^"]+/)"', html)


def _sha(token):
    return hashlib.sha256(token.encode()).hexdigest()


def test_tokens_carry_at_least_128_random_bits_and_are_stored_only_hashed(draft, tokens):
    for token in tokens.values():
        assert len(token) >= 43  # 32 bytes in URL-safe base64: 256 bits
    assert tokens["edit"] != tokens["read"]
    # No column of any table holds a token in clear text.
    with connection.cursor() as cursor:
        for model in (ShareLink, MandateDraft):
            cursor.execute(f"SELECT * FROM {model._meta.db_table}")  # noqa: S608
            dump = repr(cursor.fetchall())
            for token in tokens.values():
                assert token not in dump
    stored = set(ShareLink.objects.filter(draft=draft).values_list("token_hash", flat=True))
    assert stored == {_sha(t) for t in tokens.values()}


def test_exchange_sets_a_cookie_and_redirects_to_a_url_without_the_token(client, draft, tokens):
    response = open_link(client, tokens["edit"])
    assert tokens["edit"] not in response["Location"]
    assert response["Location"] == step_url(draft, 1)
    assert_private(response)
    cookie = response.cookies[f"veiviser_{draft.public_id}"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert cookie["path"] == f"/veiviser/{draft.public_id}/"
    assert tokens["edit"] not in cookie.value
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert tokens["edit"] not in page.content.decode()
    assert_private(page)


DRAFT_PAGES = [
    "steg/1/",
    "steg/6/",
    "steg/7/",
    "lenker/",
    "historikk/",
    "utskrift/",
    "word-mal/",
    *(f"eksport/{kind}/" for kind in ("word", "odt", "pdf", "csv", "kalender")),
]


@pytest.mark.parametrize("path", DRAFT_PAGES)
def test_every_draft_page_is_private(editor, draft, path):
    response = editor.get(f"/veiviser/{draft.public_id}/{path}")
    assert response.status_code == 200
    assert_private(response)


@pytest.mark.parametrize("path", DRAFT_PAGES)
def test_no_draft_page_without_a_link(client, draft, path):
    response = client.get(f"/veiviser/{draft.public_id}/{path}")
    assert response.status_code == 404
    assert_private(response)


def test_without_a_link_the_draft_is_not_found(client, draft):
    response = client.get(step_url(draft, 1))
    assert response.status_code == 404
    assert "Lenken virker ikke" in response.content.decode()
    assert_private(response)


def test_a_forged_cookie_gives_no_access(client, draft):
    link = draft.links.get(access="edit")
    client.cookies[f"veiviser_{draft.public_id}"] = str(link.pk)
    assert client.get(step_url(draft, 1)).status_code == 404


def test_a_wrong_link_is_explained_with_404(client, wizard):
    response = client.get("/veiviser/lenke/dette-er-ikke-en-lenke/")
    assert response.status_code == 404
    assert "Lenken virker ikke" in response.content.decode()
    assert_private(response)


def test_read_link_reads_but_cannot_edit(reader, draft):
    section = draft.sections.get(key="om-arbeidet")
    page = reader.get(f"/veiviser/{draft.public_id}/")
    assert page.status_code == 200
    assert "Bare lesetilgang" in page.content.decode()
    assert reader.get(step_url(draft, 1)).status_code == 303  # steps lead to the read view
    response = post_step(reader, draft, 1, {"work_name": "Overtatt"})
    assert response.status_code == 403
    assert "bare lesetilgang" in response.content.decode().lower()
    section.refresh_from_db()
    assert section.version == 0 and "work_name" not in section.data
    assert reader.get(f"/veiviser/{draft.public_id}/lenker/").status_code == 403


def test_a_revoked_link_stops_working_also_for_those_who_used_it(client, draft, tokens):
    open_link(client, tokens["edit"])
    assert client.get(step_url(draft, 1)).status_code == 200
    revoke(draft.links.get(access="edit"))
    assert client.get(step_url(draft, 1)).status_code == 404
    assert Client().get(f"/veiviser/lenke/{tokens['edit']}/").status_code == 404


def test_an_expired_link_is_refused(client, draft):
    _, token = create_link(draft, "read", expires_at=timezone.now() - datetime.timedelta(minutes=1))
    response = client.get(f"/veiviser/lenke/{token}/")
    assert response.status_code == 404


def test_an_expiring_link_works_until_it_expires(client, draft):
    link, token = create_link(draft, "read", expires_at=timezone.now() + datetime.timedelta(days=1))
    open_link(client, token)
    assert client.get(f"/veiviser/{draft.public_id}/").status_code == 200
    ShareLink.objects.filter(pk=link.pk).update(expires_at=timezone.now())
    assert client.get(f"/veiviser/{draft.public_id}/").status_code == 404


def test_token_lookups_are_rate_limited(client, wizard, settings):
    settings.MANDATE_LINK_RATE_LIMIT = (3, 600)
    for _ in range(3):
        assert client.get("/veiviser/lenke/feil-lenke/").status_code == 404
    response = client.get("/veiviser/lenke/feil-lenke/")
    assert response.status_code == 429
    assert "For mange forsøk" in response.content.decode()


def test_links_page_revokes_and_regenerates(editor, draft, tokens):
    read = draft.links.get(access="read")
    response = editor.post(f"/veiviser/{draft.public_id}/lenker/", {"handling": f"trekk-{read.pk}"})
    assert response.status_code == 303
    read.refresh_from_db()
    assert read.revoked_at is not None
    assert Client().get(f"/veiviser/lenke/{tokens['read']}/").status_code == 404

    # Replacing the link one is using keeps one's own access, through the new link.
    edit = draft.links.get(access="edit")
    response = editor.post(
        f"/veiviser/{draft.public_id}/lenker/", {"handling": f"erstatt-{edit.pk}"}
    )
    assert response.status_code == 303
    edit.refresh_from_db()
    assert edit.revoked_at is not None
    assert editor.get(step_url(draft, 1)).status_code == 200
    page = editor.get(f"/veiviser/{draft.public_id}/lenker/").content.decode()
    (new_url,) = _share_urls(page)
    assert Client().get(new_url.replace("http://testserver", "")).status_code == 303


def test_new_link_with_expiry_and_bad_dates(editor, draft):
    url = f"/veiviser/{draft.public_id}/lenker/"
    past = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    response = editor.post(url, {"handling": "ny", "access": "read", "expires": past})
    assert response.status_code == 400
    assert "tilbake i tid" in response.content.decode()
    assert draft.links.count() == 2
    response = editor.post(url, {"handling": "ny", "access": "read", "expires": "31.02.2027"})
    assert response.status_code == 400
    assert "gyldig dato" in response.content.decode()
    future = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    response = editor.post(url, {"handling": "ny", "access": "read", "expires": future})
    assert response.status_code == 303
    new = draft.links.latest("created_at")
    assert new.access == "read" and timezone.localdate(new.expires_at).isoformat() > future


def test_same_origin_post_from_a_no_referrer_page_passes_csrf(draft, tokens):
    """Browsers send "Origin: null" from no-referrer pages; fetch metadata proves same origin."""
    browser = Client(enforce_csrf_checks=True)
    open_link(browser, tokens["edit"])
    page = browser.get(step_url(draft, 1))
    token = page.context["csrf_token"]
    data = {"csrfmiddlewaretoken": str(token), "versjon": "0", "work_name": "Fra nettleseren"}
    same_site = browser.post(
        step_url(draft, 1), data, HTTP_ORIGIN="null", HTTP_SEC_FETCH_SITE="same-origin"
    )
    assert same_site.status_code == 303
    cross_site = browser.post(
        step_url(draft, 1), data, HTTP_ORIGIN="null", HTTP_SEC_FETCH_SITE="cross-site"
    )
    assert cross_site.status_code == 403


def test_opening_the_read_link_where_one_can_edit_keeps_edit_access(editor, draft, tokens):
    response = editor.get(f"/veiviser/lenke/{tokens['read']}/")
    assert response.status_code == 303
    assert editor.get(step_url(draft, 1)).status_code == 200
    assert post_step(editor, draft, 3, {"assignment": "Fortsatt redaktør"}).status_code == 303
