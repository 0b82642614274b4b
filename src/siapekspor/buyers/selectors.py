"""Reads of the buyers app, scoped to the user (`access.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q, QuerySet

from siapekspor.accounts.roles import Actor
from siapekspor.buyers import access, matching
from siapekspor.buyers.models import (
    Buyer,
    BuyerImport,
    Inquiry,
    Pool,
    PoolMember,
    PoolStatus,
    Stage,
)
from siapekspor.core.crypto import mask_name, unseal


def lead_shipment_ids() -> set[int]:
    """Ids of the shipments that leads produced (inquiries at the shipment stage), for the
    dashboard's count of exports that came from the forum's leads."""
    return set(
        Inquiry.objects.filter(stage=Stage.SHIPMENT, shipment__isnull=False).values_list(
            "shipment_id", flat=True
        )
    )


def buyer_list(user: Actor, q: str = "") -> QuerySet[Buyer]:
    """The directory the user may see, filtered by company, country or HS code."""
    qs = access.buyer_scope(user)
    if q:
        qs = qs.filter(
            Q(company__icontains=q) | Q(country__iexact=q) | Q(hs_interests__icontains=q)
        )
    return qs.order_by("company", "pk")


def inquiry_list(user: Actor, stage: str = "") -> QuerySet[Inquiry]:
    """Confirmed inquiries the user may answer, newest first."""
    qs = access.inquiry_scope(user).select_related("enterprise", "product")
    if stage:
        qs = qs.filter(stage=stage)
    return qs.order_by("-created_at", "-pk")


def masked_email(sealed: str) -> str:
    """`a***@example.com`: enough to tell two contacts apart, nothing to write to."""
    plain = unseal(sealed)
    if "@" not in plain:
        return ""
    local, domain = plain.split("@", 1)
    return f"{local[:1]}***@{domain}"


def masked_contact(sealed_name: str) -> str:
    """The contact person's initials (SECURITY.md: personal data masked on pages)."""
    return mask_name(unseal(sealed_name))


def demand_of_buyer(
    buyer: Buyer, quantity: Decimal | None = None, unit: str = "kg"
) -> matching.Demand:
    """A buyer's demand: its HS codes of interest, the products it wants, its market."""
    return matching.Demand(
        hs_codes=buyer.hs_codes,
        text=buyer.products_wanted,
        market=buyer.country,
        quantity=quantity,
        unit=unit,
    )


def demand_of_inquiry(inquiry: Inquiry) -> matching.Demand:
    """An inquiry's demand: its product's HS code, its message, the buyer's country."""
    code = inquiry.product.hs_code_id if inquiry.product and inquiry.product.hs_code_id else ""
    return matching.Demand(
        hs_codes=[code] if code else [],
        text=inquiry.product.name if inquiry.product else "",
        market=inquiry.country,
        quantity=inquiry.quantity,
        unit=inquiry.unit or "kg",
    )


def candidates(user: Actor, demand: matching.Demand) -> QuerySet:  # type: ignore[type-arg]
    """Products of active enterprises the user may see, in the chapters of the demand."""
    from siapekspor.registry.access import enterprise_scope
    from siapekspor.registry.models import Product

    qs = Product.objects.filter(
        enterprise__in=enterprise_scope(user).filter(is_active=True)
    ).select_related("enterprise__regency")
    # Only what matching reads (an enterprise row is wide).
    qs = qs.only(
        "pk",
        "name",
        "description",
        "hs_code_id",
        "monthly_capacity",
        "capacity_unit",
        "enterprise__id",
        "enterprise__name",
        "enterprise__regency_id",
        "enterprise__size_class",
        "enterprise__regency__code",
        "enterprise__regency__name",
        "enterprise__regency__kind",
    )
    chapters = {c[:2] for c in demand.hs_codes if c}
    if chapters:
        cond = Q()
        for chapter in sorted(chapters):
            cond |= Q(hs_code__code__startswith=chapter)
        qs = qs.filter(cond)
    elif not demand.text:
        return qs.none()
    return qs.order_by("pk")


@dataclass
class MatchResult:
    matches: list[matching.Match]
    pool: matching.Pool | None


def matches_for(user: Actor, demand: matching.Demand, *, limit: int = 20) -> MatchResult:
    """Products ranked for a demand with a reason per match, and a pool of several IKM when
    no single one meets the quantity."""
    ranked = matching.rank(demand, candidates(user, demand), limit=200)
    return MatchResult(matches=ranked[:limit], pool=matching.pool(demand, ranked))


# ---- Pools ---------------------------------------------------------------------------------


def pool_list(user: Actor, status: str = "") -> QuerySet[Pool]:
    """Pools the user may open (`access.pool_scope`), newest first, optionally of a status."""
    qs = access.pool_scope(user).select_related("hs_code", "buyer", "inquiry", "shipment")
    if status in PoolStatus.values:
        qs = qs.filter(status=status)
    return qs.prefetch_related("members__enterprise").order_by("-created_at", "-pk")


def pool_members(pool: Pool) -> list[PoolMember]:
    """A pool's members with their enterprise, regency and product, largest share first."""
    return list(
        pool.members.select_related("enterprise__regency", "product").order_by(
            "-share_percent", "pk"
        )
    )


def pools_of_enterprise(user: Actor, enterprise_id: int) -> list[Pool]:
    """The pools an enterprise is a member of that the user may open (its page's panel)."""
    return list(
        access.pool_scope(user)
        .filter(members__enterprise_id=enterprise_id)
        .select_related("hs_code", "shipment")
        .distinct()
        .order_by("-created_at", "-pk")[:20]
    )


def pools_of_inquiry(user: Actor, inquiry: Inquiry) -> list[Pool]:
    """The pools saved from an inquiry that the user may open."""
    return list(
        access.pool_scope(user).filter(inquiry=inquiry).select_related("hs_code", "shipment")
    )


def recent_buyer_imports(user: Actor, limit: int = 10) -> list[BuyerImport]:
    """The latest imports of the buyer directory, for whoever may import it (else none)."""
    if not access.can_import_buyers(user):
        return []
    return list(BuyerImport.objects.select_related("created_by")[:limit])


@dataclass(frozen=True)
class InquiryAsked:
    """What the confirmation page shows the buyer: their own request, nothing of the
    enterprise's owner."""

    product_name: str
    hs_code: object | None  # registry.HsCode, named in the reader's language by the page
    company: str
    quantity: Decimal | None
    unit: str  # the unit's name in the reader's language


def inquiry_for_confirmation(token: str) -> InquiryAsked | None:
    """The inquiry whose confirmation token is `token` (the link of its mail), as its page
    shows it; None for an unknown token. The same keyed lookup as `services.inquiry_confirm`."""
    from siapekspor.buyers.services import token_hash
    from siapekspor.registry.models import CapacityUnit

    inquiry = (
        Inquiry.objects.select_related("product__hs_code")
        .filter(token_hash=token_hash(token or ""))
        .first()
    )
    if inquiry is None:
        return None
    product = inquiry.product
    unit = str(CapacityUnit(inquiry.unit).label) if inquiry.unit in CapacityUnit.values else ""
    return InquiryAsked(
        product_name=product.name if product else "",
        hs_code=product.hs_code if product else None,
        company=inquiry.company,
        quantity=inquiry.quantity,
        unit=unit or inquiry.unit,
    )
