"""Answers kept on an instance for as long as it lives.

A page asks for its related content from its template and again from its
structured data; the second ask should cost no query. Page instances live for
one request, so nothing kept here outlives the data it was read from.

A page served to visitors (``served_live``) may also keep the answers of its
``remembered_method``s in the fragment cache, until the next change to the
site's content: a page being previewed, with its unsaved changes, never does.
"""

import functools

from django.utils.translation import get_language

from charity.page_cache import remember


def memoized(instance, name, compute):
    """``compute()``, kept on ``instance`` under ``name``."""
    attribute = f"_memoized_{name}"
    try:
        return instance.__dict__[attribute]
    except KeyError:
        value = instance.__dict__[attribute] = compute()
        return value


def memoized_method(method):
    """A method taking nothing but ``self`` whose answer is kept on the instance."""

    @functools.wraps(method)
    def wrapper(self):
        return memoized(self, method.__name__, lambda: method(self))

    return wrapper


def served_live(page):
    """Mark ``page`` as read from the database to be served as it is published."""
    page.__dict__["_served_live"] = True


def remembered(page, name, compute):
    """``compute()``, kept on ``page`` and, when it is served live, in the
    fragment cache per page and language."""

    def kept():
        if not page.__dict__.get("_served_live"):
            return compute()
        return remember(f"{page._meta.label_lower}.{name}", compute, page.pk, get_language())

    return memoized(page, name, kept)


def remembered_method(method):
    """A ``memoized_method`` whose answer, on a page served live, is also kept in
    the fragment cache, per page and language."""

    @functools.wraps(method)
    def wrapper(self):
        return remembered(self, method.__name__, lambda: method(self))

    return wrapper
