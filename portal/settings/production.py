"""Production: everything from the environment; refuses to start without SECRET_KEY or a
database."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, SECRET_KEY, require_secret_key

SECRET_KEY = require_secret_key(SECRET_KEY)
DEBUG = False

if not DATABASES:
    raise ImproperlyConfigured(
        "DATABASE_URL mangler. Sett den til PostgreSQL-databasen, for eksempel "
        "postgres://bruker:passord@vert:5432/portal (se README, «Konfigurasjon»)."
    )
