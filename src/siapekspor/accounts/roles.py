"""What each role may do: the one place these rules live.

| role             | enterprises            | personal data (NIK, phone, owner) | write |
|------------------|------------------------|-----------------------------------|-------|
| admin            | all                    | with a reason, audited            | yes   |
| province officer | all                    | with a reason, audited            | yes   |
| regency officer  | own regency            | with a reason, audited            | own regency |
| partner officer  | aggregates only        | never by default                  | no    |
| enterprise owner | own enterprise         | own, with a reason, audited       | own enterprise (no create) |
"""

from __future__ import annotations

from siapekspor.accounts.models import Role

OFFICER_ROLES = frozenset({Role.ADMIN, Role.PROVINCE_OFFICER, Role.REGENCY_OFFICER})
PROVINCE_WIDE_ROLES = frozenset({Role.ADMIN, Role.PROVINCE_OFFICER})


def role_of(user) -> str | None:
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    if user.is_superuser:
        return Role.ADMIN
    return user.role


def is_officer(user) -> bool:
    return role_of(user) in OFFICER_ROLES


def is_province_wide(user) -> bool:
    return role_of(user) in PROVINCE_WIDE_ROLES


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
