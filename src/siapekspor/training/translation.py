"""Learning content in six languages (django-modeltranslation: one column per language)."""

from modeltranslation.translator import TranslationOptions, register

from siapekspor.training.models import (
    LearningModule,
    LearningScreen,
    QuizChoice,
    QuizQuestion,
)


@register(LearningModule)
class LearningModuleTranslationOptions(TranslationOptions):
    fields = ("title", "summary")


@register(LearningScreen)
class LearningScreenTranslationOptions(TranslationOptions):
    fields = ("title", "body")


@register(QuizQuestion)
class QuizQuestionTranslationOptions(TranslationOptions):
    fields = ("text", "explanation")


@register(QuizChoice)
class QuizChoiceTranslationOptions(TranslationOptions):
    fields = ("text",)
