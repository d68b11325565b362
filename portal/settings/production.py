"""Production: everything from the environment; refuses to start without SECRET_KEY, a database
or a shared cache (Redis)."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, SECRET_KEY, require_secret_key

SECRET_KEY = require_secret_key(SECRET_KEY)
DEBUG = False

if not DATABASES:
    raise ImproperlyConfigured(
        "DATABASE_URL mangler. Sett den til PostgreSQL-databasen, for eksempel "
        "postgres://bruker:passord@vert:5432/portal (se README, «Konfigurasjon»)."
    )

# Rate limits, the facet counts and the glossary's change marker must be shared by every worker
# and survive a restart: a cache in each process's memory would double every limit per worker.
if CACHES["default"]["BACKEND"] != "django.core.cache.backends.redis.RedisCache":
    raise ImproperlyConfigured(
        "REDIS_URL mangler. Produksjon trenger en delt cache, for eksempel "
        "redis://redis.example.no:6379/1 (se README, «Konfigurasjon»)."
    )
