"""Every place the project reaches into Wagtail, wagtail-localize, Django or redis-py internals.

Each module holds the patches of one upstream project or patched object, each patch one
function whose docstring names the upstream code it mirrors or replaces, why the site needs
it and when it can go. Code elsewhere calls the public names (``PageQuerySet.public()``,
``Site.find_for_request()``, ``SiteSettings.for_request()``…) or the functions here,
never the private names themselves.

Upgrading any package of ``PATCHED_FOR`` makes tests/charity/patches/test_patches.py fail
until someone has re-read every patch below against the new upstream code, updated or
removed it, and written the new version here.
"""

# The versions every patch was written for and checked against.
PATCHED_FOR = {
    "wagtail": "7.4.4",
    "wagtail-localize": "1.14.5",
    "django": "5.2.19",
    "redis": "8.1.0",
}
