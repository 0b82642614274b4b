"""Buyers (a directory officers keep), their inquiries and the lead each inquiry becomes.

Personal data of a contact person (name, e-mail, phone) is sealed (`core.crypto.seal`) and
shown masked; the e-mail also has a blind index to find the same buyer again.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from siapekspor.core.models import TimeStampedModel, UploadedImport


class BuyerSource(models.TextChoices):
    ATTACHE = "attache", _("Trade attaché")
    ITPC = "itpc", _("ITPC")
    FAIR = "fair", _("Trade fair")
    PARTNER = "partner", _("Partner")
    INQUIRY = "inquiry", _("Inquiry form")


class Buyer(TimeStampedModel):
    """A company abroad that buys, or may buy, what Lampung's IKM make."""

    company = models.CharField(_("company"), max_length=200)
    country = models.CharField(_("country"), max_length=3)
    contact_name_sealed = models.TextField(blank=True, default="", editable=False)
    email_sealed = models.TextField(blank=True, default="", editable=False)
    email_index = models.CharField(max_length=64, blank=True, default="", db_index=True)
    phone_sealed = models.TextField(blank=True, default="", editable=False)
    source = models.CharField(_("source"), max_length=10, choices=BuyerSource.choices)
    hs_interests = models.CharField(_("HS codes of interest"), max_length=300, blank=True)
    products_wanted = models.TextField(_("products wanted"), blank=True)
    language = models.CharField(_("language"), max_length=10, default="en")

    class Meta:
        verbose_name = _("buyer")
        verbose_name_plural = _("buyers")
        ordering = ["company", "id"]
        constraints = [
            models.UniqueConstraint(fields=["company", "country"], name="buyers_company_country")
        ]

    def __str__(self) -> str:
        return f"{self.company} ({self.country})"

    @property
    def hs_codes(self) -> list[str]:
        return [c for c in self.hs_interests.split() if c]


class Stage(models.TextChoices):
    INQUIRY = "inquiry", _("Inquiry")
    SAMPLE = "sample", _("Sample")
    NEGOTIATION = "negotiation", _("Negotiation")
    ORDER = "order", _("Order")
    SHIPMENT = "shipment", _("Shipment")
    LOST = "lost", _("Lost")


STAGE_ORDER: list[str] = [
    Stage.INQUIRY,
    Stage.SAMPLE,
    Stage.NEGOTIATION,
    Stage.ORDER,
    Stage.SHIPMENT,
]


