"""Shipments (direct and indirect exports) and each enterprise's derived export status."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from siapekspor.core.models import TimeStampedModel, UploadedImport


class ShipmentKind(models.TextChoices):
    DIRECT = "direct", _("Direct export")
    INDIRECT = "indirect", _("Indirect export (through an exporter or aggregator)")


class Verification(models.TextChoices):
    PENDING = "pending", _("Awaiting verification")
    VERIFIED = "verified", _("Verified")
    REJECTED = "rejected", _("Rejected")


class Incoterm(models.TextChoices):
    EXW = "EXW", "EXW"
    FCA = "FCA", "FCA"
    FAS = "FAS", "FAS"
    FOB = "FOB", "FOB"
    CFR = "CFR", "CFR"
    CIF = "CIF", "CIF"
    CPT = "CPT", "CPT"
    CIP = "CIP", "CIP"
    DAP = "DAP", "DAP"
    DPU = "DPU", "DPU"
    DDP = "DDP", "DDP"


class ShipmentQuerySet(models.QuerySet):
    def verified(self):
        return self.filter(verification=Verification.VERIFIED)


class Shipment(TimeStampedModel):
    """One export declaration (PEB). Direct: `enterprise` is the IKM that exported itself.
    Indirect: the exporter or aggregator (`exporter_name`, optionally a registered
    `enterprise`) shipped goods of the IKM listed in `suppliers` with their shares."""

    peb_number = models.CharField(
        _("PEB number"),
        max_length=30,
        unique=True,
        validators=[
            RegexValidator(
                r"^[A-Za-z0-9./-]{4,30}$",
                _("Use 4 to 30 letters, digits, dots, slashes or hyphens."),
            )
        ],
        help_text=_("Export declaration (PEB) number; it identifies the shipment."),
    )
    kind = models.CharField(
        _("kind"), max_length=10, choices=ShipmentKind.choices, default=ShipmentKind.DIRECT
    )
    enterprise = models.ForeignKey(
        "registry.Enterprise",
        verbose_name=_("exporting enterprise"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="shipments",
    )
    exporter_name = models.CharField(_("exporter or aggregator"), max_length=200, blank=True)
    export_date = models.DateField(_("export date"), db_index=True)
    hs_code = models.ForeignKey(
        "registry.HsCode", verbose_name=_("HS code"), on_delete=models.PROTECT, related_name="+"
    )
    destination = models.CharField(
        _("destination country"),
        max_length=3,
        validators=[RegexValidator(r"^[A-Z]{3}$", _("Use the three-letter ISO country code."))],
    )
    fob_usd = models.DecimalField(
        _("FOB value (USD)"), max_digits=14, decimal_places=2, validators=[MinValueValidator(0)]
    )
    fob_idr = models.DecimalField(
        _("FOB value (Rp)"), max_digits=18, decimal_places=0, validators=[MinValueValidator(0)]
    )
    quantity = models.DecimalField(
        _("quantity"), max_digits=14, decimal_places=3, validators=[MinValueValidator(0)]
    )
    unit = models.CharField(_("unit"), max_length=20)
    buyer = models.CharField(_("buyer"), max_length=200, blank=True)
    incoterm = models.CharField(
        _("Incoterm"), max_length=3, choices=Incoterm.choices, default=Incoterm.FOB
    )
    evidence_file = models.CharField(max_length=100, blank=True, editable=False)
    evidence_type = models.CharField(max_length=40, blank=True, editable=False)
    evidence_size = models.PositiveIntegerField(null=True, blank=True, editable=False)
    verification = models.CharField(
        _("verification"),
        max_length=10,
        choices=Verification.choices,
        default=Verification.PENDING,
        db_index=True,
    )
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verified by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    rejection_reason = models.CharField(_("reason"), max_length=300, blank=True)
    is_demo = models.BooleanField(_("demo data"), default=False, db_index=True)
    source = models.CharField(_("source"), max_length=200, blank=True)

    objects = ShipmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("shipment")
        verbose_name_plural = _("shipments")
        ordering = ["-export_date", "-id"]
        indexes = [
            models.Index(
                fields=["verification", "enterprise", "export_date"], name="ship_verif_ent_date"
            ),
            models.Index(fields=["enterprise", "export_date"], name="ship_ent_date"),
        ]

    def __str__(self) -> str:
        return self.peb_number


class ShipmentSupplier(models.Model):
    """An IKM whose goods are inside an indirect shipment, with its share of the value."""

    shipment = models.ForeignKey(
        Shipment, verbose_name=_("shipment"), on_delete=models.CASCADE, related_name="suppliers"
    )
    enterprise = models.ForeignKey(
        "registry.Enterprise",
        verbose_name=_("supplier"),
        on_delete=models.PROTECT,
        related_name="supplied_shipments",
    )
    share_percent = models.DecimalField(
        _("share of the value (%)"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )

    class Meta:
        verbose_name = _("supplier share")
        verbose_name_plural = _("supplier shares")
        constraints = [
            models.UniqueConstraint(
                fields=["shipment", "enterprise"], name="shipments_supplier_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(share_percent__gt=0, share_percent__lte=100),
                name="shipments_supplier_share_range",
            ),
        ]
        indexes = [models.Index(fields=["enterprise", "shipment"], name="supplier_ent_ship")]

    def __str__(self) -> str:
        return f"{self.enterprise_id} {self.share_percent}% of {self.shipment_id}"


class StatusCode(models.TextChoices):
    NEVER = "never", _("Not exported yet")
    EXPORTING = "exporting", _("Exporting")
    LAPSED = "lapsed", _("Lapsed (no export in the last 12 months)")


class ExportStatus(models.Model):
    """Denormalised export status per enterprise, recomputed by `services.status_recompute`.

    Only enterprises with at least one verified export have a row; every other enterprise is
    "never"."""

    enterprise = models.OneToOneField(
        "registry.Enterprise",
        verbose_name=_("enterprise"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="export_status",
    )
    status = models.CharField(_("status"), max_length=10, choices=StatusCode.choices, db_index=True)
    first_export_date = models.DateField(_("first export"))
    last_export_date = models.DateField(_("latest export"))
    last_direct_date = models.DateField(_("latest direct export"), null=True, blank=True)
    last_indirect_date = models.DateField(_("latest indirect export"), null=True, blank=True)
    shipments = models.PositiveIntegerField(_("verified shipments"), default=0)
    is_repeat = models.BooleanField(_("repeat exporter"), default=False)
    as_of = models.DateField(_("as of"))

    class Meta:
        verbose_name = _("export status")
        verbose_name_plural = _("export statuses")

    def __str__(self) -> str:
        return f"{self.enterprise_id}: {self.status}"

    @property
    def direct_in_window(self) -> bool:
        return (
            self.status == StatusCode.EXPORTING
            and self.last_direct_date is not None
            and self.last_direct_date > _window_start(self.as_of)
        )

    @property
    def indirect_in_window(self) -> bool:
        return (
            self.status == StatusCode.EXPORTING
            and self.last_indirect_date is not None
            and self.last_indirect_date > _window_start(self.as_of)
        )


def _window_start(as_of):
    from siapekspor.shipments.rules import window_start

    return window_start(as_of)


class ShipmentImport(UploadedImport):
    """One uploaded spreadsheet of shipments, imported by the worker (never in the request).

    The file is stored encrypted (`core.uploads`, area "shipments/imports") and deleted as
    soon as the import ends; the outcome of each row with a problem is kept (no cell values:
    `problems` holds [sheet, row, reason])."""

    class Meta(UploadedImport.Meta):
        verbose_name = _("shipment import")
        verbose_name_plural = _("shipment imports")
