"""The export panel on the enterprise page (status and latest shipments)."""

from __future__ import annotations

from siapekspor.accounts import roles
from siapekspor.shipments import selectors


def enterprise_context(request, enterprise):
    user = request.user
    if not (roles.is_officer(user) or getattr(user, "enterprise_id", None) == enterprise.pk):
        return None
    return {
        "export_status": selectors.status_of(enterprise.pk),
        "recent_shipments": selectors.enterprise_shipments(enterprise.pk, limit=5),
    }
