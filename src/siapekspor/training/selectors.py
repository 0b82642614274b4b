"""Reads of the training app, scoped to the user, and the programme figures."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from siapekspor.readiness.models import CurrentLevel, Level
from siapekspor.training.access import class_scope
from siapekspor.training.content.modules import ANCHORS
from siapekspor.training.models import (
    SEAT_STATES,
    Enrollment,
    EnrollmentState,
    LearningModule,
    ModuleProgress,
    Programme,
    TrainingClass,
)


def class_list(user, *, level: str = "", regency: str = "") -> QuerySet[TrainingClass]:
    qs = class_scope(user).select_related("stage__programme", "regency")
    if level:
        qs = qs.filter(level=level)
    if regency:
        qs = qs.filter(regency_id=regency)
    return qs.order_by("-stage__programme__year", "stage__number", "name", "id")


def roster(training_class) -> list[Enrollment]:
    return list(
        training_class.enrollments.select_related(
            "enterprise", "enterprise__regency", "certificate"
        ).order_by("state", "id")
    )


def owner_enrollments(user) -> list[Enrollment]:
    if not user.enterprise_id:
        return []
    return list(
        Enrollment.objects.filter(enterprise_id=user.enterprise_id)
        .select_related("training_class", "training_class__regency", "certificate")
        .order_by("-id")
    )


def modules_with_progress(enterprise_id: int | None) -> list[tuple[LearningModule, object]]:
    progress = {}
    if enterprise_id:
        progress = {
            p.module_id: p for p in ModuleProgress.objects.filter(enterprise_id=enterprise_id)
        }
    return [(m, progress.get(m.pk)) for m in LearningModule.objects.order_by("order")]


def mentor_candidates(mentee, limit: int = 10) -> list[dict]:
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
    out = []
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
) -> dict:
    """Counts and conversions enrolled → completed → moved up → first export, for one
    programme (optionally one stage or one class) or for every programme when None.

    "Enrolled" counts enterprises that held a seat (invited, accepted or completed).
    First exports are not recorded yet (the shipments issue adds them): `first_export` is
    None and `first_export_note` says so; no number is invented. The published anchors are
    returned alongside with their sources. Used by the reporting target simulator.
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
    anchors = [{**a, "conversion": _rate(a["first_exporters"], a["participants"])} for a in ANCHORS]
    return {
        **agg,
        "first_export": None,
        "first_export_note": "not yet recorded",
        "completion_rate": _rate(agg["completed"], agg["enrolled"]),
        "move_up_rate": _rate(agg["moved_up"], agg["completed"]),
        "first_export_rate": None,
        "anchors": anchors,
    }


def programme_figures() -> list[dict]:
    """Per programme, stage and class: the conversion figures (for the figures page)."""
    rows = []
    for programme in Programme.objects.prefetch_related("stages__classes").order_by(
        "-year", "name"
    ):
        stages = []
        for st in programme.stages.all():
            classes = [
                {"class": c, **programme_conversion(training_class=c)} for c in st.classes.all()
            ]
            stages.append(
                {
                    "stage": st,
                    **programme_conversion(programme, stage=st.number),
                    "classes": classes,
                }
            )
        rows.append({"programme": programme, **programme_conversion(programme), "stages": stages})
    return rows
