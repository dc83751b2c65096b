"""`make bench`'s servers: the site's own settings, plus the ceiling (scripts/bench_urls.py).

scripts/bench.py runs its servers with DJANGO_SETTINGS_MODULE=bench_settings and
scripts/ on the Python path, so the site's own settings and URLs know nothing of it.
"""

from charity.settings import *  # noqa: F403
from charity.settings import PAGE_CACHE_EXCLUDED_PATHS, env_int

ROOT_URLCONF = "bench_urls"
# Measured on every request, never served from the page cache.
PAGE_CACHE_EXCLUDED_PATHS = [*PAGE_CACHE_EXCLUDED_PATHS, "/bench/"]
# As large as the home page: scripts/bench.py sets it once it has rendered one.
BENCH_CEILING_BYTES = env_int("BENCH_CEILING_BYTES", 40_000)
