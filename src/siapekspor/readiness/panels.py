"""The readiness section on the enterprise page: current level, score and history chart."""

from __future__ import annotations

from siapekspor.readiness import access, selectors


def enterprise_panel(request, enterprise):
    history = selectors.enterprise_history(enterprise)
    latest = selectors.latest_submitted(enterprise.pk)
    return {
        "latest": latest,
        "chart": selectors.history_points(history, width=240, height=60),
        "count": len(history),
        "can_assess": access.can_assess(request.user, enterprise),
    }
