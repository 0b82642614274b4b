"""Forms of the partners pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from siapekspor.core.forms import NumberField
from siapekspor.partners import selectors
from siapekspor.partners.models import Organisation, Purpose, ReferralKind, ReferralStatus
from siapekspor.registry.picker import EnterpriseField

MONEY_MAX = 10**15 - 1
DATE = forms.DateInput(attrs={"type": "date"})


class OrganisationField(forms.ModelChoiceField):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("queryset", selectors.organisations())
        kwargs.setdefault("label", _("Partner organisation"))
        super().__init__(**kwargs)

    def label_from_instance(self, obj: Organisation) -> str:
        return f"{obj.code} — {obj.name}"


class ConsentGiveForm(forms.Form):
    organisation = OrganisationField()
    expires_on = forms.DateField(
        label=_("Valid until"),
        required=False,
        widget=DATE,
        help_text=_("Empty: one year from today."),
    )
    agree = forms.BooleanField(label=_("I have read the text above and agree."))


class ConsentRecordForm(forms.Form):
    organisation = OrganisationField()
    purpose = forms.ChoiceField(label=_("Purpose"), choices=Purpose.choices)
    expires_on = forms.DateField(
        label=_("Valid until"), required=False, widget=DATE, help_text=_("Empty: one year.")
    )
    form_file = forms.FileField(
        label=_("Signed consent form"), help_text=_("PDF, JPEG or PNG, at most 10 MB.")
    )


class WithdrawForm(forms.Form):
    reason = forms.CharField(label=_("Reason (optional)"), max_length=500, required=False)


class ReferralForm(forms.Form):
    enterprise = EnterpriseField(label=_("Enterprise"))
    organisation = OrganisationField()
    kind = forms.ChoiceField(label=_("Referred for"), choices=ReferralKind.choices)
    deadline = forms.DateField(label=_("Deadline"), widget=DATE)
    amount = NumberField(
        "money",
        label=_("Amount (Rp, financing only)"),
        required=False,
        min_value=1,
        max_value=MONEY_MAX,
    )
    note = forms.CharField(label=_("Note"), max_length=2000, required=False, widget=forms.Textarea)

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["enterprise"]
        assert isinstance(field, EnterpriseField)
        field.for_user(user)


UPDATE_CHOICES = [(v, label) for v, label in ReferralStatus.choices if v != ReferralStatus.SENT]


class ReferralUpdateForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=UPDATE_CHOICES)
    amount = NumberField(
        "money",
        label=_("Amount (Rp, financing only)"),
        required=False,
        min_value=1,
        max_value=MONEY_MAX,
    )
    note = forms.CharField(label=_("Note"), max_length=2000, required=False, widget=forms.Textarea)
    reason = forms.CharField(label=_("Reason for declining"), max_length=400, required=False)
