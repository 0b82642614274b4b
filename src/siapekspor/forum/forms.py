"""The forms of the forum pages and of the owner's data requests."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from siapekspor.forum import access
from siapekspor.forum.models import ActionStatus, RequestKind
from siapekspor.forum.selectors import PERSON_RELATED, person_label
from siapekspor.registry import validation
from siapekspor.registry.picker import EnterpriseField

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
# How many enterprises one meeting or action names on the page (the API takes up to 200).
ENTERPRISE_ROWS = 5


class _Users(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return person_label(obj)


class _User(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return person_label(obj)


def _programmes():
    from siapekspor.training.models import Programme

    return Programme.objects.all()


class EnterpriseRowsMixin:
    """Several enterprises concerned, each picked by name with the registry's picker
    (`enterprise_0` … `enterprise_{ENTERPRISE_ROWS - 1}`); `cleaned_data["enterprises"]` is
    the list of those chosen, each once."""

    def add_enterprise_rows(self, user) -> None:
        for index in range(ENTERPRISE_ROWS):
            field = EnterpriseField(
                label=_("Enterprise concerned %(n)s") % {"n": index + 1}, required=False
            )
            field.for_user(user)
            self.fields[f"enterprise_{index}"] = field

    def main_fields(self):
        return [f for f in self if not f.name.startswith("enterprise_")]

    def enterprise_rows(self):
        return [self[f"enterprise_{index}"] for index in range(ENTERPRISE_ROWS)]

    def clean(self):
        cleaned = super().clean()
        chosen = []
        for index in range(ENTERPRISE_ROWS):
            enterprise = cleaned.get(f"enterprise_{index}")
            if enterprise is not None and enterprise not in chosen:
                chosen.append(enterprise)
        cleaned["enterprises"] = chosen
        return cleaned


class MeetingForm(EnterpriseRowsMixin, forms.Form):
    # Its own msgid: "Title" is a job title ("Jabatan") in the training catalogue, which wins.
    title = forms.CharField(label=_("Meeting title"), max_length=200)
    held_on = forms.DateField(label=_("Date"), widget=DATE)
    place = forms.CharField(label=_("Place"), max_length=200)
    agenda = forms.CharField(
        label=_("Agenda"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One item per line."),
    )
    decisions = forms.CharField(
        label=_("Decisions"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One per line."),
    )
    attendees = _Users(
        label=_("Attendees with an account"),
        queryset=access.responsible_candidates(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    guests = forms.CharField(
        label=_("Other attendees"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line: name and organisation of representatives without an account."),
    )
    programmes = forms.ModelMultipleChoiceField(
        label=_("Programmes concerned"),
        queryset=_programmes(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attendees"].queryset = access.responsible_candidates().select_related(
            *PERSON_RELATED
        )
        self.fields["programmes"].queryset = _programmes()
        self.add_enterprise_rows(user)


class ActionForm(EnterpriseRowsMixin, forms.Form):
    text = forms.CharField(label=_("Action"), max_length=500)
    owner = _User(label=_("Responsible"), queryset=access.responsible_candidates())
    deadline = forms.DateField(label=_("Deadline"), widget=DATE)
    programmes = forms.ModelMultipleChoiceField(
        label=_("Programmes concerned"),
        queryset=_programmes(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = access.responsible_candidates().select_related(
            *PERSON_RELATED
        )
        self.fields["programmes"].queryset = _programmes()
        self.add_enterprise_rows(user)


class ActionUpdateForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=ActionStatus.choices)
    note = forms.CharField(label=_("Progress note"), max_length=500, required=False)


class DataRequestForm(forms.Form):
    kind = forms.ChoiceField(label=_("Request"), choices=RequestKind.choices)
    details = forms.CharField(
        label=_("Details"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For a correction: what is wrong and what it should be."),
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("done", _("Done")), ("refused", _("Refused"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose done or refused.")},
    )
    answer = forms.CharField(
        label=_("Answer to the owner"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when refusing: the reason."),
    )

    def clean_answer(self) -> str:
        try:
            return validation.multiline_text(
                self.cleaned_data["answer"], 2000, _("The answer is too long.")
            )
        except validation.FieldProblem as problem:
            raise forms.ValidationError(problem.message, code="invalid") from problem
