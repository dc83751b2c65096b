import pytest


def pytest_collection_modifyitems(items):
    """Browser tests run last: the live server empties every table after each of them, and
    Playwright leaves an asyncio loop running that the ORM and async tests would trip on.

    The tests on the demo content run one after another, where the first of them is, so
    that it is loaded once for all of them (tests/charity/conftest.py)."""
    for item in items:
        if "live_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)
    on_demo_content = {
        position
        for position, item in enumerate(items)
        if "demo_content" in getattr(item, "fixturenames", ())
    }
    first_on_demo_content = min(on_demo_content, default=None)

    def order(position_and_item):
        position, item = position_and_item
        place = first_on_demo_content if position in on_demo_content else position
        return (item.get_closest_marker("browser") is not None, place, position)

    items[:] = [item for _, item in sorted(enumerate(items), key=order)]


@pytest.fixture(autouse=True)
def test_settings(settings):
    """Test-only settings: fast hashing, no outside calls, production-like otherwise."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.WAGTAIL_GRAVATAR_PROVIDER_URL = None
    settings.WAGTAIL_ENABLE_UPDATE_CHECK = False
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
    settings.SECURE_SSL_REDIRECT = False
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    # Query-count tests render a page twice: the page cache would answer the
    # second time, and count what the cache holds. Their own tests turn them on.
    settings.PAGE_CACHE = False
    settings.FRAGMENT_CACHE = False


@pytest.fixture(autouse=True)
def verified_forced_logins(monkeypatch):
    """``client.force_login`` (and ``admin_client``) signs in past the second factor too,
    as if the person had typed a code from an authenticator: tests of the admin are about
    the admin, charity/platform/two_factor.py's own tests sign in step by step."""
    from django.test.client import ClientMixin

    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    force_login = ClientMixin.force_login

    def force_verified_login(client, user, backend=None):
        force_login(client, user, backend)
        device, _ = TOTPDevice.objects.get_or_create(
            user=user, name="Test authenticator", defaults={"confirmed": True}
        )
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()

    monkeypatch.setattr(ClientMixin, "force_login", force_verified_login)


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in French, whatever language the previous one rendered in."""
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture(autouse=True)
def empty_cache():
    """Nothing cached by one test (menus, site root paths) is seen by the next."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def home_page(db):
    from charity.models import HomePage

    return HomePage.objects.get(locale__language_code="fr")


@pytest.fixture
def english_home_page(db):
    from charity.models import HomePage

    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded images go to a throwaway directory rather than the project's media."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def program_index(home_page):
    from tests.factories import ProgramIndexPageFactory

    return ProgramIndexPageFactory(parent=home_page)


@pytest.fixture
def disease_index(home_page):
    from tests.factories import DiseaseIndexPageFactory

    return DiseaseIndexPageFactory(parent=home_page)


@pytest.fixture
def partner_index(home_page):
    from tests.factories import PartnerIndexPageFactory

    return PartnerIndexPageFactory(parent=home_page)


@pytest.fixture
def event_index(home_page):
    from tests.factories import EventIndexPageFactory

    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def english_admin_client(client, admin_user):
    """A superuser whose admin is in English, so labels do not depend on the translations."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user)
    return client


@pytest.fixture
def fragment_cache(settings):
    settings.FRAGMENT_CACHE = True


@pytest.fixture
def without_indexing(settings):
    """Content made only to count a page's queries, left out of the search index and
    the reference index: keeping them up to date takes most of the time it costs."""
    from wagtail.signal_handlers import disable_reference_index_auto_update

    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**backend, "AUTO_UPDATE": False}
        for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    with disable_reference_index_auto_update():
        yield


@pytest.fixture
def shared_redis(settings, monkeypatch, tmp_path):
    """The cache in a Redis server of the test's own, shared with other processes as in
    production; yields its URL."""
    from charity.caching import generation
    from tests.redis_server import redis_server

    with redis_server(tmp_path) as url:
        settings.CACHES = {
            **settings.CACHES,
            "default": {
                "BACKEND": "charity.caching.backend.FailSafeRedisCache",
                "LOCATION": url,
                "KEY_PREFIX": "charity-test",
                "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
            },
        }
        monkeypatch.setattr(generation, "watcher", generation.GenerationWatcher())
        yield url
