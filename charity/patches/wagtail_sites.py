"""The request's Site and its settings, kept in the fragment cache until the next change."""

import functools

from django.http.request import split_domain_port

from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Site

from charity.caching.lifetimes import keep_until_change


def remember_sites_until_the_next_change():
    """Wraps ``wagtail.models.sites.Site._find_for_request`` (Wagtail 7.4.4, private), which
    ``Site.find_for_request`` calls once per request: a query Django takes several
    milliseconds to build, whose answer changes only when a Site does. Keyed as Wagtail
    matches, by host name (empty when the Host header is malformed, read with Django
    5.2's private ``HttpRequest._get_raw_host`` as Wagtail does, to skip ALLOWED_HOSTS)
    and port.

    Can go when Wagtail caches the site lookup across requests itself. On upgrade, check
    that ``find_for_request`` still calls ``_find_for_request`` and matches by the same
    host name and port.
    """
    original = Site._find_for_request

    @functools.wraps(original)
    def find_for_request(request):
        hostname = split_domain_port(request._get_raw_host())[0]
        return keep_until_change("site", lambda: original(request), hostname, request.get_port())

    Site._find_for_request = staticmethod(find_for_request)


def remember_site_settings_until_the_next_change():
    """Replaces ``wagtail.contrib.settings.models.BaseSiteSetting.for_request`` (Wagtail
    7.4.4), whose body it copies with one change: the settings are read from the fragment
    cache, where they stay until the next change to the site's content, since every page
    shows them. Like Wagtail's, the answer is kept on the request and given the request in
    its private ``_request`` (page URLs built from the settings then skip the site lookup).

    Can go when Wagtail caches site settings across requests itself. On upgrade, compare
    with the new body (tests/charity/patches/test_patches.py runs both side by side).
    """
    original = BaseSiteSetting.for_request.__func__

    @functools.wraps(original)
    def for_request(cls, request):
        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        site = Site.find_for_request(request)
        site_settings = keep_until_change(
            "site-settings",
            lambda: cls.for_site(site),
            cls._meta.label_lower,
            site.pk if site else None,
        )
        # to allow more efficient page url generation
        site_settings._request = request
        setattr(request, attr_name, site_settings)
        return site_settings

    BaseSiteSetting.for_request = classmethod(for_request)
