"""Admin: the glossary goes through the same service as the page (validated, audited); the
memory is read-only here (corrections are made on the review page, which audits them)."""

from django import forms
from django.conf import settings
from django.contrib import admin
from modeltranslation.admin import TranslationAdmin
from modeltranslation.utils import build_localized_fieldname

from siapekspor.translation import services
from siapekspor.translation.models import GlossaryTerm, Translation


def _data(cleaned: dict) -> services.GlossaryTermData:
    return services.GlossaryTermData(
        key=cleaned.get("key") or "",
        kind=cleaned.get("kind") or "",
        note=cleaned.get("note") or "",
        is_active=bool(cleaned.get("is_active")),
        forms={
            lang: cleaned.get(build_localized_fieldname("term", lang)) or ""
            for lang in services.site_languages()
        },
    )


class GlossaryTermAdminForm(forms.ModelForm):
    class Meta:
        model = GlossaryTerm
        fields = (
            "key",
            "kind",
            *(build_localized_fieldname("term", code) for code, _name in settings.LANGUAGES),
            "note",
            "is_active",
        )

    def clean(self):
        cleaned = super().clean()
        term = self.instance if self.instance.pk else None
        for field, message in services.glossary_term_errors(_data(cleaned), term):
            self.add_error(field if field in self.fields else None, message)
        return cleaned


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(TranslationAdmin):
    form = GlossaryTermAdminForm
    list_display = ("key", "term", "kind", "is_active")
    list_filter = ("kind", "is_active")
    search_fields = ("key", "term")

    def get_readonly_fields(self, request, obj=None):
        return ("key",) if obj else ()

    def save_model(self, request, obj, form, change):
        data = _data({**form.cleaned_data, "key": obj.key})
        saved = services.glossary_term_save(
            actor=request.user,
            data=data,
            term=GlossaryTerm.objects.get(pk=obj.pk) if change else None,
        )
        obj.pk = saved.pk


@admin.register(Translation)
class TranslationMemoryAdmin(admin.ModelAdmin):
    list_display = ("source_language", "target_language", "source_text", "is_machine", "created_at")
    list_filter = ("is_machine", "target_language")
    search_fields = ("source_text", "text")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
