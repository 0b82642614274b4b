"""/api/v1/assessments and /api/v1/questionnaire: the same services as the pages."""

import datetime as dt
from decimal import Decimal

from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from ninja import Router, Schema, Status
from ninja.pagination import paginate

from siapekspor.api.params import CodeQuery, Id, IdQuery, id_field
from siapekspor.api.schemas import ERRORS
from siapekspor.core.errors import PermissionDeniedError
from siapekspor.core.pagination import IdFirstPageNumberPagination
from siapekspor.readiness import access, selectors, services
from siapekspor.readiness.models import Dimension
from siapekspor.registry.access import Area, get_enterprise_for_user

router = Router(tags=["readiness"])


class OptionOut(Schema):
    code: str
    label: str
    score: int
    not_applicable: bool


class QuestionOut(Schema):
    code: str
    text: str
    weight: int
    applies_to: list[str]
    is_branch: bool
    export_credit: bool
    options: list[OptionOut]

    @staticmethod
    def resolve_options(obj):
        return list(obj.options.all())


class DimensionOut(Schema):
    code: str
    name: str
    weight: int
    ungated_for: list[str]
    questions: list[QuestionOut]

    @staticmethod
    def resolve_questions(obj):
        return list(obj.questions.all())


class QuestionnaireOut(Schema):
    version: int
    title: str
    export_floor: str
    dimensions: list[DimensionOut]


class AssessmentOut(Schema):
    id: int
    enterprise_id: int
    questionnaire_version: int
    kind: str
    status: str
    overall_score: Decimal | None
    level: str
    dimension_scores: dict
    learning_bonus: dict
    product_type: str
    export_record: dict
    created_at: dt.datetime
    submitted_at: dt.datetime | None

    @staticmethod
    def resolve_questionnaire_version(obj):
        if isinstance(obj, dict):
            return obj["questionnaire_version"]
        return obj.questionnaire.version


class GapOut(Schema):
    question: str
    kind: str
    reference: str
    next_step: str
    url: str | None = None


class AssessmentDetailOut(AssessmentOut):
    answers: dict[str, str]
    gaps: list[GapOut]
    next_level_missing: list[str]


class AssessmentIn(Schema):
    enterprise_id: int = id_field()
    answers: dict[str, str] = {}
    submit: bool = False


class AnswersIn(Schema):
    answers: dict[str, str] = {}
    submit: bool = False


def _detail(assessment):
    answers = dict(assessment.answers.values_list("question__code", "option__code"))
    gaps, missing = [], []
    if assessment.status == "submitted":
        diag = selectors.diagnosis(assessment)
        gaps = [
            {
                "question": step["question"].code,
                "kind": step["question"].next_step_kind,
                "reference": step["question"].next_step_ref,
                "next_step": step["question"].next_step,
                "url": step["url"],
            }
            for step in diag.steps
        ]
        gate = diag.result.next_gate
        if gate:
            missing = [
                *(f"answer:{c}" for c in gate.missing_answers),
                *(f"dimension:{c}" for c in gate.weak_dimensions),
            ]
            if gate.overall_short:
                missing.append(f"overall:{gate.overall_short}")
    data = AssessmentOut.from_orm(assessment).dict()
    return {**data, "answers": answers, "gaps": gaps, "next_level_missing": missing}


@router.get(
    "/questionnaire", response={200: QuestionnaireOut, **ERRORS}, url_name="readiness_questionnaire"
)
def get_questionnaire(request):
    """The active questionnaire in the request's language (Accept-Language)."""
    q = services.active_questionnaire()
    q.dimensions_list = list(
        Dimension.objects.filter(questionnaire=q)
        .order_by("order")
        .prefetch_related("questions__options")
    )
    return {
        "version": q.version,
        "title": q.title,
        "export_floor": q.export_floor,
        "dimensions": q.dimensions_list,
    }


@router.get(
    "/assessments", response={200: list[AssessmentOut], **ERRORS}, url_name="list_assessments"
)
@paginate(IdFirstPageNumberPagination)
def list_assessments(
    request, enterprise_id: IdQuery = None, level: CodeQuery = "", status: CodeQuery = ""
):
    """Assessments of the enterprises you may see (owners: their own; partners: those of one
    enterprise whose owner's consent to your organisation covers readiness — give
    `enterprise_id`)."""
    qs = selectors.assessment_list(
        request.auth, enterprise_id=enterprise_id, level=level, status=status
    ).select_related("questionnaire")
    if access.lists_one_enterprise_at_a_time(request.auth):
        if not enterprise_id:
            return qs.none()
        first = qs.select_related("enterprise").first()
        if first is not None:
            _disclosed(request.auth, first.enterprise)
    return qs


@router.get(
    "/assessments/{assessment_id}",
    response={200: AssessmentDetailOut, **ERRORS},
    url_name="get_assessment",
)
def get_assessment(request, assessment_id: Id):
    assessment = access.get_assessment_for_user(request.auth, assessment_id)
    _disclosed(request.auth, assessment.enterprise)
    return _detail(assessment)


def _disclosed(user, enterprise) -> None:
    from siapekspor.partners.services import disclosure_record  # audits partners only

    disclosure_record(actor=user, enterprise=enterprise, channel="api", area=Area.READINESS)


@router.post(
    "/assessments",
    response={201: AssessmentDetailOut, 200: AssessmentDetailOut, **ERRORS},
    url_name="create_assessment",
)
def create_assessment(request, payload: AssessmentIn):
    """Start (or resume) an assessment: owners make self-assessments, officers verified ones."""
    enterprise = get_enterprise_for_user(request.auth, payload.enterprise_id, area=Area.READINESS)
    if not access.can_assess(request.auth, enterprise):
        raise PermissionDeniedError()
    assessment, new = services.assessment_start(
        actor=request.auth, enterprise=enterprise, language=get_language() or "id"
    )
    if payload.answers:
        services.assessment_answer(
            actor=request.auth, assessment=assessment, answers=payload.answers
        )
    if payload.submit:
        services.assessment_submit(actor=request.auth, assessment=assessment)
    assessment = get_object_or_404(type(assessment), pk=assessment.pk)
    return Status(201 if new else 200, _detail(assessment))


@router.patch(
    "/assessments/{assessment_id}",
    response={200: AssessmentDetailOut, **ERRORS},
    url_name="update_assessment",
)
def update_assessment(request, assessment_id: Id, payload: AnswersIn):
    """Save answers (question code → option code) and optionally submit."""
    assessment = access.get_assessment_for_user(request.auth, assessment_id)
    services.assessment_answer(actor=request.auth, assessment=assessment, answers=payload.answers)
    if payload.submit:
        services.assessment_submit(actor=request.auth, assessment=assessment)
    assessment.refresh_from_db()
    return _detail(assessment)
