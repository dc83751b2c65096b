"""The one settings module, read from environment variables.

Every variable is listed with its default in the README and in .env.example.
Local development needs none of them; production needs at least SECRET_KEY,
ALLOWED_HOSTS and DATABASE_URL.
"""

import datetime
import os
import secrets
import sys
from pathlib import Path

import dj_database_url

from charity.platform.error_reporting import setup_error_reporting

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


DEBUG = env_bool("DEBUG")

# Management commands that only read the code (migrations, message catalogues) sign
# nothing: they run anywhere, CI and build steps included, without a secret.
CODE_ONLY_COMMANDS = {"makemigrations", "makemessages", "compilemessages"}
RUNNING_COMMAND = (
    sys.argv[1]
    if len(sys.argv) > 1 and Path(sys.argv[0]).name in {"manage.py", "django-admin"}
    else None
)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if DEBUG:
        SECRET_KEY = "insecure-local-development-key-never-used-in-production"
    elif RUNNING_COMMAND in CODE_ONLY_COMMANDS:
        SECRET_KEY = secrets.token_urlsafe(50)
    else:
        # One line, no traceback noise: this is the first thing an operator meets.
        sys.exit("SECRET_KEY must be set when DEBUG is off (set DEBUG=1 for local development).")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "charity",
    "programs",
    "diseases",
    "partners",
    "news",
    "newsletter",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
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
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "axes",
    "wagtail_2fa",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "charity.platform.security_headers.SecurityHeadersMiddleware",
    # Before anything reads the request: characters the database refuses get a 400.
    "charity.platform.request_guard.UnstorableInputMiddleware",
    # "/" goes to the visitor's language as LocaleMiddleware would send it, at once.
    "charity.platform.root_address.RootLanguageRedirectMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions, locale and Wagtail, after the headers every answer carries.
    "charity.caching.middleware.AnonymousPageCacheMiddleware",
    "charity.caching.middleware.RequestScopeMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "charity.visitors.languages.PageAwareLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Staff who must sign in with a second factor reach nothing else until they have.
    "charity.platform.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Around everything that may answer, so that it turns a lockout into the 429 page.
    "axes.middleware.AxesMiddleware",
    # After sessions and authentication: who is asking decides the user bar.
    "charity.caching.middleware.StaffPageMiddleware",
]

ROOT_URLCONF = "charity.urls"
WSGI_APPLICATION = "charity.wsgi.application"

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
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: a SQLite file next to the code unless DATABASE_URL says otherwise.
# Persistent connections with health checks: a restarted PostgreSQL costs one
# failed check per worker, never a failed request.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, process memory otherwise. Short socket
# time-outs so that a hung Redis slows a page by a fraction of a second at most.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # A Redis that fails is a cache miss, never an error page.
            "BACKEND": "charity.caching.backend.FailSafeRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "charity"),
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "charity",
        }
    }
# {% wagtailcache %} fragments, in the default cache until the next change to the content.
CACHES["template_fragments"] = {"BACKEND": "charity.caching.fragments.GenerationFragmentCache"}

# Editors' sessions are read from the cache and written through to the database,
# which stays the reference: a Redis restart logs nobody out.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Whole pages for visitors who are not logged in (charity/caching/). On by
# default only with Redis: a cache in process memory is not shared by the
# server's processes, and a publish would reach only the one that handled it.
PAGE_CACHE = env_bool("PAGE_CACHE", bool(REDIS_URL))
# What every page shares (menu and footer, language links, site settings, the
# list of private sections), kept in the cache until the next change: a page the
# page cache does not hold (a new search, a filter, the first visit after a
# publish) then costs only its own queries. On by default only with Redis, for
# the same reason as the page cache.
FRAGMENT_CACHE = env_bool("FRAGMENT_CACHE", bool(REDIS_URL))
# Seconds a stored page is kept at most (pages that depend on the date change on their own).
PAGE_CACHE_TIMEOUT = env_int("PAGE_CACHE_TIMEOUT", 300)
# Seconds browsers and CDNs may keep a page before they revalidate it.
PAGE_CACHE_MAX_AGE = env_int("PAGE_CACHE_MAX_AGE", 60)
# Seconds after a change during which the page cache still serves the copies it made
# stale while one request renders each again (never after a privacy change, and never
# more than PAGE_CACHE_MAX_AGE: a correction still reaches everyone within it).
PAGE_CACHE_STALE_SECONDS = env_int("PAGE_CACHE_STALE_SECONDS", 30)
# Requests for search suggestions one address may make in a minute (429 beyond).
SEARCH_SUGGESTIONS_PER_MINUTE = env_int("SEARCH_SUGGESTIONS_PER_MINUTE", 120)
PAGE_CACHE_EXCLUDED_PATHS = [
    "/admin/",
    "/documents/",
    "/healthz",
    "/language/",
    "/media/",
    "/static/",
]

