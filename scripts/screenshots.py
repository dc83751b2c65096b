"""`make screenshots`: full-page screenshots of the main pages, to look at before a release.

Builds the demo content in a scratch SQLite database, starts the production server
(gunicorn, DEBUG off) on a free port, and saves a full-page screenshot of each main page
type in French and English, on a phone (375 px) and a desktop (1280 px), into
screenshots/ as ``<language>-<width>-<nn>-<page>.png``. Needs Chromium
(``apt-get install chromium``).

Options: --serve keeps the site running afterwards, until Ctrl-C, to look at it or audit
it; --port chooses its port.
"""

import argparse
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"
OUTPUT = ROOT / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
]
WIDTHS = {375: 812, 1280: 900}
LANGUAGES = ("fr", "en")


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


def scratch_environment(directory):
    return {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "DATABASE_URL": f"sqlite:///{directory / 'screenshots.sqlite3'}",
        "REDIS_URL": "",
        "PAGE_CACHE": "0",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "STATIC_ROOT": str(directory / "static"),
        "MEDIA_ROOT": str(directory / "media"),
        "SERVE_MEDIA": "1",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }


def manage(env, *args):
    subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )


def set_donation_url():
    """The donate buttons show only once site settings hold the donation platform's address,
    which the demo content cannot know: a stand-in, so that they are in the pictures."""
    from wagtail.models import Site

    from charity.models import SiteSettings

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if not site_settings.donation_url:
        site_settings.donation_url = "https://don.example.org/imagine-for-margo"
        site_settings.save()


def setup_django(env):
    import django

    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "charity.settings")
    sys.path.insert(0, str(ROOT))
    django.setup()


def main_pages():
    """(name, path) of one page of each main type, per language, from the scratch database."""
    from django.urls import reverse
    from django.utils import translation

    from wagtail.models import Page

    from charity.models import DonatePage, EventIndexPage, EventPage, HomePage, StandardPage
    from diseases.models import DiseaseIndexPage, DiseasePage
    from partners.models import PartnerIndexPage, PartnerPage
    from programs.models import FundingPage, ProgramIndexPage, ProgramPage

    types = [
        ("home", HomePage),
        ("standard-page", StandardPage),
        ("program-index", ProgramIndexPage),
        ("program", ProgramPage),
        ("disease-index", DiseaseIndexPage),
        ("disease", DiseasePage),
        ("event-index", EventIndexPage),
        ("event", EventPage),
        ("partner-index", PartnerIndexPage),
        ("partner", PartnerPage),
        ("donate", DonatePage),
        ("funding", FundingPage),
    ]
    pages = {}
    for language in LANGUAGES:
        pages[language] = []
        for name, model in types:
            page = (
                Page.objects.live()
                .type(model)
                .filter(locale__language_code=language)
                .order_by("path")
                .first()
            )
            if page is None:
                if language == LANGUAGES[0]:
                    log(f"no {name} page in the demo content: not shown")
                continue
            pages[language].append((name, page.get_url()))
        with translation.override(language):
            query = "neuroblastome" if language == "fr" else "neuroblastoma"
            pages[language].append(("search", f"{reverse('search')}?q={query}"))
        pages[language].append(("not-found", f"/{language}/no-such-page/"))
    return pages


def take_screenshots(base_url, pages):
    from playwright.sync_api import sync_playwright

    OUTPUT.mkdir(exist_ok=True)
    for old in OUTPUT.glob("*.png"):
        old.unlink()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for width, height in WIDTHS.items():
            context = browser.new_context(
                base_url=base_url, viewport={"width": width, "height": height}
            )
            page = context.new_page()
            for language, language_pages in pages.items():
                for number, (name, path) in enumerate(language_pages, start=1):
                    page.goto(path, wait_until="networkidle")
                    # Images below the fold load lazily: scroll through so they are drawn.
                    page.evaluate(
                        "async () => { for (let y = 0; y < document.body.scrollHeight;"
                        " y += innerHeight) { scrollTo(0, y);"
                        " await new Promise(r => setTimeout(r, 50)); } scrollTo(0, 0); }"
                    )
                    page.wait_for_load_state("networkidle")
                    target = OUTPUT / f"{language}-{width}-{number:02d}-{name}.png"
                    page.screenshot(path=target, full_page=True)
            context.close()
        browser.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--serve", action="store_true", help="keep the site running afterwards")
    parser.add_argument("--port", type=int, default=0, help="the site's port (a free one)")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")

    # Stopped by a process manager rather than Ctrl-C: clean up all the same.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    directory = Path(tempfile.mkdtemp(prefix="charity-screenshots-"))
    server = None
    try:
        env = scratch_environment(directory)
        log("Building the demo site in a scratch database…")
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo_content")
        manage(env, "collectstatic", "--noinput")
        setup_django(env)
        set_donation_url()
        pages = main_pages()

        port = args.port or free_port()
        base_url = f"http://{HOST}:{port}"
        server = subprocess.Popen(
            [str(Path(PYTHON).parent / "gunicorn"), "charity.wsgi"]
            + ["--bind", f"{HOST}:{port}", "--workers", "2", "--log-level", "warning"],
            cwd=ROOT,
            env=env,
        )
        wait_for(f"{base_url}/healthz")
        log(f"Taking screenshots of {base_url}…")
        take_screenshots(base_url, pages)
        count = len(list(OUTPUT.glob("*.png")))
        log(f"{count} screenshots in {OUTPUT.relative_to(ROOT)}/")
        if args.serve:
            log(f"The site is running on {base_url}/ (Ctrl-C to stop).")
            server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
