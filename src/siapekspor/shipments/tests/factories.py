"""Shipments for tests, through the real services."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from siapekspor.accounts.models import Role, User
from siapekspor.registry.models import HsCode
from siapekspor.registry.tests.factories import make_user
from siapekspor.shipments.services import ShipmentData, shipment_save, shipment_verify

_seq = itertools.count(1)


def officer() -> User:
    return User.objects.filter(role=Role.PROVINCE_OFFICER).first() or make_user(
        Role.PROVINCE_OFFICER
    )


def hs6() -> str:
    return HsCode.objects.filter(level=6).order_by("code").values_list("code", flat=True)[0]


def data(**overrides) -> ShipmentData:
    values = dict(
        peb_number=f"PEB-{next(_seq):06d}",
        export_date=dt.date(2025, 3, 1),
        hs_code=hs6(),
        destination="JPN",
        fob_usd=Decimal(1000),
        fob_idr=Decimal(16_000_000),
        quantity=Decimal(100),
        unit="kg",
    )
    values.update(overrides)
    return ShipmentData(**values)


def make_shipment(*, verified: bool = True, actor=None, evidence=None, **overrides):
    actor = actor or officer()
    shipment = shipment_save(actor=actor, data=data(**overrides), evidence_upload=evidence)
    if verified:
        shipment = shipment_verify(actor=officer(), shipment=shipment, approve=True)
    return shipment


def direct(enterprise, day: dt.date, **kw):
    return make_shipment(kind="direct", enterprise_id=enterprise.pk, export_date=day, **kw)


def indirect(suppliers: list[tuple], day: dt.date, **kw):
    return make_shipment(
        kind="indirect",
        exporter_name="PT Agregator Uji",
        suppliers=[(e.pk, Decimal(s)) for e, s in suppliers],
        export_date=day,
        **kw,
    )
