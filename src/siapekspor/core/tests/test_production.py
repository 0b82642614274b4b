"""`make run` as a fresh clone gets it: the production server (gunicorn) with DEBUG off in the
embedded mode, static files collected and served by WhiteNoise, friendly error pages."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from http.cookiejar import CookieJar

import pytest

CLI = [sys.executable, "-m", "siapekspor"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    var = tmp_path_factory.mktemp("var")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIAPEKSPOR_")}
    env.pop("DATABASE_URL", None)
    env.update(DJANGO_SETTINGS_MODULE="siapekspor.settings", SIAPEKSPOR_VAR_DIR=str(var))
    for command in (["migrate", "-v0"], ["collectstatic", "--no-input", "-v0"]):
        subprocess.run([*CLI, *command], env=env, check=True, timeout=300, capture_output=True)
    port = _free_port()
    log = open(var / "server.log", "w+", encoding="utf-8")  # noqa: SIM115 (kept open for the server)
    proc = subprocess.Popen(
        [*CLI, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "1", "--threads", "2"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2).close()  # noqa: S310 (loopback)
            break
        except OSError:
            time.sleep(0.2)
    yield base, var / "server.log"
    proc.terminate()
    proc.wait(timeout=30)
    log.close()


def _get(url, **headers):
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 (loopback test server)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode()


@pytest.mark.slow
def test_the_production_server_answers_health_without_debug(server):
    base, _log = server
    status, headers, body = _get(base + "/healthz")
    assert status == 200 and headers["Server"] == "gunicorn"
    assert '"database": "ok"' in body


@pytest.mark.slow
def test_a_missing_page_gets_the_friendly_404_in_the_visitors_language(server):
    base, _log = server
    status, _h, body = _get(base + "/registry/does-not-exist/")
    assert status == 404 and "Laman tidak ditemukan" in body and "Traceback" not in body
    status, _h, body = _get(base + "/en/registry/does-not-exist/")
    assert status == 404 and "Page not found" in body
    assert "URLconf" not in body  # not Django's debug page


@pytest.mark.slow
def test_static_files_are_served_with_hashed_names_and_cookies_work_over_http(server):
    base, _log = server
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(base + "/accounts/login/", timeout=10) as response:
        page = response.read().decode()
    cookies = {c.name: c for c in jar}
    assert "csrftoken" in cookies and not cookies["csrftoken"].secure  # plain http, 127.0.0.1
    css = page.split('href="/static/siapekspor/app.')[1].split('"')[0]
    status, headers, _body = _get(f"{base}/static/siapekspor/app.{css}")
    assert status == 200 and "immutable" in headers.get("Cache-Control", "")


@pytest.mark.slow
def test_the_access_log_never_records_a_query_string(server):
    base, log = server
    _get(base + "/registry/enterprises/?q=Siti+Aminah+Rahmawati")
    time.sleep(0.5)
    text = log.read_text(encoding="utf-8")
    assert "/registry/enterprises/" in text and "Aminah" not in text


def test_the_500_page_is_friendly_and_in_the_visitors_language(rf):
    from django.utils import translation

    from siapekspor.core.views import server_error

    for language, words in (("id", "Terjadi kesalahan"), ("fr", "Une erreur s'est produite")):
        with translation.override(language):
            response = server_error(rf.get("/"))
        assert response.status_code == 500 and words in response.content.decode()
