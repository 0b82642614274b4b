"""Capacity and quality improvement plans: one intervention for one enterprise (new equipment,
quality training, a better production process, packaging …), its partner and cost, its dates,
and the capacity and quality figures before and after."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from siapekspor.core.models import TimeStampedModel


class PlanKind(models.TextChoices):
    EQUIPMENT = "equipment", _("Equipment")
    QUALITY_TRAINING = "quality_training", _("Quality training")
    PRODUCTION_PROCESS = "production_process", _("Production process")
    PACKAGING = "packaging", _("Packaging")
    OTHER = "other", _("Other")


class PlanStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


OPEN_STATUSES = (PlanStatus.PLANNED, PlanStatus.IN_PROGRESS)


class ImprovementPlan(TimeStampedModel):
    """A capacity or quality improvement for an enterprise. A plan is done only with a figure
    before and after (capacity, or a quality measure); `completed_on` is the day it was marked
    done (what the funnel counts). Each edit raises `version`; the audit keeps every change."""

    enterprise = models.ForeignKey(
        "registry.Enterprise", on_delete=models.CASCADE, related_name="improvement_plans"
    )
    kind = models.CharField(_("intervention"), max_length=20, choices=PlanKind.choices)
    description = models.CharField(_("description"), max_length=2000)
    partner = models.CharField(_("partner organisation"), max_length=200, blank=True)
    cost_idr = models.DecimalField(
        _("cost (Rp)"), max_digits=15, decimal_places=0, null=True, blank=True
    )
    starts_on = models.DateField(_("start"), null=True, blank=True)
    ends_on = models.DateField(_("end"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=PlanStatus.choices, default=PlanStatus.PLANNED
    )
    capacity_before = models.DecimalField(
        _("capacity before"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    capacity_after = models.DecimalField(
        _("capacity after"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    capacity_unit = models.CharField(_("capacity unit"), max_length=40, blank=True)
    quality_measure = models.CharField(_("quality measure"), max_length=120, blank=True)
    quality_unit = models.CharField(_("quality unit"), max_length=20, blank=True)
    quality_before = models.DecimalField(
        _("quality before"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    quality_after = models.DecimalField(
        _("quality after"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    notes = models.CharField(_("notes"), max_length=4000, blank=True)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-id"]
        verbose_name = _("improvement plan")
        verbose_name_plural = _("improvement plans")
        indexes = [models.Index(fields=["status", "completed_on"], name="improve_status_done")]

    def __str__(self) -> str:
        return f"{self.enterprise_id} {self.kind} {self.status}"

    def clean(self) -> None:
        errors: dict[str, object] = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The end cannot be before the start.")
        for name in ("capacity_before", "capacity_after", "cost_idr"):
            value = getattr(self, name)
            if value is not None and value < 0:
                errors[name] = _("The figure cannot be negative.")
        has_capacity = self.capacity_before is not None and self.capacity_after is not None
        has_quality = self.quality_before is not None and self.quality_after is not None
        if (self.capacity_before is not None or self.capacity_after is not None) and not (
            self.capacity_unit.strip()
        ):
            errors["capacity_unit"] = _("Give the unit of the capacity, e.g. kg a month.")
        if (self.quality_before is not None or self.quality_after is not None) and not (
            self.quality_measure.strip()
        ):
            errors["quality_measure"] = _("Name the quality measure, e.g. reject rate.")
        if self.status == PlanStatus.DONE and not (has_capacity or has_quality):
            errors["status"] = _(
                "A plan is done only with its figures before and after: the capacity, or the "
                "quality measure."
            )
        if errors:
            raise ValidationError(errors)
