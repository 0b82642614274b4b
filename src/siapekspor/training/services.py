"""Every write of the training app. Seats are taken with a conditional UPDATE on the class row
inside a transaction that holds the row (PostgreSQL: SELECT … FOR UPDATE; SQLite: the
IMMEDIATE transaction holds the write lock), backed by a CHECK constraint."""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from siapekspor.accounts import roles
from siapekspor.accounts.models import Role
from siapekspor.core.audit import audit_record
from siapekspor.core.errors import ConflictError, DomainError, PermissionDeniedError
from siapekspor.core.i18n import default as default_language
from siapekspor.core.i18n import set_translations
from siapekspor.core.signals import announce_figures_changed
from siapekspor.readiness.models import Level, level_rank, next_level
from siapekspor.training.content.modules import REGENCY_CENTROIDS
from siapekspor.training.models import (
    SEAT_STATES,
    Attendance,
    Certificate,
    ClassPost,
    ClassSession,
    Enrollment,
    EnrollmentState,
    LearningModule,
    MentorPair,
    ModuleProgress,
    Programme,
    QuizChoice,
    QuizQuestion,
    Stage,
    TrainingClass,
)

S = EnrollmentState


class ClassFull(ConflictError):
    code = "class_full"
    default_message = _("The class is full.")


class InvalidTransition(ConflictError):
    code = "invalid_transition"
    default_message = _("This change is not possible in the enrollment's current state.")


class CapacityTooSmall(DomainError):
    code = "capacity_too_small"
    default_message = _("The capacity cannot be lower than the seats already taken.")


class NotCompleted(DomainError):
    code = "not_completed"
    default_message = _("The enrollment does not meet the completion criteria yet.")


# --- who may do what -----------------------------------------------------------------------


def can_manage_class(user, training_class) -> bool:
    role = roles.role_of(user)
    if role in roles.PROVINCE_WIDE_ROLES:
        return True
    return role == Role.REGENCY_OFFICER and training_class.regency_id == user.regency_id


def can_create_class(user, regency_id: str) -> bool:
    role = roles.role_of(user)
    return role in roles.PROVINCE_WIDE_ROLES or (
        role == Role.REGENCY_OFFICER and regency_id == user.regency_id
    )


def _require_manage(actor, training_class) -> None:
    if not can_manage_class(actor, training_class):
        raise PermissionDeniedError(_("Only the officers of this class's regency may do this."))


# --- programmes and classes ----------------------------------------------------------------


@transaction.atomic
def programme_create(
    *, actor, name: str, year: int, partners: str = "", description: str = "", is_demo: bool = False
) -> Programme:
    if not roles.is_province_wide(actor):
        raise PermissionDeniedError()
    programme = Programme(
        name=name, year=year, partners=partners, description=description, is_demo=is_demo
    )
    programme.full_clean()
    programme.save()
    for number in (1, 2):
        Stage.objects.create(programme=programme, number=number)
    audit_record(actor=actor, action="training.programme.created", target=programme)
    return programme


@transaction.atomic
def class_create(
    *,
    actor,
    stage: Stage,
    level: str,
    name: str,
    regency_id: str,
    capacity: int | None = None,
    venue: str = "",
    schedule: str = "",
    starts_on=None,
    facilitator=None,
    facilitator_name: str = "",
    sector: str = "",
    is_demo: bool = False,
) -> TrainingClass:
    if not can_create_class(actor, regency_id):
        raise PermissionDeniedError(_("Only the officers of this class's regency may do this."))
    cls = TrainingClass(
        stage=stage,
        level=level,
        name=name,
        regency_id=regency_id,
        venue=venue,
        schedule=schedule,
        starts_on=starts_on,
        facilitator=facilitator,
        facilitator_name=facilitator_name,
        sector=sector,
        is_demo=is_demo,
    )
    if capacity is not None:
        cls.capacity = capacity
    from django.core.exceptions import ValidationError

    from siapekspor.core.errors import ValidationFailed

    try:
        cls.full_clean()
    except ValidationError as exc:
        raise ValidationFailed(
            details=[(f, m) for f, ms in exc.message_dict.items() for m in ms]
        ) from exc
    cls.save()
    audit_record(
        actor=actor,
        action="training.class.created",
        target=cls,
        changes={"capacity": [None, cls.capacity], "level": [None, level]},
    )
    return cls


