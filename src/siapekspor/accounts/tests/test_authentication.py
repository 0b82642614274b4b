"""Sign-in throttling, password-reset mail limits, API token lifetime and revocation, and the
absolute session lifetime (issue 10, item 4). The parallel burst against a live server is in
test_login_burst.py."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from siapekspor.accounts.models import ApiToken, LoginFailure, Role
from siapekspor.accounts.services import api_token_issue
from siapekspor.core.models import AuditEntry
from siapekspor.registry.tests.factories import make_user

PASSWORD = "pw-for-tests-1"
LOCKED = "Akun ini dikunci"
ADDRESS_LOCKED = "dari alamat Anda"


def _sign_in(client, username, password, address="10.0.0.1"):
    return client.post(
        "/accounts/login/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


@pytest.fixture
def officer(db):
    return make_user(Role.PROVINCE_OFFICER, username="petugas")


def test_five_failures_lock_the_account_from_that_address_even_for_the_right_password(
    client, officer
):
    for _ in range(5):
        response = _sign_in(client, "petugas", "wrong")
        assert response.status_code == 200 and LOCKED not in response.content.decode()
    response = _sign_in(client, "petugas", PASSWORD)
    assert response.status_code == 200
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert LoginFailure.objects.filter(username="petugas").count() == 5  # the 6th not evaluated


def test_a_burst_from_one_address_does_not_lock_out_the_owner_elsewhere(client, officer):
    for _ in range(8):
        _sign_in(client, "petugas", "wrong", address="203.0.113.66")
    response = _sign_in(client, "petugas", PASSWORD, address="10.0.0.1")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(officer.pk)


def test_success_clears_the_failures_from_that_address(client, officer):
    for _ in range(4):
        _sign_in(client, "petugas", "wrong")
    assert _sign_in(client, "petugas", PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        assert LOCKED not in _sign_in(client, "petugas", "wrong").content.decode()


def test_one_address_spraying_many_accounts_is_stopped(client, settings, db):
    settings.LOGIN_ADDRESS_LIMIT = 6
    for i in range(6):
        _sign_in(client, f"user{i}", "wrong", address="198.51.100.9")
    response = _sign_in(client, "user99", "wrong", address="198.51.100.9")
    assert ADDRESS_LOCKED in response.content.decode()
    other = _sign_in(client, "user99", "wrong", address="198.51.100.10")
    assert ADDRESS_LOCKED not in other.content.decode()


def test_a_flood_from_many_addresses_locks_unknown_addresses_but_not_the_owners(
    client, settings, officer
):
    settings.LOGIN_ACCOUNT_LIMIT = 10
    assert _sign_in(client, "petugas", PASSWORD, address="10.1.1.1").status_code == 302
    client.logout()
    for i in range(12):  # anonymous attempts, one from each of many addresses
        _sign_in(client, "petugas", "wrong", address=f"203.0.113.{i + 1}")
    stranger = _sign_in(client, "petugas", PASSWORD, address="198.51.100.200")
    assert LOCKED in stranger.content.decode()  # an unknown address is locked out
    owner = _sign_in(client, "petugas", PASSWORD, address="10.1.1.1")
    assert owner.status_code == 302  # the owner's usual address still signs in


def test_the_window_ends_the_lock(client, officer):
    for _ in range(5):
        _sign_in(client, "petugas", "wrong")
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=31)):
        assert _sign_in(client, "petugas", PASSWORD).status_code == 302


def test_the_admin_sign_in_is_throttled_too(client, db):
    make_user(Role.ADMIN, username="root")
    for _ in range(5):
        client.post(
            "/admin/login/", {"username": "root", "password": "wrong"}, REMOTE_ADDR="10.0.0.5"
        )
    response = client.post(
        "/admin/login/", {"username": "root", "password": PASSWORD}, REMOTE_ADDR="10.0.0.5"
    )
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_counters_hold_no_address_in_clear_and_old_ones_are_swept(client, officer):
    from siapekspor.accounts.models import Throttle

    with time_machine.travel(timezone.now() - dt.timedelta(days=2)):
        _sign_in(client, "lama", "wrong", address="192.0.2.1")
    assert Throttle.objects.exists()
    assert not any("192.0.2.1" in t.key or "lama" in t.key for t in Throttle.objects.all())
    _sign_in(client, "petugas", "wrong", address="10.0.0.2")
    keys = set(Throttle.objects.values_list("key", flat=True))
    assert len(keys) == 3  # this attempt's counters only: the two-day-old ones are gone


# --- password-reset mail ----------------------------------------------------------------


def _reset(client, email, address="10.0.0.1"):
    return client.post("/accounts/password-reset/", {"email": email}, REMOTE_ADDR=address)


def test_reset_mail_is_limited_per_email_address(client, settings, db):
    settings.PASSWORD_RESET_EMAIL_LIMIT = 3
    make_user(Role.PROVINCE_OFFICER, username="siti").__class__.objects.filter(
        username="siti"
    ).update(email="siti@example.go.id")
    for i in range(3):
        assert _reset(client, "siti@example.go.id", address=f"10.0.0.{i}").status_code == 302
    refused = _reset(client, "SITI@example.go.id", address="10.0.0.77")
    assert refused.status_code == 200 and "Terlalu banyak permintaan" in refused.content.decode()
    assert len(mail.outbox) == 3


def test_reset_mail_is_limited_per_client_address(client, settings, db):
    settings.PASSWORD_RESET_ADDRESS_LIMIT = 4
    for i in range(4):
        assert _reset(client, f"nobody{i}@example.go.id").status_code == 302
    assert _reset(client, "nobody9@example.go.id").status_code == 200
    assert _reset(client, "nobody9@example.go.id", address="10.9.9.9").status_code == 302


# --- API tokens ---------------------------------------------------------------------------


def test_tokens_expire_after_the_configured_days(client, settings, officer):
    settings.API_TOKEN_DAYS = 90
    token, raw = api_token_issue(user=officer, name="script")
    assert abs(token.expires_at - token.created_at - dt.timedelta(days=90)) < dt.timedelta(
        seconds=5
    )
    auth = {"HTTP_AUTHORIZATION": f"Bearer {raw}"}
    assert client.get("/api/v1/enterprises", **auth).status_code == 200
    with time_machine.travel(timezone.now() + dt.timedelta(days=91)):
        assert client.get("/api/v1/enterprises", **auth).status_code == 401


def test_my_account_lists_live_tokens_with_expiry_and_revokes_them(client, officer):
    token, raw = api_token_issue(user=officer, name="laporan")
    expired, _raw = api_token_issue(user=officer, name="lama")
    ApiToken.objects.filter(pk=expired.pk).update(expires_at=timezone.now())
    client.force_login(officer)
    page = client.get("/accounts/profile/").content.decode()
    assert "laporan" in page and "lama" not in page and "berlaku sampai" in page
    assert client.post(f"/accounts/tokens/{token.pk}/revoke/").status_code == 302
    api = client.__class__()
    assert api.get("/api/v1/enterprises", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 401


def test_a_password_reset_revokes_every_token(client, officer):
    officer.email = "petugas@example.go.id"
    officer.save(update_fields=["email"])
    _token, raw = api_token_issue(user=officer, name="script")
    _reset(client, "petugas@example.go.id")
    link = re.search(r"https?://\S+/reset/\S+/", mail.outbox[0].body).group(0)
    form_page = client.get(link.split("testserver", 1)[1], follow=True)
    new = "Sangat-Rahasia-2026!"
    done = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}
    )
    assert done.status_code == 302
    api = client.__class__()
    assert api.get("/api/v1/enterprises", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 401
    assert AuditEntry.objects.filter(action="accounts.api_token.revoked_all").exists()


def test_any_password_change_revokes_tokens(officer):
    token, _raw = api_token_issue(user=officer, name="script")
    officer.set_password("Another-Long-Pass-9")
    officer.save()
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_changepassword_command_revokes_tokens(officer, monkeypatch):
    token, _raw = api_token_issue(user=officer, name="script")
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "Another-Long-Pass-9")
    call_command("changepassword", "petugas", stdout=None)
    token.refresh_from_db()
    assert token.revoked_at is not None


# --- sessions ----------------------------------------------------------------------------


def test_the_absolute_session_lifetime_does_not_slide_with_activity(client, settings, officer):
    settings.SESSION_ABSOLUTE_TIMEOUT_SECONDS = 4 * 3600
    settings.SESSION_IDLE_TIMEOUT_SECONDS = 3600
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        client.force_login(officer)
        assert client.get("/accounts/profile/").status_code == 200
        expiry = client.session.get_expiry_date()
        for _ in range(7):  # active every 30 minutes: never idle
            clock.shift(dt.timedelta(minutes=30))
            assert client.get("/accounts/profile/").status_code == 200
            assert client.session.get_expiry_date() == expiry  # last_seen saved, no slide
        clock.shift(dt.timedelta(minutes=31))  # 4 h 1 min after sign-in
        response = client.get("/accounts/profile/")
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_idle_session_ends(client, settings, officer):
    settings.SESSION_IDLE_TIMEOUT_SECONDS = 600
    with time_machine.travel(timezone.now(), tick=False) as clock:
        client.force_login(officer)
        assert client.get("/accounts/profile/").status_code == 200
        clock.shift(dt.timedelta(minutes=11))
        assert client.get("/accounts/profile/").status_code == 302
