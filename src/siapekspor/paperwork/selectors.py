"""Reads of paperwork, scoped to the user."""

from __future__ import annotations

from django.db.models import QuerySet

from siapekspor.accounts.roles import Actor
from siapekspor.paperwork import access
from siapekspor.paperwork.models import PriceCalculation, TradeDocument
from siapekspor.registry.models import Enterprise, Product


def calculation_of(product: Product) -> PriceCalculation | None:
    """The saved export price of a product, if any."""
    return PriceCalculation.objects.filter(product=product).first()


def enterprise_documents(user: Actor, enterprise: Enterprise) -> QuerySet[TradeDocument]:
    """The enterprise's documents, newest first, if the user may see them."""
    return access.document_scope(user).filter(enterprise=enterprise).order_by("-issue_date", "-pk")


def product_documents(user: Actor, product: Product) -> QuerySet[TradeDocument]:
    """Documents issued from a product, newest first."""
    return access.document_scope(user).filter(product=product).order_by("-issue_date", "-pk")


def enterprise_products(enterprise: Enterprise) -> list[Product]:
    """The enterprise's products with their saved calculation (if any)."""
    return list(
        enterprise.products.select_related("hs_code", "price_calculation").order_by("name", "pk")
    )
