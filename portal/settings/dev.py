"""Local development: DEBUG on, plain HTTP on 127.0.0.1, mails to the console."""

import contextlib
import os

from portal import devdb

from .base import *  # noqa: F403
from .base import DATABASES, database_settings, env_bool, env_list, task_settings

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES = {  # media as configured (MEDIA_ROOT, or a bucket); static files unhashed
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Tasks run at once, inside the request, unless TASKS_BACKEND says otherwise.
TASKS = task_settings(os.environ.get("TASKS_BACKEND", "immediate"))

with contextlib.suppress(ImportError):
    from .local import *  # noqa: F403

# Serve static files straight from the finders (node_modules, each app's static/); no collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# No DATABASE_URL: the project-local PostgreSQL (portal/devdb.py), started here if needed.
if not DATABASES:
    DATABASES = {"default": database_settings(devdb.database_url())}