# A CDN or caching proxy in front of the site, purged when pages are published.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
    }

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Login throttling: five failures for one username from one address lock that
# pair out for 15 minutes (a wrong guess during the lock restarts the clock).
# Keyed on the pair so that nobody can lock an editor out from elsewhere.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "charity.platform.login_throttling.lockout_response"
AXES_CLIENT_IP_CALLABLE = "charity.platform.login_throttling.client_ip_address"
# Proxies in front of the site that append to X-Forwarded-For (the TLS proxy).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0 if DEBUG else 1)

# Two-factor sign-in (charity/platform/two_factor.py): required for Moderators,
# Administrators and superusers, optional for Editors unless this is on.
WAGTAIL_2FA_REQUIRED = True
TWO_FACTOR_REQUIRED_FOR_EDITORS = env_bool("TWO_FACTOR_REQUIRED_FOR_EDITORS")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: French first, English second.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# "Translate this page" creates a draft, which goes through moderation like any change
# (charity/translation_moderation.py), instead of copying the source's live status.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# With a DeepL key, the translation editor offers a machine translation for the translator
# to review; a free-plan key (ending ":fx") is sent to DeepL's free endpoint.
DEEPL_API_KEY = os.environ.get("DEEPL_API_KEY", "")
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }
LOCALE_PATHS = [BASE_DIR / "locale"]
# The language chosen with the switcher is remembered for a year.
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

# Static files and media.
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Django serves media itself only when no web server or object store does it.
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_MAX_AGE = 3600

# Media on S3-compatible object storage, so that any number of app servers share
# the same uploads. Credentials come from AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY (or the machine's role), read by boto3 itself.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    # Objects get the bucket's own (private) policy, never a public-read ACL:
    # documents in private collections are only ever read through Wagtail's
    # serve view (WAGTAILDOCS_SERVE_METHOD), which checks who asks.
    AWS_DEFAULT_ACL = None
    # Without a custom domain (a CDN allowed to read renditions), image URLs are
    # signed; they outlive a cached page and a browser's copy of it.
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", True)
    AWS_QUERYSTRING_EXPIRE = env_int("AWS_QUERYSTRING_EXPIRE", 24 * 60 * 60)
    # A second upload of the same name gets a new name rather than replacing a file in use.
    AWS_S3_FILE_OVERWRITE = False
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "max-age=86400"}
    # Where media URLs point, so that the Content-Security-Policy allows that origin.
    if AWS_S3_CUSTOM_DOMAIN:
        MEDIA_URL = f"https://{AWS_S3_CUSTOM_DOMAIN}/"
    elif AWS_S3_ENDPOINT_URL:
        MEDIA_URL = f"{AWS_S3_ENDPOINT_URL.rstrip('/')}/{AWS_STORAGE_BUCKET_NAME}/"
    else:
        region = f".{AWS_S3_REGION_NAME}" if AWS_S3_REGION_NAME else ""
        MEDIA_URL = f"https://{AWS_STORAGE_BUCKET_NAME}.s3{region}.amazonaws.com/"

