"""The paperwork section on the enterprise page: each product's export price and the
latest documents, with links to the calculator and to new documents."""

from __future__ import annotations

from typing import Any

from siapekspor.paperwork import access, selectors


def enterprise_context(request: Any, enterprise: Any) -> dict[str, Any] | None:
    if not access.can_see_panel(request.user, enterprise):
        return None
    return {
        "paperwork_products": selectors.enterprise_products(enterprise)[:10],
        "paperwork_documents": list(selectors.enterprise_documents(request.user, enterprise)[:5]),
    }
