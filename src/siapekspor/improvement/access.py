"""Who may see and change improvement plans: the one place of these rules for improvement
(roles are named only here and in `accounts.roles`).

- An owner sees their own enterprise's plans (read-only) and may propose a new one.
- A regency officer sees, creates and edits the plans of their regency's enterprises;
  province officers and admins all of them.
- Partners see no plan: only the aggregate counts of the dashboard and the monthly report.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from siapekspor.accounts import roles
from siapekspor.accounts.roles import Actor
from siapekspor.improvement.models import ImprovementPlan
from siapekspor.registry.access import (
    can_write_enterprise,
    enterprise_scope,
    get_enterprise_for_user,
)
from siapekspor.registry.models import Enterprise


def can_use_improvement(user: Actor) -> bool:
    """Officers and owners have plans; partners and the signed-out have none."""
    return roles.is_officer(user) or roles.is_owner(user)


def is_officer(user: Actor) -> bool:
    """Officers work the queue of every plan in their scope."""
    return roles.is_officer(user)


def home_enterprise_id(user: Actor) -> int | None:
    """The owner's own enterprise (their plans page), None for everyone else."""
    return roles.owned_enterprise_id(user)


def get_enterprise(user: Actor, pk: int) -> Enterprise:
    """An enterprise whose plans the user may open; 404 otherwise (existence not disclosed)."""
    if not can_use_improvement(user):
        raise Http404
    return get_enterprise_for_user(user, pk)


def plan_scope(user: Actor) -> QuerySet[ImprovementPlan]:
    """The plans the user may read."""
    if not can_use_improvement(user):
        return ImprovementPlan.objects.none()
    return ImprovementPlan.objects.filter(enterprise__in=enterprise_scope(user))


def get_plan(user: Actor, pk: int) -> ImprovementPlan:
    """A plan the user may read; 404 otherwise."""
    try:
        return plan_scope(user).select_related("enterprise", "enterprise__regency").get(pk=pk)
    except (ImprovementPlan.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def can_propose(user: Actor, enterprise: Enterprise) -> bool:
    """An owner proposes a plan for their own enterprise; an officer adds one in scope."""
    return can_use_improvement(user) and can_write_enterprise(user, enterprise)


def can_edit_plan(user: Actor, plan: ImprovementPlan) -> bool:
    """Officers who may change the enterprise edit, start, complete or cancel its plans."""
    return roles.is_officer(user) and can_write_enterprise(user, plan.enterprise)


def can_set_status(user: Actor) -> bool:
    """Only officers choose a status; an owner's proposal is always planned."""
    return roles.is_officer(user)


def can_see_panel(user: Actor, enterprise: Enterprise) -> bool:
    """The plans section on the enterprise page."""
    return can_use_improvement(user) and enterprise_scope(user).filter(pk=enterprise.pk).exists()
