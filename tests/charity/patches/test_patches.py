"""The reaches into Wagtail, wagtail-localize, Django and redis-py internals (charity.patches)
are checked against the versions they were written for, and behave as the originals."""

import importlib.metadata

from django.contrib.auth.models import Group
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.http import Http404
from django.test import RequestFactory

from wagtail.admin.panels import PublishingPanel
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.query import PageQuerySet

import pytest

import charity.patches
from charity.caching.middleware import RequestScopeMiddleware
from charity.foundations.admin_dates import LocalizedDateTimeInput, LocalizedPublishingPanel
from charity.models import HomePage, SiteSettings
from charity.patches.django_redis import ReusedClientRedisCacheClient
from tests.factories import EventPageFactory, ProgramPageFactory, StandardPageFactory


def test_the_patches_were_written_for_the_installed_versions():
    installed = {
        package: importlib.metadata.version(package) for package in charity.patches.PATCHED_FOR
    }
    changed = {
        package: f"{patched_for} -> {installed[package]}"
        for package, patched_for in charity.patches.PATCHED_FOR.items()
        if installed[package] != patched_for
    }
    assert not changed, (
        f"Upgraded: {changed}. Re-read every patch in charity/patches/ (each function's "
        "docstring names the upstream code it mirrors), compare it with the new upstream "
        "code, update or remove it, then write the new versions in PATCHED_FOR "
        "(charity/patches/__init__.py)."
    )


def during_a_request(compute):
    """``compute()`` as a page being served runs it, with the per-request memo on."""
    answers = []
    RequestScopeMiddleware(lambda request: answers.append(compute()))(RequestFactory().get("/"))
    return answers[0]


def restrict(page, restriction_type, groups=(), password=""):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password=password
    )
    restriction.groups.set(groups)
    return restriction


@pytest.fixture
def private_and_public_pages(home_page):
    """A page of each kind of restriction, a page below each, and public pages."""
    board = Group.objects.create(name="Conseil d'administration")
    pages = {"home": home_page, "public": StandardPageFactory(parent=home_page)}
    pages["public child"] = StandardPageFactory(parent=pages["public"])
    for name, restriction_type, groups, password in [
        ("password", PageViewRestriction.PASSWORD, (), "secret"),
        ("login", PageViewRestriction.LOGIN, (), ""),
        ("groups", PageViewRestriction.GROUPS, (board,), ""),
    ]:
        section = StandardPageFactory(parent=home_page)
        restrict(section, restriction_type, groups, password)
        pages[name] = section
        pages[f"{name} child"] = StandardPageFactory(parent=section)
        pages[f"{name} grandchild"] = StandardPageFactory(parent=pages[f"{name} child"])
    # An alias follows its source's restrictions wherever it stands.
    pages["alias of login"] = pages["login"].create_alias(
        parent=pages["public"], update_slug="alias-of-login"
    )
    return pages


def public_pks(private_q):
    pages = Page.objects.all()
    return set(pages.exclude(private_q(pages)).values_list("pk", flat=True))


@pytest.mark.django_db
@pytest.mark.parametrize("cached", [False, True], ids=["no fragment cache", "fragment cache"])
def test_private_sections_are_those_wagtail_finds(settings, private_and_public_pages, cached):
    settings.FRAGMENT_CACHE = cached
    original = PageQuerySet.private_q.__wrapped__
    expected = public_pks(original)

    assert public_pks(PageQuerySet.private_q) == expected
    assert during_a_request(lambda: public_pks(PageQuerySet.private_q)) == expected
    pages = private_and_public_pages
    assert {pages["public"].pk, pages["public child"].pk} <= expected
    for kind in ("password", "login", "groups"):
        for name in (kind, f"{kind} child", f"{kind} grandchild"):
            assert pages[name].pk not in expected


@pytest.mark.django_db
def test_without_private_sections_every_page_is_public_as_for_wagtail(home_page):
    StandardPageFactory(parent=home_page)
    original = PageQuerySet.private_q.__wrapped__

    assert during_a_request(lambda: public_pks(PageQuerySet.private_q)) == public_pks(original)
    assert public_pks(original) == set(Page.objects.values_list("pk", flat=True))


def restrictions_by_page(pages, get_view_restrictions):
    return {
        name: sorted(restriction.pk for restriction in get_view_restrictions(page))
        for name, page in pages.items()
    }


@pytest.mark.django_db
@pytest.mark.parametrize("cached", [False, True], ids=["no fragment cache", "fragment cache"])
def test_each_page_has_the_restrictions_wagtail_finds(settings, private_and_public_pages, cached):
    settings.FRAGMENT_CACHE = cached
    pages = {name: Page.objects.get(pk=page.pk) for name, page in private_and_public_pages.items()}
    expected = restrictions_by_page(pages, Page.get_view_restrictions.__wrapped__)

    assert restrictions_by_page(pages, Page.get_view_restrictions) == expected
    assert during_a_request(lambda: restrictions_by_page(pages, Page.get_view_restrictions)) == (
        expected
    )
    assert expected["alias of login"] == expected["login grandchild"] == expected["login"] != []
    assert expected["public child"] == []


