"""Who may see and make export paperwork: the one place of these rules for the app.

Prices and documents belong to an enterprise: its owner sees and writes their own, a regency
officer those of the regency, province officers and admins all; partners none (they see
aggregates only, as elsewhere)."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from siapekspor.accounts import roles
from siapekspor.accounts.roles import Actor
from siapekspor.paperwork.models import TradeDocument
from siapekspor.registry.access import (
    can_write_enterprise,
    enterprise_scope,
    get_enterprise_for_user,
)
from siapekspor.registry.models import Enterprise, Product


def can_use_paperwork(user: Actor) -> bool:
    """Officers and owners make paperwork; partners and anonymous users do not."""
    return roles.is_officer(user) or roles.is_owner(user)


def enterprises(user: Actor) -> QuerySet[Enterprise]:
    """Enterprises whose paperwork the user may open."""
    if not can_use_paperwork(user):
        return Enterprise.objects.none()
    return enterprise_scope(user)


def get_enterprise(user: Actor, pk: int) -> Enterprise:
    """An enterprise in scope; 404 otherwise (existence not disclosed)."""
    if not can_use_paperwork(user):
        raise Http404
    return get_enterprise_for_user(user, pk)


def get_product(user: Actor, pk: int) -> Product:
    """A product of an enterprise in scope; 404 otherwise."""
    try:
        return (
            Product.objects.filter(enterprise__in=enterprises(user))
            .select_related("enterprise", "enterprise__regency", "hs_code")
            .get(pk=pk)
        )
    except (Product.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def can_write(user: Actor, enterprise: Enterprise) -> bool:
    """Saving a price or issuing a document: who may change the enterprise."""
    return can_use_paperwork(user) and can_write_enterprise(user, enterprise)


def document_scope(user: Actor) -> QuerySet[TradeDocument]:
    """Documents of the enterprises in the user's scope."""
    return TradeDocument.objects.filter(enterprise__in=enterprises(user))


def get_document(user: Actor, pk: int) -> TradeDocument:
    """A document in scope; 404 otherwise."""
    try:
        return document_scope(user).select_related("enterprise", "enterprise__regency").get(pk=pk)
    except (TradeDocument.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def can_see_panel(user: Actor, enterprise: Enterprise) -> bool:
    """The paperwork section on the enterprise page."""
    return can_use_paperwork(user) and enterprises(user).filter(pk=enterprise.pk).exists()
