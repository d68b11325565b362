"""Who is writing, without an account: each browser's random id and the name its member gave.

Both live in cookies of the browser, sent only to the wizard's pages. The id tells one
browser's autosaves from another's, so a run of autosaves by the same browser becomes one
revision (``mandates/saving.py``); it is random, says nothing about the person and is never
shown. The name is what the member typed once in this browser («Hvem skriver?»); it is stored
with each revision the browser saves and shown in the history and the documents' change log.
"""

import secrets
from urllib.parse import quote, unquote

from core.text import clean_text
from mandates.saving import Writer

BROWSER_COOKIE = "veiviser_nettleser"
NAME_COOKIE = "veiviser_navn"
COOKIE_MAX_AGE = 60 * 60 * 24 * 365
NAME_LENGTH = 80  # SectionRevision.author


def browser_id(request):
    value = request.COOKIES.get(BROWSER_COOKIE, "")
    return value if len(value) == 16 and value.isascii() and value.isalnum() else ""


def clean_name(value):
    """A name as it is stored and shown: one line, single spaces, at most NAME_LENGTH."""
    return " ".join(clean_text(value).split())[:NAME_LENGTH]


def member_name(request):
    """The name this browser's member gave, or ""."""
    return clean_name(unquote(request.COOKIES.get(NAME_COOKIE, "")[: NAME_LENGTH * 12]))


def writer_for(request, autosave=False):
    return Writer(browser=browser_id(request), name=member_name(request), autosave=autosave)


def _set(request, response, wizard, name, value):
    response.set_cookie(
        name,
        value,
        max_age=COOKIE_MAX_AGE,
        path=wizard.url,
        secure=request.is_secure(),
        httponly=True,
        samesite="Lax",
    )


def remember_browser(request, response, wizard):
    """Give the browser its id if it has none (on every wizard page that can save)."""
    if not browser_id(request):
        _set(request, response, wizard, BROWSER_COOKIE, secrets.token_hex(8))
    return response


def remember_name(request, response, wizard, name):
    """Keep ``name`` in the browser (percent-encoded: a cookie holds ASCII only); "" forgets it."""
    if name:
        _set(request, response, wizard, NAME_COOKIE, quote(name, safe=""))
    else:
        response.delete_cookie(NAME_COOKIE, path=wizard.url, samesite="Lax")
    return remember_browser(request, response, wizard)