@transaction.atomic
def class_set_capacity(*, actor, training_class: TrainingClass, capacity: int) -> TrainingClass:
    _require_manage(actor, training_class)
    before = training_class.capacity
    try:
        with transaction.atomic():
            updated = TrainingClass.objects.filter(
                pk=training_class.pk, seats_taken__lte=capacity
            ).update(capacity=capacity)
    except IntegrityError as exc:
        raise CapacityTooSmall() from exc
    if capacity < 1 or not updated:
        raise CapacityTooSmall()
    training_class.refresh_from_db()
    audit_record(
        actor=actor,
        action="training.class.capacity",
        target=training_class,
        changes={"capacity": [before, capacity]},
    )
    return training_class


# --- seats -----------------------------------------------------------------------------------


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


def _set_state(actor, enrollment: Enrollment, state: str, **extra) -> Enrollment:
    before = enrollment.state
    enrollment.state = state
    for k, v in extra.items():
        setattr(enrollment, k, v)
    enrollment.save()
    audit_record(
        actor=actor,
        action=f"training.enrollment.{state}",
        target=enrollment,
        changes={"state": [before, state]},
    )
    return enrollment


@transaction.atomic
def enroll(
    *, actor, training_class: TrainingClass, enterprise, reasons=None, state: str = S.INVITED
) -> Enrollment:
    """Propose or invite an enterprise. An invitation takes a seat when one is free, otherwise
    the enterprise is waitlisted. Safe under concurrent requests."""
    _require_manage(actor, training_class)
    if state not in (S.PROPOSED, S.INVITED):
        raise InvalidTransition()
    if roles.role_of(actor) == Role.REGENCY_OFFICER and enterprise.regency_id != actor.regency_id:
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


def _is_owner_of(user, enrollment) -> bool:
    return (
        roles.role_of(user) == Role.ENTERPRISE_OWNER
        and user.enterprise_id == enrollment.enterprise_id
    )


@transaction.atomic
def enrollment_accept(*, actor, enrollment: Enrollment) -> Enrollment:
    """The owner (or an officer for them) accepts an invitation; a proposed or waitlisted
    enterprise that accepts takes a seat if one is free, else stays waitlisted."""
    if not (_is_owner_of(actor, enrollment) or can_manage_class(actor, enrollment.training_class)):
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
def enrollment_withdraw(*, actor, enrollment: Enrollment) -> Enrollment:
    """Withdraw; a freed seat goes to the first waitlisted enterprise (invited)."""
    if not (_is_owner_of(actor, enrollment) or can_manage_class(actor, enrollment.training_class)):
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


# --- sessions, attendance, completion, certificates ---------------------------------------------


@transaction.atomic
def session_add(*, actor, training_class: TrainingClass, date, topic: str) -> ClassSession:
    _require_manage(actor, training_class)
    number = (
        training_class.sessions.order_by("-number").values_list("number", flat=True).first() or 0
    ) + 1
    session = ClassSession(training_class=training_class, number=number, date=date, topic=topic)
    session.full_clean()
    session.save()
    audit_record(actor=actor, action="training.session.created", target=session)
    return session


