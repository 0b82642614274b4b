"""Who may see and change shipments (the rules live here and in accounts.roles)."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import Http404

from siapekspor.accounts import roles
from siapekspor.accounts.models import Role
from siapekspor.core.errors import PermissionDeniedError
from siapekspor.shipments.models import Shipment


def can_list_shipments(user) -> bool:
    return roles.can_list_enterprises(user)


def can_verify(user) -> bool:
    return roles.is_officer(user)


def shipment_scope(user) -> QuerySet[Shipment]:
    """Shipments the user may open: officers in their scope, owners their own (direct or as a
    supplier); partners none (they see aggregates only)."""
    qs = Shipment.objects.all()
    role = roles.role_of(user)
    if role in roles.PROVINCE_WIDE_ROLES:
        return qs
    if role == Role.REGENCY_OFFICER:
        return qs.filter(
            Q(enterprise__regency_id=user.regency_id)
            | Q(suppliers__enterprise__regency_id=user.regency_id)
        ).distinct()
    if role == Role.ENTERPRISE_OWNER and user.enterprise_id:
        return qs.filter(
            Q(enterprise_id=user.enterprise_id) | Q(suppliers__enterprise_id=user.enterprise_id)
        ).distinct()
    return qs.none()


def get_shipment_for_user(user, pk) -> Shipment:
    try:
        return shipment_scope(user).select_related("enterprise", "hs_code").get(pk=pk)
    except (Shipment.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def ensure_can_edit(user, shipment: Shipment) -> None:
    """Officers edit shipments in scope; owners only their own unverified direct shipments."""
    role = roles.role_of(user)
    if role in roles.OFFICER_ROLES:
        return
    if (
        role == Role.ENTERPRISE_OWNER
        and shipment.enterprise_id == user.enterprise_id
        and shipment.verification != "verified"
    ):
        return
    raise PermissionDeniedError()


# ---- Shipment imports (uploaded spreadsheets) ----------------------------------------------


def get_import_for_user(user, pk):
    """A shipment import its uploader, or a province-wide officer, may open; else 404."""
    from siapekspor.shipments.models import ShipmentImport

    if not can_verify(user):
        raise Http404
    qs = ShipmentImport.objects.all()
    if not roles.is_province_wide(user):
        qs = qs.filter(created_by=user)
    try:
        return qs.get(pk=pk)
    except (ShipmentImport.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
