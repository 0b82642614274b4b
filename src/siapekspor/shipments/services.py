"""Every write to shipments and export status: validated, audited, status kept current."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siapekspor.core import bulk, countries
from siapekspor.core.audit import audit_record, diff_fields
from siapekspor.core.errors import ConflictError, PermissionDeniedError, ValidationFailed
from siapekspor.core.signals import announce_figures_changed
from siapekspor.registry.access import enterprise_scope
from siapekspor.registry.models import Enterprise, HsCode
from siapekspor.shipments import access, evidence, rules
from siapekspor.shipments.access import ensure_can_edit
from siapekspor.shipments.models import (
    ExportStatus,
    Shipment,
    ShipmentKind,
    ShipmentSupplier,
    Verification,
)
from siapekspor.shipments.selectors import verified_export_events

if TYPE_CHECKING:
    from collections.abc import Iterable

    from django.core.files.uploadedfile import UploadedFile
    from django_stubs_ext import StrOrPromise

    from siapekspor.accounts.models import User
    from siapekspor.shipments.selectors import ExportEvent

FIELDS = [
    "peb_number",
    "kind",
    "enterprise_id",
    "exporter_name",
    "export_date",
    "hs_code_id",
    "destination",
    "fob_usd",
    "fob_idr",
    "quantity",
    "unit",
    "buyer",
    "incoterm",
]


@dataclass
class ShipmentData:
    peb_number: str
    export_date: dt.date
    hs_code: str
    destination: str
    fob_usd: Decimal
    fob_idr: Decimal
    quantity: Decimal
    unit: str
    kind: str = ShipmentKind.DIRECT
    enterprise_id: int | None = None
    exporter_name: str = ""
    buyer: str = ""
    incoterm: str = "FOB"
    suppliers: list[tuple[int, Decimal]] = field(default_factory=list)
    source: str = ""


def _snapshot(shipment: Shipment) -> dict[str, Any]:
    return {name: getattr(shipment, name) for name in FIELDS}


def _check(actor: User, data: ShipmentData) -> dict[int, Enterprise]:
    """Field rules beyond the model's, and the enterprises the actor may attach."""
    problems: list[tuple[str, StrOrPromise]] = []
    data.peb_number = (data.peb_number or "").strip().upper()
    data.destination = (data.destination or "").strip().upper()
    if not countries.is_valid(data.destination):
        problems.append(("destination", _("Unknown country: use the three-letter ISO code.")))
    if data.destination == "IDN":
        problems.append(("destination", _("An export goes to a country other than Indonesia.")))
    if not HsCode.objects.filter(code=data.hs_code, level=6).exists():
        problems.append(("hs_code", _("Use a six-digit HS code from the reference list.")))
    if data.export_date and data.export_date > timezone.localdate():
        problems.append(("export_date", _("The export date cannot be in the future.")))
    if data.kind == ShipmentKind.INDIRECT:
        data.enterprise_id = None
    supplier_ids = [e for e, _s in data.suppliers]
    ids = list(supplier_ids)
    if data.enterprise_id:
        ids.append(data.enterprise_id)
    visible = {e.pk: e for e in enterprise_scope(actor).filter(pk__in=ids)}
    if data.kind == ShipmentKind.DIRECT:
        if not data.enterprise_id:
            problems.append(("enterprise", _("A direct export needs the exporting enterprise.")))
        if data.suppliers:
            problems.append(("suppliers", _("Supplier shares belong to indirect exports only.")))
    else:
        if not data.exporter_name.strip():
            problems.append(("exporter_name", _("Name the exporter or aggregator.")))
        if not data.suppliers:
            problems.append(("suppliers", _("An indirect export needs at least one IKM supplier.")))
        if len(set(supplier_ids)) != len(supplier_ids):
            problems.append(("suppliers", _("Each supplier may appear only once.")))
        total = sum((s for _e, s in data.suppliers), Decimal(0))
        if any(s <= 0 or s > 100 for _e, s in data.suppliers):
            problems.append(("suppliers", _("Each share must be above 0 and at most 100 %.")))
        elif total > 100:
            problems.append(("suppliers", _("The supplier shares add up to more than 100 %.")))
    missing = [i for i in ids if i not in visible]
    if missing:
        problems.append(
            (
                "enterprise" if data.kind == ShipmentKind.DIRECT else "suppliers",
                _("The enterprise was not found in your scope."),
            )
        )
    if problems:
        raise ValidationFailed(details=problems)
    return visible


