"""Reference catalogues translated with django-modeltranslation (one column per language)."""

from modeltranslation.translator import TranslationOptions, register

from siapekspor.registry.models import HsCode, KbliCode


@register(KbliCode)
class KbliCodeTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(HsCode)
class HsCodeTranslationOptions(TranslationOptions):
    fields = ("description",)
