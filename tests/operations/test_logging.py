"""Logs: text or JSON lines (LOG_FORMAT), and never a share-link token, with the real logging
configuration as production and the dev server load it."""

import json
import logging
import os
import secrets
import sys
import time
import urllib.error
import urllib.request

import pytest

from mandates.logfilter import HideShareTokens, hide_tokens
from tests.portal.test_settings import load_settings
from tests.processes import (
    database_url,
    free_port,
    production_env,
    run_python,
    serving,
)

# Every handler of every logger, as django.setup() leaves them, and whether each hides tokens.
HANDLERS = """
import json, logging, django
django.setup()
loggers = [logging.getLogger()] + [
    logger for logger in logging.Logger.manager.loggerDict.values()
    if isinstance(logger, logging.Logger)
]
print(json.dumps({
    logger.name: [
        [type(f).__name__ for f in handler.filters] for handler in logger.handlers
        if not isinstance(handler, logging.NullHandler)  # writes nothing anywhere
    ]
    for logger in loggers if logger.handlers
}))
"""


def test_every_handler_production_configures_hides_share_tokens():
    env = production_env(
        DATABASE_URL="postgres://u@127.0.0.1:9/db", REDIS_URL="redis://127.0.0.1:9"
    )
    result = run_python(HANDLERS, env)
    assert result.returncode == 0, result.stderr
    handlers = json.loads(result.stdout)
    assert {"root", "django", "django.server", "gunicorn.access"} <= set(handlers)
    for name, filters in handlers.items():
        for handler_filters in filters:
            assert "HideShareTokens" in handler_filters, name


def test_log_format_json_and_unknown_formats():
    config = load_settings("portal.settings.base", LOG_FORMAT="json")
    formatter = config.LOGGING["formatters"]["portal"]
    assert formatter["()"] == "pythonjsonlogger.json.JsonFormatter"
    text = load_settings("portal.settings.base")
    assert "()" not in text.LOGGING["formatters"]["portal"]
    result = run_python("import django; django.setup()", production_env(LOG_FORMAT="xml"))
    assert "LOG_FORMAT='xml' finnes ikke" in result.stderr


def record(message, *args, **extra):
    entry = logging.LogRecord("django.request", logging.WARNING, __file__, 1, message, args, None)
    for name, value in extra.items():
        setattr(entry, name, value)
    HideShareTokens().filter(entry)
    return entry


def test_the_filter_hides_tokens_in_message_arguments_extras_and_tracebacks():
    token = secrets.token_urlsafe(32)
    path = f"/veiviser/lenke/{token}/"
    assert record("Not Found: %s", path).getMessage() == "Not Found: /veiviser/lenke/[skjult]/"
    assert token not in record('"GET %(p)s" 404', {"p": path}).getMessage()
    extra = record("Not Found", request=f"<WSGIRequest: GET '{path}'>", status_code=404)
    assert token not in extra.request and extra.status_code == 404
    try:
        raise ValueError(f"Resolver404: {{'path': 'veiviser/lenke/{token}/'}}")
    except ValueError:
        failed = logging.LogRecord("django", logging.ERROR, __file__, 1, "x", None, sys.exc_info())
    HideShareTokens().filter(failed)
    assert failed.exc_info is None
    assert "Resolver404" in failed.exc_text and token not in failed.exc_text
    # Other paths stay as they were: a draft's public id and its «lenker» page are no secret.
    assert hide_tokens("/veiviser/blaa-fjord-27/lenker/") == "/veiviser/blaa-fjord-27/lenker/"
    assert hide_tokens(f"https://veiviser.example.no/veiviser/lenke/{token}") == (
        "https://veiviser.example.no/veiviser/lenke/[skjult]"
    )


def get(url, **headers):
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 (our own test server)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def written_within(log, text, seconds):
    """Wait until ``text`` is in the file ``log``, polling, at most ``seconds``."""
    deadline = time.monotonic() + seconds
    while text not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.1)


@pytest.mark.django_db
@pytest.mark.parametrize("server", ["gunicorn", "runserver"])
def test_request_lines_for_a_share_link_hold_no_token(
    server, redis_url, collected_static, tmp_path
):
    """`GET /veiviser/lenke/<token>/` through gunicorn with production's JSON logs, and through
    Django's dev server: its access or request line and Django's «Not Found» line."""
    port = free_port()
    token = secrets.token_urlsafe(32)  # as create_link makes them; unknown here, so a 404
    if server == "gunicorn":
        env = production_env(
            DATABASE_URL=database_url(),
            REDIS_URL=redis_url,
            ALLOWED_HOSTS="127.0.0.1",
            STATIC_ROOT=str(collected_static),
            LOG_FORMAT="json",
            LOG_LEVEL="INFO",
        )
        command = [sys.executable, "-m", "gunicorn", "-c", "python:portal.gunicorn"]
        command += ["--bind", f"127.0.0.1:{port}", "--workers", "1", "portal.wsgi"]
    else:
        env = {**os.environ, "DATABASE_URL": database_url()}
        env.pop("DJANGO_SETTINGS_MODULE")  # manage.py's own: portal.settings.dev
        command = [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"]
    log = tmp_path / "server.log"
    with serving(command, env, port, log):
        status = get(
            f"http://127.0.0.1:{port}/veiviser/lenke/{token}/",
            **{"X-Forwarded-Proto": "https", "Referer": f"https://e.example/lenke/{token}/"},
        )
        # the server writes its request line after the answer has gone out: on a loaded machine
        # the client can have the answer before the line is in the log (seen once in 883 tests)
        written_within(log, "/veiviser/lenke/[skjult]/ HTTP/1.1", seconds=30)
    assert status == 404
    lines = log.read_text().splitlines()
    assert token not in "\n".join(lines)
    hidden = [line for line in lines if "/veiviser/lenke/[skjult]/" in line]
    assert any("Not Found" in line for line in hidden), lines  # Django's django.request line
    if server == "gunicorn":
        entries = [json.loads(line) for line in lines]  # every line is a JSON object
        access = [e for e in entries if e["logger"] == "gunicorn.access"]
        assert [e["message"].split('"')[1] for e in access] == [
            "GET /veiviser/lenke/[skjult]/ HTTP/1.1"
        ]
        assert {"time", "level", "logger", "message"} <= set(access[0])
    else:
        assert any('"GET /veiviser/lenke/[skjult]/ HTTP/1.1" 404' in line for line in hidden)
