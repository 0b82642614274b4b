"""Writes for accounts: users, API tokens, login throttling."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siapekspor.accounts import access
from siapekspor.accounts.models import ApiToken, KnownAddress, LoginFailure, Throttle, User
from siapekspor.core.audit import audit_record
from siapekspor.core.crypto import blind_index
from siapekspor.core.errors import ValidationFailed

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from siapekspor.accounts.models import ApiToken, User
    from siapekspor.registry.models import Enterprise, Regency

TOKEN_PREFIX = "sek_"  # noqa: S105 — a public prefix, not a secret


def token_hash(raw: str) -> str:
    # Tokens carry 256 random bits, so a plain SHA-256 cannot be brute-forced.
    """The stored form of an API token: SHA-256 of the raw token (never stored itself)."""
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@transaction.atomic
def user_create(
    *,
    actor: User,
    username: str,
    password: str | None,
    role: str,
    email: str = "",
    first_name: str = "",
    last_name: str = "",
    regency: Regency | None = None,
    enterprise: Enterprise | None = None,
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
    """Issue a token valid for SIAPEKSPOR_API_TOKEN_DAYS; returns the record and the secret,
    which is shown only once."""
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user,
        name=name.strip()[:80] or "API",
        prefix=raw[:12],
        key_hash=token_hash(raw),
        expires_at=timezone.now() + dt.timedelta(days=settings.API_TOKEN_DAYS),
    )
    audit_record(
        actor=user,
        action="accounts.api_token.issued",
        target=token,
        changes={"expires_at": [None, token.expires_at.isoformat()]},
    )
    return token, raw


@transaction.atomic
def api_token_revoke(*, user: User, token: ApiToken) -> None:
    """Revoke one of the user's tokens (from "My account"); audited."""
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    audit_record(actor=user, action="accounts.api_token.revoked", target=token)


@transaction.atomic
def api_tokens_revoke_all(*, user: User, reason: str) -> int:
    """Revoke every live token of `user` (their password changed or was reset); audited.
    Returns how many were revoked."""
    count = ApiToken.objects.filter(user=user, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    if count:
        audit_record(
            actor=user,
            action="accounts.api_token.revoked_all",
            target=user,
            changes={"tokens": count},
            reason=reason,
        )
    return count


@transaction.atomic
def password_change(*, user: User, new_password: str) -> int:
    """Set a new password chosen on "My account" (the form has checked the old one and the
    password rules). Every API token of the user is revoked by the password rules'
    `password_changed` hook (`passwords.py`), as on a reset; audited. Returns how many tokens
    were revoked."""
    live = ApiToken.objects.filter(user=user, revoked_at__isnull=True).count()
    user.set_password(new_password)
    user.save(update_fields=["password"])
    audit_record(actor=user, action="accounts.password.changed", target=user)
    return live - ApiToken.objects.filter(user=user, revoked_at__isnull=True).count()


def user_language_set(*, user: User, language: str) -> bool:
    """Remember the language a signed-in user chose with the language switch (pages without a
    prefix, e-mails and reports follow it). Returns whether it changed."""
    from siapekspor.core import i18n

    code = i18n.normalise(language)
    if code != language.strip().lower().replace("_", "-") or user.preferred_language == code:
        return False
    user.preferred_language = code
    user.save(update_fields=["preferred_language"])
    return True


def api_tokens_live(user: User) -> QuerySet[ApiToken]:
    """The user's tokens that still authenticate (not revoked, not expired), newest first."""
    return ApiToken.objects.filter(
        user=user, revoked_at__isnull=True, expires_at__gt=timezone.now()
    ).order_by("-created_at")


def api_token_authenticate(raw: str) -> User | None:
    """The active user owning this token if it is neither revoked nor expired, else None.
    Records the last use (at most once a minute)."""
    if not raw or not raw.startswith(TOKEN_PREFIX):
        return None
    now = timezone.now()
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=token_hash(raw), revoked_at__isnull=True, expires_at__gt=now)
        .first()
    )
    if token is None or not token.user.is_active:
        return None
    if token.last_used_at is None or now - token.last_used_at > dt.timedelta(minutes=1):
        token.last_used_at = now
        token.save(update_fields=["last_used_at"])
    return token.user


# --- throttling: sign-in and password-reset mail ------------------------------------------
#
# A slot is taken before the password is checked, with one conditional UPDATE per counter
# (`count < limit`): the database serialises the UPDATEs (a row lock on PostgreSQL, the
# write lock on SQLite), so of a burst of parallel attempts at most `limit` are evaluated
# and the rest are refused without checking the password. Counters live in fixed windows.
#
# Sign-in takes a slot in three counters:
# - the account from this address (LOGIN_FAILURE_LIMIT): guessing one account's password;
# - this address over every account (LOGIN_ADDRESS_LIMIT): one address spraying accounts;
# - the account from addresses it never signed in from (LOGIN_ACCOUNT_LIMIT): a guess spread
#   over many addresses. Known addresses skip it, so a flood does not lock the owner out.
# A successful sign-in gives back its slots and clears the account-and-address counter.

KNOWN_ADDRESS_DAYS = 180


