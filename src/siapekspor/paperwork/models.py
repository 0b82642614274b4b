"""Export prices saved per product and the trade documents (pro forma invoice, commercial
invoice, packing list) an enterprise issues, numbered per enterprise."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from siapekspor.core.models import TimeStampedModel
from siapekspor.paperwork import pricing
from siapekspor.registry.models import CapacityUnit, Enterprise, Product

# Currencies a buyer commonly pays in (ISO 4217). IDR is the seller's own.
CURRENCIES = ("USD", "EUR", "JPY", "CNY", "SAR", "AED", "AUD", "SGD", "MYR", "GBP", "INR", "IDR")
DEFAULT_PLACE = "Pelabuhan Panjang, Bandar Lampung"


class PriceCalculation(TimeStampedModel):
    """One shipment's export price for a product, from production cost to CIF (one per
    product, overwritten when saved again)."""

    product = models.OneToOneField(
        Product, on_delete=models.CASCADE, related_name="price_calculation"
    )
    quantity = models.DecimalField(
        _("Quantity per shipment"),
        max_digits=14,
        decimal_places=3,
        validators=[MinValueValidator(Decimal("0.001"))],
    )
    unit = models.CharField(_("Unit"), max_length=10, choices=CapacityUnit.choices)
    production_cost = models.DecimalField(
        _("Production cost per unit (Rp)"),
        max_digits=16,
        decimal_places=2,
        validators=[MinValueValidator(0)],
    )
    margin_pct = models.DecimalField(
        _("Margin (%)"),
        max_digits=6,
        decimal_places=2,
        validators=[MinValueValidator(0), MaxValueValidator(500)],
    )
    inland_transport = models.DecimalField(
        _("Inland transport to Panjang port, per shipment (Rp)"),
        max_digits=16,
        decimal_places=0,
        default=0,
        validators=[MinValueValidator(0)],
    )
    documents = models.DecimalField(
        _("Export documents: PEB, e-SKA, fumigation, certificates (Rp)"),
        max_digits=16,
        decimal_places=0,
        default=0,
        validators=[MinValueValidator(0)],
    )
    handling = models.DecimalField(
        _("Port handling and terminal charges, THC (Rp)"),
        max_digits=16,
        decimal_places=0,
        default=0,
        validators=[MinValueValidator(0)],
    )
    freight = models.DecimalField(
        _("Sea freight to the destination port (Rp)"),
        max_digits=16,
        decimal_places=0,
        default=0,
        validators=[MinValueValidator(0)],
    )
    insurance_rate_pct = models.DecimalField(
        _("Insurance rate (%, usually 0.1–0.3)"),
        max_digits=6,
        decimal_places=3,
        default=Decimal("0.2"),
        validators=[MinValueValidator(0), MaxValueValidator(5)],
    )
    insurance_cover_pct = models.DecimalField(
        _("Insurance cover (percentage of CIF, at least 110)"),
        max_digits=6,
        decimal_places=2,
        default=Decimal(110),
        validators=[MinValueValidator(100), MaxValueValidator(150)],
    )
    currency = models.CharField(
        _("Buyer's currency"), max_length=3, choices=[(c, c) for c in CURRENCIES], default="USD"
    )
    exchange_rate = models.DecimalField(
        _("Exchange rate: rupiah per 1 unit of the currency"),
        max_digits=16,
        decimal_places=4,
        validators=[MinValueValidator(Decimal("0.0001"))],
    )
    rate_date = models.DateField(_("Date of the exchange rate"))
    destination_port = models.CharField(_("Destination port"), max_length=120, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("Export price calculation")
        verbose_name_plural = _("Export price calculations")

    def __str__(self) -> str:
        return f"{self.product} ({self.currency})"

    def inputs(self) -> pricing.PriceInputs:
        return pricing.PriceInputs(
            quantity=self.quantity,
            production_cost=self.production_cost,
            margin_pct=self.margin_pct,
            inland_transport=self.inland_transport,
            documents=self.documents,
            handling=self.handling,
            freight=self.freight,
            insurance_rate_pct=self.insurance_rate_pct,
            insurance_cover_pct=self.insurance_cover_pct,
            exchange_rate=self.exchange_rate,
        )

    def quote(self) -> pricing.Quote:
        return pricing.build(self.inputs())


class DocumentKind(models.TextChoices):
    PROFORMA = "proforma", _("Pro forma invoice")
    COMMERCIAL = "commercial", _("Commercial invoice")
    PACKING = "packing", _("Packing list")


NUMBER_PREFIX = {
    DocumentKind.PROFORMA: "PI",
    DocumentKind.COMMERCIAL: "CI",
    DocumentKind.PACKING: "PL",
}


class TradeDocument(TimeStampedModel):
    """A pro forma invoice, commercial invoice or packing list; `number` is unique per
    enterprise, kind and year (PI-2026-0001)."""

    enterprise = models.ForeignKey(
        Enterprise, on_delete=models.CASCADE, related_name="trade_documents"
    )
    product = models.ForeignKey(
        Product, null=True, blank=True, on_delete=models.SET_NULL, related_name="trade_documents"
    )
    kind = models.CharField(_("Document"), max_length=12, choices=DocumentKind.choices)
    year = models.PositiveSmallIntegerField()
    sequence = models.PositiveIntegerField()
    number = models.CharField(_("Number"), max_length=30)
    issue_date = models.DateField(_("Date"), default=dt.date.today)
    buyer_name = models.CharField(_("Buyer's name"), max_length=200)
    buyer_address = models.CharField(_("Buyer's address"), max_length=300)
    buyer_country = models.CharField(_("Buyer's country"), max_length=3)
    language = models.CharField(_("Buyer's language (beside Indonesian)"), max_length=10)
    incoterm = models.CharField(
        _("Incoterm"), max_length=3, choices=[(c, c) for c in pricing.CODES]
    )
    named_place = models.CharField(_("Named place"), max_length=120)
    currency = models.CharField(_("Currency"), max_length=3, choices=[(c, c) for c in CURRENCIES])
    exchange_rate = models.DecimalField(max_digits=16, decimal_places=4, null=True, blank=True)
    rate_date = models.DateField(null=True, blank=True)
    payment_terms = models.CharField(_("Payment terms"), max_length=200, blank=True)
    lines = models.JSONField(default=list)
    total = models.DecimalField(max_digits=18, decimal_places=2)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("Trade document")
        verbose_name_plural = _("Trade documents")
        ordering = ["-issue_date", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["enterprise", "kind", "year", "sequence"], name="paperwork_doc_number"
            )
        ]

    def __str__(self) -> str:
        return self.number
