"""Translation memory and glossary.

`Translation` is the memory: one row per (source language, target language, SHA-256 of the
normal form of the source text), so the same text is translated once. `is_machine` marks a
text no person has checked; an officer's correction clears it and wins for good (the engine
never overwrites a reviewed row). `GlossaryTerm` holds the agreed form of a product or
programme term in every language (django-modeltranslation: one column per language).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from siapekspor.core.models import TimeStampedModel


class TranslationQuerySet(models.QuerySet):
    def machine(self):
        return self.filter(is_machine=True)

    def reviewed(self):
        return self.filter(is_machine=False)


class Translation(TimeStampedModel):
    source_language = models.CharField(_("source language"), max_length=10)
    target_language = models.CharField(_("target language"), max_length=10)
    source_hash = models.CharField(_("source hash"), max_length=64)
    source_text = models.TextField(_("source text"))
    text = models.TextField(_("translation"))
    is_machine = models.BooleanField(_("machine translation"), default=True)
    machine_text = models.TextField(
        _("machine translation as made"),
        blank=True,
        help_text=_("What the engine wrote, kept after an officer's correction."),
    )
    engine_version = models.CharField(_("engine packages"), max_length=120, blank=True)
    glossary_digest = models.CharField(_("glossary version"), max_length=16, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)

    objects = TranslationQuerySet.as_manager()

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["source_language", "target_language", "source_hash"],
                name="translation_unique_source",
            )
        ]
        indexes = [
            models.Index(
                fields=["is_machine", "target_language", "-created_at"],
                name="translation_review_queue",
            )
        ]

    def __str__(self) -> str:
        return f"{self.source_language}→{self.target_language}: {self.source_text[:60]}"


class TermKind(models.TextChoices):
    PRODUCT = "product", _("Product")
    PROGRAMME = "programme", _("Programme term")
    LEVEL = "level", _("Level")
    NAME = "name", _("Name")


class GlossaryTermQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class GlossaryTerm(TimeStampedModel):
    """A term with its agreed form per language (`term_id`, `term_en`, … columns)."""

    key = models.SlugField(_("key"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=TermKind.choices)
    term = models.CharField(_("term"), max_length=120)
    note = models.TextField(_("note"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    objects = GlossaryTermQuerySet.as_manager()

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["kind", "key"]

    def __str__(self) -> str:
        return self.term
