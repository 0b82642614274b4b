"""Precomputed KPI tables: dashboards and the KPI API read these, never the raw shipments.

A rebuild writes a new `Snapshot` with its cells; the dashboards cache by the snapshot id
(the generation key), so a rebuild invalidates every cached page at once.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Snapshot(models.Model):
    created_at = models.DateTimeField(_("computed at"), auto_now_add=True)
    as_of = models.DateField(_("as of"))
    baseline = models.PositiveIntegerField(_("baseline enterprises"))
    target_share = models.DecimalField(_("target share"), max_digits=5, decimal_places=4)
    seconds = models.FloatField(_("duration (s)"), default=0)
    has_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("KPI snapshot")
        verbose_name_plural = _("KPI snapshots")
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"{self.pk} {self.as_of}"


class KpiCell(models.Model):
    """Enterprise counts per regency × KBLI division × size × readiness level."""

    snapshot = models.ForeignKey(Snapshot, on_delete=models.CASCADE, related_name="cells")
    regency = models.CharField(max_length=5)
    division = models.CharField(max_length=2, blank=True)
    size_class = models.CharField(max_length=10, blank=True)
    level = models.CharField(max_length=10, blank=True)
    enterprises = models.PositiveIntegerField(default=0)
    assessed = models.PositiveIntegerField(default=0)
    trained = models.PositiveIntegerField(default=0)
    certified = models.PositiveIntegerField(default=0)
    assisted = models.PositiveIntegerField(default=0)
    improved = models.PositiveIntegerField(default=0)
    financed = models.PositiveIntegerField(default=0)
    coached = models.PositiveIntegerField(default=0)
    ever_exported = models.PositiveIntegerField(default=0)
    exporting = models.PositiveIntegerField(default=0)
    direct = models.PositiveIntegerField(default=0)
    indirect = models.PositiveIntegerField(default=0)
    lapsed = models.PositiveIntegerField(default=0)
    repeat = models.PositiveIntegerField(default=0)
    new_exporters = models.PositiveIntegerField(default=0)
    lead_exported = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [
            models.Index(fields=["snapshot", "regency", "division"], name="kpicell_snap_reg")
        ]

    def __str__(self) -> str:
        return f"{self.snapshot_id} {self.regency} {self.division}"


class KpiTrend(models.Model):
    """Exporting enterprises at the end of each month, per regency × KBLI division; first
    exports, first certificates granted with the office's help, first completed improvement
    plans, first financing, first LPEI coaching and first exports through a forum lead in the
    month."""

    snapshot = models.ForeignKey(Snapshot, on_delete=models.CASCADE, related_name="trend")
    month = models.DateField()
    regency = models.CharField(max_length=5)
    division = models.CharField(max_length=2, blank=True)
    exporting = models.PositiveIntegerField(default=0)
    direct = models.PositiveIntegerField(default=0)
    indirect = models.PositiveIntegerField(default=0)
    new_exporters = models.PositiveIntegerField(default=0)
    assisted = models.PositiveIntegerField(default=0)  # first certificate granted with help
    improved = models.PositiveIntegerField(default=0)  # first improvement plan completed
    financed = models.PositiveIntegerField(default=0)  # first financing approved or disbursed
    coached = models.PositiveIntegerField(default=0)  # first LPEI coaching accepted
    lead_exported = models.PositiveIntegerField(default=0)  # first export through a forum lead

    class Meta:
        indexes = [models.Index(fields=["snapshot", "month"], name="kpitrend_snap_month")]

    def __str__(self) -> str:
        return f"{self.snapshot_id} {self.month} {self.regency}"


class ValueDimension(models.TextChoices):
    PRODUCT = "product", _("Product (HS heading)")
    DESTINATION = "destination", _("Destination country")


class KpiValue(models.Model):
    """Export value of IKM goods (direct in full, indirect by share) per year × regency ×
    division × product or destination."""

    snapshot = models.ForeignKey(Snapshot, on_delete=models.CASCADE, related_name="values")
    year = models.PositiveSmallIntegerField()
    regency = models.CharField(max_length=5)
    division = models.CharField(max_length=2, blank=True)
    dimension = models.CharField(max_length=12, choices=ValueDimension.choices)
    key = models.CharField(max_length=6)
    value_usd = models.DecimalField(max_digits=18, decimal_places=2, default=0)
    value_idr = models.DecimalField(max_digits=22, decimal_places=0, default=0)
    shipments = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["snapshot", "dimension", "year"], name="kpivalue_snap_dim")]

    def __str__(self) -> str:
        return f"{self.snapshot_id} {self.year} {self.dimension} {self.key}"


class GroupDimension(models.TextChoices):
    PROGRAMME = "programme", _("Programme")
    CLASS = "class", _("Class")


class KpiGroup(models.Model):
    """Per training programme or class: participants and what became of them."""

    snapshot = models.ForeignKey(Snapshot, on_delete=models.CASCADE, related_name="groups")
    dimension = models.CharField(max_length=12, choices=GroupDimension.choices)
    key = models.CharField(max_length=20)
    label = models.CharField(max_length=300)
    regency = models.CharField(max_length=5, blank=True)
    participants = models.PositiveIntegerField(default=0)
    certified = models.PositiveIntegerField(default=0)
    exporting = models.PositiveIntegerField(default=0)
    first_exporters = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.snapshot_id} {self.dimension} {self.label}"


class RebuildRequest(models.Model):
    """At most one row (pk 1): a change that the indicators read has asked for a rebuild,
    queued to run after the debounce delay (`services.request_rebuild`). A rebuild clears
    `requested_at` when it starts; changes that arrive while it is set join the queued one."""

    requested_at = models.DateTimeField(_("requested at"), null=True, blank=True)
    topic = models.CharField(_("first change"), max_length=60, blank=True)

    class Meta:
        verbose_name = _("indicator rebuild request")
        verbose_name_plural = _("indicator rebuild requests")

    def __str__(self) -> str:
        return f"{self.requested_at} {self.topic}"


class RegionShape(models.Model):
    """A regency's outline, projected to the dashboard map's SVG coordinates when a GeoJSON
    file is loaded (`siapekspor load-reference --regions-geojson FILE`)."""

    regency = models.CharField(_("regency code"), max_length=5, primary_key=True)
    path = models.TextField(_("SVG path"))
    label_x = models.FloatField(default=0)
    label_y = models.FloatField(default=0)
    source = models.CharField(_("source"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("regency outline")
        verbose_name_plural = _("regency outlines")
        ordering = ["regency"]

    def __str__(self) -> str:
        return self.regency
