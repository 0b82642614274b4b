"""/api/v1/shipments: the same selectors and services as the pages."""

import datetime as dt
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from ninja import Field, Query, Router, Schema, Status
from ninja.pagination import paginate

from siapekspor.api.params import Id, code_field, id_field, text_field, year_field
from siapekspor.api.schemas import ERRORS
from siapekspor.core.pagination import IdFirstPageNumberPagination
from siapekspor.shipments import access, selectors, services
from siapekspor.shipments.models import ShipmentKind

router = Router(tags=["shipments"])


class SupplierIO(Schema):
    enterprise_id: int = id_field()
    share_percent: Decimal


class ShipmentOut(Schema):
    id: int
    peb_number: str
    kind: str
    enterprise_id: int | None
    exporter_name: str
    export_date: dt.date
    hs_code: str = Field(..., alias="hs_code_id")
    destination: str
    fob_usd: Decimal
    fob_idr: Decimal
    quantity: Decimal
    unit: str
    buyer: str
    incoterm: str
    verification: str
    has_evidence: bool
    is_demo: bool
    suppliers: list[SupplierIO]

    @staticmethod
    def resolve_has_evidence(obj):
        return bool(obj.evidence_file)

    @staticmethod
    def resolve_suppliers(obj):
        return [
            {"enterprise_id": s.enterprise_id, "share_percent": s.share_percent}
            for s in obj.suppliers.all()
        ]


class ShipmentIn(Schema):
    peb_number: str
    kind: str = ShipmentKind.DIRECT
    enterprise_id: int | None = id_field(None)
    exporter_name: str = ""
    export_date: dt.date
    hs_code: str
    destination: str
    fob_usd: Decimal
    fob_idr: Decimal
    quantity: Decimal
    unit: str
    buyer: str = ""
    incoterm: str = "FOB"
    suppliers: list[SupplierIO] = []


class ShipmentFilter(Schema):
    q: str = text_field()
    kind: str = code_field()
    verification: str = code_field()
    year: int | None = year_field()


class VerifyIn(Schema):
    approve: bool
    reason: str = ""


@router.get("/shipments", response={200: list[ShipmentOut], **ERRORS}, summary="List shipments")
@paginate(IdFirstPageNumberPagination)
def list_shipments(request, filters: Query[ShipmentFilter]):
    """Shipments visible to the caller (officers in scope, owners their own)."""
    if not access.can_list_shipments(request.auth):
        raise PermissionDenied
    return selectors.shipment_list(
        request.auth,
        selectors.ShipmentFilters(
            q=filters.q, kind=filters.kind, verification=filters.verification, year=filters.year
        ),
    ).prefetch_related("suppliers")


@router.get(
    "/shipments/{shipment_id}", response={200: ShipmentOut, **ERRORS}, summary="Get one shipment"
)
def get_shipment(request, shipment_id: Id):
    return access.get_shipment_for_user(request.auth, shipment_id)


@router.post("/shipments", response={201: ShipmentOut, **ERRORS}, summary="Record a shipment")
def create_shipment(request, payload: ShipmentIn):
    """Record a shipment (awaiting verification). The PEB number is the natural key: a second
    shipment with the same number is refused with 409."""
    if not access.can_list_shipments(request.auth):
        raise PermissionDenied
    data = payload.dict()
    data["suppliers"] = [(s["enterprise_id"], s["share_percent"]) for s in data["suppliers"]]
    shipment = services.shipment_save(
        actor=request.auth, data=services.ShipmentData(**data, source="API")
    )
    return Status(201, shipment)


@router.post(
    "/shipments/{shipment_id}/verify",
    response={200: ShipmentOut, **ERRORS},
    summary="Verify or reject a shipment",
)
def verify_shipment(request, shipment_id: Id, payload: VerifyIn):
    shipment = access.get_shipment_for_user(request.auth, shipment_id)
    if not access.can_verify(request.auth):
        raise PermissionDenied
    return services.shipment_verify(
        actor=request.auth, shipment=shipment, approve=payload.approve, reason=payload.reason
    )
