"""Sessions, attendance, completion and certificates."""

from __future__ import annotations

import math
import secrets
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from siapekspor.core.audit import audit_record
from siapekspor.core.errors import DomainError
from siapekspor.core.signals import announce_figures_changed
from siapekspor.training.models import (
    SEAT_STATES,
    Attendance,
    Certificate,
    ClassSession,
    Enrollment,
    Signatory,
    TrainingClass,
)
from siapekspor.training.services.common import S, require_manage
from siapekspor.training.services.seats import _set_state

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

    from siapekspor.accounts.models import User


@transaction.atomic
def session_add(
    *, actor: User, training_class: TrainingClass, date: dt.date, topic: str
) -> ClassSession:
    """Add the next numbered session to a class (its officers); audited."""
    require_manage(actor, training_class)
    number = (
        training_class.sessions.order_by("-number").values_list("number", flat=True).first() or 0
    ) + 1
    session = ClassSession(training_class=training_class, number=number, date=date, topic=topic)
    session.full_clean()
    session.save()
    audit_record(actor=actor, action="training.session.created", target=session)
    return session


class SessionInFuture(DomainError):
    code = "session_in_future"
    default_message = _("This session has not taken place yet.")


class NoSignatory(DomainError):
    code = "no_signatory"
    default_message = _(
        "No signing official is set: an administrator enters the official's name, title and "
        "signature image first (Classes → Certificate signatory)."
    )


def session_is_held(session: ClassSession, today: dt.date | None = None) -> bool:
    """A session is held once its date has come (today or earlier): only then can
    attendance be recorded for it."""
    return session.date <= (today or timezone.localdate())


def _future_session(training_class: TrainingClass) -> ClassSession | None:
    return training_class.sessions.filter(date__gt=timezone.localdate()).order_by("date").first()


def active_signatory() -> Signatory | None:
    """The official whose name, title and signature go on the certificates issued now."""
    return Signatory.objects.filter(is_active=True).first()


@transaction.atomic
def attendance_record(
    *, actor: User, session: ClassSession, present_enrollment_ids: Iterable[int]
) -> int:
    """Mark everyone holding a seat: present if listed, absent otherwise. Returns presents.
    Refused (SessionInFuture) for a session whose date has not come."""
    require_manage(actor, session.training_class)
    if not session_is_held(session):
        raise SessionInFuture(
            _("Attendance cannot be recorded yet: session %(number)s takes place on %(date)s.")
            % {"number": session.number, "date": date_format(session.date, "DATE_FORMAT")}
        )
    present = {int(i) for i in present_enrollment_ids}
    enrollments = list(
        session.training_class.enrollments.filter(state__in=SEAT_STATES).values_list(
            "id", flat=True
        )
    )
    existing = {a.enrollment_id: a for a in Attendance.objects.filter(session=session)}
    create, update = [], []
    for eid in enrollments:
        flag = eid in present
        row = existing.get(eid)
        if row is None:
            create.append(Attendance(session=session, enrollment_id=eid, present=flag))
        elif row.present != flag:
            row.present = flag
            update.append(row)
    Attendance.objects.bulk_create(create)
    Attendance.objects.bulk_update(update, ["present"])
    count = sum(1 for e in enrollments if e in present)
    audit_record(
        actor=actor,
        action="training.attendance.recorded",
        target=session,
        changes={"present": [None, count], "seats": [None, len(enrollments)]},
    )
    return count


def attendance_percent(enrollment: Enrollment, sessions: int | None = None) -> int:
    """Sessions attended as a whole percentage of the sessions held (0 when none)."""
    total = sessions if sessions is not None else enrollment.training_class.sessions.count()
    if not total:
        return 0
    present = Attendance.objects.filter(enrollment=enrollment, present=True).count()
    return math.floor(100 * present / total)


def meets_completion(enrollment: Enrollment, sessions: int | None = None) -> bool:
    """Completion criteria: holds a seat, at least one session held, attendance at or above
    the class's minimum (75 % by default)."""
    return (
        enrollment.state in (S.INVITED, S.ACCEPTED)
        and attendance_percent(enrollment, sessions)
        >= enrollment.training_class.min_attendance_percent
        and (sessions if sessions is not None else enrollment.training_class.sessions.count()) > 0
    )


def _new_code() -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "SE-" + "".join(secrets.choice(alphabet) for _ in range(10))


@transaction.atomic
def certificates_issue(*, actor: User, training_class: TrainingClass) -> list[Certificate]:
    """Complete every enrollment that meets the criteria and has its participant's name, and
    issue its certificate, signed by the active signatory. Refused while a session of the
    class is still to come (SessionInFuture) and when no signatory is set (NoSignatory).
    Enrollments that meet the criteria without a participant name wait
    (`selectors.awaiting_participant_name`)."""
    require_manage(actor, training_class)
    upcoming = _future_session(training_class)
    if upcoming is not None:
        raise SessionInFuture(
            _(
                "Certificates cannot be issued yet: session %(number)s of this class takes "
                "place on %(date)s."
            )
            % {"number": upcoming.number, "date": date_format(upcoming.date, "DATE_FORMAT")}
        )
    signatory = active_signatory()
    if signatory is None:
        raise NoSignatory()
    sessions = training_class.sessions.count()
    issued = []
    for enrollment in training_class.enrollments.select_for_update().filter(
        state__in=(S.INVITED, S.ACCEPTED)
    ):
        if not enrollment.participant_name_sealed or not meets_completion(enrollment, sessions):
            continue
        _set_state(actor, enrollment, S.COMPLETED, completed_at=timezone.now())
        cert = Certificate.objects.create(
            enrollment=enrollment, code=_new_code(), issued_by=actor, signatory=signatory
        )
        audit_record(actor=actor, action="training.certificate.issued", target=cert)
        issued.append(cert)
    if issued:
        announce_figures_changed("training.certificates")
    return issued
