"""Reads of the training app, scoped to the user, and the programme figures."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Any, NamedTuple

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siapekspor.accounts.roles import Actor
from siapekspor.readiness.models import CurrentLevel, Level
from siapekspor.shipments.selectors import first_export_dates
from siapekspor.training.access import class_scope
from siapekspor.training.content.modules import ANCHORS
from siapekspor.training.models import (
    SEAT_STATES,
    Enrollment,
    EnrollmentState,
    LearningModule,
    ModuleProgress,
    Programme,
    QuizChoice,
    QuizQuestion,
    Signatory,
    TrainingClass,
)

if TYPE_CHECKING:
    from siapekspor.registry.models import Enterprise


def class_list(user: Actor, *, level: str = "", regency: str = "") -> QuerySet[TrainingClass]:
    """Classes the user may see, filtered by level and regency."""
    qs = class_scope(user).select_related("stage__programme", "regency")
    if level:
        qs = qs.filter(level=level)
    if regency:
        qs = qs.filter(regency_id=regency)
    return qs.order_by("-stage__programme__year", "stage__number", "name", "id")


def roster(training_class: TrainingClass) -> list[Enrollment]:
    """The enrollments of a class with their enterprises and certificates."""
    return list(
        training_class.enrollments.select_related(
            "enterprise", "enterprise__regency", "certificate"
        ).order_by("state", "id")
    )


def awaiting_participant_name(training_class: TrainingClass) -> list[Enrollment]:
    """Enrollments of the class that meet the completion criteria but have no participant
    name yet, so no certificate can name them."""
    from siapekspor.training.services.completion import meets_completion

    sessions = training_class.sessions.count()
    return [
        e
        for e in training_class.enrollments.filter(
            state__in=(EnrollmentState.INVITED, EnrollmentState.ACCEPTED),
            participant_name_sealed="",
        )
        if meets_completion(e, sessions)
    ]


def signatories() -> list[Signatory]:
    """Every certificate signatory, the active one first."""
    return list(Signatory.objects.select_related("created_by__regency"))


def signatory(pk: int) -> Signatory:
    """One signatory (Http404 when there is none with this id)."""
    from django.http import Http404

    try:
        return Signatory.objects.get(pk=pk)
    except (Signatory.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def owner_enrollments(user: Actor) -> list[Enrollment]:
    """The enrollments of the user's own enterprise (owners); empty for others."""
    owned = getattr(user, "enterprise_id", None)  # anonymous visitors have none
    if not owned:
        return []
    return list(
        Enrollment.objects.filter(enterprise_id=owned)
        .select_related("training_class", "training_class__regency", "certificate")
        .order_by("-id")
    )


def modules_with_progress(enterprise_id: int | None) -> list[tuple[LearningModule, object]]:
    """Every active module with the enterprise's progress in it (None when not started)."""
    progress = {}
    if enterprise_id:
        progress = {
            p.module_id: p for p in ModuleProgress.objects.filter(enterprise_id=enterprise_id)
        }
    modules = LearningModule.objects.annotate(
        screen_count=Count("screens", distinct=True), question_count=Count("quiz", distinct=True)
    ).order_by("order")
    return [(m, progress.get(m.pk)) for m in modules]


class QuizFeedback(NamedTuple):
    question: QuizQuestion
    chosen: QuizChoice | None
    correct: QuizChoice | None
    is_right: bool


def quiz_feedback(module: LearningModule, answers: dict[int, int]) -> list[QuizFeedback]:
    """Each question of the module's quiz with the answer given (question id → choice id),
    the right answer and whether they match; the page shows the question's explanation."""
    out: list[QuizFeedback] = []
    for q in module.quiz.prefetch_related("choices"):
        choices = list(q.choices.all())
        chosen = next((c for c in choices if c.pk == answers.get(q.pk)), None)
        correct = next((c for c in choices if c.is_correct), None)
        out.append(QuizFeedback(q, chosen, correct, chosen is not None and chosen == correct))
    return out


