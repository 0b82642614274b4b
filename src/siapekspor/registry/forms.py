"""Forms of the registry: field shapes and field-level messages; saving is in services."""

from __future__ import annotations

from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from siapekspor.core.forms import NumberField
from siapekspor.registry import access, validation
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


class DistrictSelect(forms.Select):
    """A district select whose options carry their regency (`data-regency`): regions.js
    offers only the districts of the regency chosen in the field named by `data-follows`."""

    def __init__(self, follows: str = "regency", attrs=None):
        super().__init__(attrs={"data-follows": follows, **(attrs or {})})

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        code = str(getattr(value, "value", value) or "")
        if code:  # district codes are the regency's code and two more digits: 18.71.01
            option["attrs"]["data-regency"] = code.rsplit(".", 1)[0]
        return option

    def render(self, name, value, attrs=None, renderer=None):
        """The same markup as Django's template-rendered select, built in Python: ~230
        options through the widget templates cost the list page ~15 ms."""
        final = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        options = [
            format_html(
                "<option{}>{}</option>",
                flatatt(
                    {
                        "value": "" if o["value"] is None else str(o["value"]),
                        **o["attrs"],
                        **({"selected": True} if o["selected"] else {}),
                    }
                ),
                o["label"],
            )
            for _group, group, _index in self.optgroups(name, self.format_value(value), attrs)
            for o in group
        ]
        return format_html(
            "<select{}>{}</select>",
            flatatt(final),
            format_html_join("", "{}", ((o,) for o in options)),
        )


class KbliInput(forms.TextInput):
    """A KBLI code typed or picked from the KBLI 2020 list (`<datalist id="kbli-codes">`,
    rendered once by the page from `selectors.kbli_choices`)."""

    def __init__(self, attrs=None):
        super().__init__(
            attrs={
                "list": "kbli-codes",
                "inputmode": "numeric",
                "dir": "ltr",
                "autocomplete": "off",
                **(attrs or {}),
            }
        )


def _district_choices(regency: str | None = None):
    districts = District.objects.order_by("code")
    if regency:
        districts = districts.filter(regency_id=regency)
    return [("", _("All districts")), *districts.values_list("code", "name")]


class ValidatedField(forms.CharField):
    """A text input parsed by the field's shared validator (`registry.validation`): the same
    verdict and message as the API and the import. `maxlength` and `required` are hints to
    the browser; the validator decides."""

    def __init__(self, validator, *, maxlength: int | None = None, inputmode: str = "", **kw):
        kw.setdefault("required", False)
        super().__init__(**kw)
        self.validator = validator
        # The shared validator refuses control characters (NUL included) with the message
        # the API and the import give; Django's own NUL check would answer first otherwise.
        self.validators = [
            v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)
        ]
        if maxlength:
            self.widget.attrs["maxlength"] = str(maxlength)
        if inputmode:  # digits (NIB, NIK, phone, coordinates) read left to right, also in Arabic
            self.widget.attrs["inputmode"] = inputmode
            self.widget.attrs["dir"] = "ltr"

    def clean(self, value):
        text = super().clean(value)
        try:
            return self.validator(text)
        except validation.FieldProblem as exc:
            raise forms.ValidationError(exc.message) from exc

    def prepare_value(self, value):
        return "" if value is None else value


class ValidatedChoiceField(forms.ChoiceField):
    """A choice whose value is first read by the shared validator ("PT" and "pt" alike)."""

    def __init__(self, validator, **kw):
        super().__init__(**kw)
        self.validator = validator

    def clean(self, value):
        if value in self.empty_values:
            return super().clean(value)
        try:
            value = self.validator(value)
        except validation.FieldProblem as exc:
            raise forms.ValidationError(exc.message) from exc
        return super().clean(value)


