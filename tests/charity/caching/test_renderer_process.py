"""``manage.py render_stale_pages`` as a supervisor runs it: a process of its own."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parents[3]


def start_renderer(**env):
    return subprocess.Popen(
        [sys.executable, "manage.py", "render_stale_pages"],
        cwd=ROOT,
        env={**os.environ, "DEBUG": "1", **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def alive_keys(client):
    return list(client.scan_iter(match="*page-cache:renderer-alive"))


def test_the_renderer_says_it_runs_and_says_at_once_when_it_is_stopped(shared_redis):
    client = redis.Redis.from_url(shared_redis)
    process = start_renderer(REDIS_URL=shared_redis)
    try:
        deadline = time.monotonic() + 60
        while not alive_keys(client) and time.monotonic() < deadline:
            assert process.poll() is None, process.stderr.read()
            time.sleep(0.2)
        assert alive_keys(client)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)

    assert alive_keys(client) == []
    assert "Rendering stale pages" in process.stdout.read()


def test_the_renderer_refuses_to_start_without_redis():
    env = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    result = subprocess.run(
        [sys.executable, "manage.py", "render_stale_pages"],
        cwd=ROOT,
        env={**env, "DEBUG": "1"},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode != 0
    assert "REDIS_URL" in result.stderr
