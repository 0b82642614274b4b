"""Readiness diagnosis: versioned questionnaires (data), assessments, answers and levels."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from siapekspor.core.models import TimeStampedModel


class Level(models.TextChoices):
    PEMULA = "pemula", _("Beginner (pemula)")
    MENENGAH = "menengah", _("Intermediate (menengah)")
    MAHIR = "mahir", _("Proficient (mahir)")


LEVEL_ORDER = [Level.PEMULA, Level.MENENGAH, Level.MAHIR]


def level_rank(level: str | None) -> int:
    return LEVEL_ORDER.index(level) if level in LEVEL_ORDER else -1


def next_level(level: str | None) -> str | None:
    rank = level_rank(level)
    return LEVEL_ORDER[rank + 1] if 0 <= rank < len(LEVEL_ORDER) - 1 else None


class ProductType(models.TextChoices):
    """The branches of questionnaire version 2: which questions are asked and which count."""

    PROCESSED_FOOD = "pangan_olahan", _("Processed food")
    COMMODITY = "komoditas", _("Agricultural or fishery commodity")
    CRAFT = "kerajinan", _("Craft or textile")


class Questionnaire(models.Model):
    """One version of the readiness questionnaire. Exactly one version is active."""

    version = models.PositiveIntegerField(_("version"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    is_active = models.BooleanField(_("active"), default=False)
    export_floor = models.CharField(
        _("level floor of a verified exporter"),
        max_length=10,
        choices=Level.choices,
        blank=True,
        help_text=_(
            "An enterprise with a verified export (direct or indirect) in the 12 months before "
            "the assessment is placed at least at this level (empty: no floor, version 1)."
        ),
    )
    published_at = models.DateTimeField(_("published"), auto_now_add=True)

    class Meta:
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")
        ordering = ["-version"]

    def __str__(self) -> str:
        return f"{self.title} v{self.version}"


class Dimension(models.Model):
    questionnaire = models.ForeignKey(
        Questionnaire,
        verbose_name=_("questionnaire"),
        on_delete=models.CASCADE,
        related_name="dimensions",
    )
    code = models.SlugField(_("code"), max_length=40)
    name = models.CharField(_("name"), max_length=200)
    weight = models.PositiveSmallIntegerField(_("weight"), default=1)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    ungated_for = models.JSONField(
        _("informative only for product types"),
        default=list,
        blank=True,
        help_text=_(
            "For these product types the dimension is shown but left out of the overall score "
            "and of the minimum per dimension."
        ),
    )

    class Meta:
        verbose_name = _("dimension")
        verbose_name_plural = _("dimensions")
        ordering = ["questionnaire_id", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "code"], name="readiness_dimension_code_unique"
            )
        ]

    def __str__(self) -> str:
        return self.name


class NextStepKind(models.TextChoices):
    MODULE = "module", _("Learning module")
    CERTIFICATE = "certificate", _("Certificate")
    REFERRAL = "referral", _("Referral")


class Question(models.Model):
    dimension = models.ForeignKey(
        Dimension, verbose_name=_("dimension"), on_delete=models.CASCADE, related_name="questions"
    )
    code = models.SlugField(_("code"), max_length=40)
    text = models.CharField(_("question"), max_length=400)
    help_text = models.CharField(_("explanation"), max_length=400, blank=True)
    weight = models.PositiveSmallIntegerField(_("weight"), default=1)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    next_step_kind = models.CharField(
        _("next step kind"), max_length=20, choices=NextStepKind.choices, blank=True
    )
    next_step_ref = models.CharField(
        _("next step reference"),
        max_length=80,
        blank=True,
        help_text=_("Module code, certificate or partner."),
    )
    next_step = models.CharField(_("next step"), max_length=400, blank=True)
    applies_to = models.JSONField(
        _("product types"),
        default=list,
        blank=True,
        help_text=_("Product types the question is asked for (empty: every product type)."),
    )
    is_branch = models.BooleanField(
        _("chooses the product type"),
        default=False,
        help_text=_("Its answer (an option code) is the product type; it is not scored."),
    )
    export_credit = models.BooleanField(
        _("full score with a verified export"),
        default=False,
        help_text=_("A verified export in the 12 months before the assessment gives full score."),
    )

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["dimension__order", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["dimension", "code"], name="readiness_question_code_unique"
            )
        ]

    def __str__(self) -> str:
        return self.text

    def asked_for(self, product_type: str) -> bool:
        """Whether the question is on the form for this product type (the branch question
        always is; a question with `applies_to` only for those types)."""
        return self.is_branch or not self.applies_to or product_type in self.applies_to


class Option(models.Model):
    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="options"
    )
    code = models.SlugField(_("code"), max_length=40)
    label = models.CharField(_("answer"), max_length=300)
    score = models.PositiveSmallIntegerField(_("score (0–100)"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    not_applicable = models.BooleanField(
        _("not applicable"),
        default=False,
        help_text=_("The question leaves the score's denominator (and counts as met in a gate)."),
    )

    class Meta:
        verbose_name = _("answer option")
        verbose_name_plural = _("answer options")
        ordering = ["question_id", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["question", "code"], name="readiness_option_code_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(score__lte=100), name="readiness_option_score_max"
            ),
        ]

    def __str__(self) -> str:
        return self.label


class LevelGate(models.Model):
    """What an enterprise needs to be placed at `level`: minimum overall score, a minimum per
    dimension, and questions that must be answered with a full score (for example an NIB)."""

    questionnaire = models.ForeignKey(
        Questionnaire,
        verbose_name=_("questionnaire"),
        on_delete=models.CASCADE,
        related_name="gates",
    )
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    min_overall = models.PositiveSmallIntegerField(_("minimum overall score"))
    min_per_dimension = models.PositiveSmallIntegerField(_("minimum score in every dimension"))
    required_questions = models.JSONField(
        _("required answers"),
        default=list,
        blank=True,
        help_text=_("Codes of questions that need a full score."),
    )

    class Meta:
        verbose_name = _("level gate")
        verbose_name_plural = _("level gates")
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "level"], name="readiness_gate_level_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.questionnaire} → {self.level}"


class AssessmentKind(models.TextChoices):
    SELF = "self", _("Self-assessment")
    VERIFIED = "verified", _("Verified by an officer")


class AssessmentStatus(models.TextChoices):
    DRAFT = "draft", _("In progress")
    SUBMITTED = "submitted", _("Submitted")


class Assessment(TimeStampedModel):
    enterprise = models.ForeignKey(
        "registry.Enterprise",
        verbose_name=_("enterprise"),
        on_delete=models.CASCADE,
        related_name="assessments",
    )
    questionnaire = models.ForeignKey(
        Questionnaire,
        verbose_name=_("questionnaire"),
        on_delete=models.PROTECT,
        related_name="assessments",
    )
    kind = models.CharField(_("kind"), max_length=10, choices=AssessmentKind.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=AssessmentStatus.choices, default=AssessmentStatus.DRAFT
    )
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assessed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=10, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True, db_index=True)
    overall_score = models.DecimalField(
        _("overall score"), max_digits=5, decimal_places=1, null=True, blank=True
    )
    level = models.CharField(_("level"), max_length=10, choices=Level.choices, blank=True)
    dimension_scores = models.JSONField(_("scores per dimension"), default=dict, blank=True)
    learning_bonus = models.JSONField(_("learning credit per dimension"), default=dict, blank=True)
    product_type = models.CharField(_("product type"), max_length=20, blank=True)
    export_record = models.JSONField(
        _("verified exports at submission"),
        default=dict,
        blank=True,
        help_text=_("The export status read from shipments when the assessment was submitted."),
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(
                fields=["enterprise", "status", "-submitted_at"], name="assess_ent_status_sub"
            )
        ]

    def __str__(self) -> str:
        return f"{self.enterprise_id} {self.get_kind_display()} {self.created_at:%Y-%m-%d}"


class Answer(models.Model):
    assessment = models.ForeignKey(
        Assessment, verbose_name=_("assessment"), on_delete=models.CASCADE, related_name="answers"
    )
    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.PROTECT, related_name="+"
    )
    option = models.ForeignKey(
        Option, verbose_name=_("answer"), on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "question"], name="readiness_answer_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.assessment_id}:{self.question_id}={self.option_id}"


class CurrentLevel(models.Model):
    """The level of each enterprise from its latest submitted assessment (kept by the services,
    so class proposals over 95,000 enterprises need no subquery)."""

    enterprise = models.OneToOneField(
        "registry.Enterprise",
        verbose_name=_("enterprise"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="readiness_level",
    )
    assessment = models.ForeignKey(
        Assessment, verbose_name=_("assessment"), on_delete=models.CASCADE, related_name="+"
    )
    level = models.CharField(_("level"), max_length=10, choices=Level.choices, db_index=True)
    overall_score = models.DecimalField(_("overall score"), max_digits=5, decimal_places=1)
    assessed_at = models.DateTimeField(_("assessed"))

    class Meta:
        verbose_name = _("current level")
        verbose_name_plural = _("current levels")

    def __str__(self) -> str:
        return f"{self.enterprise_id}: {self.level}"
