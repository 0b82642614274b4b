"""The classes section on the enterprise page."""

from __future__ import annotations

from siapekspor.training import access
from siapekspor.training.models import Enrollment, ModuleProgress


def enterprise_panel(request, enterprise):
    enrollments = list(
        Enrollment.objects.filter(enterprise=enterprise)
        .select_related("training_class", "certificate")
        .order_by("-id")[:20]
    )
    openable = access.openable_class_ids(request.user, {e.training_class_id for e in enrollments})
    for e in enrollments:
        e.can_open = e.training_class_id in openable
    return {
        "enrollments": enrollments,
        "modules_done": ModuleProgress.objects.filter(
            enterprise=enterprise, completed_at__isnull=False
        ).count(),
    }
