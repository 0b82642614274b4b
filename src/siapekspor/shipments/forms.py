"""Shipment forms: field shapes and messages; saving is in services."""

from __future__ import annotations

import re
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from siapekspor.core import countries
from siapekspor.core.forms import NumberField
from siapekspor.registry.picker import EnterpriseField
from siapekspor.shipments.models import Incoterm, ShipmentKind, Verification
from siapekspor.shipments.services import ShipmentData

SUPPLIER_ROWS = 6
MONEY_MAX_USD = Decimal("999999999999.99")  # the columns: 14 digits, 2 decimals
MONEY_MAX_IDR = Decimal("999999999999999999")
QUANTITY_MAX = Decimal("99999999999.999")


class ShipmentForm(forms.Form):
    peb_number = forms.CharField(label=_("PEB number"), max_length=30)
    kind = forms.ChoiceField(label=_("Kind"), choices=ShipmentKind.choices)
    enterprise = EnterpriseField(
        label=_("Exporting enterprise"),
        required=False,
        fills_hs=True,
        help_text=_("For a direct export: type part of the business name and pick it."),
    )
    exporter_name = forms.CharField(
        label=_("Exporter or aggregator"),
        max_length=200,
        required=False,
        help_text=_("For an indirect export: the company that shipped the goods."),
    )
    export_date = forms.DateField(
        label=_("Export date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    hs_code = forms.CharField(
        label=_("HS code (6 digits)"),
        max_length=12,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "list": "hs-choices", "dir": "ltr"}),
        help_text=_("Suggested from the enterprise's products; any HS 2022 code is accepted."),
    )
    destination = forms.ChoiceField(label=_("Destination country"))
    fob_usd = NumberField(
        "money", label=_("FOB value (USD)"), decimal_places=2, min_value=0, max_value=MONEY_MAX_USD
    )
    fob_idr = NumberField(
        "money",
        label=_("FOB value (Rp)"),
        min_value=0,
        max_value=MONEY_MAX_IDR,
        help_text=_("For example 350.000.000 or Rp 1,5 juta."),
    )
    quantity = NumberField(
        "quantity", label=_("Quantity"), decimal_places=3, min_value=0, max_value=QUANTITY_MAX
    )
    unit = forms.CharField(label=_("Unit"), max_length=20, initial="kg")
    buyer = forms.CharField(label=_("Buyer"), max_length=200, required=False)
    incoterm = forms.ChoiceField(label=_("Incoterm"), choices=Incoterm.choices, initial="FOB")
    evidence = forms.FileField(
        label=_("Evidence (PEB scan: PDF, PNG or JPEG, up to 10 MB)"), required=False
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["destination"].choices = [("", "—"), *countries.choices()]
        for index in range(SUPPLIER_ROWS):
            self.fields[f"supplier_{index}"] = EnterpriseField(
                label=_("IKM supplier %(n)s") % {"n": index + 1}, required=False
            )
            self.fields[f"share_{index}"] = NumberField(
                "percent", label=_("Share (%)"), required=False
            )
        if user is not None:
            for field in self.fields.values():
                if isinstance(field, EnterpriseField):
                    field.for_user(user)

    def main_fields(self):
        return [f for f in self if not f.name.startswith(("supplier_", "share_"))]

    def supplier_rows(self):
        return [
            (self[f"supplier_{index}"], self[f"share_{index}"]) for index in range(SUPPLIER_ROWS)
        ]

    def clean_hs_code(self):
        return re.sub(r"[.\s]", "", self.cleaned_data["hs_code"])

    def clean(self):
        cleaned = super().clean()
        rows = []
        for index in range(SUPPLIER_ROWS):
            supplier = cleaned.get(f"supplier_{index}")
            share = cleaned.get(f"share_{index}")
            if supplier is None and share is None:
                continue
            if supplier is None or share is None:
                self.add_error(
                    f"supplier_{index}" if supplier is None else f"share_{index}",
                    _("Line %(n)s: choose the supplier and give its share in %%.")
                    % {"n": index + 1},
                )
                continue
            rows.append((supplier.pk, share))
        cleaned["suppliers"] = rows
        return cleaned

    def to_data(self) -> ShipmentData:
        c = self.cleaned_data
        return ShipmentData(
            peb_number=c["peb_number"],
            kind=c["kind"],
            enterprise_id=c["enterprise"].pk if c["enterprise"] else None,
            exporter_name=c["exporter_name"],
            suppliers=c["suppliers"],
            export_date=c["export_date"],
            hs_code=c["hs_code"],
            destination=c["destination"],
            fob_usd=c["fob_usd"],
            fob_idr=c["fob_idr"],
            quantity=c["quantity"],
            unit=c["unit"],
            buyer=c["buyer"],
            incoterm=c["incoterm"],
            source="form",
        )


class VerifyForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=[("verify", _("Verify")), ("reject", _("Reject"))]
    )
    reason = forms.CharField(label=_("Reason"), max_length=300, required=False)


class ShipmentFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All")), *ShipmentKind.choices]
    )
    verification = forms.ChoiceField(
        label=_("Verification"), required=False, choices=[("", _("All")), *Verification.choices]
    )
    year = forms.IntegerField(label=_("Year"), required=False, min_value=2000, max_value=2100)


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet (xlsx, ods or csv)"),
        help_text=_(
            "One row per shipment; repeat the PEB number on one row "
            "per supplier for an indirect export."
        ),
    )
