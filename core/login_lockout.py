"""Throttled admin logins (django-axes): the page an editor sees when a login is locked.

After ``AXES_FAILURE_LIMIT`` wrong passwords for one username from one client address (the
address core.ratelimit.client_address gives: the trusted proxies' entry, never one the client
wrote), that username cannot log in from that address until ``AXES_COOLOFF_TIME`` has passed
without new attempts. The admin's own login page says so in Norwegian, with the username still in
its field, and answers 429. The password is never shown again.
"""

from django.conf import settings
from django.shortcuts import render

from wagtail.admin.forms.auth import LoginForm

from axes.helpers import get_client_username


def minutes(delta):
    return max(1, round(delta.total_seconds() / 60))


def login_locked_out(request, response=None, credentials=None):
    username = get_client_username(request, credentials) or ""
    form = LoginForm(request, initial={"username": username})
    context = {
        "form": form,
        "next": request.POST.get("next") or request.GET.get("next") or "",
        "show_password_reset": getattr(settings, "WAGTAIL_PASSWORD_RESET_ENABLED", True),
        "lockout_minutes": minutes(settings.AXES_COOLOFF_TIME),
    }
    # Rendered here: the middleware that asks for it comes after the view has run.
    return render(
        request, "core/login_locked.html", context, status=settings.AXES_HTTP_RESPONSE_CODE
    )
