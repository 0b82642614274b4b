"""Translation forms: field shapes and messages; saving is in services."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modeltranslation.utils import build_localized_fieldname

from siapekspor.translation.models import TermKind
from siapekspor.translation.services import GlossaryTermData, site_languages


def _language_choices(blank):
    return [("", blank)] + [
        (code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
    ]


class ReviewFilterForm(forms.Form):
    STATUS_CHOICES = [
        ("machine", _("To review (machine)")),
        ("reviewed", _("Reviewed")),
        ("all", pgettext_lazy("translations", "All")),
    ]
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    target_language = forms.ChoiceField(label=_("Language"), required=False, choices=())
    status = forms.ChoiceField(label=_("Status"), required=False, choices=STATUS_CHOICES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target_language"].choices = _language_choices(_("All languages"))


class CorrectionForm(forms.Form):
    text = forms.CharField(
        label=_("Translation"),
        widget=forms.Textarea(attrs={"rows": 6, "dir": "auto"}),
        max_length=20_000,
    )
    reason = forms.CharField(
        label=_("Reason (optional)"),
        required=False,
        max_length=500,
        help_text=_("For example: the product name was translated wrongly."),
    )


class GlossaryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)


class GlossaryTermForm(forms.Form):
    key = forms.SlugField(
        label=_("Key"),
        max_length=60,
        help_text=_("A short name without spaces, for example kopi-robusta."),
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=TermKind.choices)
    note = forms.CharField(
        label=_("Note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
        help_text=_("What the term means and why it is rendered this way."),
    )
    is_active = forms.BooleanField(label=_("Active"), required=False, initial=True)

    def __init__(self, *args, editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if editing:
            self.fields["key"].disabled = True
        for code, name in settings.LANGUAGES:
            field_name = build_localized_fieldname("term", code)
            self.fields[field_name] = forms.CharField(
                label=name,
                max_length=120,
                required=code == settings.LANGUAGE_CODE,
                widget=forms.TextInput(attrs={"lang": code, "dir": "auto"}),
                help_text=(
                    _("The Indonesian term, as written in product descriptions.")
                    if code == settings.LANGUAGE_CODE
                    else _("The agreed rendering; leave empty to let the model translate it.")
                ),
            )

    @staticmethod
    def initial_for(term) -> dict:
        data = {"key": term.key, "kind": term.kind, "note": term.note, "is_active": term.is_active}
        for lang in site_languages():
            name = build_localized_fieldname("term", lang)
            data[name] = getattr(term, name) or ""
        return data

    def to_data(self) -> GlossaryTermData:
        c = self.cleaned_data
        return GlossaryTermData(
            key=c["key"],
            kind=c["kind"],
            note=c["note"],
            is_active=c["is_active"],
            forms={lang: c[build_localized_fieldname("term", lang)] for lang in site_languages()},
        )
