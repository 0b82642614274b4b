"""Dashboard filters and the target simulator's inputs."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from siapekspor.core.forms import NumberField
from siapekspor.registry.selectors import kbli_division_titles, regency_names


class DashboardFilterForm(forms.Form):
    regency = forms.ChoiceField(label=_("Regency or city"), required=False)
    sector = forms.ChoiceField(label=_("Sector (KBLI division)"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, years=(), lock_regency: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        regencies = regency_names()
        if lock_regency:
            regencies = [r for r in regencies if r[0] == lock_regency]
        self.fields["regency"].choices = [("", _("All regencies and cities")), *regencies]
        self.fields["sector"].choices = [
            ("", _("All sectors")),
            *[(code, f"{code} {title}") for code, title in sorted(kbli_division_titles().items())],
        ]
        self.fields["year"].choices = [("", _("Latest")), *[(y, str(y)) for y in years]]


class SimulatorForm(forms.Form):
    classes_per_year = forms.IntegerField(label=_("Classes per year"), min_value=0, max_value=10000)
    class_size = forms.IntegerField(label=_("Enterprises per class"), min_value=1, max_value=500)
    class_conversion = NumberField(
        "percent",
        label=_("Trained firms that export within a year (%)"),
        decimal_places=1,
    )
    self_service_per_year = NumberField(
        "count",
        label=_("Firms reached by the self-guided route per year"),
        min_value=0,
        max_value=1_000_000,
        help_text=_("Self-assessment, online modules and mentoring without a class."),
    )
    self_service_conversion = NumberField(
        "percent",
        label=_("Firms on the self-guided route that export within a year (%)"),
        decimal_places=1,
    )
    indirect_per_year = NumberField(
        "count",
        label=_("New indirect exporters through aggregators per year"),
        min_value=0,
        max_value=1_000_000,
    )


class ReportMonthForm(forms.Form):
    """The monthly report's month picker (the months of the current snapshot's trend)."""

    month = forms.ChoiceField(label=_("Report month"), required=False)

    def __init__(self, *args, months=(), **kwargs):
        super().__init__(*args, **kwargs)
        from siapekspor.reporting.narrative import month_name

        self.fields["month"].choices = [(m.strftime("%Y-%m"), month_name(m)) for m in months]
        self.fields["month"].error_messages["invalid_choice"] = _(
            "Choose one of the months listed."
        )

    def clean_month(self) -> dt.date | None:
        value = self.cleaned_data.get("month")
        return dt.date.fromisoformat(f"{value}-01") if value else None
