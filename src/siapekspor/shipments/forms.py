"""Shipment forms: field shapes and messages; saving is in services."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.utils.translation import gettext_lazy as _

from siapekspor.core import countries
from siapekspor.shipments.models import Incoterm, ShipmentKind, Verification
from siapekspor.shipments.services import ShipmentData


class ShipmentForm(forms.Form):
    peb_number = forms.CharField(label=_("PEB number"), max_length=30)
    kind = forms.ChoiceField(label=_("Kind"), choices=ShipmentKind.choices)
    enterprise = forms.IntegerField(
        label=_("Exporting enterprise (ID)"),
        required=False,
        min_value=1,
        help_text=_("For a direct export: the enterprise's number in the registry."),
    )
    exporter_name = forms.CharField(
        label=_("Exporter or aggregator"),
        max_length=200,
        required=False,
        help_text=_("For an indirect export: the company that shipped the goods."),
    )
    suppliers = forms.CharField(
        label=_("IKM suppliers and shares"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "For an indirect export: one line per supplier, enterprise ID and share "
            "in %, for example: 1234; 40"
        ),
    )
    export_date = forms.DateField(
        label=_("Export date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    hs_code = forms.CharField(
        label=_("HS code (6 digits)"),
        max_length=12,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )
    destination = forms.ChoiceField(label=_("Destination country"))
    fob_usd = forms.DecimalField(
        label=_("FOB value (USD)"), min_value=0, max_digits=14, decimal_places=2
    )
    fob_idr = forms.DecimalField(
        label=_("FOB value (Rp)"), min_value=0, max_digits=18, decimal_places=0
    )
    quantity = forms.DecimalField(label=_("Quantity"), min_value=0, max_digits=14, decimal_places=3)
    unit = forms.CharField(label=_("Unit"), max_length=20, initial="kg")
    buyer = forms.CharField(label=_("Buyer"), max_length=200, required=False)
    incoterm = forms.ChoiceField(label=_("Incoterm"), choices=Incoterm.choices, initial="FOB")
    evidence = forms.FileField(
        label=_("Evidence (PEB scan: PDF, PNG or JPEG, up to 10 MB)"), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["destination"].choices = [("", "—"), *countries.choices()]

    def clean_hs_code(self):
        return re.sub(r"[.\s]", "", self.cleaned_data["hs_code"])

    def clean_suppliers(self):
        rows = []
        for number, line in enumerate(self.cleaned_data["suppliers"].splitlines(), start=1):
            line = line.strip()
            if not line:
                continue
            parts = [p.strip() for p in re.split(r"[;\t]", line) if p.strip()]
            try:
                ent = int(parts[0])
                share = Decimal(parts[1].replace("%", "").replace(",", "."))
            except (IndexError, ValueError, InvalidOperation) as exc:
                raise forms.ValidationError(
                    _("Line %(n)s: write the enterprise ID and the share, for example 1234; 40."),
                    params={"n": number},
                ) from exc
            rows.append((ent, share))
        return rows

    def to_data(self) -> ShipmentData:
        c = self.cleaned_data
        return ShipmentData(
            peb_number=c["peb_number"],
            kind=c["kind"],
            enterprise_id=c["enterprise"],
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
    decision = forms.ChoiceField(choices=[("verify", _("Verify")), ("reject", _("Reject"))])
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
