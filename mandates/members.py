"""Who is writing, without an account: each browser's random id, kept in a cookie.

The id tells one browser's autosaves from another's, so a run of autosaves by the same browser
becomes one revision (``mandates/saving.py``). It is random, says nothing about the person, is
sent only to the wizard's pages and is never shown.
"""

import secrets

from mandates.saving import Writer

BROWSER_COOKIE = "veiviser_nettleser"
BROWSER_MAX_AGE = 60 * 60 * 24 * 365


def browser_id(request):
    value = request.COOKIES.get(BROWSER_COOKIE, "")
    return value if len(value) == 16 and value.isascii() and value.isalnum() else ""


def writer_for(request, autosave=False):
    return Writer(browser=browser_id(request), autosave=autosave)


def remember_browser(request, response, wizard):
    """Give the browser its id if it has none (on every wizard page that can save)."""
    if not browser_id(request):
        response.set_cookie(
            BROWSER_COOKIE,
            secrets.token_hex(8),
            max_age=BROWSER_MAX_AGE,
            path=wizard.url,
            secure=request.is_secure(),
            httponly=True,
            samesite="Lax",
        )
    return response
