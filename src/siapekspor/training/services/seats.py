"""Seats: invitations, acceptances, withdrawals and the waitlist.

Seats are taken with a conditional UPDATE on the class row inside a transaction that holds
the row (PostgreSQL: SELECT … FOR UPDATE; SQLite: the IMMEDIATE transaction holds the write
lock), backed by a CHECK constraint, so a class never holds more than its capacity."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from siapekspor.core.audit import audit_record
from siapekspor.core.errors import PermissionDeniedError
from siapekspor.training import access
from siapekspor.training.models import SEAT_STATES, Enrollment, TrainingClass
from siapekspor.training.services.common import ClassFull, InvalidTransition, S, require_manage

if TYPE_CHECKING:
    from siapekspor.accounts.models import User
    from siapekspor.registry.models import Enterprise


def _lock_class(class_id: int) -> None:
    """Hold the class row until the transaction ends (a no-op lock on SQLite, where the
    IMMEDIATE transaction already holds the database write lock)."""
    list(TrainingClass.objects.select_for_update().filter(pk=class_id).values_list("pk"))


def _take_seat(class_id: int) -> bool:
    return (
        TrainingClass.objects.filter(pk=class_id, seats_taken__lt=F("capacity")).update(
            seats_taken=F("seats_taken") + 1
        )
        == 1
    )


def _free_seat(class_id: int) -> None:
    TrainingClass.objects.filter(pk=class_id, seats_taken__gt=0).update(
        seats_taken=F("seats_taken") - 1
    )


def _set_state(actor: User, enrollment: Enrollment, state: str, **extra: Any) -> Enrollment:
    before = enrollment.state
    enrollment.state = state
    for k, v in extra.items():
        setattr(enrollment, k, v)
    if enrollment.pk is None:
        enrollment.save()
    else:
        enrollment.save(update_fields=["state", *extra, "updated_at"])
    audit_record(
        actor=actor,
        action=f"training.enrollment.{state}",
        target=enrollment,
        changes={"state": [before, state]},
    )
    return enrollment


@transaction.atomic
def enroll(
    *,
    actor: User,
    training_class: TrainingClass,
    enterprise: Enterprise,
    reasons: list[str] | None = None,
    state: str = S.INVITED,
) -> Enrollment:
    """Propose or invite an enterprise. An invitation takes a seat when one is free, otherwise
    the enterprise is waitlisted. Safe under concurrent requests."""
    require_manage(actor, training_class)
    if state not in (S.PROPOSED, S.INVITED):
        raise InvalidTransition()
    if not access.can_enroll_enterprise(actor, enterprise):
        raise PermissionDeniedError(_("You may only enroll enterprises of your regency."))
    _lock_class(training_class.pk)
    enrollment = (
        Enrollment.objects.select_for_update()
        .filter(training_class=training_class, enterprise=enterprise)
        .first()
    )
    if enrollment is not None and enrollment.state in SEAT_STATES:
        return enrollment
    if enrollment is None:
        enrollment = Enrollment(
            training_class=training_class, enterprise=enterprise, reasons=list(reasons or [])
        )
    if state == S.PROPOSED:
        if enrollment.pk and enrollment.state != S.WITHDRAWN:
            return enrollment
        return _set_state(actor, enrollment, S.PROPOSED)
    return _set_state(
        actor, enrollment, S.INVITED if _take_seat(training_class.pk) else S.WAITLISTED
    )


@transaction.atomic
def enrollment_accept(*, actor: User, enrollment: Enrollment) -> Enrollment:
    """The owner (or an officer for them) accepts an invitation; a proposed or waitlisted
    enterprise that accepts takes a seat if one is free, else stays waitlisted."""
    if not access.can_act_on_enrollment(actor, enrollment):
        raise PermissionDeniedError()
    _lock_class(enrollment.training_class_id)
    enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
    if enrollment.state == S.INVITED:
        return _set_state(actor, enrollment, S.ACCEPTED)
    if enrollment.state in (S.PROPOSED, S.WAITLISTED):
        if _take_seat(enrollment.training_class_id):
            return _set_state(actor, enrollment, S.ACCEPTED)
        if enrollment.state == S.PROPOSED:
            return _set_state(actor, enrollment, S.WAITLISTED)
        raise ClassFull()
    raise InvalidTransition()


@transaction.atomic
def enrollment_withdraw(*, actor: User, enrollment: Enrollment) -> Enrollment:
    """Withdraw; a freed seat goes to the first waitlisted enterprise (invited)."""
    if not access.can_act_on_enrollment(actor, enrollment):
        raise PermissionDeniedError()
    _lock_class(enrollment.training_class_id)
    enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
    if enrollment.state in (S.WITHDRAWN, S.COMPLETED):
        raise InvalidTransition()
    held = enrollment.state in SEAT_STATES
    _set_state(actor, enrollment, S.WITHDRAWN)
    if held:
        _free_seat(enrollment.training_class_id)
        nxt = (
            Enrollment.objects.select_for_update()
            .filter(training_class_id=enrollment.training_class_id, state=S.WAITLISTED)
            .order_by("updated_at", "id")
            .first()
        )
        if nxt is not None and _take_seat(enrollment.training_class_id):
            _set_state(actor, nxt, S.INVITED)
    return enrollment
