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

Options: --duration seconds per load run (8), --connections (16), --threads (2).
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

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"
RESULTS = ROOT / "bench-results" / "bench.json"
RENDER_ROUNDS = 5

# The demo Wagtail site this is compared with, measured on the same kind of machine
# (see the performance notes): pages a second without a page cache.
REFERENCE = "a well-known Wagtail demo: 29-84 pages/s, 19-48 queries a page"


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
    """A temporary database, cache, static and media root, removed at the end."""

    def __init__(self):
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
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "scripts")]),
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
        name = parts.path.lstrip("/") + "_bench"
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
        subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=self.env, check=True)

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
            cwd=ROOT,
            env={**workspace.env, **env},
        )
        wait_for(f"{self.base}/healthz")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


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
    static = re.search(rb'href="(/static/css/[^"]+)"', response.content)
    found = {"pages": results, "static": static.group(1).decode() if static else None}
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
        return load_all(server, pages, {}, args, generator, warm=False)
    finally:
        server.stop()


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
    try:
        log(f"Database: {workspace.database}; cache: {workspace.cache}")
        workspace.manage("migrate", "--noinput", "-v0")
        workspace.manage("collectstatic", "--noinput", "-v0")
        seeding = time.monotonic()
        workspace.manage("seed_bench_content")
        seeded_in = round(time.monotonic() - seeding, 1)

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
        workspace.env["BENCH_CEILING_BYTES"] = str(home_bytes)

        log("Load with nothing cached (every request renders and reads everything)...")
        uncached = load_rendered(workspace, pages, args, generator, fragment_cache="0")
        log("Load with every request a page-cache miss (shared pieces cached)...")
        cold = load_rendered(workspace, pages, args, generator, fragment_cache="1")

        log("Load with the page cache, warm, and the ceiling on the same server...")
        extra = {"ceiling": "/bench/ceiling"}
        if measured["static"]:
            extra["static file"] = measured["static"]
        server = Server(workspace, PAGE_CACHE="1", FRAGMENT_CACHE="1")
        try:
            # The ceiling before and after the pages: the machine's load may change meanwhile.
            first_ceiling = load_all(
                server, {}, {"ceiling": "/bench/ceiling"}, args, generator, False
            )
            warm = load_all(server, pages, extra, args, generator, warm=True)
        finally:
            server.stop()
        # The higher of the two: the ratios are not flattered by a slow moment.
        warm["ceiling"] = max(
            first_ceiling["ceiling"], warm["ceiling"], key=lambda run: run["requests_per_second"]
        )
    finally:
        workspace.close()

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
            name: {**page, "uncached": uncached[name], "cold": cold[name], "warm": warm[name]}
            for name, page in measured["pages"].items()
        },
        "ceiling": warm["ceiling"],
        "reference": REFERENCE,
        "total_s": round(time.monotonic() - started, 1),
    }
    if "static file" in warm:
        report["static file"] = warm["static file"]
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    sys.stdout.write(table(report) + "\n")
    sys.stdout.write(
        f"\n{workspace.database}, cache: {workspace.cache}, load: {generator_name} "
        f"-t{args.threads} -c{args.connections} -d{args.duration}s, 2 gunicorn sync workers, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; "
        f"seeded in {seeded_in} s, {report['total_s']} s in all. Written to {RESULTS}.\n"
    )


if __name__ == "__main__":
    main()