# E-mail: printed to the console unless an SMTP server or a provider's API is configured.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
# A provider's HTTP API through django-anymail, which takes precedence over SMTP. The
# setting each one reads its key from (Amazon SES reads boto3's AWS credentials).
ANYMAIL_KEY_SETTINGS = {
    "brevo": "BREVO_API_KEY",
    "mailjet": "MAILJET_API_KEY",
    "sendgrid": "SENDGRID_API_KEY",
    "postmark": "POSTMARK_SERVER_TOKEN",
    "mailgun": "MAILGUN_API_KEY",
    "amazon_ses": None,
}
EMAIL_PROVIDER = os.environ.get("EMAIL_PROVIDER", "").strip().lower()
if EMAIL_PROVIDER:
    if EMAIL_PROVIDER not in ANYMAIL_KEY_SETTINGS:
        sys.exit(f"EMAIL_PROVIDER must be one of {', '.join(ANYMAIL_KEY_SETTINGS)}.")
    EMAIL_BACKEND = f"anymail.backends.{EMAIL_PROVIDER}.EmailBackend"
    ANYMAIL = {}
    if ANYMAIL_KEY_SETTINGS[EMAIL_PROVIDER] and os.environ.get("ANYMAIL_API_KEY"):
        ANYMAIL[ANYMAIL_KEY_SETTINGS[EMAIL_PROVIDER]] = os.environ["ANYMAIL_API_KEY"]
    if os.environ.get("ANYMAIL_SECRET_KEY"):  # Mailjet's second key
        ANYMAIL[f"{EMAIL_PROVIDER.upper()}_SECRET_KEY"] = os.environ["ANYMAIL_SECRET_KEY"]
    if os.environ.get("ANYMAIL_API_URL"):  # e.g. Mailgun's EU region
        ANYMAIL[f"{EMAIL_PROVIDER.upper()}_API_URL"] = os.environ["ANYMAIL_API_URL"]
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Imagine for Margo <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Newsletter (newsletter/): seconds a confirmation link is valid, seconds an unconfirmed
# sign-up is kept (purge_newsletter_signups), and sign-ups allowed per visitor's network
# per hour and per address per day.
NEWSLETTER_CONFIRMATION_MAX_AGE = env_int("NEWSLETTER_CONFIRMATION_MAX_AGE", 7 * 24 * 60 * 60)
NEWSLETTER_PENDING_RETENTION = env_int(
    "NEWSLETTER_PENDING_RETENTION", NEWSLETTER_CONFIRMATION_MAX_AGE
)
NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = env_int("NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR", 10)
NEWSLETTER_SIGNUPS_PER_ADDRESS_PER_DAY = env_int("NEWSLETTER_SIGNUPS_PER_ADDRESS_PER_DAY", 3)
# Contact page messages allowed per visitor's network per hour.
CONTACT_MESSAGES_PER_IP_PER_HOUR = env_int("CONTACT_MESSAGES_PER_IP_PER_HOUR", 5)

# Security. Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = 0 if DEBUG else env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
# Wagtail's admin reads the CSRF token from the page, never from the cookie.
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    # The __Host- prefix pins a cookie to this exact host, over HTTPS, path /.
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
    LANGUAGE_COOKIE_NAME = "__Host-django_language"
    LANGUAGE_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SAMESITE = "Lax"

# Logs on the standard error: plain messages, or one JSON object per line for a log
# collector (charity/platform/log_format.py).
LOG_FORMAT = os.environ.get("LOG_FORMAT", "").strip().lower() or "text"
if LOG_FORMAT not in {"text", "json"}:
    sys.exit(f"LOG_FORMAT must be text or json, not {LOG_FORMAT!r}.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "text": {"format": "%(message)s"},
        "json": {"()": "charity.platform.log_format.JsonLinesFormatter"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django.security.DisallowedHost": {"level": "WARNING"},
        # Failed sign-ins and lockouts are warnings; the routine clean-up is not news.
        "axes": {"level": "WARNING"},
    },
}

# Wagtail.
WAGTAIL_SITE_NAME = "Imagine for Margo"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database backend; on PostgreSQL, French and English stemming per page.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "charity.platform.search_backend"}}
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Alt text is required when an image is uploaded (charity/image_forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "charity.foundations.image_forms.AltTextRequiredImageForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "csv", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Editors' avatars are not fetched from a third party (their e-mail hash would leak).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Unhandled errors and a sample of transactions to Sentry or GlitchTip, scrubbed of
# personal data, when SENTRY_DSN is set; nothing otherwise.
setup_error_reporting(os.environ, BASE_DIR)