def _ensure_may_write(actor: User, data: ShipmentData) -> None:
    if not access.can_record(actor, kind=data.kind, enterprise_id=data.enterprise_id):
        raise PermissionDeniedError()


def _apply(shipment: Shipment, data: ShipmentData) -> None:
    shipment.peb_number = data.peb_number
    shipment.kind = data.kind
    shipment.enterprise_id = data.enterprise_id
    shipment.exporter_name = data.exporter_name.strip()
    shipment.export_date = data.export_date
    shipment.hs_code_id = data.hs_code
    shipment.destination = data.destination
    shipment.fob_usd = data.fob_usd
    shipment.fob_idr = data.fob_idr
    shipment.quantity = data.quantity
    shipment.unit = data.unit.strip()
    shipment.buyer = data.buyer.strip()
    shipment.incoterm = data.incoterm
    if data.source:
        shipment.source = data.source


def _full_clean(shipment: Shipment) -> None:
    try:
        shipment.full_clean(exclude=["enterprise", "hs_code"])
    except ValidationError as exc:
        raise ValidationFailed(
            details=[(f, m) for f, msgs in exc.message_dict.items() for m in msgs]
        ) from exc


def _party_ids(shipment: Shipment) -> set[int]:
    ids = set(shipment.suppliers.values_list("enterprise_id", flat=True))
    if shipment.enterprise_id:
        ids.add(shipment.enterprise_id)
    return ids


@transaction.atomic
def shipment_save(
    *,
    actor: User,
    data: ShipmentData,
    shipment: Shipment | None = None,
    evidence_upload: UploadedFile[bytes] | None = None,
) -> Shipment:
    """Create (shipment=None) or change a shipment. A change puts it back to awaiting
    verification; the export status of every enterprise involved is refreshed."""
    _ensure_may_write(actor, data)
    _check(actor, data)
    before = _snapshot(shipment) if shipment else {}
    was_verified = shipment is not None and shipment.verification == Verification.VERIFIED
    affected = _party_ids(shipment) if shipment else set()
    if shipment is None:
        if Shipment.objects.filter(peb_number=(data.peb_number or "").upper()).exists():
            raise ConflictError(
                _("A shipment with this PEB number is already recorded."), field="peb_number"
            )
        shipment = Shipment()
    else:
        ensure_can_edit(actor, shipment)
        if Shipment.objects.filter(peb_number=data.peb_number).exclude(pk=shipment.pk).exists():
            raise ConflictError(
                _("A shipment with this PEB number is already recorded."), field="peb_number"
            )
    _apply(shipment, data)
    _full_clean(shipment)
    if evidence_upload is not None:
        evidence.FILES.attach(shipment, evidence_upload)
    changed = before and diff_fields(before, _snapshot(shipment))
    if before and (changed or evidence_upload is not None):
        shipment.verification = Verification.PENDING
        shipment.verified_by = None
        shipment.verified_at = None
    shipment.save()
    shipment.suppliers.all().delete()
    ShipmentSupplier.objects.bulk_create(
        [
            ShipmentSupplier(shipment=shipment, enterprise_id=e, share_percent=s)
            for e, s in data.suppliers
        ]
    )
    audit_record(
        actor=actor,
        action="shipments.shipment.update" if before else "shipments.shipment.create",
        target=shipment,
        changes=diff_fields(before, _snapshot(shipment)),
    )
    status_refresh(affected | _party_ids(shipment))
    if was_verified and shipment.verification != Verification.VERIFIED:
        announce_figures_changed("shipments.changed")
    return shipment


