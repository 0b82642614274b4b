"""/api/v1/classes and enrollments: the same services as the pages."""

import datetime as dt
from typing import Annotated

from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate

from siapekspor.api.params import CodePath, CodeQuery, Id, IdQuery, id_field, text_field
from siapekspor.api.schemas import ERRORS
from siapekspor.core.errors import PermissionDeniedError
from siapekspor.core.pagination import IdFirstPageNumberPagination
from siapekspor.registry.access import get_enterprise_for_user
from siapekspor.training import access, reasons, selectors, services
from siapekspor.training.models import Stage

router = Router(tags=["training"])


class ClassOut(Schema):
    id: int
    name: str
    programme: str
    year: int
    stage: int
    level: str
    regency: str
    capacity: int
    seats_taken: int
    venue: str
    schedule: str
    starts_on: dt.date | None
    facilitator: str

    @staticmethod
    def resolve_programme(obj):
        return obj.stage.programme.name

    @staticmethod
    def resolve_year(obj):
        return obj.stage.programme.year

    @staticmethod
    def resolve_stage(obj):
        return obj.stage.number

    @staticmethod
    def resolve_regency(obj):
        return obj.regency_id

    @staticmethod
    def resolve_facilitator(obj):
        return obj.facilitator_name


class ClassIn(Schema):
    stage_id: int = id_field()
    level: str
    name: str
    regency: str
    capacity: int | None = None
    venue: str = ""
    schedule: str = ""
    starts_on: dt.date | None = None
    facilitator: str = ""
    sector: str = ""


class EnrollmentOut(Schema):
    id: int
    class_id: int
    enterprise_id: int
    enterprise_name: str
    participant_name_masked: str
    state: str
    reasons: list[str]
    reason_codes: list[dict]
    certificate_code: str | None

    @staticmethod
    def resolve_reasons(obj):
        return reasons.render(obj.reasons)

    @staticmethod
    def resolve_reason_codes(obj):
        return [r for r in obj.reasons if isinstance(r, dict)]

    @staticmethod
    def resolve_class_id(obj):
        return obj.training_class_id

    @staticmethod
    def resolve_enterprise_name(obj):
        return obj.enterprise.name

    @staticmethod
    def resolve_certificate_code(obj):
        cert = getattr(obj, "certificate", None) if hasattr(obj, "certificate") else None
        return cert.code if cert else None


class EnrollIn(Schema):
    enterprise_id: int = id_field()
    state: str = "invited"
    participant_name: str = text_field(max_length=1000)


class TrainingParticipantIn(Schema):
    participant_name: str = text_field(max_length=1000)


class TrainingCandidateOut(Schema):
    enterprise_id: int
    name: str
    regency_id: str
    level: str
    assessed: bool
    distance_km: float
    same_sector: bool
    waiting_days: int
    reasons: list[str]
    reason_codes: list[dict]

    @staticmethod
    def resolve_reasons(obj):
        return obj.reason_texts

    @staticmethod
    def resolve_reason_codes(obj):
        return obj.reasons


@router.get("/classes", response={200: list[ClassOut], **ERRORS}, url_name="list_classes")
@paginate(IdFirstPageNumberPagination)
def list_classes(request, level: CodeQuery = "", regency: CodeQuery = ""):
    return selectors.class_list(request.auth, level=level, regency=regency)


@router.get("/classes/{class_id}", response={200: ClassOut, **ERRORS}, url_name="get_class")
def get_class(request, class_id: Id):
    return access.get_class_for_user(request.auth, class_id)


@router.post("/classes", response={201: ClassOut, **ERRORS}, url_name="create_class")
def create_class(request, payload: ClassIn):
    if not access.is_officer(request.auth):
        raise PermissionDeniedError()
    stage = get_object_or_404(Stage, pk=payload.stage_id)
    cls = services.class_create(
        actor=request.auth,
        stage=stage,
        level=payload.level,
        name=payload.name,
        regency_id=payload.regency,
        capacity=payload.capacity,
        venue=payload.venue,
        schedule=payload.schedule,
        starts_on=payload.starts_on,
        facilitator_name=payload.facilitator,
        sector=payload.sector,
    )
    return Status(201, cls)


@router.get(
    "/classes/{class_id}/enrollments",
    response={200: list[EnrollmentOut], **ERRORS},
    url_name="list_enrollments",
)
def list_enrollments(request, class_id: Id):
    """The roster (officers of the class's regency, and enrolled owners); not for partners."""
    cls = access.get_class_for_user(request.auth, class_id, roster=True)
    return selectors.roster(cls)


@router.post(
    "/classes/{class_id}/enrollments",
    response={201: EnrollmentOut, **ERRORS},
    url_name="create_enrollment",
)
def create_enrollment(request, class_id: Id, payload: EnrollIn):
    """Propose or invite an enterprise; an invitation into a full class is waitlisted.
    Seats are enforced by the database under concurrent requests."""
    cls = access.get_class_for_user(request.auth, class_id, manage=True)
    enterprise = get_enterprise_for_user(request.auth, payload.enterprise_id)
    enrollment = services.enroll(
        actor=request.auth, training_class=cls, enterprise=enterprise, state=payload.state
    )
    if payload.participant_name.strip():
        enrollment = services.enrollment_set_participant(
            actor=request.auth, enrollment=enrollment, name=payload.participant_name
        )
    return Status(201, enrollment)


@router.post(
    "/enrollments/{enrollment_id}/participant",
    response={200: EnrollmentOut, **ERRORS},
    url_name="enrollment_participant",
)
def enrollment_participant(request, enrollment_id: Id, payload: TrainingParticipantIn):
    """Enter who attends for the enterprise (the person the certificate names): the owner or
    the class's officers. Answered masked."""
    enrollment = access.get_enrollment_for_user(request.auth, enrollment_id)
    return services.enrollment_set_participant(
        actor=request.auth, enrollment=enrollment, name=payload.participant_name
    )


@router.post(
    "/enrollments/{enrollment_id}/{action}",
    response={200: EnrollmentOut, **ERRORS},
    url_name="enrollment_action",
)
def enrollment_action(request, enrollment_id: Id, action: CodePath):
    """`accept` or `withdraw` an enrollment."""
    enrollment = access.get_enrollment_for_user(request.auth, enrollment_id)
    fn = {"accept": services.enrollment_accept, "withdraw": services.enrollment_withdraw}.get(
        action
    )
    if fn is None:
        from django.http import Http404

        raise Http404
    fn(actor=request.auth, enrollment=enrollment)
    enrollment.refresh_from_db()
    return enrollment


@router.get(
    "/classes/propose/candidates",
    response={200: list[TrainingCandidateOut], **ERRORS},
    url_name="propose_candidates",
)
def propose_candidates(
    request,
    level: CodeQuery,
    regency: CodeQuery,
    size: Annotated[int, Query(ge=1, le=200)] = 20,
    sector: CodeQuery = "",
):
    if not access.is_officer(request.auth):
        raise PermissionDeniedError()
    return services.propose_candidates(
        user=request.auth,
        level=level,
        regency_id=regency,
        size=max(1, min(size, 200)),
        sector=sector,
    )


@router.get("/programme-figures", response={200: dict, **ERRORS}, url_name="programme_figures")
def programme_figures(request, programme_id: IdQuery = None):
    """Counts and conversions (aggregates: every signed-in role except owners)."""
    if not access.can_see_figures(request.auth):
        raise PermissionDeniedError()
    return selectors.programme_conversion(programme_id)
