"""`make bench`'s realistic load: a site's visitors, its editors and their publishes at once.

Visitors come at a steady rate (an open loop: a slow answer does not slow the
arrivals, as with real visitors), spread over every public page in both languages
with the popularity of a real site (Zipf: the page of rank r gets a share in 1/r,
so the home pages and indexes take most visits), some with campaign tags in their
address (utm_*, from a few campaigns), some logged-in editors (a session cookie of
a staff member created in the bench database). The run has two halves of the
same length on a page cache warmed by one visit of each page: without publishes,
then with an editor publishing a program every PUBLISH_EVERY seconds (a process
of its own on the servers' database and Redis). For each half: throughput, p50,
p99 and the slowest request, measured from the time each request was due, for
every request and per kind of visitor, and what the page cache answered.

Run by scripts/bench.py (``--load-seconds``, ``--load-rate``), or on its own:
``python scripts/bench_load.py --seconds 60 --rate 150`` (a fresh bench database).
"""

import argparse
import http.client
import json
import queue
import random
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PUBLISH_EVERY = 30
# Zipf's exponent: 1 is the classic web popularity curve.
ZIPF_EXPONENT = 1.0
CAMPAIGN_SHARE = 0.10
EDITOR_SHARE = 0.02
CAMPAIGNS = [
    "utm_source=lettre&utm_medium=email&utm_campaign=decembre",
    "utm_source=facebook&utm_medium=social&utm_campaign=septembre-en-or",
    "utm_source=linkedin&utm_medium=social",
    "utm_source=partenaire&utm_medium=referral&utm_campaign=course-2026",
]
CLIENT_THREADS = 48
# The goal with publishes: p99 under 50 ms, nothing over 250 ms.
GOAL_P99_MS, GOAL_MAX_MS = 50, 250
EDITOR = "bench-editor"


def log(message):
    sys.stderr.write(f"{message}\n")
    sys.stderr.flush()


