"""Share links as capabilities.

A link carries a random token (256 bits). Only its SHA-256 hash is stored, so a database dump
reveals no working link. On first visit the token is exchanged for a signed cookie naming the
link, scoped to the draft's URL, and the browser is sent on to a URL without the token. Every
request checks the link again, so revoking a link or letting it expire shuts out the people who
used it too. Token lookups are rate-limited per IP address.
"""

import hashlib
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.utils import timezone

from core.ratelimit import over_limit
from mandates.drafts import MandateDraft, ShareLink

COOKIE_SALT = "mandates.access"
FRESH_LINKS_COOKIE = "veiviser_nye_lenker"
FRESH_LINKS_SALT = "mandates.fresh-links"
COOKIE_MAX_AGE = 60 * 60 * 24 * 180  # the cookie outlives any session; the link decides
TOKEN_BYTES = 32


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


def create_link(draft, access, expires_at=None):
    """A new link and its token. The token is returned once and never stored."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    link = ShareLink.objects.create(
        draft=draft, access=access, token_hash=hash_token(token), expires_at=expires_at
    )
    return link, token


def find_link(token):
    """The active link for a token, or None (wrong, revoked or expired all look the same)."""
    if not token or len(token) > 100:
        return None
    link = ShareLink.objects.select_related("draft").filter(token_hash=hash_token(token)).first()
    if link is None or not link.is_active():
        return None
    return link


def cookie_name(public_id):
    return f"veiviser_{public_id}"


def grant(response, link, draft_path):
    """Give the browser the capability of ``link`` for this draft only (the cookie is sent only
    under ``draft_path``, the draft's own pages)."""
    response.set_signed_cookie(
        cookie_name(link.draft.public_id),
        str(link.pk),
        salt=COOKIE_SALT,
        max_age=COOKIE_MAX_AGE,
        path=draft_path,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


@dataclass
class Access:
    draft: MandateDraft
    link: ShareLink

    @property
    def can_edit(self):
        return self.link.can_edit


def access_for(request, public_id):
    """The visitor's access to a draft through the link their cookie names, or None."""
    try:
        link_id = int(
            request.get_signed_cookie(
                cookie_name(public_id), salt=COOKIE_SALT, max_age=COOKIE_MAX_AGE
            )
        )
    except (KeyError, signing.BadSignature, ValueError):
        return None
    link = (
        ShareLink.objects.select_related("draft__work_process")
        .filter(pk=link_id, draft__public_id=public_id)
        .first()
    )
    if link is None or not link.is_active():
        return None
    return Access(draft=link.draft, link=link)


def over_lookup_limit(request):
    """Count a token lookup for the client's IP; True once the configured limit is passed."""
    return over_limit(request, "mandate-links", settings.MANDATE_LINK_RATE_LIMIT)


def revoke(link):
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])


def remember_fresh_links(response, draft_path, draft, tokens):
    """Carry the new tokens to the page that shows them once, without putting them in a URL."""
    response.set_signed_cookie(
        FRESH_LINKS_COOKIE,
        signing.dumps({"draft": draft.public_id, **tokens}),
        salt=FRESH_LINKS_SALT,
        max_age=600,
        path=draft_path,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def fresh_links(request, draft):
    try:
        raw = request.get_signed_cookie(FRESH_LINKS_COOKIE, salt=FRESH_LINKS_SALT, max_age=600)
        data = signing.loads(raw)
    except (KeyError, signing.BadSignature):
        return {}
    return data if data.get("draft") == draft.public_id else {}
