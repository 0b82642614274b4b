from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from siapekspor.training.models import (
    LearningModule,
    LearningScreen,
    Programme,
    QuizQuestion,
    TrainingClass,
)


class LearningScreenInline(TranslationTabularInline):
    model = LearningScreen
    extra = 0


class QuizQuestionInline(TranslationTabularInline):
    model = QuizQuestion
    extra = 0


@admin.register(LearningModule)
class LearningModuleAdmin(TranslationAdmin):
    list_display = ("code", "title", "level", "dimension_code", "credit_points")
    inlines = [LearningScreenInline, QuizQuestionInline]


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ("name", "year", "partners", "is_demo")


@admin.register(TrainingClass)
class TrainingClassAdmin(admin.ModelAdmin):
    """Read-mostly: seats change only through the services (capacity enforcement)."""

    list_display = ("name", "level", "regency", "capacity", "seats_taken", "starts_on")
    list_filter = ("level", "regency")
    readonly_fields = ("seats_taken",)
