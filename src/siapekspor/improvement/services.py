"""Every write of improvement: proposing, editing and completing plans (versioned, audited).
Completing a plan, or undoing it, changes the funnel: the figures are announced."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from siapekspor.core.audit import audit_record, diff_fields
from siapekspor.core.errors import PermissionDeniedError, ValidationFailed
from siapekspor.core.signals import announce_figures_changed
from siapekspor.improvement import access
from siapekspor.improvement.models import ImprovementPlan, PlanStatus

if TYPE_CHECKING:
    from siapekspor.accounts.models import User
    from siapekspor.registry.models import Enterprise

FIGURES_TOPIC = "improvement"
CENTS = Decimal("0.01")


@dataclass
class PlanData:
    """The fields a person fills in for a plan."""

    kind: str
    description: str
    partner: str = ""
    cost_idr: Decimal | None = None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    status: str = PlanStatus.PLANNED
    capacity_before: Decimal | None = None
    capacity_after: Decimal | None = None
    capacity_unit: str = ""
    quality_measure: str = ""
    quality_unit: str = ""
    quality_before: Decimal | None = None
    quality_after: Decimal | None = None
    notes: str = ""


FIELDS = tuple(f.name for f in fields(PlanData))
TEXT_FIELDS = {
    "description",
    "partner",
    "capacity_unit",
    "quality_measure",
    "quality_unit",
    "notes",
}


def plan_data(plan: ImprovementPlan) -> PlanData:
    """The fields of an existing plan (the starting point of an edit)."""
    return PlanData(**{name: getattr(plan, name) for name in FIELDS})


def _validation(exc: ValidationError) -> ValidationFailed:
    details = [(f, str(m)) for f, msgs in exc.message_dict.items() for m in msgs]
    field, message = details[0] if details else (None, None)
    return ValidationFailed(message, field=None if field == "__all__" else field, details=details)


def _apply(plan: ImprovementPlan, data: PlanData) -> None:
    for name in FIELDS:
        value = getattr(data, name)
        if name in TEXT_FIELDS:
            value = (value or "").strip()
        elif isinstance(value, Decimal):  # as stored, so an unchanged figure is no change
            value = value.quantize(Decimal(1) if name == "cost_idr" else CENTS)
        setattr(plan, name, value)
    if plan.status == PlanStatus.DONE:
        plan.completed_on = plan.completed_on or timezone.localdate()
    else:
        plan.completed_on = None


def _fields(plan: ImprovementPlan) -> dict[str, Any]:
    return {**{name: getattr(plan, name) for name in FIELDS}, "completed_on": plan.completed_on}


@transaction.atomic
def plan_create(*, actor: User, enterprise: Enterprise, data: PlanData) -> ImprovementPlan:
    """Add a plan for `enterprise`: an officer in scope with any status; the owner proposes
    one for their own enterprise (always planned, the office takes it on)."""
    if not access.can_propose(actor, enterprise):
        raise PermissionDeniedError()
    if not access.can_set_status(actor):
        data.status = PlanStatus.PLANNED
    plan = ImprovementPlan(enterprise=enterprise, created_by=actor)
    _apply(plan, data)
    try:
        plan.full_clean()
    except ValidationError as exc:
        raise _validation(exc) from exc
    plan.save()
    audit_record(
        actor=actor,
        action="improvement.plan.create",
        target=plan,
        changes=diff_fields({}, _fields(plan)),
    )
    if plan.status == PlanStatus.DONE:
        announce_figures_changed(FIGURES_TOPIC)
    return plan


@transaction.atomic
def plan_update(
    *, actor: User, plan: ImprovementPlan, data: PlanData, reason: str = ""
) -> ImprovementPlan:
    """An officer edits a plan (and starts, completes or cancels it). Each change raises the
    version and is audited with the values before and after; completing a plan (or undoing
    it) announces that the funnel's figures changed."""
    if not access.can_edit_plan(actor, plan):
        raise PermissionDeniedError()
    before = _fields(plan)
    was_done = plan.status == PlanStatus.DONE
    _apply(plan, data)
    try:
        plan.full_clean()
    except ValidationError as exc:
        raise _validation(exc) from exc
    changes = diff_fields(before, _fields(plan))
    if not changes:
        return plan
    plan.version += 1
    plan.save(update_fields=[*FIELDS, "completed_on", "version", "updated_at"])
    audit_record(
        actor=actor,
        action="improvement.plan.update",
        target=plan,
        changes={**changes, "version": [plan.version - 1, plan.version]},
        reason=reason.strip(),
    )
    if was_done or plan.status == PlanStatus.DONE:
        announce_figures_changed(FIGURES_TOPIC)
    return plan
