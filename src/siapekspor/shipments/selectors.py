"""Reads of shipments and export status, scoped to the user."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from siapekspor.shipments.access import shipment_scope
from siapekspor.shipments.models import ExportStatus, Shipment


@dataclass
class ShipmentFilters:
    q: str = ""
    kind: str = ""
    verification: str = ""
    year: int | None = None


def shipment_list(user, filters: ShipmentFilters) -> QuerySet[Shipment]:
    qs = shipment_scope(user).select_related("enterprise", "hs_code")
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    if filters.verification:
        qs = qs.filter(verification=filters.verification)
    if filters.year:
        qs = qs.filter(export_date__year=filters.year)
    term = filters.q.strip()
    if term:
        from django.db.models import Q

        qs = qs.filter(
            Q(peb_number__icontains=term)
            | Q(enterprise__name__icontains=term)
            | Q(exporter_name__icontains=term)
            | Q(buyer__icontains=term)
        )
    return qs.order_by("-export_date", "-id")


def enterprise_shipments(enterprise_id: int, limit: int = 10) -> list[Shipment]:
    from django.db.models import Q

    return list(
        Shipment.objects.filter(
            Q(enterprise_id=enterprise_id) | Q(suppliers__enterprise_id=enterprise_id)
        )
        .select_related("hs_code")
        .distinct()
        .order_by("-export_date", "-id")[:limit]
    )


def status_of(enterprise_id: int) -> ExportStatus | None:
    return ExportStatus.objects.filter(enterprise_id=enterprise_id).first()


def verified_export_events(enterprise_ids=None):
    """(enterprise id, export date, channel, shipment id, FOB USD attributed, FOB Rp attributed,
    HS code, destination) for every verified export: direct shipments in full, indirect ones
    per supplier with the supplier's share. The one source of the status and the KPIs."""
    from decimal import Decimal

    from siapekspor.shipments.models import ShipmentSupplier, Verification

    direct = Shipment.objects.filter(
        verification=Verification.VERIFIED, enterprise__isnull=False, kind="direct"
    )
    indirect = ShipmentSupplier.objects.filter(
        shipment__verification=Verification.VERIFIED, share_percent__gt=0
    )
    if enterprise_ids is not None:
        direct = direct.filter(enterprise_id__in=enterprise_ids)
        indirect = indirect.filter(enterprise_id__in=enterprise_ids)
    for row in direct.values_list(
        "enterprise_id", "export_date", "id", "fob_usd", "fob_idr", "hs_code_id", "destination"
    ).iterator(chunk_size=20000):
        yield (row[0], row[1], "direct", row[2], row[3], row[4], row[5], row[6])
    hundred = Decimal(100)
    for row in indirect.values_list(
        "enterprise_id",
        "shipment__export_date",
        "shipment_id",
        "shipment__fob_usd",
        "shipment__fob_idr",
        "shipment__hs_code_id",
        "shipment__destination",
        "share_percent",
    ).iterator(chunk_size=20000):
        share = Decimal(row[7]) / hundred
        yield (
            row[0],
            row[1],
            "indirect",
            row[2],
            Decimal(row[3]) * share,
            Decimal(row[4]) * share,
            row[5],
            row[6],
        )
