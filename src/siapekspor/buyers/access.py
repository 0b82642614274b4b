"""Who may do what with buyers and inquiries (the rules live here and in accounts.roles).

| who                | buyer directory | inquiries and leads                        |
|--------------------|-----------------|--------------------------------------------|
| anonymous          | no              | sends one through the public form          |
| admin, province    | edit, import    | every confirmed one; reply, move the lead  |
| regency officer    | edit            | of enterprises in their regency            |
| partner officer    | no              | no                                         |
| enterprise owner   | no              | of their own enterprise                    |
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import QuerySet
from django.http import Http404

from siapekspor.accounts import roles
from siapekspor.accounts.roles import Actor
from siapekspor.buyers.models import Buyer, BuyerImport, Inquiry

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
