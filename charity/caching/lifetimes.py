"""How long a computed value is kept: the one way the project remembers anything.

Three lifetimes, each a function and, for methods, a decorator:

- **for the request** (``keep_for_request``): until the response is sent. Wagtail repeats
  some lookups many times while it renders one page (the active language's Locale, the
  list of private sections). Outside a request (background work, management commands,
  tests that call models directly) nothing is kept. A request that changes a privacy
  setting or a locale forgets what it kept (``forget_request_values``).
- **on the instance** (``keep_on_instance``, ``@kept_on_instance``): for as long as the
  object lives. A page asks for its related content from its template and again from its
  structured data; the second ask costs no query. Page instances live for one request.
- **until the next change** (``keep_until_change``, ``keep_many_until_change``): in the
  fragment cache, filed under the current generation (charity.caching.generation), so
  that any change to the site's content forgets it; at most PAGE_CACHE_TIMEOUT seconds,
  since some values depend on the clock. Without the fragment cache (FRAGMENT_CACHE off)
  nothing is kept.

A page combines the last two (``keep_for_page``, ``@kept_for_page``): kept on the
instance, and until the next change when the page was read to be served as published
(``mark_served_live``); a page being previewed, with its unsaved changes, never is.
Template fragments use Wagtail's ``{% wagtailcache %}`` on the same generation
(charity.caching.fragments).
"""

import contextlib
import contextvars
import functools
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from charity.caching.generation import current_generation, safely

_request_values = contextvars.ContextVar("charity_request_values", default=None)


@contextlib.contextmanager
def request_scope():
    """Values kept for the request live within this block (one per request)."""
    token = _request_values.set({})
    try:
        yield
    finally:
        _request_values.reset(token)


def serving_a_request():
    return _request_values.get() is not None


def keep_for_request(key, compute):
    """``compute()``, kept under ``key`` until the response is sent; outside a
    request, computed each time."""
    values = _request_values.get()
    if values is None:
        return compute()
    if key not in values:
        values[key] = compute()
    return values[key]


def forget_request_values(sender=None, **kwargs):
    """A signal receiver: what the current request kept is read again."""
    values = _request_values.get()
    if values is not None:
        values.clear()


def keep_on_instance(instance, name, compute):
    """``compute()``, kept on ``instance`` under ``name``."""
    attribute = f"_kept_{name}"
    try:
        return instance.__dict__[attribute]
    except KeyError:
        value = instance.__dict__[attribute] = compute()
        return value


def kept_on_instance(method):
    """A method taking nothing but ``self`` whose answer is kept on the instance."""

    @functools.wraps(method)
    def wrapper(self):
        return keep_on_instance(self, method.__name__, lambda: method(self))

    return wrapper


def keep_until_change(name, compute, *parts):
    """``compute()``, kept until the next change to the site's content.

    For pieces that cost queries or rendering on many pages, such as the main
    menu, named by ``name`` and ``parts`` (anything with a stable ``repr``: a
    visitor's search words are fine, they are hashed into the key).
    """
    return keep_many_until_change(name, [parts], lambda missing: {parts: compute()})[parts]


def keep_many_until_change(name, parts, compute):
    """``keep_until_change`` for many pieces of one kind at once: ``parts`` name each
    piece (tuples), ``compute(missing)`` returns ``{part: value}`` for those not kept.
    Returns ``{part: value}`` for every part, with one cache round trip to read them."""
    generation = current_generation() if settings.FRAGMENT_CACHE else None
    if generation is None:
        return compute(parts)
    keys = {
        part: f"page-cache:{generation}:{name}:{hashlib.sha256(repr(part).encode()).hexdigest()}"
        for part in parts
    }
    found = safely({}, cache.get_many, list(keys.values()))
    values = {part: found[key] for part, key in keys.items() if key in found}
    missing = [part for part in parts if part not in values]
    if missing:
        computed = compute(missing)
        safely(
            None,
            cache.set_many,
            {keys[part]: value for part, value in computed.items()},
            settings.PAGE_CACHE_TIMEOUT,
        )
        values.update(computed)
    return values


def mark_served_live(page):
    """Mark ``page`` as read from the database to be served as it is published."""
    page.__dict__["_served_live"] = True


def keep_for_page(page, name, compute):
    """``compute()``, kept on ``page`` and, when it is served live, until the next
    change, per page and language."""

    def kept():
        if not page.__dict__.get("_served_live"):
            return compute()
        return keep_until_change(
            f"{page._meta.label_lower}.{name}", compute, page.pk, get_language()
        )

    return keep_on_instance(page, name, kept)


def kept_for_page(method):
    """A method taking nothing but ``self``, kept as ``keep_for_page`` keeps a value."""

    @functools.wraps(method)
    def wrapper(self):
        return keep_for_page(self, method.__name__, lambda: method(self))

    return wrapper
