"""The EUDR section on the enterprise page: how many plots, their area, how many lack their
legality evidence — shown when the enterprise has plots or sells coffee or cocoa."""

from __future__ import annotations

from typing import Any

from siapekspor.eudr import access, selectors


def enterprise_context(request: Any, enterprise: Any) -> dict[str, Any] | None:
    if not access.can_use_eudr(request.user):
        return None
    summary = selectors.enterprise_summary(enterprise)
    if not summary["plots"] and not selectors.sells_eudr_commodity(enterprise):
        return None
    return {"eudr": summary}
