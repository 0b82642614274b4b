"""/api/v1/buyers: matching a buyer's demand to products and pools of IKM (the same
selectors and services as the pages)."""

import datetime as dt
from decimal import Decimal
from typing import Annotated

from django.core.exceptions import PermissionDenied
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from ninja import Field, Query, Router, Schema, Status

from siapekspor.api.params import Id, code_field, id_field, text_field
from siapekspor.api.schemas import ERRORS
from siapekspor.buyers import access, selectors, services
from siapekspor.core import i18n
from siapekspor.core.errors import ValidationFailed
from siapekspor.registry.models import CapacityUnit

router = Router(tags=["buyers"])


class BuyersMatchOut(Schema):
    product_id: int
    product_name: str
    enterprise_id: int
    enterprise_name: str
    hs_code: str
    score: float
    reasons: list[str]


class BuyersPoolMemberOut(Schema):
    enterprise_id: int
    product_id: int
    quantity: Decimal
    share_percent: Decimal


class BuyersPoolOut(Schema):
    members: list[BuyersPoolMemberOut]
    reasons: list[str]


class BuyersMatchesOut(Schema):
    buyer_id: int
    matches: list[BuyersMatchOut]
    pool: BuyersPoolOut | None


@router.get(
    "/buyers/{buyer_id}/matches",
    response={200: BuyersMatchesOut, **ERRORS},
    summary="Products matching a buyer",
)
def buyer_matches(
    request,
    buyer_id: Id,
    quantity: Annotated[Decimal | None, Query(ge=0, le=10**12, max_digits=16)] = None,
    unit: Annotated[CapacityUnit, Query()] = CapacityUnit.KG,
):
    """Products ranked for the buyer's HS codes, words and market (reasons in the caller's
    language), and a proposed group of IKM when no single one meets `quantity` a month."""
    if not access.can_manage_buyers(request.auth):
        raise PermissionDenied
    buyer = access.get_buyer_for_user(request.auth, buyer_id)
    result = selectors.matches_for(
        request.auth, selectors.demand_of_buyer(buyer, quantity, str(unit))
    )
    language = get_language() or i18n.default()
    pool = None
    if result.pool is not None:
        pool = {
            "members": [
                {
                    "enterprise_id": p.match.enterprise_id,
                    "product_id": p.match.product_id,
                    "quantity": p.quantity,
                    "share_percent": p.share_percent,
                }
                for p in result.pool.members
            ],
            "reasons": result.pool.reasons_in(language),
        }
    return {
        "buyer_id": buyer.pk,
        "matches": [
            {
                "product_id": m.product_id,
                "product_name": m.product_name,
                "enterprise_id": m.enterprise_id,
                "enterprise_name": m.enterprise_name,
                "hs_code": m.hs_code,
                "score": m.score,
                "reasons": m.reasons_in(language),
            }
            for m in result.matches
        ],
        "pool": pool,
    }


# ---- Pools ---------------------------------------------------------------------------------


class BuyersPoolRowOut(Schema):
    enterprise_id: int
    enterprise_name: str
    product_id: int
    quantity: Decimal
    share_percent: Decimal


class BuyersSavedPoolOut(Schema):
    id: int
    status: str
    hs_code: str
    market: str
    quantity: Decimal
    unit: str
    months: int
    inquiry_id: int | None
    buyer_id: int | None
    shipment_id: int | None
    members: list[BuyersPoolRowOut]


class BuyersPoolIn(Schema):
    """The demand whose proposal is saved: an inquiry's, or a buyer's with a quantity."""

    inquiry_id: int | None = id_field(None)
    buyer_id: int | None = id_field(None)
    quantity: Decimal | None = Field(None, ge=0, le=10**12, max_digits=16, decimal_places=2)
    unit: CapacityUnit = CapacityUnit.KG


class BuyersPoolStatusIn(Schema):
    status: str = code_field()


class BuyersPoolShipmentIn(Schema):
    peb_number: str = Field(..., max_length=30)
    export_date: dt.date
    destination: str = code_field()
    fob_usd: Decimal = Field(..., ge=0, le=Decimal("999999999999.99"), decimal_places=2)
    fob_idr: Decimal = Field(..., ge=0, le=Decimal("999999999999999999"), decimal_places=0)
    quantity: Decimal | None = Field(None, ge=0, le=Decimal("99999999999.999"), decimal_places=3)
    exporter_name: str = text_field(max_length=200)
    shipper_id: int | None = id_field(None)
    incoterm: str = code_field("FOB")


