"""Test data built through the real services (so sealing and audit happen as in production)."""

from __future__ import annotations

import itertools
from decimal import Decimal

from siapekspor.accounts.models import Role, User
from siapekspor.registry.models import District, KbliCode, Regency
from siapekspor.registry.services import EnterpriseData, enterprise_register

_seq = itertools.count(1)


def make_user(
    role: str,
    *,
    username: str | None = None,
    regency: str | None = None,
    enterprise=None,
    partner: str = "",
) -> User:
    user = User.objects.create_user(
        username=username or f"{role}-{next(_seq)}",
        password="pw-for-tests-1",
        role=role,
        regency_id=regency,
        enterprise=enterprise,
        partner_organisation=partner,
        is_staff=role == Role.ADMIN,
        is_superuser=role == Role.ADMIN,
    )
    return user


def enterprise_data(**overrides) -> EnterpriseData:
    n = next(_seq)
    regency = Regency.objects.get(code=overrides.pop("regency", "18.71"))
    district = overrides.pop("district", None)
    if district is None:
        district = District.objects.filter(regency=regency).order_by("code").first()
    elif isinstance(district, str):
        district = District.objects.get(code=district)
    kbli = overrides.pop("kbli", "10794")
    values = dict(
        name=f"Keripik Pisang Uji {n}",
        regency=regency,
        district=district,
        nib=f"{9100000000000 + n}",
        owner_name="Siti Aminah",
        owner_gender="female",
        nik=f"187101410590{n % 9999 + 1:04d}",
        phone=f"0812{34500000 + n}",
        address="Jl. Pagar Alam No. 1",
        kbli=KbliCode.objects.filter(code=kbli).first() if kbli else None,
        annual_revenue=Decimal(150_000_000),
        workforce=4,
    )
    values.update(overrides)
    return EnterpriseData(**values)


def make_enterprise(actor=None, **overrides):
    if actor is None:
        actor = User.objects.filter(role=Role.ADMIN).first() or make_user(Role.ADMIN)
    # Test data may share an owner's NIK or phone on purpose (dedup, searches): the door's
    # warning is tested through the services, forms and API themselves.
    return enterprise_register(
        actor=actor, data=enterprise_data(**overrides), confirm_different=True
    )


def make_users() -> dict[str, User]:
    own = make_enterprise(regency="18.71", name="Kopi Milik Pemilik")
    return {
        "admin": make_user(Role.ADMIN),
        "province_officer": make_user(Role.PROVINCE_OFFICER),
        "regency_officer": make_user(Role.REGENCY_OFFICER, regency="18.71"),
        "partner_officer": make_user(Role.PARTNER_OFFICER, partner="LPEI"),
        "enterprise_owner": make_user(Role.ENTERPRISE_OWNER, enterprise=own),
    }
