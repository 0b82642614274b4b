"""Who may see and record EUDR plots: the one place of these rules for the app.

Plots belong to an enterprise: its owner sees and records their own, a regency officer those
of enterprises in their regency, province officers and admins all; partners none (plots hold
suppliers' names and exact locations).
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from siapekspor.accounts import roles
from siapekspor.accounts.roles import Actor
from siapekspor.eudr.models import ProductionPlot
from siapekspor.registry.access import (
    can_write_enterprise,
    enterprise_scope,
    get_enterprise_for_user,
)
from siapekspor.registry.models import Enterprise


def can_use_eudr(user: Actor) -> bool:
    """Officers and owners work with plots; partners and visitors do not."""
    return roles.is_officer(user) or roles.is_owner(user)


def home_enterprise_id(user: Actor) -> int | None:
    return roles.owned_enterprise_id(user)


def get_enterprise(user: Actor, pk: int) -> Enterprise:
    """An enterprise whose plots the user may open; 404 otherwise (existence not disclosed)."""
    if not can_use_eudr(user):
        raise Http404
    return get_enterprise_for_user(user, pk)


def can_manage_plots(user: Actor, enterprise: Enterprise) -> bool:
    """Owners record their own suppliers' plots; officers those of enterprises they may change."""
    return can_use_eudr(user) and can_write_enterprise(user, enterprise)


def can_reveal_supplier(user: Actor, enterprise: Enterprise) -> bool:
    """The full supplier name: whoever may manage the plots, with a reason (audited)."""
    return can_manage_plots(user, enterprise) and roles.can_reveal_personal_data(user)


def plot_scope(user: Actor) -> QuerySet[ProductionPlot]:
    """Plots of the enterprises the user may open."""
    if not can_use_eudr(user):
        return ProductionPlot.objects.none()
    return ProductionPlot.objects.filter(enterprise__in=enterprise_scope(user))


def get_plot(user: Actor, pk: int) -> ProductionPlot:
    try:
        return plot_scope(user).select_related("enterprise", "regency").get(pk=pk)
    except (ProductionPlot.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
