"""Reads of shipments and export status, scoped to the user."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import QuerySet

from siapekspor.accounts.roles import Actor
from siapekspor.shipments import rules
from siapekspor.shipments.access import shipment_scope
from siapekspor.shipments.models import ExportStatus, Shipment, ShipmentKind


@dataclass
class ShipmentFilters:
    q: str = ""
    kind: str = ""
    verification: str = ""
    year: int | None = None


def shipment_list(user: Actor, filters: ShipmentFilters) -> QuerySet[Shipment]:
    """Shipments the user may see, newest first, filtered by `filters`."""
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
    """The latest shipments of an enterprise, as exporter or as supplier."""
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
    """The enterprise's stored export status (kept by `shipments.services`), or None."""
    return ExportStatus.objects.filter(enterprise_id=enterprise_id).first()


# (enterprise id, export date, channel, shipment id, FOB USD, FOB Rp, HS code, destination)
ExportEvent = tuple[int, dt.date, str, int, Decimal, Decimal, str, str]


def verified_export_events(
    enterprise_ids: Iterable[int] | None = None,
) -> Iterator[ExportEvent]:
    """(enterprise id, export date, channel, shipment id, FOB USD attributed, FOB Rp attributed,
    HS code, destination) for every verified export: direct shipments in full, indirect ones
    per supplier with the supplier's share. The one source of the status and the KPIs."""
    from siapekspor.shipments.models import ShipmentSupplier, Verification

    direct = Shipment.objects.filter(
        verification=Verification.VERIFIED, enterprise__isnull=False, kind=ShipmentKind.DIRECT
    )
    indirect = ShipmentSupplier.objects.filter(
        shipment__verification=Verification.VERIFIED, share_percent__gt=0
    )
    if enterprise_ids is not None:
        direct = direct.filter(enterprise_id__in=enterprise_ids)
        indirect = indirect.filter(enterprise_id__in=enterprise_ids)
    kind_direct, kind_indirect = ShipmentKind.DIRECT.value, ShipmentKind.INDIRECT.value
    for row in direct.values_list(
        "enterprise_id", "export_date", "id", "fob_usd", "fob_idr", "hs_code_id", "destination"
    ).iterator(chunk_size=20000):
        yield (row[0], row[1], kind_direct, row[2], row[3], row[4], row[5], row[6])
    hundred = Decimal(100)
    for irow in indirect.values_list(
        "enterprise_id",
        "shipment__export_date",
        "shipment_id",
        "shipment__fob_usd",
        "shipment__fob_idr",
        "shipment__hs_code_id",
        "shipment__destination",
        "share_percent",
    ).iterator(chunk_size=20000):
        share = Decimal(irow[7]) / hundred
        yield (
            irow[0],
            irow[1],
            kind_indirect,
            irow[2],
            Decimal(irow[3]) * share,
            Decimal(irow[4]) * share,
            irow[5],
            irow[6],
        )


def export_profiles(
    as_of: dt.date, points: Sequence[dt.date] = (), *, events: Iterable[ExportEvent] | None = None
) -> dict[int, rules.Profile]:
    """Every enterprise that exported by `as_of`: its status as of `as_of` and the `points`
    (ascending dates, e.g. month ends) at which it was exporting, by channel — derived by
    `rules` from the verified exports (`events`: already-read `verified_export_events()`).
    Nothing is written: the indicators read this, `ExportStatus` is kept by the services."""
    return rules.derive_all(verified_export_events() if events is None else events, as_of, points)


def first_export_dates(enterprise_ids: Iterable[int] | None = None) -> dict[int, dt.date]:
    """enterprise id → date of its first verified export, for the given enterprises (None:
    all) that exported; kept current by every shipment change (`ExportStatus`)."""
    qs = ExportStatus.objects.all()
    if enterprise_ids is not None:
        qs = qs.filter(enterprise_id__in=list(enterprise_ids))
    return dict(qs.values_list("enterprise_id", "first_export_date").iterator(chunk_size=20000))


def exporting_ids(enterprise_ids: Iterable[int] | None = None) -> set[int]:
    """Enterprises exporting now — a verified export, direct or indirect, in the trailing 12
    months (`rules`, kept in `ExportStatus`) — among the given ones (None: all). Readiness
    reads it to place exporters at least at its export floor."""
    from siapekspor.shipments.models import StatusCode

    qs = ExportStatus.objects.filter(status=StatusCode.EXPORTING)
    if enterprise_ids is not None:
        qs = qs.filter(enterprise_id__in=list(enterprise_ids))
    return set(qs.values_list("enterprise_id", flat=True).iterator(chunk_size=20000))


def shipments_to_verify_count(user: Actor) -> int:
    """Shipments awaiting an officer's verification within the user's scope (0 for those who
    do not verify): an item of the officer's to-do list."""
    from siapekspor.shipments.access import can_verify
    from siapekspor.shipments.models import Verification

    if not can_verify(user):
        return 0
    return shipment_scope(user).filter(verification=Verification.PENDING).count()
