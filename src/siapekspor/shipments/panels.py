"""The export panel on the enterprise page (status and latest shipments)."""

from __future__ import annotations

from siapekspor.shipments import access, selectors


def enterprise_context(request, enterprise):
    user = request.user
    if not access.can_see_export_panel(user, enterprise):
        return None
    return {
        "can_open_shipments": access.can_open_shipments(user),
        "export_status": selectors.status_of(enterprise.pk),
        "recent_shipments": selectors.enterprise_shipments(enterprise.pk, limit=5),
    }