def _throttle_key(kind: str, *parts: str) -> str:
    # Keyed hash: the table holds no e-mail address, username or IP address in clear.
    return kind + ":" + blind_index("\x1f".join(parts), purpose="throttle")[:48]


def _take_slot(key: str, limit: int, window: dt.timedelta) -> bool:
    """Take one slot of `key`'s window if fewer than `limit` are taken; atomic."""
    now = timezone.now()
    since = now - window
    live = Throttle.objects.filter(key=key, window_start__gte=since, count__lt=limit)
    if live.update(count=F("count") + 1):
        return True
    Throttle.objects.bulk_create(
        [Throttle(key=key, window_start=now, count=0)], ignore_conflicts=True
    )
    Throttle.objects.filter(key=key, window_start__lt=since).update(window_start=now, count=0)
    return bool(live.update(count=F("count") + 1))


def _give_back(key: str) -> None:
    Throttle.objects.filter(key=key, count__gt=0).update(count=F("count") - 1)


@dataclass
class LoginAttempt:
    """The slots one sign-in attempt holds; `refused` says why it may not be evaluated."""

    username: str
    ip_address: str | None
    keys: list[str] = field(default_factory=list)
    refused: str = ""  # "" | "account" | "address"


def login_attempt_begin(*, username: str, ip_address: str | None) -> LoginAttempt:
    """Take the slots of a sign-in attempt before its password is checked. A refused attempt
    (`refused` set) holds no slot and must not be evaluated."""
    name = username.strip().lower()[:150]
    address = ip_address or "unknown"
    window = dt.timedelta(minutes=settings.LOGIN_FAILURE_WINDOW_MINUTES)
    attempt = LoginAttempt(username=name, ip_address=ip_address)
    counters = [
        (_throttle_key("pair", name, address), settings.LOGIN_FAILURE_LIMIT, "account"),
        (_throttle_key("addr", address), settings.LOGIN_ADDRESS_LIMIT, "address"),
    ]
    if not _is_known_address(name, ip_address):
        counters.append((_throttle_key("acct", name), settings.LOGIN_ACCOUNT_LIMIT, "account"))
    for key, limit, reason in counters:
        if not _take_slot(key, limit, window):
            for taken in attempt.keys:
                _give_back(taken)
            attempt.keys, attempt.refused = [], reason
            return attempt
        attempt.keys.append(key)
    return attempt


def login_attempt_failed(attempt: LoginAttempt) -> None:
    """A wrong password (or an inactive account): the slots stay taken; recorded. Counters
    and failure records past their use are swept on the way."""
    LoginFailure.objects.create(username=attempt.username, ip_address=attempt.ip_address)
    throttles_purge()


@transaction.atomic
def login_attempt_succeeded(attempt: LoginAttempt, *, user: User) -> None:
    """The password was right: give the slots back, clear this account's failures from this
    address, and remember the address as one the account signs in from."""
    pair, *others = attempt.keys
    Throttle.objects.filter(key=pair).update(count=0)
    for key in others:
        _give_back(key)
    if attempt.ip_address:
        KnownAddress.objects.update_or_create(
            user=user,
            ip_address=attempt.ip_address,
            defaults={"last_success_at": timezone.now()},
        )


def _is_known_address(username: str, ip_address: str | None) -> bool:
    if not ip_address:
        return False
    since = timezone.now() - dt.timedelta(days=KNOWN_ADDRESS_DAYS)
    return KnownAddress.objects.filter(
        user__username__iexact=username, ip_address=ip_address, last_success_at__gte=since
    ).exists()


def password_reset_allowed(*, email: str, ip_address: str | None) -> bool:
    """Take a slot of the hourly password-reset mail limits, per client address and per
    e-mail address asked for (whether or not an account has it, so the answer discloses
    nothing). False: no mail may be sent now."""
    window = dt.timedelta(hours=1)
    address_key = _throttle_key("reset-addr", ip_address or "unknown")
    if not _take_slot(address_key, settings.PASSWORD_RESET_ADDRESS_LIMIT, window):
        return False
    email_key = _throttle_key("reset-mail", email.strip().lower())
    if not _take_slot(email_key, settings.PASSWORD_RESET_EMAIL_LIMIT, window):
        _give_back(address_key)
        return False
    return True


FAILURES_KEPT_DAYS = 90


def throttles_purge() -> int:
    """Delete throttle counters whose window ended more than a day ago, and failed sign-ins
    older than FAILURES_KEPT_DAYS. Returns how many rows went."""
    now = timezone.now()
    counters, _detail = Throttle.objects.filter(
        window_start__lt=now - dt.timedelta(days=1)
    ).delete()
    failures, _detail = LoginFailure.objects.filter(
        created_at__lt=now - dt.timedelta(days=FAILURES_KEPT_DAYS)
    ).delete()
    return counters + failures


def rate_limit_take(*, kind: str, parts: Sequence[str], limit: int, window: dt.timedelta) -> bool:
    """Take one slot of a rate limit keyed by `kind` and `parts` (hashed, never stored in
    clear) with the same atomic counter as sign-ins. False: the limit is reached."""
    return _take_slot(_throttle_key(kind, *parts), limit, window)