class Inquiry(TimeStampedModel):
    """A buyer's inquiry or request for quotation about one product, then the lead it becomes.

    It reaches the owner and the regency officer only once its sender confirmed the e-mail
    address (`confirmed_at`). The last stage links the shipment it produced."""

    product = models.ForeignKey(
        "registry.Product",
        verbose_name=_("product"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="inquiries",
    )
    enterprise = models.ForeignKey(
        "registry.Enterprise",
        verbose_name=_("enterprise"),
        on_delete=models.CASCADE,
        related_name="inquiries",
    )
    buyer = models.ForeignKey(
        Buyer, verbose_name=_("buyer"), on_delete=models.SET_NULL, null=True, blank=True
    )
    listing_id = models.PositiveIntegerField(null=True, blank=True, editable=False)
    company = models.CharField(_("company"), max_length=200)
    country = models.CharField(_("country"), max_length=3)
    language = models.CharField(_("language"), max_length=10)
    contact_name_sealed = models.TextField(blank=True, default="", editable=False)
    email_sealed = models.TextField(default="", editable=False)
    message = models.TextField(_("message"))
    quantity = models.DecimalField(
        _("quantity"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    unit = models.CharField(_("unit"), max_length=10, blank=True)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    stage = models.CharField(
        _("stage"), max_length=12, choices=Stage.choices, default=Stage.INQUIRY, db_index=True
    )
    shipment = models.ForeignKey(
        "shipments.Shipment",
        verbose_name=_("shipment"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="leads",
    )

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.company} → {self.enterprise_id}"


class Reply(models.Model):
    """An answer written in Indonesian and sent in the buyer's language."""

    inquiry = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    text = models.TextField(_("reply (Indonesian)"))
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    sent_language = models.CharField(max_length=10, blank=True)
    sent_machine = models.BooleanField(default=False)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"reply {self.pk} to {self.inquiry_id}"


# ---- Pools: several IKM filling one order together -------------------------------------------


class PoolStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    CONFIRMED = "confirmed", _("Confirmed")
    SHIPPED = "shipped", _("Shipped")
    CANCELLED = "cancelled", _("Cancelled")


class Pool(TimeStampedModel):
    """A group of IKM with the same product that together fill one order no single one can
    (`matching.pool` proposes it, an officer saves and adjusts it). Its members' shares go
    into the one indirect shipment it produces (`services.pool_record_shipment`)."""

    inquiry = models.ForeignKey(
        Inquiry,
        verbose_name=_("inquiry"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pools",
    )
    buyer = models.ForeignKey(
        Buyer,
        verbose_name=_("buyer"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pools",
    )
    hs_code = models.ForeignKey(
        "registry.HsCode", verbose_name=_("HS code"), on_delete=models.PROTECT, related_name="+"
    )
    market = models.CharField(_("market"), max_length=3, blank=True)
    quantity = models.DecimalField(_("quantity"), max_digits=14, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=10, default="kg")
    months = models.PositiveSmallIntegerField(
        _("months"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(24)],
        help_text=_("The months over which the members supply the quantity."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=PoolStatus.choices,
        default=PoolStatus.PROPOSED,
        db_index=True,
    )
    shipment = models.OneToOneField(
        "shipments.Shipment",
        verbose_name=_("shipment"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pool",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("pool")
        verbose_name_plural = _("pools")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"pool {self.pk} ({self.hs_code_id}, {self.quantity} {self.unit})"


class PoolMember(models.Model):
    """One IKM of a pool: the product it supplies, its quantity and its share (%)."""

    pool = models.ForeignKey(
        Pool, verbose_name=_("pool"), on_delete=models.CASCADE, related_name="members"
    )
    enterprise = models.ForeignKey(
        "registry.Enterprise",
        verbose_name=_("enterprise"),
        on_delete=models.PROTECT,
        related_name="pool_memberships",
    )
    product = models.ForeignKey(
        "registry.Product",
        verbose_name=_("product"),
        on_delete=models.PROTECT,
        related_name="pool_memberships",
    )
    quantity = models.DecimalField(
        _("quantity"), max_digits=14, decimal_places=2, validators=[MinValueValidator(0)]
    )
    share_percent = models.DecimalField(
        _("share (%)"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )

    class Meta:
        verbose_name = _("pool member")
        verbose_name_plural = _("pool members")
        ordering = ["-share_percent", "id"]
        constraints = [
            models.UniqueConstraint(fields=["pool", "enterprise"], name="buyers_pool_member"),
        ]

    def __str__(self) -> str:
        return f"{self.enterprise_id} {self.share_percent}% of pool {self.pool_id}"


# ---- Imports of the directory from a page (buyerimport) -------------------------------------


class BuyerImport(UploadedImport):
    """One uploaded spreadsheet of buyers, imported by the worker (never in the request), in
    the shape of `shipments.ShipmentImport`.

    The upload is stored encrypted (`core.uploads`, area "buyers/imports") and deleted as soon
    as the import ends; the row report the command line writes (every row, rejected ones with
    their reasons, formula-escaped) is kept encrypted (area "buyers/import-reports") for the
    officers to download. `problems` holds [sheet, row, reason] only (no cell values)."""

    source = models.CharField(_("source"), max_length=10, choices=BuyerSource.choices)
    report_file = models.CharField(max_length=100, blank=True, editable=False)

    class Meta(UploadedImport.Meta):
        verbose_name = _("buyer import")
        verbose_name_plural = _("buyer imports")
