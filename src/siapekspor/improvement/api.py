"""/api/v1/improvement: capacity and quality improvement plans — the same selectors and
services as the pages."""

import datetime as dt
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from ninja import Field, Query, Router, Schema, Status
from ninja.pagination import paginate

from siapekspor.api.params import Id, IdQuery, code_field, text_field
from siapekspor.api.schemas import ERRORS
from siapekspor.core.pagination import IdFirstPageNumberPagination
from siapekspor.improvement import access, selectors, services
from siapekspor.improvement.models import PlanStatus

router = Router(tags=["improvement"])
REQUIRED = {"kind", "description", "status"}


def _figure(default=None):
    return Field(default, max_digits=12, decimal_places=2)


class ImprovementPlanOut(Schema):
    id: int
    enterprise_id: int
    kind: str
    description: str
    partner: str
    cost_idr: Decimal | None
    starts_on: dt.date | None
    ends_on: dt.date | None
    status: str
    capacity_before: Decimal | None
    capacity_after: Decimal | None
    capacity_unit: str
    quality_measure: str
    quality_unit: str
    quality_before: Decimal | None
    quality_after: Decimal | None
    notes: str
    completed_on: dt.date | None
    version: int


class ImprovementPlanIn(Schema):
    kind: str = code_field(...)
    description: str = text_field(..., max_length=2000)
    partner: str = text_field("", max_length=200)
    cost_idr: Decimal | None = Field(None, ge=0, max_digits=15, decimal_places=0)
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    status: str = code_field(PlanStatus.PLANNED.value)
    capacity_before: Decimal | None = _figure()
    capacity_after: Decimal | None = _figure()
    capacity_unit: str = text_field("", max_length=40)
    quality_measure: str = text_field("", max_length=120)
    quality_unit: str = text_field("", max_length=20)
    quality_before: Decimal | None = _figure()
    quality_after: Decimal | None = _figure()
    notes: str = text_field("", max_length=4000)


class ImprovementPlanUpdateIn(Schema):
    kind: str | None = code_field(None)
    description: str | None = text_field(None, max_length=2000)
    partner: str | None = text_field(None, max_length=200)
    cost_idr: Decimal | None = Field(None, ge=0, max_digits=15, decimal_places=0)
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    status: str | None = code_field(None)
    capacity_before: Decimal | None = _figure()
    capacity_after: Decimal | None = _figure()
    capacity_unit: str | None = text_field(None, max_length=40)
    quality_measure: str | None = text_field(None, max_length=120)
    quality_unit: str | None = text_field(None, max_length=20)
    quality_before: Decimal | None = _figure()
    quality_after: Decimal | None = _figure()
    notes: str | None = text_field(None, max_length=4000)
    reason: str = text_field("", max_length=500)


class ImprovementPlanFilter(Schema):
    status: str = code_field()
    kind: str = code_field()
    enterprise: IdQuery = None


@router.get(
    "/improvement/plans",
    response={200: list[ImprovementPlanOut], **ERRORS},
    summary='Improvement plans in the user\'s scope ("" = open ones, all = every status)',
)
@paginate(IdFirstPageNumberPagination)
def list_improvement_plans(request, filters: Query[ImprovementPlanFilter]):
    if not access.can_use_improvement(request.auth):
        raise PermissionDenied
    qs = selectors.plan_list(request.auth, status=filters.status, kind=filters.kind)
    if filters.enterprise:
        qs = qs.filter(enterprise_id=filters.enterprise)
    return qs


@router.get(
    "/improvement/plans/{plan_id}",
    response={200: ImprovementPlanOut, **ERRORS},
    summary="One improvement plan",
)
def get_improvement_plan(request, plan_id: Id):
    return access.get_plan(request.auth, plan_id)


@router.post(
    "/improvement/enterprises/{enterprise_id}/plans",
    response={201: ImprovementPlanOut, **ERRORS},
    summary="Add an improvement plan (an owner's proposal is always planned)",
)
def create_improvement_plan(request, enterprise_id: Id, payload: ImprovementPlanIn):
    enterprise = access.get_enterprise(request.auth, enterprise_id)
    plan = services.plan_create(
        actor=request.auth, enterprise=enterprise, data=services.PlanData(**payload.dict())
    )
    return Status(201, plan)


@router.patch(
    "/improvement/plans/{plan_id}",
    response={200: ImprovementPlanOut, **ERRORS},
    summary="Change an improvement plan (officers): start, complete, cancel, figures",
)
def update_improvement_plan(request, plan_id: Id, payload: ImprovementPlanUpdateIn):
    plan = access.get_plan(request.auth, plan_id)
    given = payload.dict(exclude_unset=True)
    reason = given.pop("reason", "")
    data = services.plan_data(plan)
    for name, value in given.items():
        if value is None and name in REQUIRED:
            continue  # null for a field that cannot be empty: left as it is
        setattr(data, name, "" if value is None and name in services.TEXT_FIELDS else value)
    return services.plan_update(actor=request.auth, plan=plan, data=data, reason=reason)
