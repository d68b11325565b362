"""Settings shared by every environment.

Production-shaped and secure by default: everything that differs between machines is read from
the environment (see README, "Konfigurasjon"). ``dev`` and ``test`` loosen what they must.
"""

import datetime
import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on", "ja"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    # The project's own apps, by layer (README, «Arkitektur»): features that cut across the
    # domain, the domain apps, and the shared core under them.
    "demo",
    "search",
    "api",
    "home",
    "mandates",
    "examples",
    "phases",
    "glossary",
    "legal",
    "places",
    "core",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "rest_framework",
    "drf_spectacular",
    "corsheaders",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "portal.health.HealthCheckMiddleware",  # /helse/ for load balancers: before host checks
    "django.middleware.security.SecurityMiddleware",
    "core.input.InputMiddleware",  # no control characters reach a view or the database
    "corsheaders.middleware.CorsMiddleware",
    "core.csp.ContentSecurityPolicyMiddleware",
    "core.csp.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the session, CSRF and auth middleware, so it sees the Vary and cookies they add.
    "core.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.AdminLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.middleware.SameOriginNullOriginMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires: turns a lockout into a page
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "home.context_processors.navigation",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# Database: PostgreSQL (psycopg 3) everywhere, from DATABASE_URL. Without it, dev and test start a
# project-local server (portal/devdb.py); production refuses to start.
DATABASE_URL = os.environ.get("DATABASE_URL", "")


def database_settings(url):
    config = dj_database_url.parse(
        url,
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
    # An unreachable server fails in seconds instead of holding a worker (and /helse/) for minutes.
    config.setdefault("OPTIONS", {})["connect_timeout"] = int(
        os.environ.get("DATABASE_CONNECT_TIMEOUT", "5")
    )
    if config["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured(
            "Portalen krever PostgreSQL: DATABASE_URL må begynne med postgres:// "
            "(se README, «Konfigurasjon»)."
        )
    # No JIT compilation: the listing's facet query (six grouped scans, estimated cost 900,000)
    # spent 57 s of its 62 s compiling at 50,000 examples on the bench machine, 10 s without JIT.
    # The portal's queries are short; JIT pays only for long analytical ones.
    options = config.setdefault("OPTIONS", {})
    options["options"] = f"{options.get('options', '')} -c jit=off".strip()
    return config


DATABASES = {"default": database_settings(DATABASE_URL)} if DATABASE_URL else {}
# Web requests (portal/wsgi.py) cancel any SQL statement that runs longer than this (portal/db.py).
WEB_STATEMENT_TIMEOUT_MS = int(os.environ.get("WEB_STATEMENT_TIMEOUT_MS", "5000"))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, otherwise a per-process memory cache.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            # An unreachable Redis fails a request in seconds instead of holding its worker.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The page cache (core/pagecache.py, README «Mellomlager for sider»): anonymous GETs served from
# the cache above, purged by cache tags. PAGE_CACHE=off measures rendering (bench/scale.py).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", str(60 * 60 * 24)))
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
PAGE_CACHE_S_MAXAGE = int(os.environ.get("PAGE_CACHE_S_MAXAGE", str(PAGE_CACHE_MAX_AGE)))
PAGE_CACHE_EXEMPT_PATHS = ["/admin/", "/veiviser/", "/dokumenter/", "/static/", "/media/"]

# A CDN or Varnish in front, purged with the page cache (core/frontendcache.py).
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_VARNISH_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_VARNISH_URL"],
    }
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ.get("FRONTEND_CACHE_CLOUDFLARE_TOKEN", ""),
        "ZONEID": os.environ["FRONTEND_CACHE_CLOUDFLARE_ZONEID"],
    }

# Background tasks (django-tasks, README «Bakgrunnsoppgaver»): the glossary's «Brukes på» and
# Wagtail's own (search index, reference index, frontend-cache purges, image focal points) run off
# the request. Production queues them in PostgreSQL for `manage.py db_worker`; dev and test run
# them at once (TASKS_BACKEND=immediate), so `make run` needs no worker.
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}


def task_settings(name):
    if name not in TASK_BACKENDS:
        raise ImproperlyConfigured(
            f"TASKS_BACKEND={name!r} finnes ikke. Bruk «database» (med manage.py db_worker) eller "
            "«immediate» (se README, «Bakgrunnsoppgaver»)."
        )
    return {"default": {"BACKEND": TASK_BACKENDS[name]}}


TASKS = task_settings(os.environ.get("TASKS_BACKEND", "database"))