def prepare():
    """In the bench's environment: every public address by popularity, an editor's
    session, and the programs the publisher edits (JSON on stdout)."""
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.contrib.sessions.backends.cached_db import SessionStore

    from wagtail.models import Page

    from programs.models import ProgramPage

    pages = list(Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"))
    # The home pages first, then the indexes (pages with children), then the rest.
    homes = [page.url for page in pages if page.depth == 2]
    indexes = [page.url for page in pages if page.depth == 3 and not page.is_leaf()]
    first = set(homes) | set(indexes)
    rest = [page.url for page in pages if page.url not in first]
    random.Random(2026).shuffle(rest)
    searches = ["/fr/recherche/?q=leucemie", "/en/search/?q=brain+tumour"]
    urls = [*homes, "/", *indexes, *searches, *rest]
    urls = [url for url in dict.fromkeys(urls) if url]

    user, _ = get_user_model().objects.get_or_create(
        username=EDITOR, defaults={"email": "editor@bench.invalid", "is_staff": True}
    )
    user.set_unusable_password()
    user.save()
    user.groups.add(*Group.objects.filter(name="Editors"))
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()

    french_programs = ProgramPage.objects.live().filter(locale__language_code="fr")
    popular = [page.pk for page in french_programs.order_by("path")[:5]]
    sys.stdout.write(
        json.dumps(
            {
                "urls": urls,
                "cookie": f"{settings.SESSION_COOKIE_NAME}={session.session_key}",
                "programs": popular,
            }
        )
        + "\n"
    )


def publisher(start, seconds, program_ids):
    """In the bench's environment: from ``start`` (a Unix time), publish a program every
    PUBLISH_EVERY seconds, as an editor would; one JSON line per publish."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model

    from programs.models import ProgramPage

    editor = get_user_model().objects.get(username=EDITOR)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    count = 0
    while True:
        due = start + 5 + count * PUBLISH_EVERY
        if due > start + seconds - 1:
            return
        time.sleep(max(0, due - time.time()))
        page = ProgramPage.objects.get(pk=program_ids[count % len(program_ids)])
        summary = page.summary.split(" [")[0][: ProgramPage.summary.field.max_length - 8]
        page.summary = f"{summary} [{count + 1}]"
        began = time.time()
        # Editors' publishes go through moderation in the admin: the bench times the publish itself.
        page.save_revision(user=editor).publish(user=editor, skip_permission_checks=True)
        sys.stdout.write(
            json.dumps({"at": round(began - start, 1), "ms": round((time.time() - began) * 1000)})
            + "\n"
        )
        sys.stdout.flush()
        count += 1


def visits(urls, cookie, count, seed):
    """``count`` visits: (path, headers, kind), drawn by popularity."""
    rng = random.Random(seed)
    weights = [1 / (rank**ZIPF_EXPONENT) for rank in range(1, len(urls) + 1)]
    paths = rng.choices(urls, weights=weights, k=count)
    chosen = []
    for path in paths:
        headers = {"Accept-Encoding": "gzip, deflate, br", "Accept-Language": "fr-FR,fr;q=0.9"}
        draw = rng.random()
        if draw < EDITOR_SHARE:
            headers["Cookie"] = cookie
            chosen.append((path, headers, "editor"))
        elif draw < EDITOR_SHARE + CAMPAIGN_SHARE and "?" not in path and path != "/":
            chosen.append((f"{path}?{rng.choice(CAMPAIGNS)}", headers, "campaign"))
        else:
            chosen.append((path, headers, "visitor"))
    return chosen


def open_loop(port, planned, rate):
    """Each visit sent at its due time (``rate`` a second) by a pool of clients; its
    latency counts from that due time, so waiting for a free client counts too."""
    jobs = queue.Queue()
    results = []
    started = time.perf_counter() + 0.5
    for index, (path, headers, kind) in enumerate(planned):
        jobs.put((started + index / rate, path, headers, kind))

    def client():
        while True:
            try:
                due, path, headers, kind = jobs.get_nowait()
            except queue.Empty:
                return
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
                status, outcome = response.status, response.getheader("X-Page-Cache", "none")
            except (OSError, http.client.HTTPException):
                status, outcome = 0, "error"
            finally:
                connection.close()
            results.append((kind, (time.perf_counter() - due) * 1000, status, outcome, path))

    threads = [threading.Thread(target=client) for _ in range(CLIENT_THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.perf_counter() - started


def summary(results, elapsed):
    def figures(latencies):
        latencies = sorted(latencies)
        if not latencies:
            return {"requests": 0}
        return {
            "requests": len(latencies),
            "p50_ms": round(statistics.median(latencies), 1),
            "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], 1),
            "max_ms": round(latencies[-1], 1),
            "over_250_ms": sum(1 for latency in latencies if latency > GOAL_MAX_MS),
        }

    slowest = max(results, key=lambda result: result[1])
    return {
        "requests_per_second": round(len(results) / elapsed, 1),
        **figures([result[1] for result in results]),
        "errors": sum(1 for result in results if not 200 <= result[2] < 400),
        "slowest": {"kind": slowest[0], "path": slowest[4], "page_cache": slowest[3]},
        "by_kind": {
            kind: {
                **figures([result[1] for result in results if result[0] == kind]),
                "page_cache": dict(Counter(result[3] for result in results if result[0] == kind)),
            }
            for kind in ("visitor", "campaign", "editor")
        },
        "page_cache": dict(Counter(result[3] for result in results)),
    }


def django_child(workspace, *args, **kwargs):
    return subprocess.Popen(
        [PYTHON, __file__, *args],
        cwd=ROOT,
        env=workspace.env,
        stdout=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def realistic_load(workspace, server_class, seconds, rate):
    """Both halves on one server with the page cache: a dict for bench.json."""
    prepared = django_child(workspace, "--prepare")
    found = json.loads(prepared.communicate()[0])
    urls, cookie = found["urls"], found["cookie"]
    server = server_class(workspace, PAGE_CACHE="1", FRAGMENT_CACHE="1")
    try:
        log(f"  warming the page cache: {len(urls)} addresses...")
        warm = [(url, {"Accept-Encoding": "gzip"}, "visitor") for url in urls]
        open_loop(server.port, warm, rate=min(rate, 50))
        count = int(seconds * rate)
        log(f"  {seconds} s at {rate} visits/s without publishes...")
        quiet = summary(*open_loop(server.port, visits(urls, cookie, count, 1), rate))
        start = time.time() + 8
        publishing = django_child(
            workspace,
            "--publisher",
            "--start",
            str(start),
            "--seconds",
            str(seconds),
            "--programs",
            ",".join(map(str, found["programs"])),
        )
        assert publishing.stdout.readline().strip() == "ready"
        time.sleep(max(0, start - time.time() - 0.5))
        log(f"  {seconds} s at {rate} visits/s, a publish every {PUBLISH_EVERY} s...")
        busy = summary(*open_loop(server.port, visits(urls, cookie, count, 2), rate))
        publishes = [json.loads(line) for line in publishing.communicate()[0].splitlines()]
    finally:
        server.stop()
    return {
        "addresses": len(urls),
        "rate": rate,
        "seconds": seconds,
        "zipf_exponent": ZIPF_EXPONENT,
        "campaign_share": CAMPAIGN_SHARE,
        "editor_share": EDITOR_SHARE,
        "without_publishes": quiet,
        "with_publishes": busy,
        "publishes": publishes,
    }


def table(load):
    header = (
        f"{'realistic load':<28}{'req/s':>8}{'p50 ms':>10}{'p99 ms':>10}{'max ms':>10}"
        f"{'>250ms':>7}{'errors':>7}  page cache"
    )
    lines = [header, "-" * len(header)]
    for name, key in (
        ("without publishes", "without_publishes"),
        ("with publishes", "with_publishes"),
    ):
        run = load[key]
        rows = [(name, run)] + [(f"  {kind}", figures) for kind, figures in run["by_kind"].items()]
        for label, figures in rows:
            if not figures.get("requests"):
                continue
            extra = ", ".join(f"{k} {v}" for k, v in sorted(figures["page_cache"].items()))
            rate = f"{run['requests_per_second']}" if figures is run else f"{figures['requests']}"
            lines.append(
                f"{label:<28}{rate:>8}{figures['p50_ms']:>10}{figures['p99_ms']:>10}"
                f"{figures['max_ms']:>10}{figures['over_250_ms']:>7}"
                f"{run['errors'] if figures is run else '':>7}  {extra}"
            )
        lines.append(f"{'':<28}slowest: {run['slowest']}")
    busy = load["with_publishes"]
    met = busy["p99_ms"] < GOAL_P99_MS and busy["max_ms"] <= GOAL_MAX_MS
    lines.append(
        f"{load['addresses']} addresses, Zipf {load['zipf_exponent']}, "
        f"{load['campaign_share']:.0%} campaign tags, {load['editor_share']:.0%} editors, "
        f"{load['rate']} visits/s for {load['seconds']} s a half (rows per kind: requests); "
        f"publishes at {[p['at'] for p in load['publishes']]} s. Goal with publishes "
        f"(p99 < {GOAL_P99_MS} ms, none over {GOAL_MAX_MS} ms): {'met' if met else 'NOT met'}."
    )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60, help="length of each half")
    parser.add_argument("--rate", type=int, default=150, help="visits a second")
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--publisher", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--start", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--programs", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare:
        prepare()
        return
    if args.publisher:
        publisher(args.start, args.seconds, [int(pk) for pk in args.programs.split(",")])
        return

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench import RESULTS, Server, Workspace

    workspace = Workspace()
    try:
        log(f"Database: {workspace.database}; cache: {workspace.cache}")
        workspace.manage("migrate", "--noinput", "-v0")
        workspace.manage("collectstatic", "--noinput", "-v0")
        workspace.manage("seed_bench_content")
        load = realistic_load(workspace, Server, args.seconds, args.rate)
    finally:
        workspace.close()
    path = RESULTS.with_name("bench-load.json")
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(load, indent=2) + "\n")
    sys.stdout.write(table(load) + f"\nWritten to {path}.\n")


if __name__ == "__main__":
    main()
