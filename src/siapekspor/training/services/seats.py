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
from siapekspor.core.crypto import seal
from siapekspor.core.errors import DomainError, PermissionDeniedError
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
    reasons: list[dict[str, Any]] | None = None,
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
        _refuse_exporter_for_pemula(training_class, enterprise)
        if reasons is not None:
            enrollment.reasons = list(reasons)
        return _set_state(actor, enrollment, S.PROPOSED)
    return _set_state(
        actor, enrollment, S.INVITED if _take_seat(training_class.pk) else S.WAITLISTED
    )


def _refuse_exporter_for_pemula(training_class: TrainingClass, enterprise: Enterprise) -> None:
    """Exporters are never proposed for a pemula class (export status: shipments). An
    officer may still invite one deliberately."""
    from siapekspor.readiness.models import Level
    from siapekspor.shipments.selectors import first_export_dates

    if training_class.level == Level.PEMULA and first_export_dates([enterprise.pk]):
        raise DomainError(
            _(
                "This enterprise has already exported: it is not proposed for a beginner "
                "(pemula) class. Invite it directly if the class is really what it needs."
            ),
            field="enterprise_id",
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
    """Withdraw (the rule: `training.access.can_withdraw` — the owner or the class's
    officers, while the enrollment is open); a freed seat goes to the first waitlisted
    enterprise (invited)."""
    if not access.can_act_on_enrollment(actor, enrollment):
        raise PermissionDeniedError()
    _lock_class(enrollment.training_class_id)
    enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
    if not access.can_withdraw(actor, enrollment):
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


PARTICIPANT_NAME_MAX = 150


def clean_participant_name(raw: str | None) -> str:
    """The participant's name, trimmed, inner spaces made one; DomainError (field
    `participant_name`) when empty, too long or without a letter."""
    text = " ".join(str(raw or "").split())
    if not text:
        raise DomainError(_("Enter the participant's name."), field="participant_name")
    if len(text) > PARTICIPANT_NAME_MAX:
        raise DomainError(
            _("The participant's name is longer than %(max)s characters.")
            % {"max": PARTICIPANT_NAME_MAX},
            field="participant_name",
        )
    if not any(ch.isalpha() for ch in text):
        raise DomainError(
            _("The participant's name must contain letters."), field="participant_name"
        )
    return text


@transaction.atomic
def enrollment_set_participant(*, actor: User, enrollment: Enrollment, name: str) -> Enrollment:
    """Record who attends for the enterprise (the person the certificate names): the owner
    or the class's officers, while the enrollment is open. Sealed (core.crypto); audited
    without the value."""
    if not access.can_set_participant(actor, enrollment):
        raise PermissionDeniedError()
    text = clean_participant_name(name)
    enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
    if enrollment.state in (S.WITHDRAWN, S.COMPLETED):
        raise InvalidTransition()
    had = bool(enrollment.participant_name_sealed)
    enrollment.participant_name_sealed = seal(text)
    enrollment.full_clean(exclude=["training_class", "enterprise"])
    enrollment.save(update_fields=["participant_name_sealed", "updated_at"])
    audit_record(
        actor=actor,
        action="training.enrollment.participant",
        target=enrollment,
        changes={"participant_name": ["changed" if had else None, "changed"]},
    )
    return enrollment
