"""Reads of the readiness app, scoped to what the user may see."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
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
    NextStepKind,
    ProductType,
    Question,
    Questionnaire,
    level_rank,
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


# Questions whose next step is "the certificates your target market demands": linked to the
# compliance checklist when that page exists.
MARKET_CERTIFICATE_QUESTIONS = frozenset({"legal_market_certs"})


def compliance_checklist_url(enterprise: Enterprise) -> str | None:
    """The compliance checklist for the enterprise's main product (and the market of its
    latest verified export, if any), when the compliance app provides `compliance:checklist`
    (?hs=&market=&enterprise=); None otherwise (a plain sentence is shown instead)."""
    from urllib.parse import urlencode

    from django.urls import NoReverseMatch, reverse

    from siapekspor.registry.models import Product

    try:
        base = reverse("compliance:checklist")
    except NoReverseMatch:
        return None
    params: dict[str, str | int] = {}
    hs = (
        Product.objects.filter(enterprise_id=enterprise.pk)
        .order_by("id")
        .values_list("hs_code_id", flat=True)
        .first()
    )
    if hs:
        params["hs"] = hs
    market = _last_verified_destination(enterprise.pk)
    if market:
        params["market"] = market
    params["enterprise"] = enterprise.pk
    return f"{base}?{urlencode(params)}"


def _last_verified_destination(enterprise_id: int) -> str:
    """The destination of the enterprise's latest verified export (direct or as a supplier),
    the market the checklist opens on; "" for an enterprise that has not exported."""
    from siapekspor.shipments.models import Verification
    from siapekspor.shipments.selectors import enterprise_shipments

    return next(
        (
            s.destination
            for s in enterprise_shipments(enterprise_id, limit=5)
            if s.verification == Verification.VERIFIED
        ),
        "",
    )


def step_url(question: Question, certificates_url: str | None) -> str | None:
    """Where a next step leads, only when the place exists: a learning module, or the
    compliance checklist for the target market's certificates."""
    from django.urls import NoReverseMatch, reverse

    if question.next_step_kind == NextStepKind.MODULE and question.next_step_ref:
        try:
            return reverse("training:module-detail", args=[question.next_step_ref])
        except NoReverseMatch:
            return None
    if question.code in MARKET_CERTIFICATE_QUESTIONS:
        return certificates_url
    return None


@dataclass
class Diagnosis:
    assessment: Assessment
    structure: Structure
    result: Result
    dimensions: list[dict[str, Any]]
    gaps: list[Question]
    next_gate_dimensions: list[str]
    steps: list[dict[str, Any]] = field(default_factory=list)  # {"question", "url"} per gap
    informative: list[dict[str, Any]] = field(default_factory=list)  # dimensions shown, not counted
    not_applicable: list[Question] = field(default_factory=list)
    certificates_url: str | None = None
    product_type_label: str = ""


def diagnosis(assessment: Assessment) -> Diagnosis:
    """Scores per dimension with their names, the next gate, the gap list with where each
    next step leads, and what version 2 decided (product type, not applicable answers,
    informative dimensions, the export floor). An assessment is read with its own
    questionnaire version."""
    structure = load_structure(assessment.questionnaire)
    option_ids = list(assessment.answers.values_list("option_id", flat=True))
    exported = bool((assessment.export_record or {}).get("exporting"))
    result = score(structure, option_ids, assessment.learning_bonus or {}, exported=exported)
    dims = {d.code: d for d in Dimension.objects.filter(questionnaire=assessment.questionnaire)}
    bonus = assessment.learning_bonus or {}

    def row(code: str) -> dict[str, Any]:
        return {
            "code": code,
            "name": dims[code].name,
            "count": result.dimension_scores[code],
            "bonus": bonus.get(code, 0),
        }

    rows = [row(code) for code in result.counted if code in dims]
    informative = [row(code) for code in result.informative if code in dims]
    gap_ids = [q.id for q in gaps(structure, result)]
    na_ids = [structure.question_by_code[c].id for c in result.not_applicable]
    by_id = Question.objects.in_bulk(gap_ids + na_ids)
    weak = [dims[c].name for c in (result.next_gate.weak_dimensions if result.next_gate else [])]
    certificates_url = compliance_checklist_url(assessment.enterprise)
    gap_questions = [by_id[i] for i in gap_ids]
    steps = [{"question": q, "url": step_url(q, certificates_url)} for q in gap_questions]
    label = (
        str(ProductType(result.product_type).label)
        if result.product_type in ProductType.values
        else ""
    )
    return Diagnosis(
        assessment,
        structure,
        result,
        rows,
        gap_questions,
        weak,
        steps,
        informative,
        [by_id[i] for i in na_ids],
        certificates_url,
        label,
    )