@pytest.mark.django_db
def test_without_private_sections_no_page_has_restrictions(home_page):
    page = StandardPageFactory(parent=home_page)

    restrictions = during_a_request(lambda: list(page.get_view_restrictions()))

    assert restrictions == list(Page.get_view_restrictions.__wrapped__(page)) == []


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", ["fr", "en", "fr-fr"])
def test_a_locale_is_the_one_wagtail_finds(fragment_cache, language_code):
    original = type(Locale.objects).get_for_language.__wrapped__

    found = during_a_request(lambda: Locale.objects.get_for_language(language_code))

    assert found == original(Locale.objects, language_code)


@pytest.mark.django_db
def test_an_unknown_language_has_no_locale_as_for_wagtail(fragment_cache):
    original = type(Locale.objects).get_for_language.__wrapped__

    with pytest.raises(LookupError):
        original(Locale.objects, "de")
    with pytest.raises(LookupError):
        during_a_request(lambda: Locale.objects.get_for_language("de"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "host", ["localhost", "localhost:8000", "autre.example.org", "autre.example.org:81", "[::1"]
)
def test_a_request_has_the_site_wagtail_finds(fragment_cache, home_page, host):
    Site.objects.create(hostname="autre.example.org", port=81, root_page=home_page)
    original = Site._find_for_request.__wrapped__

    def site_for(host):
        return RequestFactory().get("/", HTTP_HOST=host)

    assert Site.find_for_request(site_for(host)) == original(site_for(host))
    # Asked again, from the fragment cache.
    assert Site.find_for_request(site_for(host)) == original(site_for(host))


@pytest.mark.django_db
def test_site_settings_are_those_wagtail_gives_the_request(fragment_cache, home_page):
    SiteSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True), defaults={"contact_email": "a@example.org"}
    )
    original = BaseSiteSetting.for_request.__func__.__wrapped__
    request, wagtails_request = RequestFactory().get("/"), RequestFactory().get("/")

    found = SiteSettings.for_request(request)
    expected = original(SiteSettings, wagtails_request)

    assert (found.pk, found.contact_email) == (expected.pk, expected.contact_email)
    assert found._request is request
    assert SiteSettings.for_request(request) is found
    assert getattr(request, SiteSettings.get_cache_attr_name()) is found


def route(page, route_method, path):
    """The page a path leads to from ``page``, with the view a routable page chose."""
    request = RequestFactory().get(path)
    try:
        found = route_method(page, request, [part for part in path.split("/") if part])
    except Http404:
        return None
    view, args, kwargs = found.args if found.args else (None, (), {})
    return found.page.pk, getattr(view, "__name__", None), list(args), kwargs


@pytest.mark.django_db
@pytest.mark.parametrize("cached", [False, True], ids=["no fragment cache", "fragment cache"])
def test_the_home_page_routes_every_path_as_wagtail(settings, program_index, event_index, cached):
    settings.FRAGMENT_CACHE = cached
    program = ProgramPageFactory()
    draft = ProgramPageFactory()
    draft.unpublish()
    event = EventPageFactory()
    home = HomePage.objects.get(pk=program_index.get_parent().pk)
    paths = [
        "",
        program_index.slug,
        f"{program_index.slug}/{program.slug}",
        f"{program_index.slug}/{draft.slug}",
        f"{program_index.slug}/{program.slug}/rien",
        f"{program_index.slug}/rien/du-tout",
        f"{event_index.slug}/{event.slug}",
        f"{event_index.slug}/{event.slug}/calendar.ics",
        "rien",
    ]

    routed = {path: route(home, HomePage.route, path) for path in paths}

    assert routed == {path: route(home, Page.route, path) for path in paths}
    assert routed[f"{event_index.slug}/{event.slug}/calendar.ics"][1] is not None
    assert routed[f"{program_index.slug}/{draft.slug}"] is None


@pytest.mark.django_db
def test_the_publishing_dialog_keeps_wagtails_fields_with_localized_dates():
    localized, wagtails = LocalizedPublishingPanel(), PublishingPanel()

    assert [child.field_name for child in localized.children] == ["go_live_at", "expire_at"]
    for child, original in zip(localized.children, wagtails.children, strict=True):
        assert child.field_name == original.field_name
        assert isinstance(child.widget, LocalizedDateTimeInput)
        assert child.widget.js_overlay_parent_selector == original.widget.js_overlay_parent_selector
        assert child.widget.attrs == original.widget.attrs
    for child in localized.clone().children:
        assert isinstance(child.widget, LocalizedDateTimeInput)


def test_one_redis_client_per_pool_as_django_would_build_it():
    # Pools connect only when a command is sent: no Redis server needed.
    servers = "redis://127.0.0.1:1/0"
    reused = ReusedClientRedisCacheClient([servers])
    djangos = RedisCacheClient([servers])

    client = reused.get_client(write=True)

    assert type(client) is type(djangos.get_client(write=True))
    assert client.connection_pool is reused._get_connection_pool(write=True)
    assert reused.get_client(write=True) is client
    assert reused.get_client("a key") is client
    assert isinstance(RedisCache(servers, {})._cache, RedisCacheClient)
