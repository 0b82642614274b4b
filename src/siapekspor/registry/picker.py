"""Asking for an enterprise by name: one search-as-you-type widget and its JSON endpoint.

Every form that asks for an enterprise (a shipment's exporter, an indirect export's
suppliers, a mentee) uses `EnterpriseField` (or `{% enterprise_picker %}` in a hand-written
form). The browser asks `registry:enterprise-pick` (`enterprise_choices`, scoped by
`access.enterprise_scope`): business name, regency, district and products with their HS
codes — no personal data. Without JavaScript the field still submits the chosen id.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import Prefetch, Q, QuerySet
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from siapekspor.registry import access, refnames
from siapekspor.registry.identifiers import normalize_name
from siapekspor.registry.models import Enterprise, Product

PICK_LIMIT = 10
QUERY_MIN = 2


def _products() -> Prefetch:
    return Prefetch("products", queryset=Product.objects.select_related("hs_code").order_by("id"))


def enterprise_choices(user, query: str, *, limit: int = PICK_LIMIT) -> list[Enterprise]:
    """Enterprises the user may see whose business name contains every word of `query`
    (or whose id or NIB is `query`), with their products; at most `limit`."""
    text = " ".join(query.split())[:100]
    if len(text) < QUERY_MIN and not text.isdigit():
        return []
    scope: QuerySet[Enterprise] = access.enterprise_scope(user)
    if text.isdigit():
        match = Q(nib=text) | (Q(pk=int(text)) if len(text) <= 12 else Q(pk__in=[]))
    else:
        match = Q()
        for word in normalize_name(text).split()[:6]:
            match &= Q(name_normalized__contains=word)
    return list(
        scope.filter(match)
        .select_related("regency", "district")
        .prefetch_related(_products())
        .order_by("name", "pk")[:limit]
    )


def place_of(enterprise: Enterprise) -> str:
    parts = [enterprise.district.name if enterprise.district else "", enterprise.regency.name]
    return ", ".join(p for p in parts if p)


def label_of(enterprise: Enterprise) -> str:
    return f"{enterprise.name} — {place_of(enterprise)}"


def product_choices(enterprise: Enterprise) -> list[dict[str, str]]:
    """The enterprise's products with an HS code: what a shipment's HS code is picked from."""
    out = []
    for product in enterprise.products.all():
        if product.hs_code is None:
            continue
        name, _fallback = refnames.name_of(product.hs_code)
        out.append(
            {
                "code": product.hs_code_id,
                "dotted": refnames.hs_dotted(product.hs_code_id),
                "label": f"{product.name} — {name}"[:200],
            }
        )
    return out


def choice_json(enterprise: Enterprise) -> dict[str, Any]:
    return {
        "id": enterprise.pk,
        "name": enterprise.name,
        "place": place_of(enterprise),
        "label": label_of(enterprise),
        "products": product_choices(enterprise),
    }


class EnterprisePickerWidget(forms.Widget):
    """A hidden id and a search box; `picker.js` lists matches as the user types."""

    template_name = "registry/widgets/enterprise_picker.html"

    def __init__(self, attrs=None, *, fills_hs: bool = False):
        super().__init__(attrs)
        self.fills_hs = fills_hs
        self.queryset: QuerySet[Enterprise] | None = None

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        chosen = None
        if value not in (None, "") and str(value).isdigit() and self.queryset is not None:
            chosen = (
                self.queryset.select_related("regency", "district")
                .prefetch_related(_products())
                .filter(pk=int(value))
                .first()
            )
        context["widget"].update(
            {
                "url": reverse("registry:enterprise-pick"),
                "chosen": chosen,
                "label": label_of(chosen) if chosen else "",
                "products": product_choices(chosen) if chosen and self.fills_hs else [],
                "fills_hs": self.fills_hs,
            }
        )
        return context

    def value_from_datadict(self, data, files, name):
        return data.get(name)


class EnterpriseField(forms.ModelChoiceField):
    """An enterprise chosen by name among those the user may see (`for_user(user)`)."""

    def __init__(self, *, fills_hs: bool = False, **kwargs):
        kwargs.setdefault("queryset", Enterprise.objects.none())
        kwargs.setdefault("widget", EnterprisePickerWidget(fills_hs=fills_hs))
        kwargs.setdefault(
            "error_messages",
            {"invalid_choice": _("Choose an enterprise from the list (type part of its name).")},
        )
        super().__init__(**kwargs)

    def for_user(self, user) -> None:
        self.queryset = access.enterprise_scope(user)
        self.widget.queryset = self.queryset

    def label_from_instance(self, obj):
        return label_of(obj)
