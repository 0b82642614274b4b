"""Programmes (each with its two stages) and classes: creation and capacity."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from siapekspor.core.audit import audit_record
from siapekspor.core.errors import PermissionDeniedError
from siapekspor.training import access
from siapekspor.training.models import Programme, Stage, TrainingClass
from siapekspor.training.services.common import CapacityTooSmall, require_manage

if TYPE_CHECKING:
    import datetime as dt

    from siapekspor.accounts.models import User


@transaction.atomic
def programme_create(
    *,
    actor: User,
    name: str,
    year: int,
    partners: str = "",
    description: str = "",
    is_demo: bool = False,
) -> Programme:
    """Create a programme with its two stages (province-wide officers); audited."""
    if not access.can_create_programme(actor):
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
    actor: User,
    stage: Stage,
    level: str,
    name: str,
    regency_id: str,
    capacity: int | None = None,
    venue: str = "",
    schedule: str = "",
    starts_on: dt.date | None = None,
    facilitator: User | None = None,
    facilitator_name: str = "",
    sector: str = "",
    is_demo: bool = False,
) -> TrainingClass:
    """Create a class in a stage (officers of its regency); audited. Raises
    PermissionDeniedError, ValidationFailed."""
    if not access.can_create_class(actor, regency_id):
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
def class_set_capacity(
    *, actor: User, training_class: TrainingClass, capacity: int
) -> TrainingClass:
    """Change a class's capacity, never below the seats taken (CapacityTooSmall);
    audited."""
    require_manage(actor, training_class)
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
