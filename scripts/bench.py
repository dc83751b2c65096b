"""`make bench`: how fast the main pages are, rendered and under load, cold and from the page cache.

On a fresh database (a SQLite file in a temporary directory, or ``<name>_bench``
on the PostgreSQL server of DATABASE_URL, created and dropped here), with a
realistic amount of content (``seed_bench_content``), this measures each main page:

- in the process, with Django's test client and an empty cache: the SQL queries
  and the median time to answer (render), and the queries of the page's first
  view after a change, when what every page shares (menu, footer, language
  links, site settings) is cached again (column "miss");
- under load, on the production server (gunicorn, 2 sync workers, DEBUG off):
  requests per second and p50/p99 latency with wrk, three times: with nothing
  cached (``PAGE_CACHE=0 FRAGMENT_CACHE=0``: every request renders and reads
  everything), with every request a page-cache miss (``PAGE_CACHE=0``: the
  fragment cache holds the shared pieces, the cards, the routes and the pages'
  related content, as for a new filter or page number, an address with a
  campaign tag, or a logged-in editor), and with the page cache warm;
- the ceiling, on the same server: a constant response as large as the home
  page (added by ``bench_settings``, the settings of every process started
  here), measured before and after the pages (the higher run is kept), and a
  static file served by whitenoise.

It prints a table and writes bench-results/bench.json. The cache is a Redis
server of its own when ``redis-server`` is installed (as in production, shared
by the workers), REDIS_URL when set, process memory otherwise. Load comes from
wrk (Debian package ``wrk``) or, without it, from a small Python load generator
that is itself slower than the server: its figures are a floor.

- from a cold start: an empty Redis and no image rendition made yet (as after a
  deployment on a restored database), every request a page-cache miss after the
  page's first view (``PAGE_CACHE=0``), which must never be slower than nothing cached;
- ``/``, the redirect to the visitor's language, on each server, next to the static file.

With ``--baseline COMMIT`` (``make bench BASELINE=...``) the same is measured for that
commit too, side by side in the same run: a git worktree of it in a temporary directory
(removed at the end), run with this .venv on a database and a Redis of its own, seeded
by its own code; the servers of both run one after the other, scenario by scenario, and
a second table gives both figures and their ratio.

Options: --duration seconds per load run (8), --connections (16), --threads (2);
--load-seconds (60 a half, 0 skips it) and --load-rate (150 visits a second) for the
realistic load of scripts/bench_load.py, run last on the warm server's settings.
"""

import argparse
import http.client
import json
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import bench_load

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"
RESULTS = ROOT / "bench-results" / "bench.json"
RENDER_ROUNDS = 5

# The demo Wagtail site this is compared with, measured on the same kind of machine
# (see the performance notes): pages a second without a page cache.
REFERENCE = "a well-known Wagtail demo: 29-84 pages/s, 19-48 queries a page"
# The address people type, answered with a redirect to their language.
ROOT_ADDRESS = {"root address": "/"}


def log(message):
    sys.stderr.write(f"{message}\n")
    sys.stderr.flush()


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer within {seconds} s")


