"""A real `siapekspor runserver` process on a scratch database, for tests that need parallel
requests (several threads, one database connection each) and the server's own log.

SQLite in a temporary directory, or — when DATABASE_URL is set — a scratch PostgreSQL
database next to the test database (dropped afterwards).
"""

from __future__ import annotations

import contextlib
import http.cookiejar
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path


@contextlib.contextmanager
def scratch_env(directory: Path, **extra: str):
    """Environment variables for a server and CLI on a database of their own."""
    env = {
        **os.environ,
        "SIAPEKSPOR_VAR_DIR": str(directory / "var"),
        "SIAPEKSPOR_TASK_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "SIAPEKSPOR_API_RATE_LIMIT_PER_MINUTE": "10000",
        **extra,
    }
    env.pop("SIAPEKSPOR_TEST_DB", None)
    url = os.environ.get("DATABASE_URL", "")
    dbname = base = None
    if url:
        import psycopg

        base = url.rsplit("/", 1)[0]
        dbname = f"live_{os.getpid()}_{threading.get_ident() % 10_000}"
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{dbname}"')
            conn.execute(f'CREATE DATABASE "{dbname}"')
        env["DATABASE_URL"] = f"{base}/{dbname}"
    try:
        yield env
    finally:
        if dbname:
            import psycopg

            with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')


def cli(env: dict, *args: str, timeout: int = 300) -> str:
    """Run the siapekspor CLI; its stdout."""
    return subprocess.run(
        [sys.executable, "-m", "siapekspor", *args],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=timeout,
    ).stdout


def payload(out: str, marker: str) -> dict:
    """The JSON a script printed after `marker`."""
    line = next(x for x in out.splitlines() if x.startswith(marker))
    return json.loads(line[len(marker) :])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: str


def _headers(message) -> dict[str, str]:
    # Several Set-Cookie headers: one per line.
    return {k: "\n".join(message.get_all(k)) for k in set(message.keys())}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class LiveServer:
    """`with LiveServer(env) as server:` a running server; `server.log()` is its output."""

    def __init__(self, env: dict, directory: Path):
        self.env = env
        self.port = _free_port()
        self.address = f"127.0.0.1:{self.port}"
        self.url = f"http://{self.address}"
        self.log_path = directory / "server.log"

    def __enter__(self) -> LiveServer:
        self._log = open(self.log_path, "wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "siapekspor", "runserver", "--noreload", self.address],
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.time() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                if time.time() > deadline or self.process.poll() is not None:
                    self.__exit__(None, None, None)
                    raise RuntimeError("the live server did not start: " + self.log()) from None
                time.sleep(0.2)

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        self.process.wait(20)
        self._log.close()

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def request(
        self,
        method: str,
        path: str,
        *,
        form: dict | None = None,
        json_body: dict | None = None,
        headers: dict | None = None,
        cookies: http.cookiejar.CookieJar | None = None,
    ) -> Response:
        """One request, redirects not followed. Refused or reset connections (runserver's
        listen backlog is small) are retried, as a browser would."""
        data, all_headers = None, dict(headers or {})
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif json_body is not None:
            data = json.dumps(json_body).encode()
            all_headers["Content-Type"] = "application/json"
        # `is None`, not `or`: an empty CookieJar is falsy, and a caller's jar must collect
        # the cookies of its first response.
        jar = cookies if cookies is not None else http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(_NoRedirect, urllib.request.HTTPCookieProcessor(jar))
        # Always http://127.0.0.1:<port>: the URL is ours, never a file: or other scheme.
        req = urllib.request.Request(  # noqa: S310
            self.url + path, data=data, headers=all_headers, method=method
        )
        for attempt in range(30):
            try:
                with opener.open(req, timeout=120) as resp:
                    return Response(resp.status, _headers(resp.headers), resp.read().decode())
            except urllib.error.HTTPError as exc:
                return Response(exc.code, _headers(exc.headers), exc.read().decode())
            except (ConnectionError, urllib.error.URLError):
                time.sleep(0.05 * (attempt + 1))
        raise RuntimeError(f"{method} {path}: no connection")


def in_parallel(count: int, call) -> list:
    """Run `call(i)` in `count` threads released together; their results in order."""
    barrier = threading.Barrier(count)
    results: list = [None] * count

    def run(i: int) -> None:
        barrier.wait()
        results[i] = call(i)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    return results
