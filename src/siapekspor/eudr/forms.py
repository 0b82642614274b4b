"""EUDR forms: field shapes and messages; the checks of the geometry are in `geometry`, the
saving in services."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from siapekspor.core.forms import NumberField
from siapekspor.eudr.models import Commodity
from siapekspor.registry.models import Regency


class _Common(forms.Form):
    commodity = forms.ChoiceField(label=_("Commodity"), choices=Commodity.choices)
    production_start = forms.DateField(
        label=_("Production (harvest) from"), widget=forms.DateInput(attrs={"type": "date"})
    )
    production_end = forms.DateField(
        label=_("Production (harvest) until"), widget=forms.DateInput(attrs={"type": "date"})
    )
    regency = forms.ModelChoiceField(
        label=_("Regency or city of the plot"),
        queryset=Regency.objects.all(),
        required=False,
        empty_label=_("Same as the enterprise"),
    )
    lot = forms.CharField(
        label=_("Shipment lot"),
        max_length=60,
        required=False,
        help_text=_("Optional: a name that groups the plots of one shipment, e.g. LOT-2026-07."),
    )


class PlotForm(_Common):
    supplier_name = forms.CharField(label=_("Supplier (farmer) name"), max_length=200)
    name_consent = forms.BooleanField(
        label=_("The supplier agrees that their name is given to the EU buyer"), required=False
    )
    coordinates = forms.CharField(
        label=_("Coordinates"),
        max_length=200_000,
        widget=forms.Textarea(attrs={"rows": 5, "dir": "ltr", "spellcheck": "false"}),
        help_text=_(
            'One line "latitude, longitude" for a point (e.g. -5.123456, 105.123456); three or '
            "more lines, one per corner, for a polygon. Click the map to add corners."
        ),
    )
    area_ha = NumberField(
        "quantity",
        label=_("Area (ha), for a point"),
        required=False,
        min_value=0,
        max_value=100_000,
        decimal_places=4,
        help_text=_("Polygons: computed. A plot of more than 4 ha must be a polygon."),
    )
    place = forms.CharField(label=_("Place (village)"), max_length=200, required=False)
    evidence = forms.FileField(
        label=_("Land legality evidence (PDF, PNG or JPEG)"), required=False, allow_empty_file=True
    )
    notes = forms.CharField(
        label=_("Notes"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )

    field_order = [
        "supplier_name",
        "name_consent",
        "commodity",
        "coordinates",
        "area_ha",
        "production_start",
        "production_end",
        "regency",
        "place",
        "lot",
        "evidence",
        "notes",
    ]


class UploadForm(_Common):
    file = forms.FileField(
        label=_("GeoJSON file (.geojson or .json)"),
        help_text=_(
            "A FeatureCollection of points and polygons (WGS84, longitude first), as GPS apps "
            "export it. Properties read: ProducerName, Area (ha, for points), ProductionPlace."
        ),
    )

    field_order = ["file", "commodity", "production_start", "production_end", "regency", "lot"]


class EvidenceForm(forms.Form):
    evidence = forms.FileField(label=_("Land legality evidence (PDF, PNG or JPEG)"))


class RevealForm(forms.Form):
    reason = forms.CharField(label=_("Reason for seeing the full name"), max_length=300)
