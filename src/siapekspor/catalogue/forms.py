"""Forms of the catalogue: the listing (with the consent box), a photo, the public filters."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from siapekspor.catalogue.models import Incoterm, PriceTerms
from siapekspor.catalogue.services import ListingData
from siapekspor.core.forms import NumberField, show_number
from siapekspor.registry.models import CapacityUnit

CONSENT_TEXT = _(
    "The owner of the enterprise agrees that this product, its photos, HS code, quantities, "
    "prices, certificates and the countries it has exported to are published in the public "
    "SiapEkspor catalogue, in six languages, and may withdraw this consent at any time. "
    "No name, NIK, phone number or address of the owner is published."
)


class ListingForm(forms.Form):
    description = forms.CharField(
        label=_("Description for buyers (Indonesian)"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Buyers read it in their language (machine translation, marked as such)."),
    )
    min_order = NumberField(
        "quantity", label=_("Minimum order"), required=False, min_value=0, decimal_places=2
    )
    min_order_unit = forms.ChoiceField(label=_("Unit"), choices=CapacityUnit.choices)
    price_terms = forms.ChoiceField(label=_("Price terms"), choices=PriceTerms.choices)
    price_min_usd = NumberField(
        "quantity",
        label=_("Price from (USD per unit)"),
        required=False,
        min_value=0,
        decimal_places=2,
    )
    price_max_usd = NumberField(
        "quantity",
        label=_("Price up to (USD per unit)"),
        required=False,
        min_value=0,
        decimal_places=2,
    )
    incoterm = forms.ChoiceField(label=_("Incoterm"), choices=Incoterm.choices)
    certificates_entered = forms.CharField(
        label=_("Other certificates (as entered)"),
        required=False,
        max_length=300,
        help_text=_("Certificates recorded in Certification are shown automatically."),
    )
    show_export_values = forms.BooleanField(
        label=_("Show the value of past exports (otherwise only the countries)"), required=False
    )
    consent = forms.BooleanField(label=CONSENT_TEXT, required=False)

    def data_object(self) -> ListingData:
        c: dict[str, Any] = self.cleaned_data
        return ListingData(
            description=c["description"].strip(),
            min_order=c["min_order"],
            min_order_unit=c["min_order_unit"],
            price_terms=c["price_terms"],
            price_min_usd=c["price_min_usd"],
            price_max_usd=c["price_max_usd"],
            incoterm=c["incoterm"],
            certificates_entered=c["certificates_entered"].strip(),
            show_export_values=bool(c["show_export_values"]),
        )


class PhotoForm(forms.Form):
    photo = forms.FileField(
        label=_("Photo (JPEG or PNG)"),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png"}),
    )


# The largest monthly capacity the filter takes (no product states more).
CAPACITY_FILTER_MAX = Decimal(1_000_000_000)
CAPACITY_MESSAGE = _("Give the monthly capacity as a number from 0 to %(max)s, for example 500.")
_CAPACITY = NumberField("quantity", required=False, min_value=0, max_value=CAPACITY_FILTER_MAX)


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    hs = forms.RegexField(
        label=_("HS chapter"),
        regex=r"^\d{2}$",
        required=False,
        error_messages={"invalid": _("Give the HS chapter with two digits, e.g. 09.")},
    )
    certificate = forms.ChoiceField(label=_("Certificate"), required=False)
    # Text here, read by the shared number field in clean_capacity: a value it refuses
    # (`1e400`, `-5`, a 400-digit number) gets one clear message of the filter's own.
    capacity = forms.CharField(
        label=_("Monthly capacity at least"),
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "dir": "ltr", "autocomplete": "off"}),
    )
    unit = forms.ChoiceField(
        label=_("Unit"), required=False, choices=[("", "—"), *CapacityUnit.choices]
    )

    def __init__(self, *args: Any, certificates: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["certificate"].choices = [("", "—"), *certificates]

    def clean_capacity(self) -> Decimal | None:
        text = self.cleaned_data["capacity"]
        try:
            number = _CAPACITY.clean(text) if len(text) <= 40 else False
        except forms.ValidationError:
            number = False
        if number is False or (number is not None and not isinstance(number, Decimal | int)):
            raise forms.ValidationError(
                CAPACITY_MESSAGE % {"max": show_number(CAPACITY_FILTER_MAX)}, code="invalid"
            )
        return None if number is None else Decimal(number)

    @property
    def capacity_value(self) -> Decimal | None:
        return self.cleaned_data.get("capacity") if self.is_valid() else None
