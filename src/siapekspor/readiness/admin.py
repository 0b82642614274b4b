from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from siapekspor.readiness.models import (
    Assessment,
    Dimension,
    LevelGate,
    Option,
    Question,
    Questionnaire,
)


class OptionInline(TranslationTabularInline):
    model = Option
    extra = 0


@admin.register(Questionnaire)
class QuestionnaireAdmin(TranslationAdmin):
    list_display = ("version", "title", "is_active", "export_floor", "published_at")


@admin.register(Dimension)
class DimensionAdmin(TranslationAdmin):
    list_display = ("code", "name", "weight", "questionnaire")
    list_filter = ("questionnaire",)


@admin.register(Question)
class QuestionAdmin(TranslationAdmin):
    list_display = ("code", "text", "weight", "dimension", "applies_to", "is_branch")
    list_filter = ("dimension__questionnaire", "dimension")
    inlines = [OptionInline]


@admin.register(LevelGate)
class LevelGateAdmin(admin.ModelAdmin):
    list_display = ("questionnaire", "level", "min_overall", "min_per_dimension")


@admin.register(Assessment)
class AssessmentAdmin(admin.ModelAdmin):
    list_display = (
        "id",
        "enterprise",
        "questionnaire",
        "kind",
        "status",
        "level",
        "overall_score",
        "submitted_at",
    )
    list_filter = ("questionnaire__version", "kind", "status", "level", "product_type")
    raw_id_fields = ("enterprise", "assessor")
    readonly_fields = (
        "dimension_scores",
        "learning_bonus",
        "overall_score",
        "level",
        "product_type",
        "export_record",
    )
