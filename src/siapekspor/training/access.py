"""Who may do what in the class ladder, and which classes each user may see: the one place of
these rules for training (roles are named only here and in `accounts.roles`). Services call
the predicates before they write; views fetch through `get_*_for_user` and pass flags to
templates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from siapekspor.accounts import roles
from siapekspor.accounts.roles import Actor
from siapekspor.training.models import (
    SEAT_STATES,
    ClassSession,
    Enrollment,
    LearningModule,
    TrainingClass,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from siapekspor.registry.models import Enterprise

# --- scopes --------------------------------------------------------------------------------


def class_scope(user: Actor) -> QuerySet[TrainingClass]:
    """Classes the user may see: officers (regency officers: their regency), partners (the
    class catalogue, without rosters), owners (classes their enterprise is enrolled in)."""
    qs = TrainingClass.objects.all()
    if roles.is_province_wide(user) or roles.is_partner(user):
        return qs
    lock = roles.regency_lock(user)
    if lock:
        return qs.filter(regency_id=lock)
    owned = roles.owned_enterprise_id(user)
    if owned:
        return qs.filter(enrollments__enterprise_id=owned).distinct()
    return qs.none()


# --- predicates ----------------------------------------------------------------------------


def is_officer(user: Actor) -> bool:
    """Officers run classes, proposals and mentoring; partners and owners do not."""
    return roles.is_officer(user)


def own_enterprise_id(user: Actor) -> int | None:
    """The enterprise an owner account learns and enrolls for; None for the other roles."""
    return roles.owned_enterprise_id(user)


def is_owner(user: Actor) -> bool:
    return roles.is_owner(user)


def can_see_roster(user: Actor, training_class: TrainingClass) -> bool:
    """Officers of the class's regency (province-wide: every class) and the owners of
    enrolled enterprises; partners see aggregates only (docs/training.md)."""
    if roles.in_own_regency(user, training_class.regency_id):
        return True
    owned = roles.owned_enterprise_id(user)
    if roles.is_owner(user):
        return owned is not None and training_class.enrollments.filter(enterprise_id=owned).exists()
    return False


def can_open_class(user: Actor, training_class: TrainingClass) -> bool:
    """Whether the class page opens for the user (the roster rule): where it does not — a
    partner, an officer of another regency — the class name is shown as text, not a link."""
    return can_see_roster(user, training_class)


def openable_class_ids(user: Actor, class_ids: Iterable[int]) -> set[int]:
    """Of `class_ids`, the classes whose page the user may open (`can_open_class`), in one
    query at most: for lists that show many class names."""
    ids = {int(i) for i in class_ids}
    if not ids:
        return set()
    if roles.is_province_wide(user):
        return ids
    lock = roles.regency_lock(user)
    if lock:
        return set(
            TrainingClass.objects.filter(pk__in=ids, regency_id=lock).values_list("pk", flat=True)
        )
    owned = roles.owned_enterprise_id(user)
    if roles.is_owner(user) and owned:
        return set(
            Enrollment.objects.filter(training_class_id__in=ids, enterprise_id=owned).values_list(
                "training_class_id", flat=True
            )
        )
    return set()


def can_manage_class(user: Actor, training_class: TrainingClass) -> bool:
    """Province-wide officers, and the regency officers of the class's regency."""
    return roles.in_own_regency(user, training_class.regency_id)


def can_create_class(user: Actor, regency_id: str) -> bool:
    return roles.in_own_regency(user, regency_id)


def can_create_programme(user: Actor) -> bool:
    return roles.is_province_wide(user)


def can_enroll_enterprise(user: Actor, enterprise: Enterprise) -> bool:
    """A regency officer enrolls only enterprises of their own regency."""
    return roles.in_own_regency(user, enterprise.regency_id)


def is_enrollment_owner(user: Actor, enrollment: Enrollment) -> bool:
    owned = roles.owned_enterprise_id(user)
    return owned is not None and owned == enrollment.enterprise_id


