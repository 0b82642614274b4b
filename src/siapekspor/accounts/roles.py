"""The roles and what each may do: with the apps' `access.py` modules, the one place where a
role is named or checked (`accounts/tests/test_role_checks.py` fails on any other).

| role             | enterprises            | personal data (NIK, phone, owner) | write |
|------------------|------------------------|-----------------------------------|-------|
| admin            | all                    | with a reason, audited            | yes   |
| province officer | all                    | with a reason, audited            | yes   |
| regency officer  | own regency            | with a reason, audited            | own regency |
| partner officer  | aggregates; consenting | never (masked)                    | referral updates |
| enterprise owner | own enterprise         | own, with a reason, audited       | own enterprise (no create) |

"Consenting": a partner officer opens exactly the enterprises whose owners consent to their
organisation while the consent is in force (`registry.access.enterprise_scope`, partners app).

The functions here speak of roles; each app's `access.py` turns them into the questions of
its domain (`registry.access.can_write_enterprise`, `training.access.can_manage_class`, …),
and services, views and templates ask those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from django.db import models
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from siapekspor.accounts.models import User

# Whoever acts: a signed-in user or the anonymous visitor (every predicate answers both).
Actor: TypeAlias = "User | AnonymousUser"


class Role(models.TextChoices):
    ADMIN = "admin", _("Administrator")
    PROVINCE_OFFICER = "province_officer", _("Province officer")
    REGENCY_OFFICER = "regency_officer", _("Regency officer")
    PARTNER_OFFICER = "partner_officer", _("Partner officer")
    ENTERPRISE_OWNER = "enterprise_owner", _("Enterprise owner")


DEFAULT_ROLE = Role.ENTERPRISE_OWNER
OFFICER_ROLES = frozenset({Role.ADMIN, Role.PROVINCE_OFFICER, Role.REGENCY_OFFICER})
PROVINCE_WIDE_ROLES = frozenset({Role.ADMIN, Role.PROVINCE_OFFICER})
# The database keeps a regency officer without a regency out (User.Meta.constraints).
REGENCY_OFFICER_HAS_REGENCY = ~models.Q(role=Role.REGENCY_OFFICER) | models.Q(regency__isnull=False)


def role_of(user) -> str | None:
    """The role that decides what `user` may do; None when signed out or deactivated."""
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    if user.is_superuser:
        return Role.ADMIN
    return user.role


def is_signed_in(user) -> bool:
    return role_of(user) is not None


def is_officer(user) -> bool:
    return role_of(user) in OFFICER_ROLES


def is_province_wide(user) -> bool:
    return role_of(user) in PROVINCE_WIDE_ROLES


def is_regency_officer(user) -> bool:
    return role_of(user) == Role.REGENCY_OFFICER


def is_partner(user) -> bool:
    return role_of(user) == Role.PARTNER_OFFICER


def is_owner(user) -> bool:
    return role_of(user) == Role.ENTERPRISE_OWNER


def owned_enterprise_id(user) -> int | None:
    """The enterprise an enterprise owner acts for; None for every other role."""
    return user.enterprise_id if is_owner(user) and user.enterprise_id else None


def regency_lock(user) -> str | None:
    """The one regency a regency officer works in; None for everybody else."""
    return user.regency_id if is_regency_officer(user) else None


def in_own_regency(user, regency_id: str | None) -> bool:
    """A province-wide officer anywhere; a regency officer in their own regency only."""
    return is_province_wide(user) or (
        is_regency_officer(user) and regency_id is not None and regency_id == user.regency_id
    )


def can_list_enterprises(user) -> bool:
    return role_of(user) in OFFICER_ROLES | {Role.ENTERPRISE_OWNER}


def can_create_enterprise(user) -> bool:
    return is_officer(user)


def can_see_aggregates(user) -> bool:
    return role_of(user) is not None


def can_reveal_personal_data(user) -> bool:
    """May ask to see a full NIK/phone/owner name (with a reason, audited)."""
    return role_of(user) in OFFICER_ROLES | {Role.ENTERPRISE_OWNER}


def can_export_registry(user) -> bool:
    return is_officer(user)
