"""Against a real server (threaded runserver, one database connection per request; SQLite, or
PostgreSQL when DATABASE_URL is set): sign-in throttling holds under parallel bursts, no
search term reaches the server's log, and signed-in responses are never cached."""

from __future__ import annotations

import re
import urllib.parse

import pytest

from siapekspor.core.tests.live import LiveServer, cli, in_parallel, payload, scratch_env

PASSWORD = "Kata-Sandi-Uji-2026"
SETUP = f"""
import json
from siapekspor.accounts.models import Role
from siapekspor.registry.tests.factories import make_enterprise, make_user
from siapekspor.registry.models import Regency
Regency.objects.get_or_create(code="18.71", defaults={{"name": "Bandar Lampung", "kind": "city"}})
users = {{}}
for name in ("korban", "kedua", "pemilik", "kepala"):
    user = make_user(Role.PROVINCE_OFFICER, username=name)
    user.set_password("{PASSWORD}")
    user.save()
admin = make_user(Role.ADMIN, username="kepala-admin")
make_enterprise(actor=admin, regency="18.71", kbli=None, name="Keripik Uji",
                owner_name="Sulastri Wibowo", nik="1871014105900321")
print("SETUP=" + json.dumps({{"ok": True}}))
"""
FAILURES = """
import json
from siapekspor.accounts.models import LoginFailure
print("FAILURES=" + json.dumps({n: LoginFailure.objects.filter(username=n).count()
                                for n in ("korban", "kedua", "pemilik")}))
"""
LOCKED = "dikunci"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    directory = tmp_path_factory.mktemp("live")
    limits = {
        "SIAPEKSPOR_TRUSTED_PROXIES": "1",  # addresses come from X-Forwarded-For
        "SIAPEKSPOR_LOGIN_FAILURE_LIMIT": "5",
        "SIAPEKSPOR_LOGIN_ADDRESS_LIMIT": "60",
        "SIAPEKSPOR_LOGIN_ACCOUNT_LIMIT": "8",
    }
    with scratch_env(directory, **limits) as env:
        cli(env, "migrate", "--no-input", "-v0")
        assert payload(cli(env, "shell", "-c", SETUP), "SETUP=") == {"ok": True}
        with LiveServer(env, directory) as live:
            live.failures = lambda: payload(cli(env, "shell", "-c", FAILURES), "FAILURES=")
            yield live


def _csrf(server):
    page = server.request("GET", "/accounts/login/")
    cookie = re.search(r"csrftoken=([^;]+)", page.headers.get("Set-Cookie", "")).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.body).group(1)
    return cookie, token


def _sign_in(server, csrf, username, password, address):
    cookie, token = csrf
    response = server.request(
        "POST",
        "/accounts/login/",
        form={"csrfmiddlewaretoken": token, "username": username, "password": password},
        headers={"Cookie": f"csrftoken={cookie}", "X-Forwarded-For": address},
    )
    if response.status == 302:
        return "signed in"
    assert response.status == 200, response
    return "locked" if LOCKED in response.body else "wrong"


@pytest.mark.slow
def test_thirty_parallel_wrong_passwords_are_not_all_evaluated(server):
    csrf = _csrf(server)
    outcomes = in_parallel(
        30, lambda i: _sign_in(server, csrf, "korban", f"salah-{i}", "203.0.113.10")
    )
    assert outcomes.count("signed in") == 0
    assert outcomes.count("wrong") == 5, outcomes  # evaluated: the limit, not 30
    assert outcomes.count("locked") == 25
    assert server.failures()["korban"] == 5


@pytest.mark.slow
def test_the_right_password_inside_a_locked_burst_does_not_sign_in(server):
    csrf = _csrf(server)
    in_parallel(20, lambda i: _sign_in(server, csrf, "kedua", f"salah-{i}", "203.0.113.20"))
    outcomes = in_parallel(10, lambda i: _sign_in(server, csrf, "kedua", PASSWORD, "203.0.113.20"))
    assert outcomes == ["locked"] * 10
    assert server.failures()["kedua"] == 5
    # Another person (another address) is not locked out by that burst.
    assert _sign_in(server, csrf, "kedua", PASSWORD, "10.20.30.40") == "signed in"


@pytest.mark.slow
def test_an_anonymous_flood_locks_strangers_out_but_not_the_owner(server):
    csrf = _csrf(server)
    assert _sign_in(server, csrf, "pemilik", PASSWORD, "10.9.8.7") == "signed in"
    flood = in_parallel(
        24, lambda i: _sign_in(server, csrf, "pemilik", f"salah-{i}", f"198.51.100.{i + 1}")
    )
    assert flood.count("signed in") == 0
    assert flood.count("wrong") == 8  # the account limit for unknown addresses, exactly
    assert server.failures()["pemilik"] == 8
    assert _sign_in(server, csrf, "pemilik", PASSWORD, "192.0.2.55") == "locked"
    assert _sign_in(server, csrf, "pemilik", PASSWORD, "10.9.8.7") == "signed in"


def _signed_in_cookies(server, username):
    cookie, token = _csrf(server)
    response = server.request(
        "POST",
        "/accounts/login/",
        form={"csrfmiddlewaretoken": token, "username": username, "password": PASSWORD},
        headers={"Cookie": f"csrftoken={cookie}", "X-Forwarded-For": "10.1.2.3"},
    )
    assert response.status == 302
    session = re.search(r"sessionid=([^;]+)", response.headers["Set-Cookie"]).group(1)
    return {"Cookie": f"csrftoken={cookie}; sessionid={session}", "X-Forwarded-For": "10.1.2.3"}


@pytest.mark.slow
def test_no_search_term_reaches_the_server_log_and_pages_are_not_cached(server):
    headers = _signed_in_cookies(server, "kepala")
    cookie_token = re.search(r"csrftoken=([^;]+)", headers["Cookie"]).group(1)
    listing = server.request("GET", "/registry/enterprises/", headers=headers)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', listing.body).group(1)
    assert listing.headers["Cache-Control"] == "no-store, private"
    # The search form posts; the result page's address holds an opaque key only.
    posted = server.request(
        "POST",
        "/registry/enterprises/",
        form={"csrfmiddlewaretoken": token, "q": "Sulastri Wibowo", "status": ""},
        headers=headers,
    )
    assert posted.status == 302
    location = posted.headers["Location"]
    assert "Sulastri" not in location and "search=" in location
    result = server.request("GET", location, headers=headers)
    assert "Keripik Uji" in result.body
    # A term typed into an address by hand still never reaches the log.
    server.request(
        "GET",
        "/registry/enterprises/?" + urllib.parse.urlencode({"q": "1871014105900321"}),
        headers=headers,
    )
    public = server.request("GET", "/training/verify/")  # anyone may check a certificate
    assert public.status == 200 and "no-store" not in public.headers.get("Cache-Control", "")
    log = server.log()
    assert "/registry/enterprises/" in log  # the requests were logged…
    for secret in ("Sulastri", "Wibowo", "1871014105900321", cookie_token):
        assert secret not in log  # …without a name or a number
