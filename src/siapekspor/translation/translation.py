"""The glossary in six languages (django-modeltranslation: one column per language)."""

from modeltranslation.translator import TranslationOptions, register

from siapekspor.translation.models import GlossaryTerm


@register(GlossaryTerm)
class GlossaryTermTranslationOptions(TranslationOptions):
    fields = ("term",)
    # Every language's form is explicit: a missing one means "let the model translate it",
    # never a silent fallback to Indonesian.
    fallback_languages = {"default": ()}
