"""deploy/nginx.conf in front of the production server, checked over real HTTPS.

Renders deploy/nginx.conf (the only copy of the configuration) for a temporary
directory: a self-signed certificate, collected static files, a media folder
holding a rendition, an original image and a document. Starts the production
server (gunicorn, DEBUG off, SECURE_SSL_REDIRECT on, TRUSTED_PROXY_COUNT=1)
and nginx in the foreground on loopback ports, then checks what a visitor
gets. Exits non-zero on any failure; stops both servers at the end.
"""

import contextlib
import http.client
import json
import os
import re
import secrets
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"
SITE_NAME = "localhost"
UPLOAD_CAP = 20 * 1024 * 1024
SPOOFED_ADDRESS = "203.0.113.7"
PLACEHOLDER = re.compile(r"\$\{([A-Z0-9_]+)\}")
TLS = ssl.create_default_context()
TLS.check_hostname = False
TLS.verify_mode = ssl.CERT_NONE

failures = []


def log(message):
    sys.stdout.write(f"{message}\n")
    sys.stdout.flush()


def check(description, passed, detail=""):
    log(f"{'ok  ' if passed else 'FAIL'} {description}{f' ({detail})' if detail else ''}")
    if not passed:
        failures.append(description)


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def render(template, values):
    """envsubst with a list of names: nginx's own $variables are left alone."""

    def value(match):
        if match.group(1) not in values:
            raise SystemExit(f"deploy/nginx.conf uses ${{{match.group(1)}}}, which is not set")
        return values[match.group(1)]

    return PLACEHOLDER.sub(value, template)


def wait_until_answering(port, process, name):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{name} exited with {process.returncode}")
        try:
            socket.create_connection((HOST, port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{name} did not listen on port {port}")


class Site:
    def __init__(self):
        self.directory = Path(tempfile.mkdtemp(prefix="charity-nginx-"))
        self.processes = []
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("AWS_")},
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": SITE_NAME,
            "SECURE_SSL_REDIRECT": "1",
            "TRUSTED_PROXY_COUNT": "1",
            "DATABASE_URL": f"sqlite:///{self.directory / 'site.sqlite3'}",
            "STATIC_ROOT": str(self.directory / "static"),
            "MEDIA_ROOT": str(self.directory / "media"),
            "SERVE_MEDIA": "0",
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(ROOT),
        }
        for name in ("REDIS_URL", "FRONTEND_CACHE_PURGE_URL", "CLOUDFLARE_ZONE_ID"):
            self.env.pop(name, None)

    def manage(self, *args):
        subprocess.run(
            [PYTHON, "manage.py", *args], cwd=ROOT, env=self.env, check=True, timeout=300
        )

    def prepare(self):
        self.manage("migrate", "--noinput", "-v0")
        self.manage("collectstatic", "--noinput", "-v0")
        media = self.directory / "media"
        for relative in ("images/x.png", "original_images/x.png", "documents/x.pdf"):
            (media / relative).parent.mkdir(parents=True, exist_ok=True)
            (media / relative).write_bytes(b"file that exists on disk\n")
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
            + ["-subj", f"/CN={SITE_NAME}", "-keyout", str(self.directory / "site.key")]
            + ["-out", str(self.directory / "site.crt")],
            check=True,
            capture_output=True,
            timeout=60,
        )

    def start_app(self):
        port = free_port()
        self.app_log = self.directory / "app-access.log"
        process = subprocess.Popen(
            [str(Path(PYTHON).parent / "gunicorn"), "charity.wsgi"]
            + ["--bind", f"{HOST}:{port}", "--workers", "2", "--log-level", "warning"]
            + ["--control-socket", str(self.directory / "gunicorn.ctl")]
            + ["--access-logfile", str(self.app_log)]
            + ["--access-logformat", "%(U)s|%({x-forwarded-for}i)s|%({x-forwarded-proto}i)s"],
            cwd=ROOT,
            env=self.env,
        )
        self.processes.append(process)
        wait_until_answering(port, process, "gunicorn")
        return f"{HOST}:{port}"

    def start_nginx(self, app):
        self.port = free_port()
        site = render(
            (ROOT / "deploy" / "nginx.conf").read_text(),
            {
                "SERVER_NAME": SITE_NAME,
                "LISTEN": f"{HOST}:{self.port}",
                # One app server twice: the upstream block is what is under test.
                "APP_SERVER_1": app,
                "APP_SERVER_2": app,
                "STATIC_ROOT": self.env["STATIC_ROOT"],
                "MEDIA_ROOT": self.env["MEDIA_ROOT"],
                "SSL_CERTIFICATE": str(self.directory / "site.crt"),
                "SSL_CERTIFICATE_KEY": str(self.directory / "site.key"),
            },
        )
        (self.directory / "charity.conf").write_text(site)
        temp = self.directory / "nginx-temp"
        temp.mkdir()
        # As root, nginx's workers would otherwise run as nobody, who cannot read the temp dir.
        user = "user root root;" if os.geteuid() == 0 else ""
        (self.directory / "nginx.conf").write_text(
            f"""{user}
daemon off;
worker_processes 1;
pid {self.directory}/nginx.pid;
error_log {self.directory}/nginx-error.log warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {self.directory}/nginx-access.log;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {self.directory}/charity.conf;
}}
"""
        )
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        arguments = [nginx, "-p", str(self.directory), "-c", str(self.directory / "nginx.conf")]
        subprocess.run([*arguments, "-t", "-q"], check=True, timeout=30)
        process = subprocess.Popen([*arguments, "-e", str(self.directory / "nginx-error.log")])
        self.processes.append(process)
        wait_until_answering(self.port, process, "nginx")
        log(f"nginx on https://{HOST}:{self.port} in front of gunicorn on {app}")

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPSConnection(HOST, self.port, context=TLS, timeout=30)
        try:
            connection.putrequest(method, path, skip_host=True)
            connection.putheader("Host", SITE_NAME)
            for name, value in (headers or {}).items():
                connection.putheader(name, value)
            if body is not None:
                connection.putheader("Content-Length", str(len(body)))
            connection.endheaders()
            if body is not None:
                # nginx may answer and close before the whole body is sent.
                with contextlib.suppress(OSError):
                    connection.send(body)
            response = connection.getresponse()
            return response.status, response.headers, response.read()
        finally:
            connection.close()

    def close(self):
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(self.directory, ignore_errors=True)


