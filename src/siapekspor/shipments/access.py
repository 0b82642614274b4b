"""Who may see and change shipments (the rules live here and in accounts.roles)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Q, QuerySet
from django.http import Http404

from siapekspor.accounts import roles
from siapekspor.accounts.roles import Actor
from siapekspor.core.errors import PermissionDeniedError
from siapekspor.shipments.models import Shipment, ShipmentKind

if TYPE_CHECKING:
    from siapekspor.registry.models import Enterprise
    from siapekspor.shipments.models import ShipmentImport


def can_list_shipments(user: Actor) -> bool:
    return roles.can_list_enterprises(user)


def can_verify(user: Actor) -> bool:
    return roles.is_officer(user)


def shipment_scope(user: Actor) -> QuerySet[Shipment]:
    """Shipments the user may open: officers in their scope, owners their own (direct or as a
    supplier); partners none (they see aggregates only)."""
    qs = Shipment.objects.all()
    if roles.is_province_wide(user):
        return qs
    lock = roles.regency_lock(user)
    if lock:
        return qs.filter(
            Q(enterprise__regency_id=lock) | Q(suppliers__enterprise__regency_id=lock)
        ).distinct()
    owned = roles.owned_enterprise_id(user)
    if owned:
        return qs.filter(Q(enterprise_id=owned) | Q(suppliers__enterprise_id=owned)).distinct()
    return qs.none()


def get_shipment_for_user(user: Actor, pk: int) -> Shipment:
    try:
        return shipment_scope(user).select_related("enterprise", "hs_code").get(pk=pk)
    except (Shipment.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def ensure_can_edit(user: Actor, shipment: Shipment) -> None:
    """Officers edit shipments in scope; owners only their own unverified direct shipments."""
    if roles.is_officer(user):
        return
    owned = roles.owned_enterprise_id(user)
    if (
        owned is not None
        and shipment.enterprise_id == owned
        and shipment.verification != "verified"
    ):
        return
    raise PermissionDeniedError()


def can_record(user: Actor, *, kind: str, enterprise_id: int | None) -> bool:
    """Officers record any shipment in their scope; an owner only their own direct exports."""
    if roles.is_officer(user):
        return True
    owned = roles.owned_enterprise_id(user)
    return owned is not None and kind == ShipmentKind.DIRECT and enterprise_id == owned


def can_see_export_panel(user: Actor, enterprise: Enterprise) -> bool:
    """The export panel on an enterprise's page: officers and the enterprise's owner, and a
    partner organisation whose consent in force discloses the export record (read-only)."""
    if roles.is_officer(user) or roles.owned_enterprise_id(user) == enterprise.pk:
        return True
    from siapekspor.registry.access import Area, enterprise_scope

    return enterprise_scope(user, Area.SHIPMENTS).filter(pk=enterprise.pk).exists()


def can_open_shipments(user: Actor) -> bool:
    """Links from the export panel to the shipments pages: officers and owners (a partner
    reads the panel only)."""
    return roles.is_officer(user) or roles.is_owner(user)


# ---- Shipment imports (uploaded spreadsheets) ----------------------------------------------


def get_import_for_user(user: Actor, pk: int) -> ShipmentImport:
    """A shipment import its uploader, or a province-wide officer, may open; else 404."""
    from siapekspor.shipments.models import ShipmentImport

    if not can_verify(user):
        raise Http404
    qs = ShipmentImport.objects.all()
    if not roles.is_province_wide(user):
        qs = qs.filter(created_by_id=user.pk)
    try:
        return qs.get(pk=pk)
    except (ShipmentImport.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
