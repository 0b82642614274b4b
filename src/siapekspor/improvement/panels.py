"""The improvement section on the enterprise page: its plans and a link to add or propose."""

from __future__ import annotations

from typing import Any

from siapekspor.improvement import access, selectors


def enterprise_context(request: Any, enterprise: Any) -> dict[str, Any] | None:
    if not access.can_see_panel(request.user, enterprise):
        return None
    return {"plans": selectors.enterprise_plans(enterprise)[:5]}