class Workspace:
    """A temporary database, cache, static and media root, removed at the end, for the
    code in ``root``."""

    def __init__(self, root=ROOT, suffix="_bench"):
        self.root = root
        self.suffix = suffix
        self.directory = Path(tempfile.mkdtemp(prefix="charity-bench-"))
        self.processes = []
        self.dropped_database = None
        self.env = {
            **os.environ,
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": HOST,
            "SECURE_SSL_REDIRECT": "0",
            "STATIC_ROOT": str(self.directory / "static"),
            "MEDIA_ROOT": str(self.directory / "media"),
            "SERVE_MEDIA": "1",
            "LOG_LEVEL": "WARNING",
            # The site's settings and URLs, plus the ceiling (scripts/bench_settings.py).
            "DJANGO_SETTINGS_MODULE": "bench_settings",
            "PYTHONPATH": os.pathsep.join([str(root), str(root / "scripts")]),
        }
        self.cache = self._cache()
        self.database = self._database()

    def _cache(self):
        if os.environ.get("REDIS_URL"):
            # Someone else's Redis: our own key prefix, and never flushed.
            self.env["CACHE_KEY_PREFIX"] = f"charity-bench-{secrets.token_hex(4)}"
            self.owns_cache = False
            return "Redis (REDIS_URL)"
        self.owns_cache = True
        if shutil.which("redis-server"):
            port = free_port()
            self.processes.append(
                subprocess.Popen(
                    ["redis-server", "--port", str(port), "--bind", HOST, "--save", ""]
                    + ["--appendonly", "no"],
                    stdout=subprocess.DEVNULL,
                )
            )
            self.env["REDIS_URL"] = f"redis://{HOST}:{port}/0"
            return "Redis (own server)"
        self.env.pop("REDIS_URL", None)
        log("redis-server not found: each gunicorn worker gets its own cache in memory")
        return "process memory"

    def _database(self):
        url = os.environ.get("DATABASE_URL", "")
        if not url:
            self.env["DATABASE_URL"] = f"sqlite:///{self.directory / 'bench.sqlite3'}"
            return "SQLite"
        parts = urlsplit(url)
        name = parts.path.lstrip("/") + self.suffix
        # Created and dropped from the server's maintenance database.
        server = urlunsplit(parts._replace(path="/postgres"))
        self._postgres(server, f'DROP DATABASE IF EXISTS "{name}"')
        self._postgres(server, f'CREATE DATABASE "{name}"')
        self.dropped_database = (server, name)
        self.env["DATABASE_URL"] = urlunsplit(parts._replace(path=f"/{name}"))
        return f"PostgreSQL ({name})"

    def _postgres(self, url, statement):
        import psycopg

        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(statement)

    def manage(self, *args):
        subprocess.run([PYTHON, "manage.py", *args], cwd=self.root, env=self.env, check=True)

    def prepare(self):
        """Migrate, collect static files and seed; returns the seconds seeding took."""
        self.manage("migrate", "--noinput", "-v0")
        self.manage("collectstatic", "--noinput", "-v0")
        seeding = time.monotonic()
        self.manage("seed_bench_content")
        return round(time.monotonic() - seeding, 1)

    def forget_renditions_and_cache(self):
        """Back to a cold start: no rendition made yet, an empty Redis. False when the
        cache is someone else's (REDIS_URL), which is never flushed."""
        if not self.owns_cache or "REDIS_URL" not in self.env:
            return False
        self.manage(
            "shell",
            "-c",
            "from wagtail.images import get_image_model\n"
            "for image in get_image_model().objects.all(): image.renditions.all().delete()",
        )
        import redis

        redis.Redis.from_url(self.env["REDIS_URL"]).flushall()
        return True

    def close(self):
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        if self.dropped_database:
            url, name = self.dropped_database
            self._postgres(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        shutil.rmtree(self.directory, ignore_errors=True)


class Server:
    """gunicorn as `make serve` runs it, on a free port."""

    def __init__(self, workspace, **env):
        self.port = free_port()
        self.base = f"http://{HOST}:{self.port}"
        self.process = subprocess.Popen(
            [
                str(Path(PYTHON).parent / "gunicorn"),
                "charity.wsgi",
                "--bind",
                f"{HOST}:{self.port}",
                "--workers",
                "2",
                "--worker-class",
                "sync",
            ],
            cwd=workspace.root,
            env={**workspace.env, **env},
        )
        # Beside the web workers as `make serve` starts it, when pages are kept in Redis.
        self.renderer = None
        if env.get("PAGE_CACHE") == "1" and workspace.env.get("REDIS_URL"):
            self.renderer = subprocess.Popen(
                [PYTHON, "manage.py", "render_stale_pages"],
                cwd=workspace.root,
                env={**workspace.env, **env},
                stdout=subprocess.DEVNULL,
            )
        wait_for(f"{self.base}/healthz")

    def stop(self):
        for process in (self.process, self.renderer):
            if process is not None:
                process.terminate()
                process.wait(timeout=30)


def wrk(url, duration, connections, threads):
    output = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "20s"]
        + ["--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    percentiles = {
        int(match[1]): _milliseconds(match[2], match[3])
        for match in re.finditer(r"^\s+(\d+)%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
    }
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    return {
        "requests_per_second": round(rate, 1),
        "p50_ms": percentiles.get(50),
        "p99_ms": percentiles.get(99),
        "errors": int(errors.group(1)) if errors else 0,
    }


def _milliseconds(value, unit):
    return round(float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit], 2)


