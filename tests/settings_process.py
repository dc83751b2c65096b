"""The project's settings read in a process of their own, under a given environment."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def read_settings(expression, unset=(), **env):
    """The finished process that printed ``expression`` (about ``settings``) as JSON, with
    the variables in ``unset`` left out of the environment and ``env`` added to it.

    Reading the settings module is enough: loading every app too (django.setup) would
    triple the process's time and choose nothing.
    """
    clean = {key: value for key, value in os.environ.items() if key not in unset}
    script = f"import json; from django.conf import settings; print(json.dumps({expression}))"
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "charity.settings", "DEBUG": "1", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
