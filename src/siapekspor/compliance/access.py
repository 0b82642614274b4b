"""Who may see and change requirements, certificates and assistance cases: the one place of
these rules for compliance (roles are named only here and in `accounts.roles`).

- The requirements knowledge base (rules, document types) is public knowledge: every
  signed-in user reads it; officers edit it.
- Certificates, checklists and cases belong to an enterprise: its owner sees their own,
  a regency officer their regency's, province officers and admins all; partners see none
  (they see aggregates only, as elsewhere).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import QuerySet
from django.http import Http404

from siapekspor.accounts import roles
from siapekspor.accounts.roles import Actor
from siapekspor.compliance.models import AssistanceCase, Certificate
from siapekspor.registry.access import (
    Area,
    can_write_enterprise,
    enterprise_scope,
    get_enterprise_for_user,
)
from siapekspor.registry.models import Enterprise

if TYPE_CHECKING:
    from siapekspor.accounts.models import User


def can_read_requirements(user: Actor) -> bool:
    return roles.is_signed_in(user)


def can_edit_requirements(user: Actor) -> bool:
    """Province officers and admins edit the rules (they apply to every enterprise)."""
    return roles.is_province_wide(user)


def can_use_compliance(user: Actor) -> bool:
    """Officers and owners have enterprise checklists, certificates and cases."""
    return roles.is_officer(user) or roles.is_owner(user)


def is_officer(user: Actor) -> bool:
    return roles.is_officer(user)


def home_enterprise_id(user: Actor) -> int | None:
    return roles.owned_enterprise_id(user)


def get_enterprise(user: Actor, pk: int) -> Enterprise:
    """An enterprise the user may open for compliance; 404 otherwise (existence not disclosed)."""
    if not can_use_compliance(user):
        raise Http404
    return get_enterprise_for_user(user, pk)


def can_manage_certificates(user: Actor, enterprise: Enterprise) -> bool:
    """Owners record their own certificates; officers those of enterprises they may change."""
    return can_write_enterprise(user, enterprise)


def certificate_scope(user: Actor) -> QuerySet[Certificate]:
    if not can_use_compliance(user):
        return Certificate.objects.none()
    return Certificate.objects.filter(enterprise__in=enterprise_scope(user))


def get_certificate(user: Actor, pk: int) -> Certificate:
    try:
        return certificate_scope(user).select_related("enterprise", "document").get(pk=pk)
    except (Certificate.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def case_scope(user: Actor) -> QuerySet[AssistanceCase]:
    if not can_use_compliance(user):
        return AssistanceCase.objects.none()
    return AssistanceCase.objects.filter(enterprise__in=enterprise_scope(user))


def get_case(user: Actor, pk: int) -> AssistanceCase:
    try:
        return case_scope(user).select_related("enterprise", "document", "assignee").get(pk=pk)
    except (AssistanceCase.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def can_request_case(user: Actor, enterprise: Enterprise) -> bool:
    """An owner asks for help for their enterprise; an officer opens a case in scope."""
    return can_write_enterprise(user, enterprise)


def can_work_case(user: Actor, case: AssistanceCase) -> bool:
    """Officers who may change the enterprise move the case on, assign it and take notes."""
    return roles.is_officer(user) and can_write_enterprise(user, case.enterprise)


def can_be_assignee(user: Actor) -> bool:
    return roles.is_officer(user) and user.is_active


def can_see_panel(user: Actor, enterprise: Enterprise) -> bool:
    """The certification panel on an enterprise's page: who may use compliance for it, and a
    partner organisation whose consent in force discloses the certificates (read-only)."""
    if can_use_compliance(user):
        return enterprise_scope(user).filter(pk=enterprise.pk).exists()
    return (
        roles.is_partner(user)
        and enterprise_scope(user, Area.COMPLIANCE).filter(pk=enterprise.pk).exists()
    )


def reminder_recipients(enterprise: Enterprise) -> list[User]:
    """Who is told that a certificate will expire: the enterprise's owners and the officers
    of its regency (active users)."""
    from django.db.models import Q

    from siapekspor.accounts.models import User

    return list(
        User.objects.filter(is_active=True)
        .filter(
            Q(role=roles.Role.ENTERPRISE_OWNER, enterprise=enterprise)
            | Q(role=roles.Role.REGENCY_OFFICER, regency_id=enterprise.regency_id)
        )
        .order_by("pk")
    )


def assignee_choices(user: Actor) -> QuerySet[User]:
    """Officers a case may be assigned to: the user's regency's officers and the province's."""
    from django.db.models import Q

    from siapekspor.accounts.models import User

    qs = User.objects.filter(is_active=True).filter(
        Q(role__in=[roles.Role.ADMIN, roles.Role.PROVINCE_OFFICER])
        | Q(role=roles.Role.REGENCY_OFFICER)
    )
    lock = roles.regency_lock(user)
    if lock:
        qs = qs.filter(Q(regency_id=lock) | ~Q(role=roles.Role.REGENCY_OFFICER))
    return qs.order_by("username")