class EnterpriseForm(forms.Form):
    name = ValidatedField(
        validation.business_name, label=_("Business name"), maxlength=validation.NAME_MAX
    )
    nib = ValidatedField(
        validation.nib,
        label=_("NIB"),
        maxlength=20,
        inputmode="numeric",
        help_text=_("13 digits from OSS, if the business has one."),
    )
    legal_form = ValidatedChoiceField(
        validation.legal_form, label=_("Legal form"), choices=LegalForm.choices
    )
    owner_name = ValidatedField(
        validation.owner_name, label=_("Owner's name"), maxlength=validation.OWNER_NAME_MAX
    )
    owner_gender = ValidatedChoiceField(
        validation.gender, label=_("Owner's gender"), choices=Gender.choices
    )
    nik = ValidatedField(
        validation.nik,
        label=_("Owner's NIK"),
        maxlength=24,
        inputmode="numeric",
        help_text=_("16 digits, as on the ID card (KTP)."),
    )
    phone = ValidatedField(
        validation.phone,
        label=_("Phone / WhatsApp"),
        maxlength=30,
        inputmode="tel",
        help_text=_("For example 0812 3456 7890."),
    )
    address = ValidatedField(
        validation.address, label=_("Address"), maxlength=validation.ADDRESS_MAX
    )
    regency = forms.ModelChoiceField(label=_("Regency or city"), queryset=Regency.objects.all())
    district = forms.ModelChoiceField(
        label=_("District"),
        required=False,
        queryset=District.objects.select_related("regency"),
        widget=DistrictSelect(),
    )
    latitude = ValidatedField(validation.latitude, label=_("Latitude"), inputmode="decimal")
    longitude = ValidatedField(validation.longitude, label=_("Longitude"), inputmode="decimal")
    kbli = CodeChoiceField(
        label=_("KBLI code"),
        required=False,
        queryset=KbliCode.objects.filter(level=5),
        to_field_name="code",
        widget=KbliInput(),
        help_text=_(
            "The 5-digit KBLI 2020 code of the main activity, for example 10791: type a code "
            "or words of the activity and pick from the list."
        ),
        error_messages={"invalid_choice": validation.UNKNOWN_KBLI},
    )
    annual_revenue = NumberField(
        "money",
        validator=validation.annual_revenue,
        required=False,
        label=_("Annual revenue (Rp)"),
        help_text=_("For example 150.000.000 or Rp 150 jt."),
    )
    size_class = forms.ChoiceField(
        label=_("Size class"),
        required=False,
        choices=[("", _("From the revenue (PP 7/2021)")), *SizeClass.choices],
    )
    workforce = NumberField(
        "quantity", validator=validation.workforce, required=False, label=_("Workforce")
    )
    is_active = forms.BooleanField(label=_("Active"), required=False, initial=True)
    # Shown only when the service found an enterprise with the same NIB, NIK or phone.
    confirm_different = forms.BooleanField(
        label=_("This is a different business (the owner runs several)"), required=False
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        lock = access.regency_lock(user) if user is not None else None
        if lock:
            self.fields["regency"].queryset = Regency.objects.filter(code=lock)
            self.fields["district"].queryset = District.objects.filter(regency_id=lock)
        self.fields["district"].label_from_instance = lambda d: f"{d.name} ({d.regency.name})"

    def to_data(self) -> EnterpriseData:
        c = self.cleaned_data
        return EnterpriseData(
            name=c["name"],
            regency=c["regency"],
            nib=c["nib"],
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


def _required_product_name(raw) -> str:
    name = validation.product_name(raw)
    if not name:
        raise validation.FieldProblem(_("The product name is required."))
    return name


def _capacity_amount(raw):
    return validation.capacity(raw)[0]


class ProductForm(forms.Form):
    name = ValidatedField(
        _required_product_name,
        label=_("Product name (Indonesian)"),
        maxlength=validation.PRODUCT_NAME_MAX,
    )
    hs_code = CodeChoiceField(
        label=_("HS code"),
        required=False,
        queryset=HsCode.objects.filter(level=6),
        to_field_name="code",
        widget=forms.TextInput(attrs={"inputmode": "numeric", "dir": "ltr"}),
        help_text=_("The 6-digit HS code, for example 090111."),
        error_messages={"invalid_choice": validation.UNKNOWN_HS},
    )

    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    monthly_capacity = NumberField(
        "quantity",
        validator=_capacity_amount,
        required=False,
        label=_("Monthly capacity"),
        help_text=_("For example 1.500 or 2,5."),
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
    district = forms.ChoiceField(label=_("District"), required=False, widget=DistrictSelect())
    kbli = forms.CharField(label=_("KBLI"), required=False, max_length=7, widget=KbliInput())
    size_class = forms.ChoiceField(
        label=_("Size"), required=False, choices=[("", _("All sizes")), *SizeClass.choices]
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All")), ("active", _("Active")), ("inactive", _("Inactive"))],
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        # A regency officer sees one regency: offer only it and its districts.
        lock = access.regency_lock(user) if user is not None else None
        if lock:
            self.fields["regency"].queryset = Regency.objects.filter(code=lock)
        self.fields["district"].choices = _district_choices(lock)  # one query, not one per use
