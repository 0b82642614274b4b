"""Forms of the buyers app; field rules come from `buyers.validation`."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from siapekspor.buyers import validation
from siapekspor.buyers.models import BuyerSource, Stage
from siapekspor.core import countries
from siapekspor.core.forms import NumberField
from siapekspor.registry.models import CapacityUnit
from siapekspor.registry.validation import FieldProblem


def _checked(check: Any, value: Any) -> Any:
    try:
        return check(value)
    except FieldProblem as exc:
        raise forms.ValidationError(exc.message) from exc


class _CountryMixin:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]
        self.fields["country"].choices = [("", "—"), *countries.choices()]  # type: ignore[attr-defined]


class BuyerForm(_CountryMixin, forms.Form):
    company = forms.CharField(label=_("Company"), max_length=200)
    country = forms.ChoiceField(label=_("Country"))
    source = forms.ChoiceField(label=_("Source"), choices=BuyerSource.choices)
    contact_name = forms.CharField(label=_("Contact person"), max_length=120, required=False)
    email = forms.CharField(label=_("E-mail"), max_length=254, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    hs_interests = forms.CharField(
        label=_("HS codes of interest"),
        max_length=300,
        required=False,
        help_text=_("2, 4 or 6 digits each, separated by commas."),
    )
    products_wanted = forms.CharField(
        label=_("Products wanted"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES, initial="en")

    def clean_company(self) -> str:
        return str(_checked(validation.company, self.cleaned_data["company"]))

    def clean_email(self) -> str:
        return str(_checked(validation.email, self.cleaned_data["email"]))

    def clean_phone(self) -> str:
        return str(_checked(validation.phone, self.cleaned_data["phone"]))

    def clean_contact_name(self) -> str:
        return str(_checked(validation.person_name, self.cleaned_data["contact_name"]))

    def clean_hs_interests(self) -> str:
        return str(_checked(validation.hs_interests, self.cleaned_data["hs_interests"]))


class InquiryForm(_CountryMixin, forms.Form):
    """The public inquiry / request for quotation. `website` is a honeypot: people do not
    see it (CSS), robots fill it in."""

    company = forms.CharField(label=_("Company"), max_length=200)
    country = forms.ChoiceField(label=_("Country"))
    contact_name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    quantity = NumberField("quantity", label=_("Quantity a month"), required=False, min_value=0)
    unit = forms.ChoiceField(label=_("Unit"), choices=CapacityUnit.choices, initial="kg")
    message = forms.CharField(
        label=_("Message"), max_length=4000, widget=forms.Textarea(attrs={"rows": 6})
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_company(self) -> str:
        return str(_checked(validation.company, self.cleaned_data["company"]))


class ReplyForm(forms.Form):
    text = forms.CharField(
        label=_("Reply (in Indonesian)"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("It is sent in the buyer's language, marked as machine-translated."),
    )


class StageForm(forms.Form):
    stage = forms.ChoiceField(label=_("Stage"), choices=Stage.choices)
    shipment = forms.TypedChoiceField(
        label=_("Shipment it produced"), coerce=int, required=False, empty_value=None
    )

    def __init__(self, *args: Any, shipments: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["shipment"].choices = [("", "—"), *shipments]


class DemandForm(forms.Form):
    quantity = NumberField("quantity", label=_("Quantity a month"), required=False, min_value=0)
    unit = forms.ChoiceField(label=_("Unit"), choices=CapacityUnit.choices, initial="kg")


class BuyerImportForm(forms.Form):
    """The "Import buyers" page: a spreadsheet and the source of rows that name none."""

    file = forms.FileField(
        label=_("Spreadsheet (xlsx, ods or csv)"),
        help_text=_(
            "One row per buyer: company and country are required; the same company and "
            "country again updates that buyer."
        ),
    )
    source = forms.ChoiceField(
        label=_("Source"),
        choices=[
            (s.value, s.label)
            for s in (BuyerSource.ATTACHE, BuyerSource.ITPC, BuyerSource.FAIR, BuyerSource.PARTNER)
        ],
        help_text=_("Applies to rows whose Source column is empty."),
    )