@transaction.atomic
def shipment_verify(
    *, actor: User, shipment: Shipment, approve: bool, reason: str = ""
) -> Shipment:
    """Verify or reject a shipment (a reason is required to reject); the export status and the indicators follow. Audited."""
    if not access.can_verify(actor):
        raise PermissionDeniedError()
    if not approve and not reason.strip():
        raise ValidationFailed(_("Give the reason for rejecting the shipment."), field="reason")
    before = {"verification": shipment.verification}
    shipment.verification = Verification.VERIFIED if approve else Verification.REJECTED
    shipment.rejection_reason = "" if approve else reason.strip()[:300]
    shipment.verified_by = actor
    shipment.verified_at = timezone.now()
    shipment.save(
        update_fields=[
            "verification",
            "rejection_reason",
            "verified_by",
            "verified_at",
            "updated_at",
        ]
    )
    audit_record(
        actor=actor,
        action="shipments.shipment.verify" if approve else "shipments.shipment.reject",
        target=shipment,
        changes=diff_fields(before, {"verification": shipment.verification}),
        reason=reason,
    )
    status_refresh(_party_ids(shipment))
    if approve or before["verification"] == Verification.VERIFIED:
        announce_figures_changed("shipments.verified" if approve else "shipments.rejected")
    return shipment


@transaction.atomic
def shipment_delete(*, actor: User, shipment: Shipment) -> None:
    """Delete a shipment and its evidence file; the export status of its parties is recomputed. Audited."""
    ensure_can_edit(actor, shipment)
    affected = _party_ids(shipment)
    was_verified = shipment.verification == Verification.VERIFIED
    evidence.FILES.delete_on_commit(shipment)
    audit_record(actor=actor, action="shipments.shipment.delete", target=shipment)
    shipment.delete()
    status_refresh(affected)
    if was_verified:
        announce_figures_changed("shipments.deleted")


def _row(ent: int, d: rules.Derived, as_of: dt.date) -> tuple[Any, ...]:
    """One `ExportStatus` row in the order of STATUS_COLUMNS."""
    return (
        ent,
        d.status,
        d.first_export_date,
        d.last_export_date,
        d.last_direct_date,
        d.last_indirect_date,
        d.shipments,
        d.is_repeat,
        as_of,
    )


STATUS_COLUMNS = [
    "enterprise_id",
    "status",
    "first_export_date",
    "last_export_date",
    "last_direct_date",
    "last_indirect_date",
    "shipments",
    "is_repeat",
    "as_of",
]


@transaction.atomic
def status_refresh(enterprise_ids: Iterable[int], as_of: dt.date | None = None) -> None:
    """Recompute the export status of a few enterprises (after a shipment changes)."""
    ids = sorted({i for i in enterprise_ids if i})
    if not ids:
        return
    as_of = as_of or timezone.localdate()
    profiles = rules.derive_all(verified_export_events(ids), as_of)
    ExportStatus.objects.filter(enterprise_id__in=ids).delete()
    bulk.insert_rows(
        ExportStatus,
        STATUS_COLUMNS,
        (_row(e, p.derived, as_of) for e, p in sorted(profiles.items())),
    )


@transaction.atomic
def status_recompute(
    as_of: dt.date | None = None, *, events: Iterable[ExportEvent] | None = None
) -> dict[str, int]:
    """Recompute every enterprise's export status as of a date (default today): the nightly
    task `shipments.tasks.refresh_export_statuses` calls it, since statuses lapse with time.
    `events` may pass the already-read `verified_export_events()`."""
    as_of = as_of or timezone.localdate()
    profiles = rules.derive_all(verified_export_events() if events is None else events, as_of)
    ExportStatus.objects.all().delete()
    bulk.insert_rows(
        ExportStatus,
        STATUS_COLUMNS,
        (_row(e, p.derived, as_of) for e, p in sorted(profiles.items())),
    )
    counts: dict[str, int] = defaultdict(int)
    for p in profiles.values():
        counts[p.derived.status] += 1
    return dict(counts)