def can_act_on_enrollment(user: Actor, enrollment: Enrollment) -> bool:
    """Accept or withdraw: the enterprise's owner, or an officer who manages the class."""
    return is_enrollment_owner(user, enrollment) or can_manage_class(
        user, enrollment.training_class
    )


def can_withdraw(user: Actor, enrollment: Enrollment) -> bool:
    """The one withdrawal rule: the enterprise's owner or an officer who manages the class,
    while the enrollment is still open (`Enrollment.can_be_withdrawn`: proposed, invited,
    accepted, waitlisted). Pages show the button from this flag; the service enforces it."""
    return enrollment.can_be_withdrawn and can_act_on_enrollment(user, enrollment)


def can_accept(user: Actor, enrollment: Enrollment) -> bool:
    """Accept a proposal or an invitation: the owner or the class's officers."""
    return enrollment.can_be_accepted and can_act_on_enrollment(user, enrollment)


def can_set_participant(user: Actor, enrollment: Enrollment) -> bool:
    """Enter who attends for the enterprise (the name on the certificate): the owner or the
    class's officers, until the enrollment is completed or withdrawn."""
    return enrollment.can_be_withdrawn and can_act_on_enrollment(user, enrollment)


def can_manage_signatories(user: Actor) -> bool:
    """The official who signs the certificates is set by administrators and province
    officers (the province office issues the programme's certificates)."""
    return roles.is_province_wide(user)


def can_record_learning(user: Actor, enterprise: Enterprise) -> bool:
    """Only the enterprise's owner takes its module quizzes."""
    owned = roles.owned_enterprise_id(user)
    return owned is not None and owned == enterprise.pk


def can_pair_mentors(user: Actor) -> bool:
    return roles.is_officer(user)


def can_pair_these(user: Actor, mentor: Enterprise, mentee: Enterprise) -> bool:
    """A regency officer pairs only when one of the two enterprises is in their regency."""
    lock = roles.regency_lock(user)
    return lock is None or lock in (mentor.regency_id, mentee.regency_id)


def can_post(user: Actor, training_class: TrainingClass) -> bool:
    """The class's officers and the owners of enterprises holding a seat write in its
    discussion."""
    if can_manage_class(user, training_class):
        return True
    owned = roles.owned_enterprise_id(user)
    return (
        owned is not None
        and training_class.enrollments.filter(enterprise_id=owned, state__in=SEAT_STATES).exists()
    )


def can_see_figures(user: Actor) -> bool:
    """Programme figures are aggregates: every signed-in role except owners."""
    return roles.is_signed_in(user) and not roles.is_owner(user)


def regency_lock(user: Actor) -> str | None:
    """The regency a regency officer's class forms and proposals are limited to."""
    return roles.regency_lock(user)


def can_open_certificate(user: Actor, enrollment: Enrollment) -> bool:
    return can_manage_class(user, enrollment.training_class) or is_enrollment_owner(
        user, enrollment
    )


# --- fetch + check -------------------------------------------------------------------------


def get_class_for_user(
    user: Actor, pk: int, *, manage: bool = False, roster: bool = False
) -> TrainingClass:
    try:
        cls = (
            class_scope(user)
            .select_related("stage__programme", "regency", "facilitator")
            .get(pk=pk)
        )
    except (TrainingClass.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
    if manage and not can_manage_class(user, cls):
        raise PermissionDenied
    if roster and not can_see_roster(user, cls):
        raise PermissionDenied
    return cls


def get_enrollment_for_user(user: Actor, pk: int) -> Enrollment:
    try:
        e = Enrollment.objects.select_related("training_class", "enterprise").get(pk=pk)
    except (Enrollment.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
    if not can_act_on_enrollment(user, e):
        raise Http404
    return e


def get_session_for_user(user: Actor, pk: int) -> ClassSession:
    try:
        s = ClassSession.objects.select_related("training_class").get(pk=pk)
    except (ClassSession.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
    if not can_manage_class(user, s.training_class):
        raise Http404
    return s


def get_module(code: str) -> LearningModule:
    try:
        return LearningModule.objects.get(code=code)
    except LearningModule.DoesNotExist as exc:
        raise Http404 from exc
