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

from mandates.models import MandateDraft, ShareLink
from portal.ratelimit import over_limit

COOKIE_SALT = "mandates.access"
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


def cookie_name(draft):
    return f"veiviser_{draft.public_id}"


def cookie_path(wizard_url, draft):
    return f"{wizard_url}{draft.public_id}/"


def grant(response, link, wizard_url):
    """Give the browser the capability of ``link`` for this draft only."""
    response.set_signed_cookie(
        cookie_name(link.draft),
        str(link.pk),
        salt=COOKIE_SALT,
        max_age=COOKIE_MAX_AGE,
        path=cookie_path(wizard_url, link.draft),
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
    name = f"veiviser_{public_id}"
    try:
        link_id = int(request.get_signed_cookie(name, salt=COOKIE_SALT, max_age=COOKIE_MAX_AGE))
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
