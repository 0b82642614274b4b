"""Password change on "My account" (issue 13 item 7)."""

from __future__ import annotations

from siapekspor.accounts.models import ApiToken
from siapekspor.accounts.services import api_token_issue
from siapekspor.core.models import AuditEntry

NEW = "Kopi-Liwa-2026-baru"


def test_change_password_keeps_the_session_and_revokes_tokens(client, users):
    user = users["regency_officer"]
    api_token_issue(user=user, name="skrip")
    client.force_login(user)
    profile = client.get("/accounts/profile/").content.decode()
    assert "/accounts/password/" in profile
    response = client.post(
        "/accounts/password/",
        {"old_password": "pw-for-tests-1", "new_password1": NEW, "new_password2": NEW},
    )
    assert response.status_code == 302 and response["Location"].endswith("/accounts/profile/")
    user.refresh_from_db()
    assert user.check_password(NEW)
    assert not ApiToken.objects.filter(user=user, revoked_at__isnull=True).exists()
    assert AuditEntry.objects.filter(action="accounts.password.changed", target_id=str(user.pk))
    assert client.get("/accounts/profile/").status_code == 200  # still signed in


def test_a_wrong_old_password_is_refused_in_indonesian(client, users):
    client.force_login(users["enterprise_owner"])
    response = client.post(
        "/accounts/password/",
        {"old_password": "salah", "new_password1": NEW, "new_password2": NEW},
    )
    assert response.status_code == 200
    assert "Sandi lama Anda yang dimasukkan salah" in response.content.decode()
    users["enterprise_owner"].refresh_from_db()
    assert users["enterprise_owner"].check_password("pw-for-tests-1")
