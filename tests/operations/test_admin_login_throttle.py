"""Admin logins are throttled per username and client address (django-axes): guessing stops
working after a few tries, in Norwegian, without a forged X-Forwarded-For getting around it."""

from django.conf import settings
from django.db.models import F
from django.test import Client

import pytest
from axes.models import AccessAttempt

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "riktig-passord-2026"  # noqa: S105 (a test user's)


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("kari", "kari@example.no", PASSWORD)


def log_in(client, password, username="kari", **headers):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, **headers
    )


def logged_in(client):
    return client.get("/admin/").status_code == 200


def lockout_ends():
    """What waiting out the lockout does to the stored attempts: they become that old."""
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - settings.AXES_COOLOFF_TIME)


def test_sixty_wrong_passwords_keep_even_the_right_one_out_until_the_lockout_ends(editor):
    client = Client()
    statuses = [log_in(client, f"gjetning-{n}").status_code for n in range(60)]
    assert statuses[: settings.AXES_FAILURE_LIMIT - 1] == [200] * (settings.AXES_FAILURE_LIMIT - 1)
    assert set(statuses[settings.AXES_FAILURE_LIMIT :]) == {429}

    refused = log_in(client, PASSWORD)
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "For mange mislykkede innlogginger" in html
    assert "sperret i 15 minutter" in html
    assert 'value="kari"' in html  # the username stays in its field; the password does not
    assert PASSWORD not in html
    assert not logged_in(client)

    lockout_ends()
    response = log_in(client, PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert logged_in(client)


def test_behind_the_proxy_the_lockout_follows_the_proxy_seen_address(editor, settings):
    """With one trusted proxy, the client is the address that proxy appended. An attacker who
    writes a new X-Forwarded-For for every try is still one address; a colleague elsewhere
    (another address, same username) is not locked out."""
    settings.TRUSTED_PROXY_COUNT = 1
    attacker = Client(REMOTE_ADDR="10.0.0.2")  # the proxy
    for n in range(settings.AXES_FAILURE_LIMIT + 3):
        forged = f"198.51.100.{n}, 203.0.113.9"  # the client's own entry, then the proxy's
        log_in(attacker, f"gjetning-{n}", HTTP_X_FORWARDED_FOR=forged)
    assert (
        log_in(attacker, PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.9").status_code == 429
    )
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.9"}

    colleague = Client(REMOTE_ADDR="10.0.0.2")
    response = log_in(colleague, PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.44")
    assert response.status_code == 302
    assert logged_in(colleague)


def test_a_good_login_forgets_the_earlier_mistakes(editor):
    client = Client()
    for n in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, f"skrivefeil-{n}")
    assert log_in(client, PASSWORD).status_code == 302
    assert not AccessAttempt.objects.filter(failures_since_start__gt=0).exists()


def test_the_log_names_neither_the_username_nor_the_password(editor, caplog):
    client = Client()
    with caplog.at_level("DEBUG"):
        for n in range(settings.AXES_FAILURE_LIMIT + 1):
            log_in(client, f"hemmelig-gjetning-{n}")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Locking out" in logged  # the lockout is logged ...
    assert "kari" not in logged and "hemmelig-gjetning" not in logged  # ... but not who or what
