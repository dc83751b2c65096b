"""The project's settings read in a process of their own, under a given environment."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_with_settings(script, unset=(), **env):
    """The finished process that ran the Python ``script`` with the project's settings
    (DEBUG on), the variables in ``unset`` left out of the environment and ``env`` added."""
    clean = {key: value for key, value in os.environ.items() if key not in unset}
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "charity.settings", "DEBUG": "1", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def read_settings(expression, unset=(), **env):
    """The finished process that printed ``expression`` (about ``settings``) as JSON.

    Reading the settings module is enough: loading every app too (django.setup) would
    triple the process's time and choose nothing.
    """
    script = f"import json; from django.conf import settings; print(json.dumps({expression}))"
    return run_with_settings(script, unset, **env)
