"""Writes for accounts: users, API tokens, login throttling."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siapekspor.accounts import access
from siapekspor.accounts.models import ApiToken, LoginFailure, User
from siapekspor.core.audit import audit_record
from siapekspor.core.errors import ValidationFailed

TOKEN_PREFIX = "sek_"  # noqa: S105 — a public prefix, not a secret


def token_hash(raw: str) -> str:
    # Tokens carry 256 random bits, so a plain SHA-256 cannot be brute-forced.
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@transaction.atomic
def user_create(
    *,
    actor,
    username: str,
    password: str | None,
    role: str,
    email: str = "",
    first_name: str = "",
    last_name: str = "",
    regency=None,
    enterprise=None,
    partner_organisation: str = "",
) -> User:
    """Create a user with a role; a regency officer needs a regency, an owner an enterprise."""
    problems = access.account_scope_problems(role, regency=regency, enterprise=enterprise)
    if problems:
        raise ValidationFailed(details=problems)
    if User.objects.filter(username=username).exists():
        raise ValidationFailed(details=[("username", _("This username is already taken."))])
    user = User(
        username=username,
        email=email,
        first_name=first_name,
        last_name=last_name,
        role=role,
        regency=regency,
        enterprise=enterprise,
        partner_organisation=partner_organisation,
        is_staff=access.is_admin_role(role),
        is_superuser=access.is_admin_role(role),
    )
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.save()
    audit_record(
        actor=actor, action="accounts.user.created", target=user, changes={"role": [None, role]}
    )
    return user


@transaction.atomic
def api_token_issue(*, user: User, name: str) -> tuple[ApiToken, str]:
    """Issue a token; returns the record and the secret, which is shown only once."""
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name.strip()[:80] or "API", prefix=raw[:12], key_hash=token_hash(raw)
    )
    audit_record(actor=user, action="accounts.api_token.issued", target=token)
    return token, raw


@transaction.atomic
def api_token_revoke(*, user: User, token: ApiToken) -> None:
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    audit_record(actor=user, action="accounts.api_token.revoked", target=token)


def api_token_authenticate(raw: str) -> User | None:
    """The active user owning this token, or None. Records the last use (at most per minute)."""
    if not raw or not raw.startswith(TOKEN_PREFIX):
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=token_hash(raw), revoked_at__isnull=True)
        .first()
    )
    if token is None or not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > dt.timedelta(minutes=1):
        token.last_used_at = now
        token.save(update_fields=["last_used_at"])
    return token.user


def login_is_locked(username: str) -> bool:
    """True when the account had LOGIN_FAILURE_LIMIT failures inside the window."""
    since = timezone.now() - dt.timedelta(minutes=settings.LOGIN_FAILURE_WINDOW_MINUTES)
    recent = LoginFailure.objects.filter(username=username.lower(), created_at__gte=since)
    return recent.count() >= settings.LOGIN_FAILURE_LIMIT


def login_failure_record(*, username: str, ip_address: str | None) -> None:
    LoginFailure.objects.create(username=username.lower()[:150], ip_address=ip_address)


def login_failures_clear(*, username: str) -> None:
    LoginFailure.objects.filter(username=username.lower()).delete()
