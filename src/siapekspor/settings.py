"""SiapEkspor settings: one module, configured by environment variables.

Three independent switches (docs/configuration.md):

- `SIAPEKSPOR_DEBUG` (off unless asked for): debug pages, static files from the source tree.
- `SIAPEKSPOR_EMBEDDED` (on by default without `DATABASE_URL`): the no-setup mode on one
  machine — SQLite under `var/`, secrets generated once into `var/dev-secrets.json` when not
  given. Off (a server deployment), a missing secret raises ImproperlyConfigured instead of
  running with a guess.
- `SIAPEKSPOR_HTTPS` (on by default outside the embedded mode): the site is served over
  TLS — SSL redirect, HSTS, secure `__Host-` cookies. Off, cookies work over plain http on
  127.0.0.1.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import dj_database_url

from siapekspor.core.env import (
    env_bool,
    env_float,
    env_int,
    env_list,
    env_secret,
    env_str,
)
from siapekspor.core.keys import check_pepper, parse_key_ring

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent.parent
VAR_DIR = Path(env_str("SIAPEKSPOR_VAR_DIR", str(PROJECT_DIR / "var")))

DEBUG = env_bool("SIAPEKSPOR_DEBUG", False)
DATABASE_URL = env_str("DATABASE_URL", "")
EMBEDDED = env_bool("SIAPEKSPOR_EMBEDDED", not DATABASE_URL)
HTTPS = env_bool("SIAPEKSPOR_HTTPS", not EMBEDDED)
# Kept for code that asks "is this a real deployment?": secrets must be given.
PRODUCTION = not (DEBUG or EMBEDDED)


def _embedded_secrets() -> dict[str, str]:
    """Per-installation random secrets for the embedded mode, made on first use."""
    path = VAR_DIR / "dev-secrets.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    data = {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "PII_KEYS": "k1:" + secrets.token_urlsafe(32),
        "PII_HMAC_KEY": secrets.token_urlsafe(32),
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    path.chmod(0o600)
    return data


_dev = {} if PRODUCTION else _embedded_secrets()

SECRET_KEY = env_secret(
    "SIAPEKSPOR_SECRET_KEY", required=PRODUCTION, dev_default=_dev.get("SECRET_KEY", "")
)
# Personal data keys: "kid:base64key,kid2:key2" — the first encrypts, all decrypt (rotation).
PII_KEYS = env_secret(
    "SIAPEKSPOR_PII_KEYS", required=PRODUCTION, dev_default=_dev.get("PII_KEYS", "")
)
# The pepper of the HMAC lookup index for NIK and phone numbers (never a plain hash).
PII_HMAC_KEY = env_secret(
    "SIAPEKSPOR_PII_HMAC_KEY", required=PRODUCTION, dev_default=_dev.get("PII_HMAC_KEY", "")
)
# Weak personal-data secrets are refused outside DEBUG, at start-up (rules in core.keys).
PII_WEAK_KEYS_ALLOWED = DEBUG
parse_key_ring(PII_KEYS, strict=PRODUCTION)
check_pepper(PII_HMAC_KEY, strict=PRODUCTION)

ALLOWED_HOSTS = env_list("SIAPEKSPOR_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("SIAPEKSPOR_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_tasks",
    "django_tasks_db",
    "ninja",  # /api/v1/docs: Swagger UI from django-ninja's own static files (no CDN)
    "siapekspor.core",
    "siapekspor.accounts",
    "siapekspor.registry",
    "siapekspor.markets",
    "siapekspor.reporting",
    "siapekspor.readiness",
    "siapekspor.training",
    "siapekspor.shipments",
    "siapekspor.compliance",
    "siapekspor.improvement",
    "siapekspor.eudr",
    "siapekspor.partners",
    "siapekspor.translation",
    "siapekspor.forum",
    "siapekspor.buyers",
    "siapekspor.paperwork",
    "siapekspor.catalogue",
    "siapekspor.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "siapekspor.core.middleware.ApiLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "siapekspor.core.middleware.StickyLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "siapekspor.core.middleware.SessionTimeoutMiddleware",
    "siapekspor.core.middleware.PrivateNoStoreMiddleware",
    "siapekspor.core.middleware.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "siapekspor.urls"
WSGI_APPLICATION = "siapekspor.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "siapekspor.core.context_processors.siapekspor",
            ],
        },
    }
]

# --- Database: SQLite under var/ by default, DATABASE_URL for PostgreSQL -------------------
SQLITE_BUSY_TIMEOUT = env_int("SIAPEKSPOR_SQLITE_BUSY_TIMEOUT", 20)  # seconds
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    }
    if env_str("SIAPEKSPOR_TEST_DB"):
        DATABASES["default"]["TEST"] = {"NAME": env_str("SIAPEKSPOR_TEST_DB")}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "siapekspor.sqlite3",
            "OPTIONS": {
                # WAL lets readers continue while an import writes; IMMEDIATE takes the write
                # lock at BEGIN so two writers queue instead of failing half-way.
                "transaction_mode": "IMMEDIATE",
                "timeout": SQLITE_BUSY_TIMEOUT,
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                    f"PRAGMA foreign_keys=ON; PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT * 1000}; "
                    "PRAGMA cache_size=-64000; PRAGMA temp_store=MEMORY;"
                ),
            },
            "TEST": {"NAME": env_str("SIAPEKSPOR_TEST_DB", "") or None},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ---------------------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL", "")
USE_REDIS = env_bool("USE_REDIS", bool(REDIS_URL))
if USE_REDIS:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL or "redis://127.0.0.1:6379/0",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Background tasks: django-tasks with the database backend (no broker needed) -----------
TASKS = {
    "default": {"BACKEND": env_str("SIAPEKSPOR_TASK_BACKEND", "django_tasks_db.DatabaseBackend")}
}
# The worker beats this often; a task whose worker has not beaten for the lease goes back to
# the queue; a task is claimed at most this many times (core/worker.py).
WORKER_HEARTBEAT_SECONDS = env_float("SIAPEKSPOR_WORKER_HEARTBEAT_SECONDS", 5.0)
WORKER_LEASE_SECONDS = env_float("SIAPEKSPOR_WORKER_LEASE_SECONDS", 60.0)
WORKER_MAX_ATTEMPTS = env_int("SIAPEKSPOR_WORKER_MAX_ATTEMPTS", 5)

# --- Auth ----------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "reporting:home"
LOGOUT_REDIRECT_URL = "accounts:login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # Not a rule: revokes the user's API tokens whenever a new password is saved.
    {"NAME": "siapekspor.accounts.passwords.RevokeApiTokensOnPasswordChange"},
]
# Login throttling (SECURITY.md, accounts.services): sign-in attempts per window for one
# account from one address, for one address over all accounts, and for one account from
# addresses it never signed in from (its known addresses keep working).
LOGIN_FAILURE_LIMIT = env_int("SIAPEKSPOR_LOGIN_FAILURE_LIMIT", 5)
LOGIN_FAILURE_WINDOW_MINUTES = env_int("SIAPEKSPOR_LOGIN_FAILURE_WINDOW_MINUTES", 30)
LOGIN_ADDRESS_LIMIT = env_int("SIAPEKSPOR_LOGIN_ADDRESS_LIMIT", 30)
LOGIN_ACCOUNT_LIMIT = env_int("SIAPEKSPOR_LOGIN_ACCOUNT_LIMIT", 20)
# Password-reset mail per hour: per client address and per e-mail address asked for.
PASSWORD_RESET_ADDRESS_LIMIT = env_int("SIAPEKSPOR_PASSWORD_RESET_ADDRESS_LIMIT", 10)
PASSWORD_RESET_EMAIL_LIMIT = env_int("SIAPEKSPOR_PASSWORD_RESET_EMAIL_LIMIT", 3)
# Public inquiry form (buyers app), per hour: inquiries per client address (an IPv6 client
# by its /64), confirmation mails per recipient mailbox (anyone may type any address: the
# form must not mail a third party without limit), and inquiries for the whole site.
INQUIRY_ADDRESS_LIMIT = env_int("SIAPEKSPOR_INQUIRY_ADDRESS_LIMIT", 5)
INQUIRY_EMAIL_LIMIT = env_int("SIAPEKSPOR_INQUIRY_EMAIL_LIMIT", 3)
INQUIRY_HOURLY_LIMIT = env_int("SIAPEKSPOR_INQUIRY_HOURLY_LIMIT", 200)
API_RATE_LIMIT_PER_MINUTE = env_int("SIAPEKSPOR_API_RATE_LIMIT_PER_MINUTE", 200)
API_TOKEN_DAYS = env_int("SIAPEKSPOR_API_TOKEN_DAYS", 90)
SESSION_IDLE_TIMEOUT_SECONDS = env_int("SIAPEKSPOR_SESSION_IDLE_TIMEOUT", 60 * 60)
# Absolute: the session ends this long after sign-in, however active (core.middleware).
SESSION_ABSOLUTE_TIMEOUT_SECONDS = env_int("SIAPEKSPOR_SESSION_ABSOLUTE_TIMEOUT", 12 * 60 * 60)
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_TIMEOUT_SECONDS
# Reverse proxies in front of the server whose X-Forwarded-For is trusted (core.http).
TRUSTED_PROXY_COUNT = env_int("SIAPEKSPOR_TRUSTED_PROXIES", 0)

EMAIL_BACKEND = env_str(
    "SIAPEKSPOR_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = env_str("SIAPEKSPOR_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("SIAPEKSPOR_EMAIL_PORT", 25)
# Where django.core.mail.backends.filebased.EmailBackend writes (the flood benchmark counts
# the mails there).
EMAIL_FILE_PATH = env_str("SIAPEKSPOR_EMAIL_FILE_PATH", str(VAR_DIR / "mail"))
DEFAULT_FROM_EMAIL = env_str("SIAPEKSPOR_FROM_EMAIL", "SiapEkspor <noreply@siapekspor.local>")

# --- Languages -----------------------------------------------------------------------------
# The one list of the site's languages: everything else (gettext locales, modeltranslation
# columns, content loaders, country names, PDF fonts) is derived from it (core/i18n.py).
# Adding one: docs/DEVELOPING.md, "Adding a language".
LANGUAGE_CODE = "id"  # authoritative; the others are machine translations of it
LANGUAGES = [
    ("id", "Bahasa Indonesia"),
    ("en", "English"),
    ("zh-hans", "简体中文"),
    ("ja", "日本語"),
    ("ar", "العربية"),
    ("fr", "Français"),
]
MACHINE_TRANSLATED_LANGUAGES = [code for code, _name in LANGUAGES if code != LANGUAGE_CODE]
# Each app keeps its own catalogues in <app>/locale (found through INSTALLED_APPS).
LOCALE_PATHS: list[Path] = []
MODELTRANSLATION_DEFAULT_LANGUAGE = LANGUAGE_CODE
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = (LANGUAGE_CODE, "en")
TIME_ZONE = env_str("SIAPEKSPOR_TIME_ZONE", "Asia/Jakarta")
USE_I18N = True
# Number grouping and date-time order where Django's locale leaves them out (ar, zh-hans).
FORMAT_MODULE_PATH = ["siapekspor.core.formats"]
USE_TZ = True

# --- Static and media ----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_ROOT = VAR_DIR / "media"  # never served directly: files go through permission checks
# Uploaded files are for the server's user alone (core.filemodes).
FILE_UPLOAD_PERMISSIONS = 0o600
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o700
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Outside DEBUG, static files are collected (`siapekspor collectstatic`, done by
        # `make run`) into STATIC_ROOT with hashed names and served by WhiteNoise.
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG
if DEBUG:
    # WhiteNoise warns about a missing STATIC_ROOT; in debug mode files come from finders.
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)

# --- Security: TLS switches with HTTPS (the embedded mode serves plain http on 127.0.0.1) ---
SECURE_SSL_REDIRECT = HTTPS and env_bool("SIAPEKSPOR_SSL_REDIRECT", True)
# The health probe of a load balancer may come over plain http from inside.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_HSTS_SECONDS = env_int("SIAPEKSPOR_HSTS_SECONDS", 31536000) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
# `__Host-` cookies are refused by browsers unless Secure: only with HTTPS.
SESSION_COOKIE_NAME = "__Host-sessionid" if HTTPS else "sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken" if HTTPS else "csrftoken"
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

# --- Programme -----------------------------------------------------------------------------
PROVINCE_CODE = env_str("SIAPEKSPOR_PROVINCE_CODE", "18")
PROVINCE_NAME = env_str("SIAPEKSPOR_PROVINCE_NAME", "Lampung")
TARGET_BASELINE_ENTERPRISES = env_int("SIAPEKSPOR_TARGET_BASELINE", 95_000)
TARGET_EXPORTING_SHARE = env_float("SIAPEKSPOR_TARGET_SHARE", 0.30)
CLASS_CAPACITY_DEFAULT = env_int("SIAPEKSPOR_CLASS_CAPACITY", 20)
# A repeat exporter has two verified shipments at least this many days apart (docs/outcomes.md).
REPEAT_EXPORT_MIN_DAYS = env_int("SIAPEKSPOR_REPEAT_EXPORT_MIN_DAYS", 30)
# Indicators rebuild by themselves this many seconds after the first change that affects them
# (later changes inside the window join the same rebuild).
INDICATORS_REBUILD_DELAY_SECONDS = env_int("SIAPEKSPOR_INDICATORS_REBUILD_DELAY", 60)

# --- Imports and uploads (SECURITY.md: caps on untrusted files) -----------------------------
IMPORT_MAX_FILE_BYTES = env_int("SIAPEKSPOR_IMPORT_MAX_FILE_BYTES", 50 * 1024 * 1024)
IMPORT_MAX_ROWS = env_int("SIAPEKSPOR_IMPORT_MAX_ROWS", 200_000)
IMPORT_MAX_ZIP_ENTRIES = env_int("SIAPEKSPOR_IMPORT_MAX_ZIP_ENTRIES", 1_000)
IMPORT_MAX_UNCOMPRESSED_BYTES = env_int(
    "SIAPEKSPOR_IMPORT_MAX_UNCOMPRESSED_BYTES", 500 * 1024 * 1024
)
IMPORT_MAX_COMPRESSION_RATIO = env_int("SIAPEKSPOR_IMPORT_MAX_COMPRESSION_RATIO", 100)
# The grid a sheet may span (rows × columns from A1 to its last cell): checked from the file
# before it is read, so a sparse sheet reaching column XFD is refused, not materialised.
IMPORT_MAX_COLUMNS = env_int("SIAPEKSPOR_IMPORT_MAX_COLUMNS", 500)
IMPORT_MAX_CELLS = env_int("SIAPEKSPOR_IMPORT_MAX_CELLS", 2_000_000)
# A csv line longer than this (characters) is refused: no table of enterprises has one.
IMPORT_MAX_LINE_LENGTH = env_int("SIAPEKSPOR_IMPORT_MAX_LINE_LENGTH", 128 * 1024)
# Uploaded files (stored encrypted) are deleted this many days after their import finished,
# or after they were uploaded and never confirmed (0: as soon as the import finishes).
UPLOAD_RETENTION_DAYS = env_int("SIAPEKSPOR_UPLOAD_RETENTION_DAYS", 7)
# A queued or running import whose worker has not reported for this long may be run again.
IMPORT_STALE_MINUTES = env_int("SIAPEKSPOR_IMPORT_STALE_MINUTES", 10)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

TRADE_STORE_DIR = Path(env_str("SIAPEKSPOR_TRADE_DIR", str(VAR_DIR / "trade")))
# Machine-translation packages (`siapekspor mt install`) and the CPU threads per model.
MT_DIR = Path(env_str("SIAPEKSPOR_MT_DIR", str(VAR_DIR / "mt")))
MT_THREADS = env_int("SIAPEKSPOR_MT_THREADS", 1)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Access-log lines lose their query strings (core.logging): no search term in a log.
    # 403 and 404 are one line without a traceback; 500s keep theirs (core.logging).
    "filters": {
        "no_query_strings": {"()": "siapekspor.core.logging.StripQueryString"},
        "quiet_client_errors": {"()": "siapekspor.core.logging.QuietClientErrors"},
    },
    "formatters": {
        "server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "server": {"class": "logging.StreamHandler", "formatter": "server"},
    },
    "root": {"handlers": ["console"], "level": env_str("SIAPEKSPOR_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django.request": {"filters": ["quiet_client_errors"]},
        "django.server": {
            "handlers": ["server"],
            "level": "INFO",
            "propagate": False,
            "filters": ["no_query_strings"],
        },
    },
}

SIAPEKSPOR_VERSION = "0.1.0"
SITE_NAME = "SiapEkspor"  # a name, the same in every language
