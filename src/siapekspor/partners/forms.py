"""Forms of the partners pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

from siapekspor.core.errors import ValidationFailed
from siapekspor.core.forms import NumberField
from siapekspor.partners import selectors, services
from siapekspor.partners.models import (
    Organisation,
    Purpose,
    Referral,
    ReferralKind,
    ReferralStatus,
    referral_next_statuses,
)
from siapekspor.registry import validation as registry_validation
from siapekspor.registry.picker import EnterpriseField

MONEY_MAX = 10**15 - 1
DATE = forms.DateInput(attrs={"type": "date"})


class FreeTextField(forms.CharField):
    """A note or a reason: the partners' one rule for free text (`services.free_text`, the
    registry's control-character check), so a NUL byte gets the same message as an escape
    (not Django's own NUL message) on the page, in the API and in the service."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.validators = [
            v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)
        ]

    def bound_data(self, data: Any, initial: Any) -> Any:
        """A refused value is shown back without its control characters (the error says
        they were there)."""
        data = super().bound_data(data, initial)
        return (
            registry_validation.without_control_characters(data) if isinstance(data, str) else data
        )

    def validate(self, value: Any) -> None:
        super().validate(value)
        try:
            services.free_text(value or "", field="", maximum=self.max_length or 10_000)
        except ValidationFailed as exc:
            raise ValidationError(str(exc.message), code="control_characters") from exc


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
    reason = FreeTextField(label=_("Reason (optional)"), max_length=500, required=False)


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
    note = FreeTextField(label=_("Note"), max_length=2000, required=False, widget=forms.Textarea)

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["enterprise"]
        assert isinstance(field, EnterpriseField)
        field.for_user(user)


class ReferralUpdateForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=())
    amount = NumberField(
        "money",
        label=_("Amount (Rp, financing only)"),
        required=False,
        min_value=1,
        max_value=MONEY_MAX,
    )
    note = FreeTextField(label=_("Note"), max_length=2000, required=False, widget=forms.Textarea)
    reason = FreeTextField(label=_("Reason for declining"), max_length=400, required=False)

    def __init__(self, *args: Any, referral: Referral, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Only the moves the referral may make now (models.REFERRAL_NEXT); the current status
        # first, for a note that keeps it.
        nexts = referral_next_statuses(referral.status)
        field = self.fields["status"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [
            (s, _("%(status)s (unchanged, note only)") % {"status": ReferralStatus(s).label})
            if s == referral.status
            else (s, ReferralStatus(s).label)
            for s in nexts
        ]
        if len(nexts) > 1:
            field.initial = nexts[1]
