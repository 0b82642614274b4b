"""Forms of the buyers app; field rules come from `buyers.validation`."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from siapekspor.buyers import validation
from siapekspor.buyers.models import BuyerSource, Stage
from siapekspor.buyers.services import MAX_MESSAGE_CHARS
from siapekspor.core import countries
from siapekspor.core.forms import NumberField, show_number
from siapekspor.registry.models import CapacityUnit
from siapekspor.registry.picker import EnterpriseField
from siapekspor.registry.validation import FieldProblem, multiline_text
from siapekspor.shipments.models import Incoterm


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
    # The length is checked in clean_message with a message of our own (Django's generic
    # max-length text reads badly, "ensure this value has at most …"); the browser still
    # stops at the limit where it can.
    message = forms.CharField(
        label=_("Message"),
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": str(MAX_MESSAGE_CHARS)}),
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_company(self) -> str:
        return str(_checked(validation.company, self.cleaned_data["company"]))

    def clean_contact_name(self) -> str:
        return str(_checked(validation.person_name, self.cleaned_data["contact_name"]))

    def clean_message(self) -> str:
        text = str(self.cleaned_data["message"])
        if len(text) <= MAX_MESSAGE_CHARS:  # control characters: the registry's one rule
            text = str(_checked(lambda t: multiline_text(t, MAX_MESSAGE_CHARS, ""), text))
        if len(text) > MAX_MESSAGE_CHARS:
            raise forms.ValidationError(
                _("The message is too long: at most %(limit)s characters (now %(count)s).")
                % {"limit": show_number(MAX_MESSAGE_CHARS), "count": show_number(len(text))},
                code="max_length",
            )
        return text


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


# ---- Pools ---------------------------------------------------------------------------------

POOL_QUANTITY_MAX = Decimal("999999999999.99")  # the column: 14 digits, 2 decimals


class PoolEditForm(forms.Form):
    """A proposed pool's members: a quantity per member (empty or 0 removes it), one IKM to
    add, and the months over which they supply."""

    months = NumberField(
        "count",
        label=_("Months"),
        min_value=1,
        max_value=24,
        help_text=_("Each member's quantity may be at most its monthly capacity × months."),
    )
    add_enterprise = EnterpriseField(
        label=_("Add an IKM"),
        required=False,
        help_text=_("Type part of the business name; its product of the same HS heading is used."),
    )
    add_quantity = NumberField(
        "quantity",
        label=_("Its quantity"),
        required=False,
        min_value=0,
        max_value=POOL_QUANTITY_MAX,
    )

    def __init__(self, *args: Any, members: list[Any], user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.members = members
        fields = {}
        for m in members:
            fields[f"quantity_{m.enterprise_id}"] = NumberField(
                "quantity",
                label=_("Quantity of %(enterprise)s") % {"enterprise": m.enterprise.name},
                required=False,
                min_value=0,
                max_value=POOL_QUANTITY_MAX,
                initial=m.quantity,
            )
        self.fields = {**fields, **self.fields}
        add = self.fields["add_enterprise"]
        assert isinstance(add, EnterpriseField)
        add.for_user(user)

    def member_rows(self) -> list[tuple[int, int | None, Decimal]]:
        """(enterprise id, product id, quantity) of every member kept or added."""
        rows: list[tuple[int, int | None, Decimal]] = []
        for m in self.members:
            quantity = self.cleaned_data.get(f"quantity_{m.enterprise_id}")
            if quantity:
                rows.append((m.enterprise_id, m.product_id, quantity))
        added = self.cleaned_data.get("add_enterprise")
        if added is not None:
            rows.append((added.pk, None, self.cleaned_data["add_quantity"]))
        return rows

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("add_enterprise") is not None and not data.get("add_quantity"):
            self.add_error("add_quantity", _("Give the quantity of the IKM you add."))
        return data


class PoolShipmentForm(forms.Form):
    """The indirect shipment a confirmed pool produced."""

    peb_number = forms.CharField(label=_("PEB number"), max_length=30)
    shipper = forms.TypedChoiceField(
        label=_("Shipper"),
        coerce=int,
        required=False,
        empty_value=None,
        help_text=_("One of the members, or another exporter or aggregator named below."),
    )
    exporter_name = forms.CharField(
        label=_("Exporter or aggregator"), max_length=200, required=False
    )
    export_date = forms.DateField(
        label=_("Export date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    destination = forms.ChoiceField(label=_("Destination country"))
    fob_usd = NumberField(
        "money",
        label=_("FOB value (USD)"),
        decimal_places=2,
        min_value=0,
        max_value=Decimal("999999999999.99"),
    )
    fob_idr = NumberField(
        "money",
        label=_("FOB value (Rp)"),
        min_value=0,
        max_value=Decimal("999999999999999999"),
        help_text=_("For example 350.000.000 or Rp 1,5 juta."),
    )
    quantity = NumberField(
        "quantity",
        label=_("Quantity shipped"),
        decimal_places=3,
        min_value=0,
        max_value=Decimal("99999999999.999"),
        required=False,
        help_text=_("Empty: the pool's quantity."),
    )
    incoterm = forms.ChoiceField(label=_("Incoterm"), choices=Incoterm.choices, initial="FOB")

    def __init__(self, *args: Any, members: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["destination"].choices = [("", "—"), *countries.choices()]  # type: ignore[attr-defined]
        self.fields["shipper"].choices = [  # type: ignore[attr-defined]
            ("", _("Another exporter or aggregator")),
            *[(m.enterprise_id, m.enterprise.name) for m in members],
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("shipper") is None and not (data.get("exporter_name") or "").strip():
            self.add_error(
                "exporter_name", _("Name the exporter or aggregator, or choose a member.")
            )
        return data


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
