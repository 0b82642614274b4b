"""EUDR production plots of an enterprise's coffee and cocoa suppliers."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from siapekspor.core.models import TimeStampedModel


class Commodity(models.TextChoices):
    COFFEE = "coffee", _("Coffee")
    COCOA = "cocoa", _("Cocoa")


# The HS heading the due-diligence statement names (Annex I of Regulation (EU) 2023/1115).
HS_HEADING = {Commodity.COFFEE: "0901", Commodity.COCOA: "1801"}


class GeometryKind(models.TextChoices):
    POINT = "point", _("Point")
    POLYGON = "polygon", _("Polygon")


class ProductionPlot(TimeStampedModel):
    """A plot of land where a supplier grows the coffee or cocoa an enterprise exports.

    `geometry` is GeoJSON (a Point or a Polygon, WGS84, six decimals) checked by
    `eudr.geometry`; `area_ha` is computed for a polygon and declared for a point. The
    supplier's name is personal data: sealed with `core.crypto` and masked in lists; it goes
    into the operator's export only when `name_consent` records the supplier's agreement."""

    enterprise = models.ForeignKey(
        "registry.Enterprise", on_delete=models.CASCADE, related_name="eudr_plots"
    )
    supplier_name_sealed = models.TextField(blank=True, editable=False)
    name_consent = models.BooleanField(
        _("the supplier agrees that their name is given to the EU buyer"), default=False
    )
    commodity = models.CharField(_("commodity"), max_length=10, choices=Commodity.choices)
    geometry = models.TextField(_("geometry (GeoJSON)"))
    kind = models.CharField(_("shape"), max_length=10, choices=GeometryKind.choices)
    area_ha = models.DecimalField(_("area (ha)"), max_digits=12, decimal_places=4)
    longitude = models.DecimalField(max_digits=9, decimal_places=6)
    latitude = models.DecimalField(max_digits=9, decimal_places=6)
    country = models.CharField(_("country"), max_length=3, default="IDN")
    regency = models.ForeignKey(
        "registry.Regency",
        verbose_name=_("regency or city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    place = models.CharField(_("place (village)"), max_length=200, blank=True)
    production_start = models.DateField(_("production from"))
    production_end = models.DateField(_("production until"))
    lot = models.CharField(_("shipment lot"), max_length=60, blank=True, db_index=True)
    evidence_file = models.CharField(max_length=60, blank=True, editable=False)
    evidence_type = models.CharField(max_length=100, blank=True, editable=False)
    evidence_size = models.PositiveIntegerField(default=0, editable=False)
    notes = models.TextField(_("notes"), blank=True, max_length=2000)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["enterprise", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(production_end__gte=models.F("production_start")),
                name="eudr_production_period_ordered",
            ),
            models.CheckConstraint(
                condition=~models.Q(kind="point") | models.Q(area_ha__lte=4),
                name="eudr_point_at_most_4_ha",
            ),
        ]

    def __str__(self) -> str:
        return f"EUDR-{self.pk} · {self.enterprise_id}"

    @property
    def reference(self) -> str:
        """The plot's id as the export names it (no personal data)."""
        return f"SE-{self.enterprise_id}-{self.pk}"

    @property
    def hs_heading(self) -> str:
        return HS_HEADING[Commodity(self.commodity)]