def effective_levels(enterprise_ids: Iterable[int] | None = None) -> dict[int, str]:
    """enterprise id → the readiness level to plan classes with: the current level (latest
    submitted assessment), raised to the active questionnaire's export floor (menengah) for
    an enterprise that is exporting now (a verified export, direct or indirect, in the
    trailing 12 months: `shipments.selectors.exporting_ids`), also when it was assessed
    before it exported or never. Enterprises neither assessed nor exporting are absent.
    Class proposals for pemula use it so that no exporter is proposed as a beginner."""
    from siapekspor.shipments.selectors import exporting_ids

    ids = list(enterprise_ids) if enterprise_ids is not None else None
    qs = CurrentLevel.objects.all()
    if ids is not None:
        qs = qs.filter(enterprise_id__in=ids)
    levels = dict(qs.values_list("enterprise_id", "level").iterator(chunk_size=20000))
    questionnaire = active_questionnaire_or_none()
    floor = questionnaire.export_floor if questionnaire else ""
    if floor:
        floor_rank = level_rank(floor)
        for ent in exporting_ids(ids):
            if level_rank(levels.get(ent)) < floor_rank:
                levels[ent] = floor
    return levels


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


# HS chapters (and KBLI divisions, when no product is recorded) → product type of version 2.
_HS_COMMODITY = {f"{c:02d}" for c in range(1, 15)}
_HS_FOOD = {f"{c:02d}" for c in range(15, 25)}
_HS_CRAFT = {"42", "44", "45", "46", "71", "94", "95", "96", "97"} | {
    f"{c:02d}" for c in range(50, 68)
}
_KBLI_FOOD = {"10", "11"}
_KBLI_CRAFT = {"13", "14", "15", "16", "31", "32"}


def suggested_product_type(enterprise: Enterprise) -> str:
    """The product type the registry suggests (first product's HS chapter, else the KBLI
    division): prefilled on the first page of version 2, the owner may change it."""
    from siapekspor.readiness.models import ProductType
    from siapekspor.registry.models import Product

    hs = (
        Product.objects.filter(enterprise=enterprise)
        .order_by("id")
        .values_list("hs_code_id", flat=True)
        .first()
    ) or ""
    chapter = str(hs)[:2]
    if chapter == "18":  # cocoa beans are a commodity, chocolate is processed food
        return ProductType.COMMODITY if str(hs).startswith("1801") else ProductType.PROCESSED_FOOD
    if chapter in _HS_COMMODITY:
        return ProductType.COMMODITY
    if chapter in _HS_FOOD:
        return ProductType.PROCESSED_FOOD
    if chapter in _HS_CRAFT:
        return ProductType.CRAFT
    division = enterprise.kbli_division or ""
    if division in _KBLI_FOOD:
        return ProductType.PROCESSED_FOOD
    if division in _KBLI_CRAFT:
        return ProductType.CRAFT
    return ""


def form_pages(
    questionnaire: Questionnaire, chosen: dict[int, str]
) -> tuple[str, list[tuple[Dimension, list[Question]]]]:
    """(product type, pages): the pages of the step-by-step form for the answers so far
    (`chosen`: question id → option code), each a dimension with the questions asked for the
    chosen product type; a page with none is left out."""
    pages = questionnaire_pages(questionnaire)
    product_type = next(
        (chosen.get(q.id, "") for p in pages for q in p.questions.all() if q.is_branch), ""
    )
    out = []
    for page in pages:
        questions = [q for q in page.questions.all() if q.asked_for(product_type)]
        if questions:
            out.append((page, questions))
    return product_type, out


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
