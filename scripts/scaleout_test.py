"""Two app servers sharing one database and one Redis: a publish on one is seen on the other.

Starts two production servers (gunicorn, DEBUG off) on two free loopback ports,
both on the same PostgreSQL database (a scratch `<name>_scaleout` next to the
one of DATABASE_URL, dropped at the end; a SQLite file when DATABASE_URL is not
PostgreSQL) and the same Redis (REDIS_URL, default redis://127.0.0.1:6379/5,
under a key prefix of its own). It loads the demo content, warms the anonymous
page cache on both, signs in to the admin of server A as a superuser it creates,
publishes a new home page heading through the edit form, and checks that the
very next anonymous request to server B shows it, or gets the previous copy marked
stale while it renders the page again, after which server B shows it. Exits non-zero
on any failure.
"""

import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import bs4
import redis
from django_otp.oath import totp

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"
HOME = "/fr/"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/5"
# Every step is bounded; the whole run takes well under this on a small machine
# (SCALEOUT_TIMEOUT seconds on a busy one).
DEADLINE = time.monotonic() + int(os.environ.get("SCALEOUT_TIMEOUT", "600"))


def log(message):
    sys.stdout.write(f"{message}\n")
    sys.stdout.flush()


def fail(message):
    raise SystemExit(f"FAILED: {message}")


def free_port():
    import socket

    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def remaining():
    left = DEADLINE - time.monotonic()
    if left <= 0:
        fail("out of time")
    return left


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


class Browser:
    """Just enough of a browser: keeps its cookies, whatever their Secure flag.

    The production cookies are `__Host-` and Secure; over plain loopback HTTP a
    real browser would drop them, so they are kept by hand here.
    """

    def __init__(self, base):
        self.base = base
        self.cookies = {}

    def request(self, path, data=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body, headers=headers)
        try:
            response = OPENER.open(request, timeout=min(30, remaining()))
        except urllib.error.HTTPError as error:
            response = error
        with response:
            content = response.read().decode("utf-8", "replace")
            for header in response.headers.get_all("Set-Cookie") or []:
                name, _, rest = header.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
            return response.status, response.headers, content


def anonymous_get(base, path):
    return Browser(base).request(path)


def form_fields(html, form_id):
    """The values a browser would submit from the form, as (name, value) pairs."""
    form = bs4.BeautifulSoup(html, "html.parser").find("form", id=form_id)
    if form is None:
        fail(f"no form #{form_id} in the page")
    fields = []
    for element in form.find_all(["input", "textarea", "select"]):
        name = element.get("name")
        if not name or element.has_attr("disabled"):
            continue
        if element.name == "textarea":
            fields.append((name, element.text))
        elif element.name == "select":
            chosen = element.find_all("option", selected=True) or element.find_all("option")[:1]
            fields.extend((name, option.get("value", option.text)) for option in chosen)
        else:
            kind = element.get("type", "text").lower()
            if kind in {"submit", "button", "image", "file", "reset"}:
                continue
            if kind in {"checkbox", "radio"} and not element.has_attr("checked"):
                continue
            fields.append((name, element.get("value", "on" if kind == "checkbox" else "")))
    return fields