def run_checks(site):
    status, headers, _ = site.request("GET", "/fr/")
    check("a page through nginx answers 200 (no HTTPS redirect loop)", status == 200, status)
    for header in (
        "Content-Security-Policy",
        "Strict-Transport-Security",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "X-Frame-Options",
    ):
        check(f"the page carries {header}", bool(headers.get(header)), headers.get(header))

    manifest = json.loads((Path(site.env["STATIC_ROOT"]) / "staticfiles.json").read_text())
    hashed = manifest["paths"]["css/site.css"]
    status, headers, _ = site.request("GET", f"/static/{hashed}")
    control = headers.get("Cache-Control", "")
    check(f"/static/{hashed} answers 200", status == 200, status)
    check(
        "a hashed static file is cached for a year, immutable",
        "max-age=31536000" in control and "immutable" in control,
        control,
    )
    status, headers, _ = site.request("GET", "/static/css/site.css")
    control = headers.get("Cache-Control", "")
    check("an unhashed static file is cached an hour only", "max-age=3600" in control, control)

    status, headers, _ = site.request("GET", "/media/images/x.png")
    check(
        "a rendition in /media/images/ is served with caching",
        status == 200 and "max-age=86400" in headers.get("Cache-Control", ""),
        f"{status} {headers.get('Cache-Control')}",
    )
    for path in ("/media/original_images/x.png", "/media/documents/x.pdf"):
        status, _, _ = site.request("GET", path)
        check(f"{path} is refused although the file exists", status in {403, 404}, status)

    status, _, _ = site.request(
        "POST",
        "/admin/login/",
        body=b"x" * (UPLOAD_CAP + 1024 * 1024),
        headers={"Content-Type": "application/octet-stream"},
    )
    check("a body over 20 MB is refused with 413", status == 413, status)

    site.request("GET", "/fr/?client-ip", headers={"X-Forwarded-For": SPOOFED_ADDRESS})
    time.sleep(0.5)
    lines = [
        line
        for line in site.app_log.read_text().splitlines()
        if line.startswith("/fr/|") and SPOOFED_ADDRESS in line
    ]
    forwarded, proto = lines[-1].split("|")[1:3] if lines else ("", "")
    hops = [hop.strip() for hop in forwarded.split(",")]
    check(
        "the app gets the visitor's address as the last X-Forwarded-For entry "
        "(TRUSTED_PROXY_COUNT=1 picks it, not the spoofed one)",
        hops[-1:] == [HOST] and hops[0] == SPOOFED_ADDRESS,
        forwarded,
    )
    check("the app is told the request came over HTTPS", proto == "https", proto)


def main():
    site = Site()
    try:
        site.prepare()
        site.start_nginx(site.start_app())
        run_checks(site)
    finally:
        site.close()
    if failures:
        raise SystemExit(f"{len(failures)} check(s) failed")
    log("OK: deploy/nginx.conf does what it says")


if __name__ == "__main__":
    main()
