"""Test data for buyers, built through the real services."""

from __future__ import annotations

from decimal import Decimal

from siapekspor.buyers import services
from siapekspor.registry.models import HsCode
from siapekspor.registry.services import product_save


def make_product(actor, enterprise, hs: str, name: str, capacity=None, unit="kg", description=""):
    return product_save(
        actor=actor,
        enterprise=enterprise,
        hs_code=HsCode.objects.get(code=hs),
        name=name,
        description=description,
        monthly_capacity=Decimal(capacity) if capacity is not None else None,
        capacity_unit=unit,
    )


def make_buyer(actor, **overrides):
    values = dict(
        company="Tokyo Coffee Trading",
        country="JPN",
        source="itpc",
        contact_name="Hiroshi Tanaka",
        email="hiroshi@example.jp",
        phone="+81 3 1234 5678",
        hs_interests="090111",
        products_wanted="kopi robusta biji",
        language="ja",
    )
    values.update(overrides)
    return services.buyer_save(actor=actor, data=services.BuyerData(**values))
