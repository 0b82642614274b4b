"""Forms of the registry: field shapes and field-level messages; saving is in services."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from siapekspor.registry import access
from siapekspor.registry.identifiers import IdentifierError, parse_nib, parse_nik, parse_phone
from siapekspor.registry.models import (
    CapacityUnit,
    District,
    Gender,
    HsCode,
    KbliCode,
    LegalForm,
    Regency,
    SizeClass,
)
from siapekspor.registry.services import EnterpriseData


class CodeChoiceField(forms.ModelChoiceField):
    """A reference code typed as text: dots and spaces ignored (09.01.11 = 090111)."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.replace(".", "").replace(" ", "")
        return super().to_python(value)


class EnterpriseForm(forms.Form):
    name = forms.CharField(label=_("Business name"), max_length=200)
    nib = forms.CharField(
        label=_("NIB"),
        max_length=20,
        required=False,
        help_text=_("13 digits from OSS, if the business has one."),
    )
    legal_form = forms.ChoiceField(label=_("Legal form"), choices=LegalForm.choices)
    owner_name = forms.CharField(label=_("Owner's name"), max_length=150, required=False)
    owner_gender = forms.ChoiceField(label=_("Owner's gender"), choices=Gender.choices)
    nik = forms.CharField(
        label=_("Owner's NIK"),
        max_length=24,
        required=False,
        help_text=_("16 digits, as on the ID card (KTP)."),
    )
    phone = forms.CharField(
        label=_("Phone / WhatsApp"),
        max_length=30,
        required=False,
        help_text=_("For example 0812 3456 7890."),
    )
    address = forms.CharField(label=_("Address"), max_length=300, required=False)
    regency = forms.ModelChoiceField(label=_("Regency or city"), queryset=Regency.objects.all())
    district = forms.ModelChoiceField(
        label=_("District"), required=False, queryset=District.objects.select_related("regency")
    )
    latitude = forms.DecimalField(
        label=_("Latitude"),
        required=False,
        max_digits=9,
        decimal_places=6,
        min_value=-90,
        max_value=90,
    )
    longitude = forms.DecimalField(
        label=_("Longitude"),
        required=False,
        max_digits=9,
        decimal_places=6,
        min_value=-180,
        max_value=180,
    )
    kbli = CodeChoiceField(
        label=_("KBLI code"),
        required=False,
        queryset=KbliCode.objects.filter(level=5),
        to_field_name="code",
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
        help_text=_("The 5-digit KBLI 2020 code of the main activity, for example 10791."),
        error_messages={"invalid_choice": _("%(value)s is not a known 5-digit KBLI 2020 code.")},
    )
    annual_revenue = forms.DecimalField(
        label=_("Annual revenue (Rp)"), required=False, min_value=0, max_digits=16, decimal_places=0
    )
    size_class = forms.ChoiceField(
        label=_("Size class"),
        required=False,
        choices=[("", _("From the revenue (PP 7/2021)")), *SizeClass.choices],
    )
    workforce = forms.IntegerField(label=_("Workforce"), required=False, min_value=0)
    is_active = forms.BooleanField(label=_("Active"), required=False, initial=True)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        lock = access.regency_lock(user) if user is not None else None
        if lock:
            self.fields["regency"].queryset = Regency.objects.filter(code=lock)
            self.fields["district"].queryset = District.objects.filter(regency_id=lock)
        self.fields["district"].label_from_instance = lambda d: f"{d.name} ({d.regency.name})"

    # Identifiers are checked here too, so one submit lists every field to fix.
    def _identifier(self, name, parser):
        raw = self.cleaned_data.get(name)
        if not raw:
            return raw
        try:
            return parser(raw)
        except IdentifierError as exc:
            raise forms.ValidationError(exc.message) from exc

    def clean_nik(self):
        return self._identifier("nik", parse_nik)

    def clean_phone(self):
        return self._identifier("phone", parse_phone)

    def clean_nib(self):
        return self._identifier("nib", parse_nib)

    def to_data(self) -> EnterpriseData:
        c = self.cleaned_data
        return EnterpriseData(
            name=c["name"],
            regency=c["regency"],
            nib=c["nib"] or None,
            legal_form=c["legal_form"],
            owner_name=c["owner_name"],
            owner_gender=c["owner_gender"],
            nik=c["nik"],
            phone=c["phone"],
            address=c["address"],
            district=c["district"],
            latitude=c["latitude"],
            longitude=c["longitude"],
            kbli=c["kbli"],
            size_class=c["size_class"] or None,
            annual_revenue=c["annual_revenue"],
            workforce=c["workforce"],
            is_active=c["is_active"],
        )


class ProductForm(forms.Form):
    name = forms.CharField(label=_("Product name (Indonesian)"), max_length=200)
    hs_code = CodeChoiceField(
        label=_("HS code"),
        required=False,
        queryset=HsCode.objects.filter(level=6),
        to_field_name="code",
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
        help_text=_("The 6-digit HS code, for example 090111."),
        error_messages={"invalid_choice": _("%(value)s is not a known 6-digit HS code.")},
    )

    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    monthly_capacity = forms.DecimalField(
        label=_("Monthly capacity"), required=False, min_value=0, max_digits=14, decimal_places=2
    )
    capacity_unit = forms.ChoiceField(label=_("Unit"), choices=CapacityUnit.choices)


class RevealForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for viewing personal data"),
        min_length=10,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class EnterpriseFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    regency = forms.ModelChoiceField(
        label=_("Regency or city"),
        required=False,
        queryset=Regency.objects.all(),
        to_field_name="code",
    )
    district = forms.CharField(label=_("District code"), required=False, max_length=8)
    kbli = forms.CharField(label=_("KBLI"), required=False, max_length=7)
    size_class = forms.ChoiceField(
        label=_("Size"), required=False, choices=[("", _("All sizes")), *SizeClass.choices]
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All")), ("active", _("Active")), ("inactive", _("Inactive"))],
    )
