"""Forms of paperwork: the export price calculator and a trade document."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from siapekspor.core import countries
from siapekspor.core.forms import NumberField
from siapekspor.paperwork import pricing, services
from siapekspor.paperwork.models import CURRENCIES, DEFAULT_PLACE, DocumentKind
from siapekspor.registry.models import CapacityUnit

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _money(label: Any, **kwargs: Any) -> NumberField:
    return NumberField("money", label=label, min_value=0, **kwargs)


class PriceForm(forms.Form):
    quantity = NumberField(
        "quantity",
        label=_("Quantity per shipment"),
        min_value=Decimal("0.001"),
        max_value=Decimal("99999999999"),
        decimal_places=3,
    )
    unit = forms.ChoiceField(label=_("Unit"), choices=CapacityUnit.choices)
    production_cost = _money(
        _("Production cost per unit (Rp)"), decimal_places=2, max_value=Decimal("99999999999999")
    )
    margin_pct = NumberField(
        "quantity", label=_("Margin (%)"), min_value=0, max_value=500, decimal_places=2
    )
    inland_transport = _money(
        _("Inland transport to Panjang port, per shipment (Rp)"),
        required=False,
        max_value=Decimal("9999999999999999"),
    )
    documents = _money(
        _("Export documents: PEB, e-SKA, fumigation, certificates (Rp)"),
        required=False,
        max_value=Decimal("9999999999999999"),
    )
    handling = _money(
        _("Port handling and terminal charges, THC (Rp)"),
        required=False,
        max_value=Decimal("9999999999999999"),
    )
    freight = _money(
        _("Sea freight to the destination port (Rp)"),
        required=False,
        max_value=Decimal("9999999999999999"),
    )
    insurance_rate_pct = NumberField(
        "quantity",
        label=_("Insurance rate (%, usually 0.1–0.3)"),
        min_value=0,
        max_value=5,
        decimal_places=3,
    )
    insurance_cover_pct = NumberField(
        "quantity",
        label=_("Insurance cover (percentage of CIF, at least 110)"),
        min_value=100,
        max_value=150,
        decimal_places=2,
    )
    currency = forms.ChoiceField(label=_("Buyer's currency"), choices=[(c, c) for c in CURRENCIES])
    exchange_rate = NumberField(
        "quantity",
        label=_("Exchange rate: rupiah per 1 unit of the currency"),
        min_value=Decimal("0.0001"),
        max_value=Decimal("999999999999"),
        decimal_places=4,
    )
    rate_date = forms.DateField(label=_("Date of the exchange rate"), widget=DATE)
    destination_port = forms.CharField(label=_("Destination port"), max_length=120, required=False)

    def data_object(self) -> services.PriceData:
        c = self.cleaned_data
        return services.PriceData(
            quantity=c["quantity"],
            unit=c["unit"],
            production_cost=c["production_cost"],
            margin_pct=c["margin_pct"],
            inland_transport=c["inland_transport"] or Decimal(0),
            documents=c["documents"] or Decimal(0),
            handling=c["handling"] or Decimal(0),
            freight=c["freight"] or Decimal(0),
            insurance_rate_pct=c["insurance_rate_pct"],
            insurance_cover_pct=c["insurance_cover_pct"],
            currency=c["currency"],
            exchange_rate=c["exchange_rate"],
            rate_date=c["rate_date"],
            destination_port=c["destination_port"],
        )


def _language_choices() -> list[tuple[str, str]]:
    names = dict(settings.LANGUAGES)
    return [(code, names[code]) for code in services.buyer_languages()]


class LineForm(forms.Form):
    """One line of goods; the document form's own first line and each further line."""

    description = forms.CharField(label=_("Description of goods"), max_length=300)
    hs_code = forms.CharField(label=_("HS code"), max_length=12, required=False)
    quantity = NumberField(
        "quantity",
        label=_("Quantity"),
        min_value=Decimal("0.001"),
        max_value=Decimal("99999999999"),
        decimal_places=3,
    )
    unit = forms.ChoiceField(label=_("Unit"), choices=CapacityUnit.choices, initial="kg")
    unit_price = NumberField(
        "quantity",
        label=_("Unit price in the currency (empty: the calculator's price)"),
        required=False,
        min_value=0,
        max_value=Decimal("99999999999"),
        decimal_places=4,
    )
    packages = NumberField(
        "count", label=_("Number of packages"), required=False, min_value=0, max_value=10_000_000
    )
    package_kind = forms.CharField(
        label=_("Kind of package (e.g. jute bags of 60 kg)"), max_length=60, required=False
    )
    net_kg = NumberField(
        "quantity",
        label=_("Net weight (kg)"),
        required=False,
        min_value=0,
        max_value=Decimal("99999999999"),
        decimal_places=3,
    )
    gross_kg = NumberField(
        "quantity",
        label=_("Gross weight (kg)"),
        required=False,
        min_value=0,
        max_value=Decimal("99999999999"),
        decimal_places=3,
    )

    def line(self) -> services.LineData:
        c = self.cleaned_data
        return services.LineData(
            description=c["description"],
            hs_code=c["hs_code"],
            quantity=c["quantity"],
            unit=c["unit"],
            unit_price=c["unit_price"],
            packages=c["packages"],
            package_kind=c["package_kind"],
            net_kg=c["net_kg"],
            gross_kg=c["gross_kg"],
        )


# Further lines below the first (each optional: an untouched one is skipped).
MoreLines = forms.formset_factory(LineForm, extra=3, max_num=services.MAX_LINES - 1)


class DocumentForm(LineForm):
    """The document and its first line of goods."""

    field_order = (
        "kind",
        "language",
        "buyer_name",
        "buyer_address",
        "buyer_country",
        "incoterm",
        "named_place",
        "currency",
        "issue_date",
        "payment_terms",
    )

    kind = forms.ChoiceField(label=_("Document"), choices=DocumentKind.choices)
    language = forms.ChoiceField(label=_("Buyer's language (beside Indonesian)"), choices=())
    buyer_name = forms.CharField(label=_("Buyer's name"), max_length=200)
    buyer_address = forms.CharField(label=_("Buyer's address"), max_length=300)
    buyer_country = forms.ChoiceField(label=_("Buyer's country"), choices=())
    incoterm = forms.ChoiceField(
        label=_("Incoterm"), choices=[(c, f"{c} · {n}") for c, n in pricing.OFFICIAL_NAMES.items()]
    )
    named_place = forms.CharField(label=_("Named place"), max_length=120, initial=DEFAULT_PLACE)
    currency = forms.ChoiceField(label=_("Currency"), choices=[(c, c) for c in CURRENCIES])
    issue_date = forms.DateField(label=_("Date"), widget=DATE)
    payment_terms = forms.CharField(label=_("Payment terms"), max_length=200, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = _language_choices()  # type: ignore[attr-defined]
        self.fields["buyer_country"].choices = [  # type: ignore[attr-defined]
            ("", "—"),
            *countries.choices(),
        ]

    def data_object(self, more: list[services.LineData] | None = None) -> services.DocumentData:
        c = self.cleaned_data
        return services.DocumentData(
            kind=c["kind"],
            buyer_name=c["buyer_name"],
            buyer_address=c["buyer_address"],
            buyer_country=c["buyer_country"],
            language=c["language"],
            incoterm=c["incoterm"],
            named_place=c["named_place"],
            currency=c["currency"],
            lines=[self.line(), *(more or [])],
            payment_terms=c["payment_terms"],
            issue_date=c["issue_date"],
        )
