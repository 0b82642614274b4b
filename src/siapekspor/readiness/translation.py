"""Questionnaire texts in six languages (django-modeltranslation: one column per language)."""

from modeltranslation.translator import TranslationOptions, register

from siapekspor.readiness.models import Dimension, Option, Question, Questionnaire


@register(Questionnaire)
class QuestionnaireTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(Dimension)
class DimensionTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(Question)
class QuestionTranslationOptions(TranslationOptions):
    fields = ("text", "help_text", "next_step")


@register(Option)
class OptionTranslationOptions(TranslationOptions):
    fields = ("label",)
