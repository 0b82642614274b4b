"""Learning content in six languages (django-modeltranslation: one column per language)."""

from modeltranslation.translator import TranslationOptions, register

from siapekspor.training.models import LearningModule, QuizChoice, QuizQuestion


@register(LearningModule)
class LearningModuleTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body")


@register(QuizQuestion)
class QuizQuestionTranslationOptions(TranslationOptions):
    fields = ("text",)


@register(QuizChoice)
class QuizChoiceTranslationOptions(TranslationOptions):
    fields = ("text",)
