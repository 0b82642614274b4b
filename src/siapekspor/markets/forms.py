"""Forms of the markets pages: product search and adjustable ranking weights."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from siapekspor.markets.engine.recommend import DEFAULT_WEIGHTS

WEIGHT_LABELS = {
    "market_size": _("Market size"),
    "untapped": _("Untapped potential"),
    "growth": _("Growth"),
    "foothold": _("Indonesia's current sales"),
    "price_fit": _("Price fit (unit values)"),
    "openness": _("Openness (spread of suppliers)"),
    "proximity": _("Proximity"),
    "tariff": _("Tariff advantage"),
}


class ProductSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Product or HS code"),
        max_length=100,
        required=False,
        help_text=_("Words in any language (kopi, lada hitam, coffee) or a code (0901, 090111)."),
    )


class WeightsForm(forms.Form):
    """One field per score component; empty fields keep the default weight."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, default in DEFAULT_WEIGHTS.items():
            self.fields[f"w_{name}"] = forms.FloatField(
                label=WEIGHT_LABELS[name],
                required=False,
                min_value=0.0,
                max_value=10.0,
                initial=default,
                widget=forms.NumberInput(attrs={"step": "0.05"}),
            )

    def weights(self) -> dict[str, float]:
        if not self.is_valid():
            return dict(DEFAULT_WEIGHTS)
        out = dict(DEFAULT_WEIGHTS)
        for name in DEFAULT_WEIGHTS:
            value = self.cleaned_data.get(f"w_{name}")
            if value is not None:
                out[name] = value
        if sum(out.values()) <= 0:
            return dict(DEFAULT_WEIGHTS)
        return out
