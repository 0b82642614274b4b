"""Who may do what with buyers and inquiries (the rules live here and in accounts.roles).

| who                | buyer directory | inquiries and leads                        |
|--------------------|-----------------|--------------------------------------------|
| anonymous          | no              | sends one through the public form          |
| admin, province    | edit, import    | every confirmed one; reply, move the lead  |
| regency officer    | edit            | of enterprises in their regency            |
| partner officer    | no              | no                                         |
| enterprise owner   | no              | of their own enterprise                    |

Pools (several IKM filling one order together):

| who                | pools                                                           |
|--------------------|-----------------------------------------------------------------|
| admin, province    | every pool: save from a proposal, edit, confirm, record shipment |
| regency officer    | the same, for pools whose every member is in their regency       |
| partner officer    | no                                                              |
| enterprise owner   | reads the pools their enterprise is a member of                 |

A regency officer's matching only proposes IKM of their regency and the shipments app only
lets them name suppliers there, so a pool with a member elsewhere is province-wide work: they
neither see nor change it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Exists, OuterRef, QuerySet
from django.http import Http404

from siapekspor.accounts import roles
from siapekspor.accounts.roles import Actor
from siapekspor.buyers.models import Buyer, BuyerImport, Inquiry, Pool, PoolMember

if TYPE_CHECKING:
    from siapekspor.accounts.models import User
    from siapekspor.registry.models import Enterprise


def can_manage_buyers(user: Actor) -> bool:
    """The buyer directory (list, edit, matching): officers."""
    return roles.is_officer(user)


def can_import_buyers(user: Actor) -> bool:
    """Importing the buyer directory from a spreadsheet: province-wide officers."""
    return roles.is_province_wide(user)


def get_buyer_import_for_user(user: Actor, pk: int) -> BuyerImport:
    """A buyer import (page, status, report) for whoever may import buyers; else 404."""
    if not can_import_buyers(user):
        raise Http404
    try:
        return BuyerImport.objects.get(pk=pk)
    except (BuyerImport.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def can_list_inquiries(user: Actor) -> bool:
    return roles.is_officer(user) or roles.owned_enterprise_id(user) is not None


def buyer_scope(user: Actor) -> QuerySet[Buyer]:
    return Buyer.objects.all() if can_manage_buyers(user) else Buyer.objects.none()


def get_buyer_for_user(user: Actor, pk: int) -> Buyer:
    try:
        return buyer_scope(user).get(pk=pk)
    except (Buyer.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def inquiry_scope(user: Actor) -> QuerySet[Inquiry]:
    """Confirmed inquiries the user may read and answer: officers in their scope, an owner
    those about their own enterprise; nobody else."""
    qs = Inquiry.objects.filter(confirmed_at__isnull=False)
    if roles.is_province_wide(user):
        return qs
    lock = roles.regency_lock(user)
    if lock:
        return qs.filter(enterprise__regency_id=lock)
    owned = roles.owned_enterprise_id(user)
    if owned:
        return qs.filter(enterprise_id=owned)
    return qs.none()


def get_inquiry_for_user(user: Actor, pk: int) -> Inquiry:
    try:
        return inquiry_scope(user).select_related("enterprise", "product", "shipment").get(pk=pk)
    except (Inquiry.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def can_answer(user: Actor, inquiry: Inquiry) -> bool:
    """Reply and move the lead: whoever may read the inquiry."""
    return inquiry_scope(user).filter(pk=inquiry.pk).exists()


def inquiry_recipients(enterprise: Enterprise) -> QuerySet[User]:
    """Who an inquiry is routed to: the enterprise's owner accounts and the officers of its
    regency (active accounts with an e-mail address)."""
    from django.db.models import Q

    from siapekspor.accounts.models import User

    return (
        User.objects.filter(is_active=True)
        .exclude(email="")
        .filter(
            Q(role=roles.Role.ENTERPRISE_OWNER, enterprise_id=enterprise.pk)
            | Q(role=roles.Role.REGENCY_OFFICER, regency_id=enterprise.regency_id)
        )
        .order_by("pk")
    )


# ---- Pools ---------------------------------------------------------------------------------


def can_manage_pools(user: Actor) -> bool:
    """Saving a proposed pool, editing it, confirming it, recording its shipment: officers
    (a regency officer only for pools inside their regency: `pool_scope`)."""
    return roles.is_officer(user)


def can_list_pools(user: Actor) -> bool:
    """The pool list: officers, and owners (the pools their enterprise is a member of)."""
    return roles.is_officer(user) or roles.owned_enterprise_id(user) is not None


def pool_scope(user: Actor) -> QuerySet[Pool]:
    """Pools the user may open: province-wide officers all; a regency officer those whose
    every member is in their regency; an owner those their enterprise is a member of."""
    qs = Pool.objects.all()
    if roles.is_province_wide(user):
        return qs
    lock = roles.regency_lock(user)
    if lock:
        elsewhere = PoolMember.objects.filter(pool=OuterRef("pk")).exclude(
            enterprise__regency_id=lock
        )
        inside = PoolMember.objects.filter(pool=OuterRef("pk"))
        return qs.filter(Exists(inside)).exclude(Exists(elsewhere))
    owned = roles.owned_enterprise_id(user)
    if owned:
        return qs.filter(
            Exists(PoolMember.objects.filter(pool=OuterRef("pk"), enterprise_id=owned))
        )
    return qs.none()


def get_pool_for_user(user: Actor, pk: int) -> Pool:
    """A pool the user may open (`pool_scope`); else 404."""
    try:
        return pool_scope(user).select_related("hs_code", "inquiry", "buyer", "shipment").get(pk=pk)
    except (Pool.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def can_change_pool(user: Actor, pool: Pool) -> bool:
    """Edit, confirm, cancel, record the shipment: an officer who may open the pool."""
    return can_manage_pools(user) and pool_scope(user).filter(pk=pool.pk).exists()
