"""`make loadtest`: the production server under load, then the same while PostgreSQL restarts.

Everything runs on the loopback interface and is removed at the end: a
PostgreSQL instance of its own (initdb in a temporary directory, on a free
port; the machine's own server is never touched), migrated and filled with
the demo content; the production server (gunicorn, 2 workers, DEBUG off,
collected static files) with the page cache off, so that every request
reaches the database.

Two runs of LOADTEST_SECONDS each (60 by default), with LOADTEST_CLIENTS
threads (8) asking for every page of the sitemap and the search page in both
languages, while a writer thread saves redirects through Django's ORM one
transaction at a time and notes each one PostgreSQL acknowledged:

1. steady: every request answers 200, every write is acknowledged;
2. restart: PostgreSQL is restarted (``pg_ctl restart -m fast``) halfway.
   Requests that overlap the restart window, plus LOADTEST_GRACE seconds (3),
   may get a 503, nothing else; every other request answers 200.

After both runs every acknowledged write must be in the database. It prints a
table and exits 1 when any of this fails.
"""

import contextlib
import http.client
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"
SECONDS = float(os.environ.get("LOADTEST_SECONDS", "60"))
CLIENTS = int(os.environ.get("LOADTEST_CLIENTS", "8"))
GRACE = float(os.environ.get("LOADTEST_GRACE", "3"))
REQUEST_TIMEOUT = 30
SEARCHES = ["/fr/recherche/?q=leuc%C3%A9mie", "/en/search/?q=research"]


def log(message):
    sys.stderr.write(f"{message}\n")
    sys.stderr.flush()


def say(line=""):
    sys.stdout.write(f"{line}\n")


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def get(port, path):
    """(status, body) or (the exception's name, b"") when there is no HTTP answer."""
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    try:
        connection.request("GET", path, headers={"Host": HOST})
        response = connection.getresponse()
        return response.status, response.read()
    except OSError as error:
        return type(error).__name__, b""
    finally:
        connection.close()


class PostgreSQL:
    """A throwaway PostgreSQL server, run as the postgres user when we are root."""

    def __init__(self, directory):
        versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=_version)
        if not versions:
            raise SystemExit("PostgreSQL server binaries not found (Debian package postgresql)")
        self.bin = versions[-1].parent
        self.directory = directory / "postgresql"
        self.directory.mkdir()
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_postgres:
            # The postgres user may pass through the temporary directory, not read it.
            directory.chmod(0o711)
            shutil.chown(self.directory, "postgres", "postgres")
        self.data = self.directory / "data"
        self.port = free_port()
        self.url = f"postgres://postgres@{HOST}:{self.port}/charity"

    def run(self, *args):
        subprocess.run(
            [*self.as_postgres, *args], check=True, stdout=subprocess.DEVNULL, cwd=self.directory
        )

    def pg_ctl(self, *args):
        options = f"-p {self.port} -k {self.directory} -c listen_addresses={HOST}"
        self.run(
            self.bin / "pg_ctl", "-D", self.data, "-l", self.directory / "log", "-w",
            "-o", options, *args,
        )  # fmt: skip

    def start(self):
        self.run(self.bin / "initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-EUTF8")
        self.pg_ctl("start")
        port = str(self.port)
        self.run(self.bin / "createdb", "-h", HOST, "-p", port, "-U", "postgres", "charity")

    def restart(self):
        self.pg_ctl("restart", "-m", "fast")

    def stop(self):
        if (self.data / "postmaster.pid").exists():
            self.pg_ctl("stop", "-m", "immediate")


def _version(initdb):
    return int(initdb.parent.parent.name)


class Site:
    """The production server on the throwaway database."""

    def __init__(self, directory, database):
        self.port = free_port()
        self.env = {
            **{name: value for name, value in os.environ.items() if name != "REDIS_URL"},
            "DATABASE_URL": database.url,
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": HOST,
            "SECURE_SSL_REDIRECT": "0",
            "PAGE_CACHE": "0",
            "STATIC_ROOT": str(directory / "static"),
            "MEDIA_ROOT": str(directory / "media"),
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(ROOT),
        }
        self.process = None
        # The server logs each 503 with its traceback: kept out of the report, shown on failure.
        self.log = directory / "server.log"

    def manage(self, *args):
        subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=self.env, check=True)

    def start(self):
        self.manage("migrate", "--noinput", "-v0")
        self.manage("load_demo_content")
        self.manage("collectstatic", "--noinput", "-v0")
        gunicorn = Path(PYTHON).parent / "gunicorn"
        output = self.log.open("wb")
        self.process = subprocess.Popen(
            [gunicorn, "charity.wsgi", "--bind", f"{HOST}:{self.port}", "--workers", "2"]
            # No control socket in the home directory, shared with any other gunicorn.
            + ["--no-control-socket"],
            cwd=ROOT,
            env=self.env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while get(self.port, "/healthz")[0] != 200:
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise SystemExit("the production server did not start")
            time.sleep(0.2)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)

    def pages(self):
        status, body = get(self.port, "/sitemap.xml")
        if status != 200:
            raise SystemExit(f"/sitemap.xml answered {status}")
        paths = [
            re.sub(r"^https?://[^/]+", "", location)
            for location in re.findall(r"<loc>([^<]+)</loc>", body.decode())
        ]
        return sorted(set(paths)) + SEARCHES


