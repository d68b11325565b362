"""Tests: PostgreSQL from DATABASE_URL (CI) or the project-local server; fast and deterministic."""

import os

from portal import devdb

from .base import *  # noqa: F403
from .base import DATABASES, database_settings, task_settings

DEBUG = False
SECRET_KEY = "test-only-key-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Off, so every test sees what a page renders and query budgets count real work; the page cache's
# own tests turn it on against a real Redis (tests/portal/test_page_cache.py).
PAGE_CACHE_ENABLED = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PUBLIC_BASE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
SPECTACULAR_SETTINGS = {**SPECTACULAR_SETTINGS, "SERVERS": [{"url": PUBLIC_BASE_URL}]}  # noqa: F405

# Serve static files straight from the finders (node_modules, each app's static/); no collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# Tasks run at once, inside the request, unless TASKS_BACKEND says otherwise.
TASKS = task_settings(os.environ.get("TASKS_BACKEND", "immediate"))

# No DATABASE_URL: the project-local PostgreSQL (portal/devdb.py), started here if needed.
if not DATABASES:
    DATABASES = {"default": database_settings(devdb.database_url())}
