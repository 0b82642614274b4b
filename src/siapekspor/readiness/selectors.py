"""Reads of the readiness app, scoped to what the user may see."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db.models import Count, QuerySet

from siapekspor.accounts.roles import Actor
from siapekspor.readiness.access import assessment_scope
from siapekspor.readiness.models import (
    LEVEL_ORDER,
    Assessment,
    AssessmentStatus,
    CurrentLevel,
    Dimension,
    Level,
    Question,
    Questionnaire,
)
from siapekspor.readiness.scoring import Result, Structure, gaps, load_structure, score
from siapekspor.registry.access import enterprise_aggregate_scope

if TYPE_CHECKING:
    from siapekspor.registry.models import Enterprise


def assessment_list(
    user: Actor,
    *,
    enterprise_id: int | None = None,
    level: str = "",
    kind: str = "",
    status: str = "",
) -> QuerySet[Assessment]:
    """Assessments the user may see, newest first, filtered by enterprise, level and kind."""
    qs = assessment_scope(user).select_related("enterprise", "enterprise__regency", "assessor")
    if enterprise_id:
        qs = qs.filter(enterprise_id=enterprise_id)
    if level:
        qs = qs.filter(level=level)
    if kind:
        qs = qs.filter(kind=kind)
    if status:
        qs = qs.filter(status=status)
    return qs.order_by("-id")


def enterprise_history(enterprise: Enterprise) -> list[Assessment]:
    """Every assessment of one enterprise, oldest first (the level history)."""
    return list(
        Assessment.objects.filter(enterprise=enterprise)
        .select_related("assessor")
        .order_by("created_at", "id")
    )


def latest_submitted(enterprise_id: int) -> Assessment | None:
    """The enterprise's latest submitted assessment, or None."""
    return (
        Assessment.objects.filter(enterprise_id=enterprise_id, status=AssessmentStatus.SUBMITTED)
        .order_by("-submitted_at", "-id")
        .first()
    )


def level_counts(user: Actor) -> list[dict[str, Any]]:
    """Enterprises per current level (their latest submitted assessment) in the user's
    aggregate scope; partners see the province."""
    from django.db.models import Max

    base = enterprise_aggregate_scope(user)
    latest = (
        Assessment.objects.filter(status=AssessmentStatus.SUBMITTED, enterprise__in=base)
        .values("enterprise_id")
        .annotate(last=Max("id"))
        .values("last")
    )
    counts = dict(
        Assessment.objects.filter(id__in=latest)
        .values_list("level")
        .annotate(n=Count("id"))
        .values_list("level", "n")
    )
    return [
        {"code": str(lv), "name": Level(lv).label, "count": counts.get(str(lv), 0)}
        for lv in LEVEL_ORDER
    ]


def current_levels() -> dict[int, str]:
    """enterprise id → current readiness level (assessed enterprises only), for the
    indicators' funnel and level breakdown."""
    return dict(
        CurrentLevel.objects.values_list("enterprise_id", "level").iterator(chunk_size=20000)
    )


@dataclass
class Diagnosis:
    assessment: Assessment
    structure: Structure
    result: Result
    dimensions: list[dict[str, Any]]
    gaps: list[Question]
    next_gate_dimensions: list[str]


def diagnosis(assessment: Assessment) -> Diagnosis:
    """Scores per dimension with their names, the next gate and the gap list."""
    structure = load_structure(assessment.questionnaire)
    option_ids = list(assessment.answers.values_list("option_id", flat=True))
    result = score(structure, option_ids, assessment.learning_bonus or {})
    names = dict(
        Dimension.objects.filter(questionnaire=assessment.questionnaire).values_list("code", "id")
    )
    dims = {d.code: d for d in Dimension.objects.filter(questionnaire=assessment.questionnaire)}
    rows = [
        {
            "code": code,
            "name": dims[code].name,
            "count": result.dimension_scores[code],
            "bonus": (assessment.learning_bonus or {}).get(code, 0),
        }
        for code, _w in structure.dimensions
        if code in names
    ]
    gap_ids = [q.id for q in gaps(structure, result)]
    by_id = Question.objects.in_bulk(gap_ids)
    weak = [dims[c].name for c in (result.next_gate.weak_dimensions if result.next_gate else [])]
    return Diagnosis(assessment, structure, result, rows, [by_id[i] for i in gap_ids], weak)


def active_questionnaire_or_none() -> Questionnaire | None:
    """The newest active questionnaire, or None before `load-readiness`."""
    return Questionnaire.objects.filter(is_active=True).order_by("-version").first()


def questionnaire_pages(questionnaire: Questionnaire) -> list[Dimension]:
    """Dimensions with their questions and options (for the step-by-step form)."""
    return list(
        Dimension.objects.filter(questionnaire=questionnaire)
        .order_by("order")
        .prefetch_related("questions__options")
    )


def history_points(
    history: list[Assessment], *, width: int = 300, height: int = 100
) -> dict[str, Any]:
    """Points of an SVG line of overall scores over the submitted assessments."""
    done = [a for a in history if a.status == AssessmentStatus.SUBMITTED]
    if not done:
        return {"points": "", "dots": [], "width": width, "height": height}
    step = width / max(1, len(done) - 1)
    dots = []
    for i, a in enumerate(done):
        x = round(i * step, 1) if len(done) > 1 else width / 2
        y = round(height - float(a.overall_score or 0) * height / 100, 1)
        dots.append(
            {
                "x": x,
                "y": y,
                "score": a.overall_score,
                "level": a.get_level_display(),
                "date": a.submitted_at,
                "kind": a.get_kind_display(),
            }
        )
    return {
        "points": " ".join(f"{d['x']},{d['y']}" for d in dots),
        "dots": dots,
        "width": width,
        "height": height,
    }