@transaction.atomic
def attendance_record(*, actor, session: ClassSession, present_enrollment_ids) -> int:
    """Mark everyone holding a seat: present if listed, absent otherwise. Returns presents."""
    _require_manage(actor, session.training_class)
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
def certificates_issue(*, actor, training_class: TrainingClass) -> list[Certificate]:
    """Complete every enrollment that meets the criteria and issue its certificate."""
    _require_manage(actor, training_class)
    sessions = training_class.sessions.count()
    issued = []
    for enrollment in training_class.enrollments.select_for_update().filter(
        state__in=(S.INVITED, S.ACCEPTED)
    ):
        if not meets_completion(enrollment, sessions):
            continue
        _set_state(actor, enrollment, S.COMPLETED, completed_at=timezone.now())
        cert = Certificate.objects.create(enrollment=enrollment, code=_new_code(), issued_by=actor)
        audit_record(actor=actor, action="training.certificate.issued", target=cert)
        issued.append(cert)
    if issued:
        announce_figures_changed("training.certificates")
    return issued


# --- proposals ---------------------------------------------------------------------------------


def distance_km(a: str, b: str) -> float:
    (la1, lo1), (la2, lo2) = REGENCY_CENTROIDS.get(a, (0, 0)), REGENCY_CENTROIDS.get(b, (0, 0))
    p1, p2 = math.radians(la1), math.radians(la2)
    dp, dl = p2 - p1, math.radians(lo2 - lo1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return round(2 * 6371 * math.asin(math.sqrt(h)), 1)


@dataclass
class Candidate:
    enterprise_id: int
    name: str
    regency_id: str
    level: str
    assessed: bool
    distance_km: float
    same_sector: bool
    waiting_days: int
    reasons: list[str]


def propose_candidates(
    *,
    user,
    level: str,
    regency_id: str,
    size: int = 20,
    sector: str = "",
    max_km: float = 80.0,
    exclude_class=None,
) -> list[Candidate]:
    """Candidates for a class: enterprises at `level` (never-assessed ones count as pemula),
    not already in or through a class of that level; nearest first (the class regency, then
    regencies within `max_km`), same sector first, then the longest waiting."""
    from siapekspor.registry.selectors import enterprise_scope

    if level not in Level.values:
        raise DomainError(_("Unknown level."), field="level")
    now = timezone.now()
    regencies = sorted(
        (r for r in REGENCY_CENTROIDS if distance_km(regency_id, r) <= max_km),
        key=lambda r: distance_km(regency_id, r),
    ) or [regency_id]
    if regency_id not in regencies:
        regencies.insert(0, regency_id)
    taken = set(
        Enrollment.objects.filter(
            training_class__level=level, state__in=[*SEAT_STATES, S.PROPOSED, S.WAITLISTED]
        ).values_list("enterprise_id", flat=True)
    )
    if exclude_class is not None:
        taken |= set(exclude_class.enrollments.values_list("enterprise_id", flat=True))
    out: list[Candidate] = []
    level_filter = Q(readiness_level__level=level)
    if level == Level.PEMULA:
        level_filter |= Q(readiness_level__isnull=True)
    for regency in regencies:
        dist = distance_km(regency_id, regency)
        rows = (
            enterprise_scope(user)
            .filter(level_filter, regency_id=regency, is_active=True)
            .values_list(
                "id", "name", "kbli_division", "created_at", "readiness_level__assessed_at"
            )
        )
        batch = []
        for pk, name, division, created, assessed_at in rows.iterator(chunk_size=5000):
            if pk in taken:
                continue
            batch.append((pk, name, division, assessed_at or created, assessed_at is not None))
        batch.sort(key=lambda r: (0 if sector and r[2] == sector else 1, r[3], r[0]))
        for pk, name, division, since, assessed in batch[: size - len(out)]:
            days = max(0, (now - since).days)
            reasons = [
                gettext("Level %(level)s from the latest assessment")
                % {"level": Level(level).label}
                if assessed
                else gettext("Not assessed yet: starts as beginner (pemula)"),
                gettext("Same sector (KBLI %(code)s)") % {"code": division}
                if sector and division == sector
                else gettext("Sector: KBLI %(code)s") % {"code": division or "—"},
                gettext("%(km)s km from the class") % {"km": dist},
                gettext("Waiting %(days)s days") % {"days": days},
            ]
            out.append(
                Candidate(
                    pk,
                    name,
                    regency,
                    level,
                    assessed,
                    dist,
                    bool(sector) and division == sector,
                    days,
                    reasons,
                )
            )
        if len(out) >= size:
            break
    return out


@transaction.atomic
def propose_into_class(*, actor, training_class: TrainingClass, size: int | None = None) -> int:
    """Add the proposed candidates to a class as `proposed` enrollments with their reasons."""
    _require_manage(actor, training_class)
    from siapekspor.registry.models import Enterprise

    cands = propose_candidates(
        user=actor,
        level=training_class.level,
        regency_id=training_class.regency_id,
        size=size or training_class.seats_free or training_class.capacity,
        sector=training_class.sector,
        exclude_class=training_class,
    )
    ents = Enterprise.objects.in_bulk([c.enterprise_id for c in cands])
    for c in cands:
        enroll(
            actor=actor,
            training_class=training_class,
            enterprise=ents[c.enterprise_id],
            reasons=c.reasons,
            state=S.PROPOSED,
        )
    return len(cands)


# --- naik kelas ----------------------------------------------------------------------------------


def on_assessment_submitted(assessment, previous_level: str) -> None:
    """After a re-assessment: if the enterprise completed a class and now meets a higher
    level's gates, mark the move up and offer (propose) the next level's open class."""
    completed = (
        Enrollment.objects.filter(
            enterprise_id=assessment.enterprise_id, state=S.COMPLETED, moved_up_at__isnull=True
        )
        .select_related("training_class")
        .order_by("-completed_at")
    )
    for enrollment in completed:
        if level_rank(assessment.level) <= level_rank(enrollment.training_class.level):
            continue
        enrollment.moved_up_at = timezone.now()
        enrollment.save(update_fields=["moved_up_at", "updated_at"])
        audit_record(
            actor=assessment.assessor,
            action="training.enrollment.moved_up",
            target=enrollment,
            changes={"level": [enrollment.training_class.level, assessment.level]},
        )
        target_level = next_level(enrollment.training_class.level)
        if target_level is None:
            continue
        regency = assessment.enterprise.regency_id
        offer = TrainingClass.objects.filter(
            level=target_level, seats_taken__lt=F("capacity")
        ).filter(starts_on__gte=timezone.localdate()) | TrainingClass.objects.filter(
            level=target_level, seats_taken__lt=F("capacity"), starts_on__isnull=True
        )
        offer = sorted(
            offer, key=lambda c: (c.regency_id != regency, distance_km(regency, c.regency_id), c.pk)
        )
        if (
            offer
            and not Enrollment.objects.filter(
                training_class=offer[0], enterprise_id=assessment.enterprise_id
            ).exists()
        ):
            e = Enrollment.objects.create(
                training_class=offer[0],
                enterprise_id=assessment.enterprise_id,
                state=S.PROPOSED,
                reasons=[gettext("Moved up: the re-assessment meets the gates of the next level")],
            )
            audit_record(actor=assessment.assessor, action="training.enrollment.offered", target=e)


# --- self-paced learning -------------------------------------------------------------------------


@transaction.atomic
def modules_load(modules: list[dict], *, actor=None) -> int:
    for order, m in enumerate(modules):
        module, _c = LearningModule.objects.get_or_create(
            code=m["code"],
            defaults={
                "level": m["level"],
                "dimension_code": m["dimension"],
                "title": m["title"][default_language()],
                "summary": m["summary"][default_language()],
                "body": m["body"][default_language()],
            },
        )
        module.level, module.dimension_code, module.credit_points = (
            m["level"],
            m["dimension"],
            m["credit"],
        )
        module.order = order
        for f in ("title", "summary", "body"):
            set_translations(module, f, m[f])
        module.save()
        module.quiz.all().delete()
        for q_order, (text, choices) in enumerate(m["quiz"]):
            q = QuizQuestion(module=module, order=q_order)
            set_translations(q, "text", text)
            q.save()
            for c_order, (ctext, correct) in enumerate(choices):
                c = QuizChoice(question=q, order=c_order, is_correct=correct)
                set_translations(c, "text", ctext)
                c.save()
    audit_record(
        actor=actor,
        action="training.modules.loaded",
        target_type="training.learningmodule",
        target_id="*",
        changes={"modules": len(modules)},
    )
    return len(modules)


PASS_PERCENT = 60


@transaction.atomic
def quiz_submit(
    *, actor, enterprise, module: LearningModule, answers: dict[int, int]
) -> ModuleProgress:
    """Grade a quiz (question id → choice id). Passing (≥ 60 %) completes the module, which
    credits the readiness dimension on the next assessment or rescoring."""
    if not (roles.role_of(actor) == Role.ENTERPRISE_OWNER and actor.enterprise_id == enterprise.pk):
        raise PermissionDeniedError(_("Only the enterprise's owner records learning progress."))
    questions = list(module.quiz.prefetch_related("choices"))
    correct = sum(
        1
        for q in questions
        if any(c.is_correct and c.pk == answers.get(q.pk) for c in q.choices.all())
    )
    pct = round(100 * correct / len(questions)) if questions else 100
    progress, _c = ModuleProgress.objects.select_for_update().get_or_create(
        enterprise=enterprise, module=module
    )
    progress.attempts += 1
    progress.best_score = max(progress.best_score, pct)
    if pct >= PASS_PERCENT and progress.completed_at is None:
        progress.completed_at = timezone.now()
    progress.save()
    audit_record(
        actor=actor,
        action="training.module.quiz",
        target=progress,
        changes={"score": [None, pct], "completed": [None, progress.completed_at is not None]},
    )
    return progress


def learning_credit(enterprise_ids) -> dict[int, dict[str, float]]:
    """Readiness credit per dimension from completed modules (registered in readiness.hooks)."""
    out: dict[int, dict[str, float]] = {}
    rows = ModuleProgress.objects.filter(completed_at__isnull=False)
    if enterprise_ids is not None:
        ids = list(enterprise_ids)
        if len(ids) < 20_000:
            rows = rows.filter(enterprise_id__in=ids)
    for ent, dim, pts in rows.values_list(
        "enterprise_id", "module__dimension_code", "module__credit_points"
    ):
        slot = out.setdefault(ent, {})
        slot[dim] = slot.get(dim, 0) + pts
    return out


# --- mentoring and discussion ------------------------------------------------------------------------


@transaction.atomic
def mentor_pair(*, actor, mentor, mentee, reason: str = "") -> MentorPair:
    if not roles.is_officer(actor):
        raise PermissionDeniedError()
    if roles.role_of(actor) == Role.REGENCY_OFFICER and actor.regency_id not in (
        mentor.regency_id,
        mentee.regency_id,
    ):
        raise PermissionDeniedError(_("You may only pair enterprises of your regency."))
    if mentor.pk == mentee.pk:
        raise DomainError(_("An enterprise cannot mentor itself."))
    pair, created = MentorPair.objects.get_or_create(
        mentor=mentor, mentee=mentee, defaults={"reason": reason, "created_by": actor}
    )
    if created:
        audit_record(actor=actor, action="training.mentor.paired", target=pair)
    return pair


def can_post(user, training_class) -> bool:
    if can_manage_class(user, training_class):
        return True
    return (
        roles.role_of(user) == Role.ENTERPRISE_OWNER
        and training_class.enrollments.filter(
            enterprise_id=user.enterprise_id, state__in=SEAT_STATES
        ).exists()
    )


@transaction.atomic
def post_create(*, actor, training_class: TrainingClass, body: str) -> ClassPost:
    if not can_post(actor, training_class):
        raise PermissionDeniedError()
    body = (body or "").strip()
    if not body:
        raise DomainError(_("Write a message first."), field="body")
    post = ClassPost.objects.create(training_class=training_class, author=actor, body=body[:2000])
    audit_record(actor=actor, action="training.post.created", target=post)
    return post