def mentor_candidates(mentee: Enterprise, limit: int = 10) -> list[dict[str, Any]]:
    """Mahir enterprises (exporting ones are not recorded yet) of the same sector or regency."""
    qs = (
        CurrentLevel.objects.filter(level=Level.MAHIR)
        .exclude(enterprise_id=mentee.pk)
        .filter(
            Q(enterprise__regency_id=mentee.regency_id)
            | Q(enterprise__kbli_division=mentee.kbli_division or "--")
        )
        .select_related("enterprise", "enterprise__regency")
        .order_by("-overall_score")[: limit * 3]
    )
    out: list[dict[str, Any]] = []
    for row in qs:
        e = row.enterprise
        same_sector = bool(mentee.kbli_division) and e.kbli_division == mentee.kbli_division
        same_regency = e.regency_id == mentee.regency_id
        out.append(
            {
                "enterprise": e,
                "score": row.overall_score,
                "same_sector": same_sector,
                "same_regency": same_regency,
                "rank": (not (same_sector and same_regency), not same_sector),
            }
        )
    out.sort(key=lambda r: (r["rank"], -float(r["score"])))
    return out[:limit]


def _rate(numerator: int, denominator: int) -> float | None:
    return round(100 * numerator / denominator, 1) if denominator else None


def programme_conversion(
    programme: Programme | int | None = None,
    *,
    stage: int | None = None,
    training_class: TrainingClass | int | None = None,
    first_exporters: set[int] | None = None,
) -> dict[str, Any]:
    """Counts and conversions enrolled → completed → moved up → first export, for one
    programme (optionally one stage or one class) or for every programme when None.

    "Enrolled" counts enterprises that held a seat (invited, accepted or completed). "First
    export": enrolled enterprises whose first verified export (shipments) came on or after the
    start of their class (`participation_start`), the same rule as the dashboard's cohorts.
    The published anchors are returned alongside with their sources. `first_exporters` may
    pass the first exporters already counted (see `programme_figures`).
    """
    qs = Enrollment.objects.all()
    if programme is not None:
        qs = qs.filter(training_class__stage__programme=programme)
    if stage is not None:
        qs = qs.filter(training_class__stage__number=stage)
    if training_class is not None:
        qs = qs.filter(training_class=training_class)
    agg = qs.aggregate(
        enrolled=Count("id", filter=Q(state__in=SEAT_STATES)),
        completed=Count("id", filter=Q(state=EnrollmentState.COMPLETED)),
        moved_up=Count("id", filter=Q(state=EnrollmentState.COMPLETED, moved_up_at__isnull=False)),
        waitlisted=Count("id", filter=Q(state=EnrollmentState.WAITLISTED)),
        withdrawn=Count("id", filter=Q(state=EnrollmentState.WITHDRAWN)),
    )
    seats = list(qs.filter(state__in=SEAT_STATES).values_list("enterprise_id", *_START_FIELDS))
    first = first_export_dates({row[0] for row in seats})
    first_exporters = {
        row[0]
        for row in seats
        if row[0] in first and first[row[0]] >= participation_start(*row[1:])
    }
    anchors = [{**a, "conversion": _rate(a["first_exporters"], a["participants"])} for a in ANCHORS]
    return {
        **agg,
        "first_export": len(first_exporters),
        "completion_rate": _rate(agg["completed"], agg["enrolled"]),
        "move_up_rate": _rate(agg["moved_up"], agg["completed"]),
        "first_export_rate": _rate(len(first_exporters), agg["enrolled"]),
        "anchors": anchors,
    }


