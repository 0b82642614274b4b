"""/api/v1/buyers: matching a buyer's demand to products (the same selectors as the pages)."""

from decimal import Decimal
from typing import Annotated

from django.core.exceptions import PermissionDenied
from django.utils.translation import get_language
from ninja import Query, Router, Schema

from siapekspor.api.params import Id
from siapekspor.api.schemas import ERRORS
from siapekspor.buyers import access, selectors
from siapekspor.core import i18n
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
