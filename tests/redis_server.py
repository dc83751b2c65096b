"""A Redis server of a test's own, shared with other processes as in production."""

import shutil
import socket
import subprocess
import time
from contextlib import contextmanager

import pytest
import redis


def wait_until(condition, errors=(), seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except errors:
            pass
        time.sleep(0.01)
    raise AssertionError("gave up waiting")


@contextmanager
def redis_server(directory):
    """A Redis server on a free port, working in ``directory``; yields its URL."""
    if not shutil.which("redis-server"):
        pytest.fail("redis-server is needed (Debian package redis-server)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", ""],
        cwd=directory,
        stdout=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        wait_until(lambda: redis.Redis.from_url(url).ping(), errors=(redis.ConnectionError,))
        yield url
    finally:
        server.terminate()
        server.wait()
