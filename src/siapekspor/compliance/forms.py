"""Compliance forms: field shapes and messages; saving is in services."""

from __future__ import annotations

from django import forms
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from siapekspor.compliance import content
from siapekspor.compliance.models import CaseStatus, DocumentKind, DocumentType, Rule
from siapekspor.compliance.services import AGENCY_MAX_LENGTH
from siapekspor.core import countries, i18n


class DocumentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: DocumentType) -> str:
        return content.pick(obj.names) or obj.code


class ChecklistForm(forms.Form):
    hs = forms.RegexField(
        label=_("Product HS code (6 digits)"),
        regex=r"^\d{6}$",
        error_messages={"invalid": _("Give the product's HS code with 6 digits, e.g. 090111.")},
    )
    market = forms.ChoiceField(label=_("Destination"))
    date = forms.DateField(
        label=_("Shipment date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    enterprise = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["market"].choices = countries.choices()


class CertificateForm(forms.Form):
    document = DocumentChoiceField(
        label=_("Certificate"), queryset=DocumentType.objects.filter(kind=DocumentKind.HELD)
    )
    number = forms.CharField(label=_("Certificate number"), max_length=100, required=False)
    issued_on = forms.DateField(
        label=_("Issued on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    valid_until = forms.DateField(
        label=_("Valid until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    evidence = forms.FileField(
        label=_("Evidence (PDF, PNG or JPEG)"), required=False, allow_empty_file=True
    )


class CaseRequestForm(forms.Form):
    document = DocumentChoiceField(label=_("Certificate"), queryset=DocumentType.objects.all())
    market = forms.ChoiceField(label=_("Destination"), required=False)
    notes = forms.CharField(
        label=_("Notes"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["market"].choices = [("", "—"), *countries.choices()]


class CaseUpdateForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=CaseStatus.choices)
    assignee = forms.ModelChoiceField(label=_("Assigned officer"), queryset=None, required=False)
    deadline = forms.DateField(
        label=_("Deadline"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    notes = forms.CharField(
        label=_("Notes"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 4})
    )
    refusal_reason = forms.CharField(label=_("Reason for refusal"), required=False, max_length=500)

    def __init__(self, *args, assignees=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = assignees


class RuleForm(forms.Form):
    hs_prefixes = forms.CharField(
        label=_("HS prefixes"),
        required=False,
        max_length=500,
        help_text=_("Comma-separated, e.g. 0901, 1801 or food; empty for every product."),
    )
    destination = forms.CharField(label=_("Destination"), max_length=10)
    condition = forms.CharField(label=_("Condition"), max_length=40, required=False)
    applies_from = forms.DateField(
        label=_("Applies from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    applies_to = forms.DateField(
        label=_("Applies until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    cost_idr = forms.DecimalField(
        label=_("Typical cost (Rp)"), required=False, min_value=0, max_digits=14, decimal_places=0
    )
    lead_days = forms.IntegerField(
        label=_("Typical lead time (days)"), required=False, min_value=0, max_value=3650
    )
    validity = forms.CharField(label=_("Validity"), max_length=200, required=False)
    legal_basis = forms.CharField(label=_("Legal basis"), max_length=400, required=False)
    source_url = forms.URLField(
        label=_("Source"), max_length=500, required=False, assume_scheme="https"
    )
    last_reviewed = forms.DateField(
        label=_("Last reviewed"), widget=forms.DateInput(attrs={"type": "date"})
    )
    verified = forms.BooleanField(label=_("Verified"), required=False)
    is_active = forms.BooleanField(label=_("Active"), required=False)
    reason = forms.CharField(label=_("Reason for the change"), max_length=500)

    # The issuing agency, one input per language of the site (`agency_<code>`), placed after
    # the dates; all empty: the document type's agency shows.
    AGENCY_AFTER = "applies_to"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        fields = {}
        for name, field in self.fields.items():
            fields[name] = field
            if name == self.AGENCY_AFTER:
                for code in i18n.codes():
                    fields[self.agency_field(code)] = forms.CharField(
                        label=_("Issuing agency (%(language)s)")
                        % {"language": get_language_info(code)["name_local"]},
                        max_length=AGENCY_MAX_LENGTH,
                        required=False,
                        # Each text in its own language and direction, whatever the page's.
                        widget=forms.TextInput(attrs={"lang": code, "dir": "auto"}),
                    )
        self.fields = fields

    @staticmethod
    def agency_field(code: str) -> str:
        return f"agency_{code}"

    @classmethod
    def initial_for(cls, rule: Rule) -> dict:
        """The form's initial values from a rule."""
        initial = {
            name: getattr(rule, name)
            for name in cls.base_fields
            if name not in ("reason", "hs_prefixes")
        }
        initial["hs_prefixes"] = ", ".join(rule.hs_prefixes)
        for code in i18n.codes():
            initial[cls.agency_field(code)] = (rule.agencies or {}).get(code, "")
        return initial

    def changes(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("reason")
        data["destination"] = data["destination"].strip().upper()
        data["hs_prefixes"] = [p.strip() for p in data["hs_prefixes"].split(",") if p.strip()]
        data["agencies"] = {code: data.pop(self.agency_field(code)) for code in i18n.codes()}
        return data