class Writer(threading.Thread):
    """Saves redirects through Django's ORM, as a request would, and notes the acknowledged ones."""

    def __init__(self, run):
        super().__init__(daemon=True)
        self.run_name = run
        self.stop = threading.Event()
        self.acknowledged = []
        self.failed = 0

    def run(self):
        from django.db import DatabaseError, close_old_connections, transaction

        from wagtail.contrib.redirects.models import Redirect

        number = 0
        while not self.stop.is_set():
            number += 1
            old_path = f"/loadtest/{self.run_name}/{number}"
            # What Django does around each request: a broken connection is replaced.
            close_old_connections()
            try:
                with transaction.atomic():
                    Redirect.objects.create(old_path=old_path, redirect_link="https://example.org/")
            except DatabaseError:
                self.failed += 1
            else:
                self.acknowledged.append(old_path)
            time.sleep(0.05)
        close_old_connections()


def load(site, pages, seconds, during=None):
    """Requests from CLIENTS threads for ``seconds``; ``during`` runs halfway, timed."""
    results = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(offset):
        index = offset
        while time.monotonic() < deadline:
            path = pages[index % len(pages)]
            index += 1
            started = time.monotonic()
            status, _ = get(site.port, path)
            with lock:
                results.append((started, time.monotonic(), status, path))

    threads = [threading.Thread(target=client, args=(n * 7,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    window = None
    if during:
        time.sleep(seconds / 2)
        began = time.monotonic()
        during()
        window = (began, time.monotonic())
    for thread in threads:
        thread.join()
    return results, window


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))] if ordered else 0.0


def judge(results, window):
    """Statuses, latencies, problems, and when the last refusal came after the restart.

    200 everywhere, or a 503 while the database is away.
    """
    problems = []
    statuses = {}
    last_refusal = None
    for started, ended, status, path in results:
        statuses[status] = statuses.get(status, 0) + 1
        if window and status != 200:
            last_refusal = max(last_refusal or 0.0, ended - window[1])
        in_window = window and ended >= window[0] and started <= window[1] + GRACE
        if status == 200 or (status == 503 and in_window):
            continue
        when = "during the restart" if in_window else "outside any restart"
        problems.append(f"{path}: {status} {when}")
    latencies = [(ended - started) * 1000 for started, ended, _, _ in results]
    return statuses, latencies, problems, last_refusal


def main():
    directory = Path(tempfile.mkdtemp(prefix="charity-loadtest-"))
    database = PostgreSQL(directory)
    site = Site(directory, database)
    try:
        log(f"PostgreSQL {database.bin.parent.name} of our own on port {database.port}")
        database.start()
        site.start()
        os.environ.update(site.env)
        os.environ["DJANGO_SETTINGS_MODULE"] = "charity.settings"
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        pages = site.pages()
        for path in pages:
            status, _ = get(site.port, path)
            if status != 200:
                raise SystemExit(f"warm-up: {path} answered {status}")
        log(f"{len(pages)} pages, {CLIENTS} clients, {SECONDS:g} s a run, gunicorn on {site.port}")

        report = []
        all_problems = []
        acknowledged = []
        for name, during in (("steady", None), ("restart", database.restart)):
            log(f"run: {name}")
            writer = Writer(name)
            writer.start()
            results, window = load(site, pages, SECONDS, during)
            writer.stop.set()
            writer.join()
            statuses, latencies, problems, last_refusal = judge(results, window)
            if name == "steady" and writer.failed:
                problems.append(f"{writer.failed} writes failed with the database up")
            acknowledged += writer.acknowledged
            all_problems += [f"{name}: {problem}" for problem in problems]
            report.append((name, results, statuses, latencies, window, last_refusal, writer))

        from wagtail.contrib.redirects.models import Redirect

        found = set(
            Redirect.objects.filter(old_path__startswith="/loadtest/").values_list(
                "old_path", flat=True
            )
        )
        lost = [path for path in acknowledged if path not in found]
        if lost:
            all_problems.append(f"{len(lost)} acknowledged writes lost, e.g. {lost[:3]}")
        from django.db import connections

        connections.close_all()

        print_table(report, len(found), len(acknowledged))
        for problem in all_problems[:20]:
            say(f"FAIL {problem}")
        if all_problems:
            say(f"FAILED: {len(all_problems)} problems; the server's log ends with:")
            say("\n".join(site.log.read_text(errors="replace").splitlines()[-40:]))
            return 1
        say("OK: no error under load; only 503s while the database restarted; no write lost")
        return 0
    finally:
        site.stop()
        with contextlib.suppress(subprocess.CalledProcessError):
            database.stop()
        shutil.rmtree(directory, ignore_errors=True)


def print_table(report, found, acknowledged):
    say()
    say(
        f"{'run':<8} {'requests':>8} {'req/s':>6} {'p50 ms':>7} {'p99 ms':>7}  statuses"
        f"{'':<14} writes ok/failed"
    )
    for name, results, statuses, latencies, window, last_refusal, writer in report:
        duration = max(ended for _, ended, _, _ in results) - min(s for s, _, _, _ in results)
        counts = ", ".join(f"{code}: {count}" for code, count in sorted(statuses.items(), key=str))
        say(
            f"{name:<8} {len(results):>8} {len(results) / duration:>6.0f} "
            f"{statistics.median(latencies):>7.0f} {percentile(latencies, 0.99):>7.0f}  "
            f"{counts:<22} {len(writer.acknowledged)}/{writer.failed}"
        )
        if window:
            after = "none" if last_refusal is None else f"{last_refusal:+.1f} s"
            say(
                f"{'':9}PostgreSQL restart took {window[1] - window[0]:.1f} s"
                f" (+{GRACE:g} s grace); last 503 answered at {after} from its end"
            )
    say(f"acknowledged writes found afterwards: {found}/{acknowledged}")


if __name__ == "__main__":
    sys.exit(main())
