"""The classes section on the enterprise page."""

from __future__ import annotations

from siapekspor.training.models import Enrollment, ModuleProgress


def enterprise_panel(request, enterprise):
    return {
        "enrollments": list(
            Enrollment.objects.filter(enterprise=enterprise)
            .select_related("training_class", "certificate")
            .order_by("-id")[:20]
        ),
        "modules_done": ModuleProgress.objects.filter(
            enterprise=enterprise, completed_at__isnull=False
        ).count(),
    }
