"""Counting what a visitor asks for, per window, in the shared cache."""

import socket

from django.core.cache import cache

from charity.platform.rate_limits import count_in_window


def test_counts_each_request_of_a_window_under_its_own_key():
    cache.clear()
    assert [count_in_window("signups:a", 60) for _ in range(3)] == [1, 2, 3]
    assert count_in_window("signups:b", 60) == 1


def test_a_new_window_starts_from_one():
    cache.clear()
    count_in_window("signups:a", 60)
    cache.delete("signups:a")  # as when the window expires
    assert count_in_window("signups:a", 60) == 1


def test_a_cache_that_cannot_be_reached_counts_nothing(settings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port}/0",
        }
    }
    assert count_in_window("signups:a", 60) == 0
