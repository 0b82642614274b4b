"""Who may assess which enterprise, and which assessments each user may see: the one place of
these rules for readiness (roles are named only here and in `accounts.roles`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import QuerySet
from django.http import Http404

from siapekspor.accounts import roles
from siapekspor.accounts.roles import Actor
from siapekspor.readiness.models import Assessment, AssessmentKind
from siapekspor.registry.access import Area, can_write_enterprise, enterprise_scope

if TYPE_CHECKING:
    from siapekspor.registry.models import Enterprise


def assessment_scope(user: Actor) -> QuerySet[Assessment]:
    """Assessments of the enterprises the user may open (a partner officer: those whose
    owners' consent to their organisation discloses readiness)."""
    return Assessment.objects.filter(enterprise__in=enterprise_scope(user, Area.READINESS))


def can_assess(user: Actor, enterprise: Enterprise) -> bool:
    """Whoever may change the enterprise's record may assess it: its owner (a self-assessment),
    its regency's officers and province-wide officers (verified assessments)."""
    return can_write_enterprise(user, enterprise)


def lists_one_enterprise_at_a_time(user: Actor) -> bool:
    """A partner officer lists the assessments of one consenting enterprise at a time (each
    answer is a disclosure that is audited), never the whole set at once."""
    return roles.is_partner(user)


def kind_for(user: Actor) -> str:
    """Owners assess themselves; an officer's assessment is a verified one."""
    return AssessmentKind.SELF if roles.is_owner(user) else AssessmentKind.VERIFIED


def can_see_assessment_list(user: Actor) -> bool:
    """The list of assessments on the overview page: officers."""
    return roles.is_officer(user)


def home_enterprise_id(user: Actor) -> int | None:
    """An owner's readiness overview is their own enterprise's page; None for the others."""
    return roles.owned_enterprise_id(user)


def is_owner(user: Actor) -> bool:
    return roles.is_owner(user)


def get_assessment_for_user(user: Actor, pk: int) -> Assessment:
    """The assessment if its enterprise is in the user's scope; otherwise 404."""
    try:
        return (
            assessment_scope(user)
            .select_related("enterprise", "enterprise__regency", "questionnaire", "assessor")
            .get(pk=pk)
        )
    except (Assessment.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