# Admin logins are throttled per username and client address (django-axes, core/login_lockout.py):
# after LOGIN_FAILURE_LIMIT wrong passwords that pair is locked for LOGIN_LOCKOUT_MINUTES after the
# last attempt. Attempts are counted in PostgreSQL, shared by every app server. The address is the
# one the rate limits use (TRUSTED_PROXY_COUNT), never a header the client wrote.
# The lockout check comes first and only refuses (it logs nobody in); Django's ModelBackend then
# checks the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_address"
AXES_LOCKOUT_CALLABLE = "core.login_lockout.login_locked_out"
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # no history of editors' successful logins is needed
AXES_ENABLE_ADMIN = False  # Django's admin is not installed; Wagtail's is the admin
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Language: the UI and the admin are Norwegian bokmål; content is bokmål and nynorsk.
LANGUAGE_CODE = "nb"
LANGUAGES = [("nb", "Norsk bokmål"), ("nn", "Norsk nynorsk")]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nb", "Norsk bokmål")]
WAGTAIL_CONTENT_LANGUAGES = [("nb", "Norsk bokmål")]
# Wagtail's own nb catalog leaves about half the admin in English (workflows, versions,
# notifications); portal/locale fills those gaps and wins over the apps' catalogs.
LOCALE_PATHS = [BASE_DIR / "portal" / "locale"]

# Static files: our own CSS plus Digdir's Designsystemet and the Inter font (the print view and
# the PDF/A embed it), installed from npm into node_modules.
DESIGNSYSTEMET_DIR = BASE_DIR / "node_modules" / "@digdir" / "designsystemet-css" / "dist"
INTER_FONT_DIR = BASE_DIR / "node_modules" / "@fontsource" / "inter" / "files"
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [("designsystemet", DESIGNSYSTEMET_DIR), ("fonts/inter", INTER_FONT_DIR)]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))  # collectstatic
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Media (documents, images, renditions) on any S3-compatible object store (AWS, MinIO, Ceph, the
# municipality's own) when a bucket is named, so app servers keep nothing on their own disks
# (docs/deployment.md). Keys come from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)
# through boto3 and are never written here. URLs are unsigned by default: pages are cached for a
# day (CDN, page cache) and a signed image URL would expire in them.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": os.environ.get("AWS_LOCATION", "media"),
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
            "file_overwrite": False,
            "default_acl": None,  # the bucket's own policy decides who may read
        },
    }

# Security: Django's defaults stay on; HTTPS hardening can be relaxed only through the environment.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "portal.views.csrf_failure"  # Norwegian, and keeps what the user typed
# Content-Security-Policy on everything but the admin: see core/csp.py for the policy and why.
CONTENT_SECURITY_POLICY_EXEMPT_PATHS = ["/admin/"]
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Wagtail
WAGTAIL_SITE_NAME = "Boligsosial veiviser"
# The site's public address, as visitors reach it (scheme, host and port, no trailing slash). The
# sitemap, the API, the feed and the moderators' e-mails build absolute links from it; the demo
# loader makes the Wagtail Site match it (demo/loader.py).
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", PUBLIC_BASE_URL)
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com in the admin: a third-party request the privacy statement does not
# name, and broken images offline. Wagtail shows its own default avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
TAGGIT_CASE_INSENSITIVE = True


def env_rate(name, default):
    """A rate limit from the environment as ``(count, seconds)``, written "N/seconds"."""
    count, _, window = os.environ.get(name, default).partition("/")
    return int(count), int(window or 3600)


