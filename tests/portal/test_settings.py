"""Configuration from the environment: production is secure; ELASTICSEARCH_URL switches search."""

import importlib
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

ROOT = Path(__file__).resolve().parents[2]


def load_settings(module, **env):
    """Import a settings module afresh with the given environment."""
    with mock.patch.dict(os.environ, env, clear=False):
        for name in ("DATABASE_URL", "ELASTICSEARCH_URL", "REDIS_URL", "DEBUG"):
            if name not in env:
                os.environ.pop(name, None)
        base = importlib.reload(importlib.import_module("portal.settings.base"))
        target = importlib.reload(importlib.import_module(module))
        values = SimpleNamespace(**vars(target))
    importlib.reload(base)  # leave the modules as they were for other imports
    if target is not base:
        importlib.reload(target)
    return values


def test_base_defaults_are_secure():
    settings = load_settings("portal.settings.base")
    assert settings.DEBUG is False
    assert settings.ALLOWED_HOSTS == []
    assert settings.SECURE_SSL_REDIRECT is True
    assert settings.SESSION_COOKIE_SECURE and settings.CSRF_COOKIE_SECURE
    assert settings.LANGUAGE_CODE == "nb"
    assert settings.TIME_ZONE == "Europe/Oslo"
    assert settings.WAGTAILADMIN_PERMITTED_LANGUAGES == [("nb", "Norsk bokmål")]


def test_environment_drives_database_hosts_and_redis():
    settings = load_settings(
        "portal.settings.base",
        DATABASE_URL="postgres://u:p@db.example:5432/portal",
        ALLOWED_HOSTS="boligsosial.example.no, www.boligsosial.example.no",
        REDIS_URL="redis://127.0.0.1:6379/1",
        SECURE_SSL_REDIRECT="false",
    )
    assert settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
    assert settings.DATABASES["default"]["NAME"] == "portal"
    assert settings.ALLOWED_HOSTS == ["boligsosial.example.no", "www.boligsosial.example.no"]
    assert settings.CACHES["default"]["BACKEND"].endswith("RedisCache")
    assert settings.SECURE_SSL_REDIRECT is False


def test_search_defaults_to_database_backend_with_norwegian_config():
    settings = load_settings("portal.settings.base")
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    assert backend["BACKEND"] == "wagtail.search.backends.database"
    assert backend["SEARCH_CONFIG"] == "norwegian"
    assert settings.PORTAL_SEARCH_ENGINE == "search.engine.PostgresEngine"


def test_elasticsearch_url_switches_backend(settings):
    loaded = load_settings("portal.settings.base", ELASTICSEARCH_URL="http://es.example:9200")
    config = loaded.WAGTAILSEARCH_BACKENDS["default"]
    assert config["BACKEND"] == "search.elasticsearch"
    assert config["URLS"] == ["http://es.example:9200"]
    assert loaded.PORTAL_SEARCH_ENGINE == "search.engine.BackendEngine"

    # The backend is built from these settings; the client is mocked (no server here).
    from wagtail.search.backends import get_search_backend
    from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

    settings.WAGTAILSEARCH_BACKENDS = loaded.WAGTAILSEARCH_BACKENDS
    with mock.patch.object(Elasticsearch8SearchBackend, "client_class") as client:
        backend = get_search_backend("default")
    assert isinstance(backend, Elasticsearch8SearchBackend)
    assert client.call_args.kwargs["hosts"][0]["host"] == "es.example"


def setup_production(**env):
    """Start Django with the production settings in a fresh process, without REDIS_URL unless
    given."""
    base = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env={**base, "DJANGO_SETTINGS_MODULE": "portal.settings.production", **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_secret_key():
    result = setup_production(SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY mangler" in result.stderr


def test_production_refuses_to_start_without_a_shared_cache():
    # The page cache too: each worker would keep its own copy and purge only its own.
    result = setup_production(
        SECRET_KEY="x" * 50, DATABASE_URL="postgres://portal:hemmelig@db.example.no:5432/portal"
    )
    assert result.returncode != 0
    assert "REDIS_URL mangler" in result.stderr


def test_check_deploy_is_clean_with_production_settings():
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "k" * 10 + "-Zq8v#Lr2@xW9!pT4s&Nc6^Hm1*Bd7%Yf3Ju5Ee0Gi-Ka8Ob",
        "ALLOWED_HOSTS": "boligsosial.example.no",
        "DATABASE_URL": "postgres://portal:hemmelig@db.example.no:5432/portal",
        "REDIS_URL": "redis://redis.example.no:6379/1",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_the_admin_address_for_e_mails_defaults_to_the_public_base_url():
    config = load_settings("portal.settings.base", PUBLIC_BASE_URL="https://veiviser.example.no/")
    assert config.PUBLIC_BASE_URL == "https://veiviser.example.no"
    assert config.WAGTAILADMIN_BASE_URL == "https://veiviser.example.no"