def python_load(url, duration, connections, threads):
    """Keep-alive clients in threads, for machines without wrk."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    latencies, errors = [], []
    deadline = time.monotonic() + duration

    def client():
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                errors.append(1)
                connection.close()
                connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
                continue
            latencies.append((time.perf_counter() - started) * 1000)
            if response.status >= 400:
                errors.append(1)
            if response.getheader("Connection", "").lower() == "close":
                connection.close()
                connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)

    workers = [threading.Thread(target=client) for _ in range(connections)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    latencies.sort()
    if not latencies:
        return {"requests_per_second": 0, "p50_ms": None, "p99_ms": None, "errors": len(errors)}
    return {
        "requests_per_second": round(len(latencies) / duration, 1),
        "p50_ms": round(latencies[len(latencies) // 2], 2),
        "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], 2),
        "errors": len(errors),
    }


def in_process(owns_cache):
    """Run inside Django (a child process with the bench's environment): queries and render time."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "charity.settings")
    django.setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from charity.caching.generation import purge_all
    from charity.models import EventIndexPage, EventPage, HomePage
    from diseases.models import DiseaseIndexPage, DiseasePage
    from partners.models import PartnerIndexPage, PartnerPage
    from programs.models import ProgramIndexPage, ProgramPage

    def french(model):
        return model.objects.live().filter(locale__language_code="fr")

    disease = french(DiseasePage).order_by("path")[5]
    program_index = french(ProgramIndexPage).get()
    pages = {
        "home": french(HomePage).get().url,
        "program index": program_index.url,
        "program index, filtered": f"{program_index.url}?disease={disease.slug}&status=ongoing",
        "program": french(ProgramPage).order_by("path")[100].url,
        "disease index": french(DiseaseIndexPage).get().url,
        "disease": disease.url,
        "event index": french(EventIndexPage).get().url,
        "event": french(EventPage).filter(start__gte=timezone.now()).order_by("start")[3].url,
        "partner index": french(PartnerIndexPage).get().url,
        "partner": french(PartnerPage).order_by("path")[2].url,
        "search": "/fr/recherche/?q=recherche+enfants",
    }
    client = Client(SERVER_NAME=HOST)

    def render(url):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, (url, response.status_code)
        return response, len(captured.captured_queries), elapsed

    results = {}
    settings.FRAGMENT_CACHE = True
    for name, url in pages.items():
        # Renditions are made on the very first view, once in a site's life: not counted.
        settings.PAGE_CACHE = False
        render(url)
        timings, queries = [], []
        for _ in range(RENDER_ROUNDS):
            if owns_cache:
                cache.clear()
            else:
                purge_all()
            response, count, elapsed = render(url)
            timings.append(elapsed)
            queries.append(count)
        # The page's first view after a change: nothing of it is kept, but what
        # every page shares is, since another page was shown since the change.
        settings.PAGE_CACHE = True
        purge_all()
        render(pages["search"] if url != pages["search"] else pages["home"])
        _, chrome_cached, _ = render(url)
        results[name] = {
            "url": url,
            "queries": max(queries),
            "queries_miss": chrome_cached,
            "render_ms": round(statistics.median(timings), 1),
            "bytes": len(response.content),
        }
    found = {"pages": results}
    sys.stdout.write(json.dumps(found) + "\n")


def load_all(server, pages, extra, args, generator, warm):
    results = {}
    for name, path in {**pages, **extra}.items():
        url = server.base + path
        if warm:
            for _ in range(4):
                urllib.request.urlopen(url).read()
        results[name] = generator(url, args.duration, args.connections, args.threads)
        log(f"  {name}: {results[name]['requests_per_second']} req/s")
    return results


def load_rendered(workspace, pages, args, generator, fragment_cache):
    """Load on a server without the page cache: every request renders its page."""
    server = Server(workspace, PAGE_CACHE="0", FRAGMENT_CACHE=fragment_cache)
    try:
        return load_all(server, pages, ROOT_ADDRESS, args, generator, warm=False)
    finally:
        server.stop()


def load_from_cold_start(workspace, pages, args, generator):
    """Every request a page-cache miss, from an empty Redis and no rendition made yet:
    each page's first view (timed) makes its renditions and keeps its pieces, then load.
    None when the cache is not the bench's own (it is never flushed)."""
    if not workspace.forget_renditions_and_cache():
        log("  skipped: the cache is REDIS_URL's, which the bench never flushes")
        return None
    server = Server(workspace, PAGE_CACHE="0", FRAGMENT_CACHE="1")
    try:
        results = {}
        for name, path in pages.items():
            started = time.perf_counter()
            urllib.request.urlopen(server.base + path).read()
            first_ms = round((time.perf_counter() - started) * 1000, 1)
            results[name] = {
                "first_ms": first_ms,
                **generator(server.base + path, args.duration, args.connections, args.threads),
            }
            rate = results[name]["requests_per_second"]
            log(f"  {name}: first view {first_ms} ms, then {rate} req/s")
        return results
    finally:
        server.stop()


def stylesheet(server, home_path):
    """The address of the stylesheet the server's home page links: its name carries a
    hash of its content, so each tree serves its own."""
    body = urllib.request.urlopen(server.base + home_path).read()
    found = re.search(rb'href="(/static/css/[^"]+)"', body)
    return found.group(1).decode() if found else None


def load_warm(workspace, pages, args, generator):
    """The page cache warm, the ceiling (before and after the pages, the higher kept:
    the ratios are not flattered by a slow moment) and the static file."""
    extra = {"ceiling": "/bench/ceiling", **ROOT_ADDRESS}
    server = Server(workspace, PAGE_CACHE="1", FRAGMENT_CACHE="1")
    try:
        static = stylesheet(server, pages["home"])
        if static:
            extra["static file"] = static
        first_ceiling = load_all(server, {}, {"ceiling": "/bench/ceiling"}, args, generator, False)
        warm = load_all(server, pages, extra, args, generator, warm=True)
    finally:
        server.stop()
    warm["ceiling"] = max(
        first_ceiling["ceiling"], warm["ceiling"], key=lambda run: run["requests_per_second"]
    )
    return warm


SCENARIOS = {
    "cold_start": "Load from a cold start (empty Redis, no rendition yet; page-cache misses)...",
    "uncached": "Load with nothing cached (every request renders and reads everything)...",
    "cold": "Load with every request a page-cache miss (shared pieces cached)...",
    "warm": "Load with the page cache, warm, and the ceiling on the same server...",
}


def run_scenarios(trees, pages, args, generator):
    """Each scenario on each tree's servers in turn: {tree: {scenario: {page: run}}}."""
    runs = {tree: {} for tree in trees}
    for scenario, message in SCENARIOS.items():
        log(message)
        for tree, workspace in trees.items():
            if len(trees) > 1:
                log(f" {tree}:")
            if scenario == "cold_start":
                found = load_from_cold_start(workspace, pages, args, generator)
            elif scenario == "warm":
                found = load_warm(workspace, pages, args, generator)
            else:
                fragment_cache = "1" if scenario == "cold" else "0"
                found = load_rendered(workspace, pages, args, generator, fragment_cache)
            runs[tree][scenario] = found
    return runs


class Baseline:
    """A git worktree of ``commit`` in a temporary directory, removed at the end."""

    def __init__(self, commit):
        self.directory = Path(tempfile.mkdtemp(prefix="charity-baseline-"))
        subprocess.run(
            ["git", "worktree", "add", "--detach", "--quiet", str(self.directory), commit],
            cwd=ROOT,
            check=True,
        )
        self.commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=self.directory,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()

    def close(self):
        subprocess.run(
            ["git", "worktree", "remove", "--force", str(self.directory)], cwd=ROOT, check=False
        )
        shutil.rmtree(self.directory, ignore_errors=True)


def ratio(new, old):
    return f"{new / old:.2f}" if old else "-"


def cold_start_table(report):
    """The miss path from a cold start beside nothing cached: it must never be slower."""
    header = (
        f"{'page':<24}{'uncached':>9}{'first view ms':>14}{'cold start req/s':>17}"
        f"{'p50':>8}{'p99':>8}{'/ uncached':>11}"
    )
    lines = [header, "-" * len(header)]
    for name, page in report["pages"].items():
        start, uncached = page["cold_start"], page["uncached"]["requests_per_second"]
        lines.append(
            f"{name:<24}{uncached:>9}{start['first_ms']:>14}{start['requests_per_second']:>17}"
            f"{start['p50_ms']:>8}{start['p99_ms']:>8}"
            f"{ratio(start['requests_per_second'], uncached):>11}"
        )
    return "\n".join(lines)


def root_address_line(report):
    root, static = report["root address"], report.get("static file")
    line = (
        f"/ (redirect to a language): {root['warm']['requests_per_second']} req/s "
        f"(p50 {root['warm']['p50_ms']} ms); {root['uncached']['requests_per_second']} req/s "
        "on the server with nothing cached"
    )
    if static:
        share = ratio(root["warm"]["requests_per_second"], static["requests_per_second"])
        line += f"; {share} of the static file"
    return line


def baseline_table(report):
    """Both trees' requests a second, scenario by scenario, and their ratio."""
    base = report["baseline"]
    columns = [name for name in SCENARIOS if base["runs"].get(name)]
    header = f"{'page':<24}" + "".join(f"{name + ' base/now (x)':>30}" for name in columns)
    lines = [f"Against {base['commit']}:", header, "-" * len(header)]
    names = [*report["pages"], *ROOT_ADDRESS]
    for name in names:
        cells = []
        for scenario in columns:
            then = base["runs"][scenario].get(name)
            now = report["runs"][scenario].get(name) if report["runs"].get(scenario) else None
            if then is None or now is None:
                cells.append(f"{'':>30}")
                continue
            old, new = then["requests_per_second"], now["requests_per_second"]
            cells.append(f"{f'{old} / {new} ({ratio(new, old)})':>30}")
        lines.append(f"{name:<24}" + "".join(cells))
    return "\n".join(lines)


def table(report):
    ceiling = report["ceiling"]["requests_per_second"]
    header = (
        f"{'page':<24}{'queries':>8}{'miss':>5}{'render ms':>10}{'uncached':>9}"
        f"{'miss req/s':>11}{'miss p50':>9}{'miss p99':>9}"
        f"{'warm req/s':>11}{'warm p50':>9}{'warm p99':>9}{'warm/ceil':>10}"
    )
    lines = [header, "-" * len(header)]
    for name, page in report["pages"].items():
        uncached, cold, warm = page["uncached"], page["cold"], page["warm"]
        lines.append(
            f"{name:<24}{page['queries']:>8}{page['queries_miss']:>5}{page['render_ms']:>10}"
            f"{uncached['requests_per_second']:>9}"
            f"{cold['requests_per_second']:>11}{cold['p50_ms']:>9}{cold['p99_ms']:>9}"
            f"{warm['requests_per_second']:>11}{warm['p50_ms']:>9}{warm['p99_ms']:>9}"
            f"{warm['requests_per_second'] / ceiling:>10.2f}"
        )
    for name in ("ceiling", "static file"):
        if name in report:
            run = report[name]
            lines.append(
                f"{name:<24}{'':>8}{'':>5}{'':>10}{'':>9}{'':>11}{'':>9}{'':>9}"
                f"{run['requests_per_second']:>11}{run['p50_ms']:>9}{run['p99_ms']:>9}"
            )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=8)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument(
        "--load-seconds", type=int, default=60, help="realistic load, each half (0: skip)"
    )
    parser.add_argument("--load-rate", type=int, default=150, help="realistic load, visits/s")
    parser.add_argument(
        "--baseline", metavar="COMMIT", help="measure this commit too, side by side"
    )
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--owns-cache", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.in_process:
        in_process(args.owns_cache)
        return

    if shutil.which("wrk"):
        generator, generator_name = wrk, "wrk"
    else:
        log("wrk is not installed (Debian package wrk): using the Python load generator,")
        log("which is slower than the server, so its figures are a floor.")
        generator, generator_name = python_load, "python"

    started = time.monotonic()
    workspace = Workspace()
    baseline = base = None
    try:
        log(f"Database: {workspace.database}; cache: {workspace.cache}")
        seeded_in = workspace.prepare()
        trees = {"current": workspace}
        if args.baseline:
            baseline = Baseline(args.baseline)
            base = Workspace(root=baseline.directory, suffix="_bench_base")
            log(f"Baseline {baseline.commit}: {base.database}; cache: {base.cache}")
            base.prepare()
            trees = {"baseline": base, "current": workspace}

        log("Rendering each page in the process (queries, render time, empty cache)...")
        command = [PYTHON, __file__, "--in-process"]
        if workspace.owns_cache:
            command.append("--owns-cache")
        measured = json.loads(
            subprocess.run(
                command, cwd=ROOT, env=workspace.env, stdout=subprocess.PIPE, text=True, check=True
            ).stdout
        )
        pages = {name: page["url"] for name, page in measured["pages"].items()}
        home_bytes = measured["pages"]["home"]["bytes"]
        for tree in trees.values():
            tree.env["BENCH_CEILING_BYTES"] = str(home_bytes)

        runs = run_scenarios(trees, pages, args, generator)
        cold_start, uncached = runs["current"]["cold_start"], runs["current"]["uncached"]
        cold, warm = runs["current"]["cold"], runs["current"]["warm"]
        load = None
        if args.load_seconds:
            log("Realistic load (scripts/bench_load.py), without and with publishes...")
            load = bench_load.realistic_load(workspace, Server, args.load_seconds, args.load_rate)
    finally:
        workspace.close()
        if base is not None:
            base.close()
        if baseline is not None:
            baseline.close()

    report = {
        "machine": {"cpus": os.cpu_count(), "load_average": os.getloadavg()},
        "database": workspace.database,
        "cache": workspace.cache,
        "load_generator": generator_name,
        "duration_s": args.duration,
        "connections": args.connections,
        "threads": args.threads,
        "seeded_in_s": seeded_in,
        "home_page_bytes": home_bytes,
        "pages": {
            name: {
                **page,
                "uncached": uncached[name],
                "cold": cold[name],
                "warm": warm[name],
                **({"cold_start": cold_start[name]} if cold_start else {}),
            }
            for name, page in measured["pages"].items()
        },
        "root address": {
            scenario: runs["current"][scenario]["root address"]
            for scenario in ("uncached", "cold", "warm")
        },
        "runs": runs["current"],
        "ceiling": warm["ceiling"],
        "reference": REFERENCE,
        "total_s": round(time.monotonic() - started, 1),
    }
    if "static file" in warm:
        report["static file"] = warm["static file"]
    if load:
        report["realistic_load"] = load
    if baseline is not None:
        report["baseline"] = {
            "commit": baseline.commit,
            "database": base.database,
            "runs": runs["baseline"],
        }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    sys.stdout.write(table(report) + "\n")
    sys.stdout.write("\n" + root_address_line(report) + "\n")
    if cold_start:
        sys.stdout.write("\n" + cold_start_table(report) + "\n")
    if baseline is not None:
        sys.stdout.write("\n" + baseline_table(report) + "\n")
    if load:
        sys.stdout.write("\n" + bench_load.table(load) + "\n")
    sys.stdout.write(
        f"\n{workspace.database}, cache: {workspace.cache}, load: {generator_name} "
        f"-t{args.threads} -c{args.connections} -d{args.duration}s, 2 gunicorn sync workers, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; "
        f"seeded in {seeded_in} s, {report['total_s']} s in all. Written to {RESULTS}.\n"
    )


if __name__ == "__main__":
    main()