# How many reverse proxies of ours stand in front of the app, each appending the address it saw to
# X-Forwarded-For; the client's address is the one that many places from the right. 0: no
# proxy, the socket's address is the client's (core/ratelimit.py).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# «Foreslå et eksempel»: at most N proposals per IP address per window of seconds.
EXAMPLE_PROPOSAL_RATE_LIMIT = env_rate("PROPOSAL_RATE_LIMIT", "5/3600")
# The mandate wizard: share-link lookups and new drafts per IP address per window.
MANDATE_LINK_RATE_LIMIT = env_rate("MANDATE_LINK_RATE_LIMIT", "60/600")
MANDATE_CREATE_RATE_LIMIT = env_rate("MANDATE_CREATE_RATE_LIMIT", "30/3600")
# Saves (autosaves and buttons) of one draft, by all its members together, per window. A member
# typing autosaves at most every 1.2 s; 240 a minute is four members typing without a pause.
MANDATE_SAVE_RATE_LIMIT = env_rate("MANDATE_SAVE_RATE_LIMIT", "240/60")
# A draft's history (mandates/retention.py): at most this many revisions and bytes, pruned
# before a save would pass either; autosaves by one browser within this many seconds are one
# revision (mandates/saving.py).
MANDATE_REVISION_LIMIT = int(os.environ.get("MANDATE_REVISION_LIMIT", "2000"))
MANDATE_HISTORY_SIZE_LIMIT = int(os.environ.get("MANDATE_HISTORY_SIZE_LIMIT", str(50 * 2**20)))
MANDATE_REVISION_COALESCE_SECONDS = int(os.environ.get("MANDATE_REVISION_COALESCE_SECONDS", "300"))
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Boligsosial veiviser <ikke-svar@localhost>"
)
# Mail is queued as a task and delivered by the task worker (core/mail.py), through
# EMAIL_DELIVERY_BACKEND: a slow mail server never holds up a proposal or a moderator.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "core.mail.QueuedEmailBackend")
EMAIL_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_DELIVERY_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 30

# The API (api/, README «API»): JSON only, read by anyone from any origin (GET only, no cookies).
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Boligsosial veiviser – API",
    "DESCRIPTION": (
        "Lesetilgang til publiserte eksempler, arbeidsprosesser, faser, ordlisten og ressursene. "
        "Filtrene på /api/v2/eksempler/ har de samme navnene som på /eksempler/."
    ),
    "VERSION": "2",
    "SERVE_INCLUDE_SCHEMA": False,
    "PREPROCESSING_HOOKS": ["api.urls.only_this_api"],
    "SERVERS": [{"url": PUBLIC_BASE_URL}],
}
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False

# Search: Wagtail's database backend with PostgreSQL's Norwegian text-search configuration;
# ELASTICSEARCH_URL switches to Wagtail's Elasticsearch 8 backend with a Norwegian analyser.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.elasticsearch",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "portal_"),
            "TIMEOUT": 5,
            "OPTIONS": {},
            # Analysis (synonyms, folding, compounds, Norwegian) comes from search/elasticsearch.py.
        }
    }
    PORTAL_SEARCH_ENGINE = "search.engine.BackendEngine"
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.database",
            "SEARCH_CONFIG": "norwegian",
        }
    }
    # The portal's own ranked queries on the database backend's index (search/engine.py).
    PORTAL_SEARCH_ENGINE = "search.engine.PostgresEngine"
# The example listing's free text (core/search.py) goes through the same engine as /sok/.
PORTAL_PAGE_SEARCH = "search.listing.matching_ids"

# Logs go to standard error, one line per event: text, or JSON objects with LOG_FORMAT=json
# (python-json-logger: time, level, logger, message and the event's own fields). gunicorn reads
# the same configuration (portal/gunicorn.py), so its access lines are formatted and filtered like
# Django's. Every handler hides share-link tokens (mandates/logfilter.py); the loggers Django and
# gunicorn configure for themselves are replaced, so no handler without the filter remains.
LOG_FORMATS = {
    "text": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
    "json": {
        "()": "pythonjsonlogger.json.JsonFormatter",
        "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
        "datefmt": "%Y-%m-%dT%H:%M:%S%z",
        "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
    },
}


def logging_settings(log_format, level):
    if log_format not in LOG_FORMATS:
        raise ImproperlyConfigured(
            f"LOG_FORMAT={log_format!r} finnes ikke. Bruk «text» eller «json» "
            "(se README, «Konfigurasjon»)."
        )
    own = {"handlers": ["console"], "propagate": False}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"hide_share_tokens": {"()": "mandates.logfilter.HideShareTokens"}},
        "formatters": {"portal": LOG_FORMATS[log_format]},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "portal",
                "filters": ["hide_share_tokens"],
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django": {**own, "level": level},
            "django.server": {**own, "level": "INFO"},  # runserver's request lines
            "gunicorn.error": {**own, "level": "INFO"},
            "gunicorn.access": {**own, "level": "INFO"},  # one line per request
        },
    }


LOGGING = logging_settings(
    os.environ.get("LOG_FORMAT", "text"), os.environ.get("LOG_LEVEL", "WARNING").upper()
)


def require_secret_key(secret_key):
    if not secret_key:
        raise ImproperlyConfigured(
            "SECRET_KEY mangler. Sett miljøvariabelen SECRET_KEY (se README, «Konfigurasjon»)."
        )
    return secret_key