class BuyersPoolShipmentOut(Schema):
    shipment_id: int
    peb_number: str
    pool: BuyersSavedPoolOut


def _pool_out(pool):
    return {
        "id": pool.pk,
        "status": pool.status,
        "hs_code": pool.hs_code_id,
        "market": pool.market,
        "quantity": pool.quantity,
        "unit": pool.unit,
        "months": pool.months,
        "inquiry_id": pool.inquiry_id,
        "buyer_id": pool.buyer_id,
        "shipment_id": pool.shipment_id,
        "members": [
            {
                "enterprise_id": m.enterprise_id,
                "enterprise_name": m.enterprise.name,
                "product_id": m.product_id,
                "quantity": m.quantity,
                "share_percent": m.share_percent,
            }
            for m in sorted(pool.members.all(), key=lambda m: (-m.share_percent, m.pk))
        ],
    }


@router.get(
    "/buyers/pools", response={200: list[BuyersSavedPoolOut], **ERRORS}, summary="List pools"
)
def list_pools(request, status: Annotated[str, Query(max_length=20)] = ""):
    """Pools the caller may open: officers in scope (a regency officer those inside their
    regency), an owner those their enterprise is a member of. At most 200, newest first."""
    if not access.can_list_pools(request.auth):
        raise PermissionDenied
    return [_pool_out(p) for p in selectors.pool_list(request.auth, status)[:200]]


@router.get(
    "/buyers/pools/{pool_id}", response={200: BuyersSavedPoolOut, **ERRORS}, summary="Get a pool"
)
def get_pool(request, pool_id: Id):
    if not access.can_list_pools(request.auth):
        raise PermissionDenied
    pool = access.get_pool_for_user(request.auth, pool_id)
    return _pool_out(pool)


@router.post(
    "/buyers/pools",
    response={201: BuyersSavedPoolOut, **ERRORS},
    summary="Save the proposed pool of a demand",
)
def create_pool(request, payload: BuyersPoolIn):
    """Save the group of IKM matching proposes for an inquiry (`inquiry_id`) or a buyer with
    a monthly quantity (`buyer_id`, `quantity`, `unit`). 422 when no pool is proposed."""
    if not access.can_manage_pools(request.auth):
        raise PermissionDenied
    inquiry = buyer = None
    if payload.inquiry_id is not None:
        inquiry = access.get_inquiry_for_user(request.auth, payload.inquiry_id)
        demand = selectors.demand_of_inquiry(inquiry)
    elif payload.buyer_id is not None:
        buyer = access.get_buyer_for_user(request.auth, payload.buyer_id)
        demand = selectors.demand_of_buyer(buyer, payload.quantity, str(payload.unit))
    else:
        raise ValidationFailed(_("Give the inquiry or the buyer."), field="inquiry_id")
    pool = services.pool_create(actor=request.auth, demand=demand, inquiry=inquiry, buyer=buyer)
    return Status(201, _pool_out(pool))


@router.post(
    "/buyers/pools/{pool_id}/status",
    response={200: BuyersSavedPoolOut, **ERRORS},
    summary="Confirm, reopen or cancel a pool",
)
def set_pool_status(request, pool_id: Id, payload: BuyersPoolStatusIn):
    pool = access.get_pool_for_user(request.auth, pool_id)
    if not access.can_change_pool(request.auth, pool):
        raise PermissionDenied
    return _pool_out(services.pool_set_status(actor=request.auth, pool=pool, status=payload.status))


@router.post(
    "/buyers/pools/{pool_id}/shipment",
    response={201: BuyersPoolShipmentOut, **ERRORS},
    summary="Record the shipment of a confirmed pool",
)
def record_pool_shipment(request, pool_id: Id, payload: BuyersPoolShipmentIn):
    """One indirect shipment with a supplier row per member carrying its share; the pool
    becomes shipped and its inquiry reaches the shipment stage. 409 when already recorded."""
    pool = access.get_pool_for_user(request.auth, pool_id)
    if not access.can_change_pool(request.auth, pool):
        raise PermissionDenied
    shipment = services.pool_record_shipment(
        actor=request.auth, pool=pool, data=services.PoolShipmentData(**payload.dict())
    )
    pool.refresh_from_db()
    return Status(
        201,
        {"shipment_id": shipment.pk, "peb_number": shipment.peb_number, "pool": _pool_out(pool)},
    )
