"""The plan form: field shapes and messages; saving is in services."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from siapekspor.core.forms import NumberField
from siapekspor.improvement.models import PlanKind, PlanStatus
from siapekspor.improvement.services import PlanData

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PlanForm(forms.Form):
    kind = forms.ChoiceField(label=_("Intervention"), choices=PlanKind.choices)
    description = forms.CharField(
        label=_("What will be done"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    partner = forms.CharField(label=_("Partner organisation"), max_length=200, required=False)
    cost_idr = NumberField("money", label=_("Cost (Rp)"), required=False)
    starts_on = forms.DateField(label=_("Start"), required=False, widget=DATE)
    ends_on = forms.DateField(label=_("End"), required=False, widget=DATE)
    status = forms.ChoiceField(label=_("Status"), choices=PlanStatus.choices)
    capacity_before = NumberField("quantity", label=_("Capacity before"), required=False)
    capacity_after = NumberField("quantity", label=_("Capacity after"), required=False)
    capacity_unit = forms.CharField(
        label=_("Capacity unit"),
        max_length=40,
        required=False,
        help_text=_("e.g. kg a month"),
    )
    quality_measure = forms.CharField(
        label=_("Quality measure"),
        max_length=120,
        required=False,
        help_text=_("e.g. reject rate"),
    )
    quality_unit = forms.CharField(
        label=_("Quality unit"), max_length=20, required=False, help_text=_("e.g. %")
    )
    quality_before = NumberField("quantity", label=_("Quality before"), required=False)
    quality_after = NumberField("quantity", label=_("Quality after"), required=False)
    notes = forms.CharField(
        label=_("Notes"), max_length=4000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    reason = forms.CharField(label=_("Reason for the change"), max_length=500, required=False)

    def __init__(self, *args: Any, with_status: bool = True, editing: bool = False, **kwargs: Any):
        super().__init__(*args, **kwargs)
        if not with_status:
            del self.fields["status"]
        if not editing:
            del self.fields["reason"]

    def plan_data(self) -> PlanData:
        c = self.cleaned_data
        values = {k: v for k, v in c.items() if k != "reason"}
        values.setdefault("status", PlanStatus.PLANNED)
        return PlanData(**{k: ("" if v is None and k in _TEXT else v) for k, v in values.items()})


_TEXT = {"partner", "capacity_unit", "quality_measure", "quality_unit", "notes"}
