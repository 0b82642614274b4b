"""Naik kelas: after a re-assessment, mark the move up and offer the next level's class."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import F
from django.utils import timezone

from siapekspor.core.audit import audit_record
from siapekspor.readiness.models import level_rank, next_level
from siapekspor.training import reasons as why
from siapekspor.training.models import Enrollment, TrainingClass
from siapekspor.training.services.common import S
from siapekspor.training.services.proposals import distance_km

if TYPE_CHECKING:
    from siapekspor.readiness.models import Assessment


def on_assessment_submitted(assessment: Assessment, previous_level: str) -> None:
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
        ranked = sorted(
            offer, key=lambda c: (c.regency_id != regency, distance_km(regency, c.regency_id), c.pk)
        )
        if (
            ranked
            and not Enrollment.objects.filter(
                training_class=ranked[0], enterprise_id=assessment.enterprise_id
            ).exists()
        ):
            e = Enrollment.objects.create(
                training_class=ranked[0],
                enterprise_id=assessment.enterprise_id,
                state=S.PROPOSED,
                reasons=[why.reason(why.MOVED_UP)],
            )
            audit_record(actor=assessment.assessor, action="training.enrollment.offered", target=e)