class Deployment:
    """The shared database, Redis, static and media roots, removed at the end."""

    def __init__(self):
        self.directory = Path(tempfile.mkdtemp(prefix="charity-scaleout-"))
        self.processes = []
        self.scratch_database = None
        self.redis_url = os.environ.get("REDIS_URL") or DEFAULT_REDIS_URL
        self.prefix = f"charity-scaleout-{secrets.token_hex(4)}"
        self.env = {
            **os.environ,
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "0",
            "STATIC_ROOT": str(self.directory / "static"),
            "MEDIA_ROOT": str(self.directory / "media"),
            "REDIS_URL": self.redis_url,
            "CACHE_KEY_PREFIX": self.prefix,
            "PAGE_CACHE": "1",
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(ROOT),
        }
        for name in ("AWS_STORAGE_BUCKET_NAME", "FRONTEND_CACHE_PURGE_URL", "CLOUDFLARE_ZONE_ID"):
            self.env.pop(name, None)

    def prepare(self):
        try:
            redis.Redis.from_url(self.redis_url, socket_connect_timeout=2).ping()
        except redis.RedisError as error:
            fail(f"Redis at {self.redis_url} does not answer ({error}); start redis-server")
        log(f"shared cache: Redis {self.redis_url}, key prefix {self.prefix}")
        url = os.environ.get("DATABASE_URL", "")
        if url.startswith(("postgres://", "postgresql://")):
            parts = urlsplit(url)
            name = parts.path.lstrip("/") + "_scaleout"
            self._postgres(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            self._postgres(url, f'CREATE DATABASE "{name}"')
            self.scratch_database = (url, name)
            self.env["DATABASE_URL"] = urlunsplit(parts._replace(path=f"/{name}"))
            log(f"shared database: PostgreSQL {name}")
        else:
            self.env["DATABASE_URL"] = f"sqlite:///{self.directory / 'scaleout.sqlite3'}"
            log("shared database: a SQLite file (set DATABASE_URL to a PostgreSQL server)")
        self.manage("migrate", "--noinput", "-v0")
        self.manage("collectstatic", "--noinput", "-v0")
        self.manage("load_demo_content")
        # The release's last step, as `make serve` runs it.
        self.manage("purge_caches", "--if-code-changed")

    @staticmethod
    def _postgres(url, statement):
        import psycopg

        # The server's maintenance database: the one named in DATABASE_URL may not exist yet.
        maintenance = urlunsplit(urlsplit(url)._replace(path="/postgres"))
        with psycopg.connect(maintenance, autocommit=True, connect_timeout=10) as connection:
            connection.execute(statement)

    def manage(self, *args):
        subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            timeout=remaining(),
            stdout=subprocess.DEVNULL,
        )

    def shell(self, code):
        result = subprocess.run(
            [PYTHON, "manage.py", "shell", "-c", code],
            cwd=ROOT,
            env=self.env,
            check=True,
            timeout=remaining(),
            capture_output=True,
            text=True,
        )
        # The last line: Django's shell may first say what it imported.
        return result.stdout.strip().splitlines()[-1]

    def start_server(self, label):
        port = free_port()
        process = subprocess.Popen(
            [str(Path(PYTHON).parent / "gunicorn"), "charity.wsgi"]
            + ["--bind", f"{HOST}:{port}", "--workers", "2", "--timeout", "60"]
            + ["--log-level", "warning"]
            # Each server its own control socket, not the one shared default path.
            + ["--control-socket", str(self.directory / f"gunicorn-{label}.ctl")],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
        )
        self.processes.append(process)
        base = f"http://{HOST}:{port}"
        deadline = time.monotonic() + min(180, remaining())
        while time.monotonic() < deadline:
            if process.poll() is not None:
                fail(f"server {label} exited with {process.returncode}")
            try:
                if anonymous_get(base, "/healthz")[0] == 200:
                    log(f"server {label}: gunicorn charity.wsgi on {base} (pid {process.pid})")
                    return base
            except OSError:
                pass
            time.sleep(0.3)
        fail(f"server {label} did not answer on {base}")

    def close(self):
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        try:
            client = redis.Redis.from_url(self.redis_url, socket_connect_timeout=2)
            keys = list(client.scan_iter(f"{self.prefix}:*"))
            if keys:
                client.delete(*keys)
        except redis.RedisError:
            pass
        if self.scratch_database:
            url, name = self.scratch_database
            self._postgres(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        shutil.rmtree(self.directory, ignore_errors=True)


def warm(label, base):
    for _attempt in (1, 2):
        status, headers, _ = anonymous_get(base, HOME)
        if status != 200:
            fail(f"GET {HOME} on server {label} answered {status}")
    outcome = headers.get("X-Page-Cache", "")
    log(f"server {label}: GET {HOME} twice, second answer from the page cache: {outcome!r}")
    if outcome != "hit":
        fail(f"server {label} did not serve {HOME} from the page cache the second time")


def publish_through_admin(base, page_id, heading):
    editor = Browser(base)
    status, _, html = editor.request("/admin/login/")
    if status != 200:
        fail(f"admin login page on server A answered {status}")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if not token:
        fail("no CSRF token on the admin login page")
    login = {
        "csrfmiddlewaretoken": token.group(1),
        "username": "scaleout",
        "password": PASSWORD,
        "next": "/admin/",
    }
    status, headers, _ = editor.request("/admin/login/", login)
    if status != 302:
        fail(f"signing in to the admin of server A answered {status}")
    # Administrators sign in with a second factor: the code of the authenticator app.
    status, _, html = editor.request("/admin/2fa/auth")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if status != 200 or not token:
        fail(f"the second-factor page of server A answered {status}")
    code = {
        "csrfmiddlewaretoken": token.group(1),
        "otp_token": f"{totp(bytes.fromhex(TOTP_KEY)):06d}",
        "next": "/admin/",
    }
    status, headers, _ = editor.request("/admin/2fa/auth", code)
    if status != 302:
        fail(f"the second-factor code on server A answered {status}")
    log("server A: signed in to the admin with a password and a code")
    edit = f"/admin/pages/{page_id}/edit/"
    status, _, html = editor.request(edit)
    if status != 200:
        fail(f"GET {edit} on server A answered {status}")
    fields = [(k, v) for k, v in form_fields(html, "page-edit-form") if k != "hero_heading"]
    fields += [("hero_heading", heading), ("action-publish", "action-publish")]
    status, headers, html = editor.request(edit, fields)
    if status != 302:
        errors = re.findall(r'class="error-message"[^>]*>\s*(?:<[^>]+>)*([^<]+)', html)
        fail(f"publishing through {edit} on server A answered {status}: {errors[:3]}")
    log(f"server A: POST {edit} with action-publish -> 302 {headers.get('Location')}")


PASSWORD = secrets.token_urlsafe(18)
TOTP_KEY = secrets.token_hex(20)


def main():
    deployment = Deployment()
    try:
        deployment.prepare()
        page_id = deployment.shell(
            "from django.contrib.auth import get_user_model\n"
            "from django_otp.plugins.otp_totp.models import TOTPDevice\n"
            "from charity.models import HomePage\n"
            f"user = get_user_model().objects.create_superuser('scaleout', 'scaleout@localhost', "
            f"'{PASSWORD}')\n"
            f"TOTPDevice.objects.create(user=user, name='phone', key='{TOTP_KEY}',"
            " confirmed=True)\n"
            "print(HomePage.objects.get(locale__language_code='fr').pk)"
        )
        server_a = deployment.start_server("A")
        server_b = deployment.start_server("B")
        warm("A", server_a)
        warm("B", server_b)
        heading = f"Publié sur le serveur A {secrets.token_hex(4)}"
        if heading in anonymous_get(server_b, HOME)[2]:
            fail("the new heading is on server B before it was published")
        publish_through_admin(server_a, page_id, heading)
        status, headers, html = anonymous_get(server_b, HOME)
        outcome = headers.get("X-Page-Cache")
        log(f"server B: next anonymous GET {HOME} -> {status}, page cache {outcome!r}")
        if status != 200:
            fail(f"server B answered {status} after the publish")
        if heading not in html:
            # The previous copy, served while that request renders the page again.
            if outcome != "stale":
                fail(f"server B does not show {heading!r} and its copy is not marked stale")
            deadline = time.monotonic() + 10
            while heading not in html and time.monotonic() < deadline:
                time.sleep(0.2)
                status, headers, html = anonymous_get(server_b, HOME)
            if heading not in html:
                fail(f"server B still does not show {heading!r} 10 s after the publish")
            log(f"server B: then GET {HOME} -> page cache {headers.get('X-Page-Cache')!r}")
        log(f"OK: {heading!r}, published through server A, is served by server B")
    finally:
        deployment.close()


if __name__ == "__main__":
    main()
