"""Answers kept on an instance for as long as it lives.

A page asks for its related content from its template and again from its
structured data; the second ask should cost no query. Page instances live for
one request, so nothing kept here outlives the data it was read from.
"""

import functools


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