def programme_figures() -> list[dict[str, Any]]:
    """Per programme, stage and class: the conversion figures (for the figures page). First
    exporters are counted in one pass over the enrollments."""
    by_class: dict[int, set[int]] = defaultdict(set)
    by_stage: dict[int, set[int]] = defaultdict(set)
    by_programme: dict[int, set[int]] = defaultdict(set)
    seats = list(
        Enrollment.objects.filter(state__in=SEAT_STATES).values_list(
            "enterprise_id",
            "training_class_id",
            "training_class__stage_id",
            "training_class__stage__programme_id",
            *_START_FIELDS,
        )
    )
    first = first_export_dates({row[0] for row in seats})
    for ent, class_id, stage_id, programme_id, *starts in seats:
        if ent in first and first[ent] >= participation_start(*starts):
            by_class[class_id].add(ent)
            by_stage[stage_id].add(ent)
            by_programme[programme_id].add(ent)
    rows = []
    for programme in Programme.objects.prefetch_related("stages__classes").order_by(
        "-year", "name"
    ):
        stages = []
        for st in programme.stages.all():
            classes = [
                {
                    "class": c,
                    **programme_conversion(training_class=c, first_exporters=by_class[c.pk]),
                }
                for c in st.classes.all()
            ]
            stages.append(
                {
                    "stage": st,
                    **programme_conversion(
                        programme, stage=st.number, first_exporters=by_stage[st.pk]
                    ),
                    "classes": classes,
                }
            )
        rows.append(
            {
                "programme": programme,
                **programme_conversion(programme, first_exporters=by_programme[programme.pk]),
                "stages": stages,
            }
        )
    return rows


# --- For the indicators (reporting reads training only through these) -------------------------

# Where a participation starts: the class start, else its stage's, else the enrollment date.
_START_FIELDS = ("training_class__starts_on", "training_class__stage__starts_on", "created_at")


def participation_start(
    class_start: dt.date | None, stage_start: dt.date | None, enrolled_at: dt.datetime | None
) -> dt.date:
    """The day a participation starts (first exports on or after it count for the class)."""
    if class_start:
        return class_start
    if stage_start:
        return stage_start
    return timezone.localdate(enrolled_at) if enrolled_at else dt.date.min


class Participation(NamedTuple):
    """One enrollment that held a seat, for the funnel and the cohort figures."""

    enterprise_id: int
    completed: bool
    certified: bool
    class_id: int
    class_name: str
    regency: str
    programme_id: int
    programme_label: str
    start: dt.date


def participations() -> list[Participation]:
    """Every enrollment that held a seat (invited, accepted, completed): trained = completed,
    certified = holds a certificate."""
    rows = (
        Enrollment.objects.filter(state__in=SEAT_STATES)
        .values_list(
            "enterprise_id",
            "state",
            "certificate__id",
            "training_class_id",
            "training_class__name",
            "training_class__regency_id",
            "training_class__stage__programme_id",
            "training_class__stage__programme__name",
            "training_class__stage__programme__year",
            *_START_FIELDS,
        )
        .order_by("id")
    )
    return [
        Participation(
            enterprise_id=ent,
            completed=state == EnrollmentState.COMPLETED,
            certified=cert is not None,
            class_id=class_id,
            class_name=class_name,
            regency=regency or "",
            programme_id=programme_id,
            programme_label=f"{programme_name} {programme_year}",
            start=participation_start(*starts),
        )
        for (
            ent,
            state,
            cert,
            class_id,
            class_name,
            regency,
            programme_id,
            programme_name,
            programme_year,
            *starts,
        ) in rows.iterator(chunk_size=5000)
    ]


def classes_started_after(day: dt.date) -> int:
    """Classes that started after `day` (real ones; demo ones when there are no real ones)."""
    real = TrainingClass.objects.filter(starts_on__gt=day, is_demo=False).count()
    return real or TrainingClass.objects.filter(starts_on__gt=day).count()


_ANCHOR_LABELS = {
    "sumbar-2023": _("West Sumatra export coaching 2023"),
    "lpei-jatim": _("LPEI coaching for new exporters, East Java"),
}


def published_anchors() -> list[dict[str, Any]]:
    """The published programme results the cohort conversion is compared with, each with
    its name in the current language (`label`)."""
    return [{**a, "label": str(_ANCHOR_LABELS.get(a["key"], a["key"]))} for a in ANCHORS]


def invitations_awaiting_count(user: Actor) -> int:
    """Class invitations that the enterprise has not answered yet, in the officer's classes
    (0 for partners and owners): an item of the officer's to-do list."""
    from siapekspor.training.access import is_officer
    from siapekspor.training.models import Enrollment, EnrollmentState

    if not is_officer(user):
        return 0
    return Enrollment.objects.filter(
        state=EnrollmentState.INVITED, training_class__in=class_scope(user)
    ).count()
