"""The enterprise page's "recommended markets" panel (registered in apps.py)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import get_language

from siapekspor.markets import selectors


def enterprise_markets_context(request, enterprise) -> dict[str, Any] | None:
    """Top markets for each product of the enterprise; None when it has no products."""
    if not enterprise.products.exists():
        return None
    return {
        "product_markets": selectors.enterprise_markets(enterprise, language=get_language()),
        "synthetic": selectors.trade_store().is_synthetic(),
    }
