"""/helse/: the load balancer's question «can this server serve?», answered in JSON."""

import json

import pytest

from glossary.usage import refresh_all_usage_task
from tests.processes import database_url, production_env, run_python

pytestmark = pytest.mark.django_db

# A request as a load balancer sends it: by the server's own address, over plain HTTP.
PROBE = """
import json, django
django.setup()
from django.test import Client
response = Client().get("/helse/", HTTP_HOST="10.0.0.7:8000")
print(json.dumps({"status": response.status_code, "body": response.json(),
                  "cache_control": response["Cache-Control"]}))
"""
# Ports nothing listens on: a database and a Redis that are down.
DEAD_DATABASE = "postgres://portal:hemmelig-passord@127.0.0.1:9/portal"
DEAD_REDIS = "redis://:hemmelig-passord@127.0.0.1:9/0"


def probe_production(**env):
    result = run_python(PROBE, production_env(**env))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_healthy_server_answers_ok_with_each_check(client, shared_cache, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/helse/", HTTP_HOST="10.0.0.7:8000")  # not in ALLOWED_HOSTS
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    body = response.json()
    assert body["status"] == "ok"
    assert {name: check["status"] for name, check in body["checks"].items()} == {
        "database": "ok",
        "cache": "ok",
    }
    assert body["tasks"] == {"backend": "immediate"}


def test_waiting_tasks_are_reported_without_failing_the_check(client, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    refresh_all_usage_task.enqueue()
    body = client.get("/helse/").json()
    assert body["status"] == "ok"
    assert body["tasks"]["backend"] == "database"
    assert body["tasks"]["waiting"] == 1
    assert body["tasks"]["failed"] == 0


def test_database_down_is_503_and_names_no_secret(redis_url):
    answer = probe_production(DATABASE_URL=DEAD_DATABASE, REDIS_URL=redis_url)
    assert answer["status"] == 503
    assert answer["cache_control"] == "no-store"
    body = answer["body"]
    assert body["status"] == "error"
    assert body["checks"]["database"] == {"status": "error", "error": "OperationalError"}
    assert body["checks"]["cache"]["status"] == "ok"
    assert "tasks" not in body
    text = json.dumps(body)
    for secret in ("hemmelig", "portal", "127.0.0.1", redis_url):
        assert secret not in text


def test_cache_down_is_503():
    answer = probe_production(DATABASE_URL=database_url(), REDIS_URL=DEAD_REDIS)
    assert answer["status"] == 503
    body = answer["body"]
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["cache"] == {"status": "error", "error": "ConnectionError"}
    assert "hemmelig" not in json.dumps(body)
