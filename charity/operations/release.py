"""A release's last step: forget what the caches hold when the code that filled them changed.

Values kept until the next change are pickled model instances and rendered HTML: after
a release that moves a class, a template or a stylesheet, the old ones would name
classes that no longer exist or link to static files that are gone. The code's
fingerprint (its Python modules, templates, static sources and compiled translations)
is kept in the cache beside the generation; a release whose fingerprint differs moves
to the next generation, the same purge as a publish.
"""

import hashlib
from pathlib import Path

from django.conf import settings
from django.core.cache import cache

from charity.caching.generation import purge_all

FINGERPRINT_KEY = "release:code-fingerprint"
CODE = {
    "charity": "**/*.py",
    "programs": "**/*.py",
    "diseases": "**/*.py",
    "partners": "**/*.py",
    "templates": "**/*.html",
    "static": "**/*",
    "locale": "**/*.mo",
}


def code_fingerprint(root=None):
    """A digest of every file whose change can change what the caches hold."""
    root = Path(root or settings.BASE_DIR)
    digest = hashlib.sha256()
    for directory, pattern in CODE.items():
        for path in sorted((root / directory).glob(pattern)):
            if path.is_file():
                digest.update(str(path.relative_to(root)).encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def purge_if_code_changed(fingerprint=None):
    """Purge the caches unless they were filled by this very code; True when purged."""
    fingerprint = fingerprint or code_fingerprint()
    if cache.get(FINGERPRINT_KEY) == fingerprint:
        return False
    purge_all()
    cache.set(FINGERPRINT_KEY, fingerprint, timeout=None)
    return True
