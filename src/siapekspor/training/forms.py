from django import forms
from django.utils.translation import gettext_lazy as _

from siapekspor.readiness.models import Level
from siapekspor.registry.models import Regency
from siapekspor.training import access
from siapekspor.training.models import Stage


class ClassForm(forms.Form):
    stage = forms.ModelChoiceField(label=_("Programme and stage"), queryset=Stage.objects.none())
    level = forms.ChoiceField(label=_("Level"), choices=Level.choices)
    name = forms.CharField(label=_("Name"), max_length=200)
    regency = forms.ModelChoiceField(label=_("Regency or city"), queryset=Regency.objects.all())
    capacity = forms.IntegerField(label=_("Capacity"), min_value=1, max_value=500)
    venue = forms.CharField(label=_("Venue"), max_length=300, required=False)
    schedule = forms.CharField(label=_("Schedule"), max_length=300, required=False)
    starts_on = forms.DateField(
        label=_("Starts on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    facilitator_name = forms.CharField(label=_("Facilitator"), max_length=200, required=False)
    sector = forms.CharField(label=_("Sector (KBLI division)"), max_length=2, required=False)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stage"].queryset = Stage.objects.select_related("programme").order_by(
            "-programme__year", "programme__name", "number"
        )
        lock = access.regency_lock(user) if user is not None else None
        if lock:
            self.fields["regency"].queryset = Regency.objects.filter(code=lock)


class ProposeForm(forms.Form):
    level = forms.ChoiceField(label=_("Level"), choices=Level.choices)
    regency = forms.ModelChoiceField(label=_("Regency or city"), queryset=Regency.objects.all())
    size = forms.IntegerField(label=_("Size"), min_value=1, max_value=200, initial=20)
    sector = forms.CharField(label=_("Sector (KBLI division)"), max_length=2, required=False)


class SessionForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    topic = forms.CharField(label=_("Topic"), max_length=200)


class PostForm(forms.Form):
    body = forms.CharField(
        label=_("Message"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class SignatoryForm(forms.Form):
    name = forms.CharField(label=_("Name of the official"), max_length=200)
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        help_text=_("For example Head of the Provincial Trade and Industry Office."),
    )
    signature = forms.FileField(
        label=_("Signature image (PNG or JPEG)"),
        widget=forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg"}),
    )
