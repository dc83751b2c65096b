"""Logs as JSON lines (LOG_FORMAT=json): every line parses, exceptions travel with it."""

import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

from django.test import Client
from django.urls import path

import pytest

from charity.platform.log_format import JsonLinesFormatter

ROOT = Path(__file__).resolve().parents[3]


class ReportFailed(Exception):
    pass


def view_that_fails(request):
    raise ReportFailed("the funding report could not be built")


urlpatterns = [path("report/", view_that_fails)]


@pytest.fixture
def json_log_lines():
    """The lines a JSON handler on the root logger writes while the test runs."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLinesFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    yield lambda: stream.getvalue().splitlines()
    root.removeHandler(handler)


def test_a_record_is_one_json_object_on_one_line(json_log_lines):
    logging.getLogger("charity.tests").warning("Two lines\nfor %s", "Margo")

    [line] = json_log_lines()
    entry = json.loads(line)
    assert entry["level"] == "WARNING"
    assert entry["logger"] == "charity.tests"
    assert entry["message"] == "Two lines\nfor Margo"
    assert entry["time"].endswith("+00:00")
    assert "exception" not in entry


def test_an_exception_travels_with_its_record(json_log_lines):
    try:
        raise ZeroDivisionError("no programs to divide the funds between")
    except ZeroDivisionError:
        logging.getLogger("charity.tests").exception("Could not share the funds")

    [line] = json_log_lines()
    entry = json.loads(line)
    assert entry["level"] == "ERROR"
    assert entry["message"] == "Could not share the funds"
    assert entry["exception"].startswith("Traceback (most recent call last):")
    assert "ZeroDivisionError: no programs to divide the funds between" in entry["exception"]


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_a_failed_request_carries_its_path_and_status(json_log_lines):
    response = Client(raise_request_exception=False).get("/report/?year=2025")
    assert response.status_code == 500

    entries = [json.loads(line) for line in json_log_lines()]
    [entry] = [entry for entry in entries if entry["logger"] == "django.request"]
    assert entry["level"] == "ERROR"
    assert entry["path"] == "/report/"
    assert entry["status"] == 500
    assert "ReportFailed: the funding report could not be built" in entry["exception"]


def log_from_the_settings(**environ):
    script = (
        "import django, logging; django.setup(); log = logging.getLogger('charity.tests')\n"
        "try:\n    1 / 0\nexcept ZeroDivisionError:\n    log.exception('Division failed')"
    )
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "charity.settings", "DEBUG": "1", **environ},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_settings_write_json_lines_when_asked():
    result = log_from_the_settings(LOG_FORMAT="json")
    assert result.returncode == 0, result.stderr
    [entry] = [json.loads(line) for line in result.stderr.splitlines()]
    assert entry["logger"] == "charity.tests"
    assert entry["message"] == "Division failed"
    assert "ZeroDivisionError: division by zero" in entry["exception"]


def test_the_settings_write_plain_text_by_default():
    result = log_from_the_settings(LOG_FORMAT="")
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("Division failed\nTraceback (most recent call last):")


def test_the_settings_refuse_an_unknown_log_format():
    result = log_from_the_settings(LOG_FORMAT="xml")
    assert result.returncode != 0
    assert result.stderr.strip() == "LOG_FORMAT must be text or json, not 'xml'."
