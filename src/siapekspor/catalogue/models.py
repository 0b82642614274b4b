"""The public catalogue: a registry product published with its owner's consent."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from siapekspor.core.models import TimeStampedModel
from siapekspor.registry.models import CapacityUnit

# The version of the consent text the owner agreed to (views/forms show the matching text).
CONSENT_VERSION = "2026-11-v1"


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


class PriceTerms(models.TextChoices):
    ON_REQUEST = "on_request", _("Price on request")
    RANGE = "range", _("Indicative price range")
    FIXED = "fixed", _("Fixed price")


class Listing(TimeStampedModel):
    """One product in the public catalogue. Public only while `is_published` (the owner's
    consent is recorded and not withdrawn)."""

    product = models.OneToOneField(
        "registry.Product",
        verbose_name=_("product"),
        on_delete=models.CASCADE,
        related_name="catalogue_listing",
    )
    description = models.TextField(_("description for buyers (Indonesian)"), blank=True)
    min_order = models.DecimalField(
        _("minimum order"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    min_order_unit = models.CharField(
        _("unit of the minimum order"),
        max_length=10,
        choices=CapacityUnit.choices,
        default=CapacityUnit.KG,
    )
    price_terms = models.CharField(
        _("price terms"), max_length=12, choices=PriceTerms.choices, default=PriceTerms.ON_REQUEST
    )
    price_min_usd = models.DecimalField(
        _("price from (USD per unit)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    price_max_usd = models.DecimalField(
        _("price up to (USD per unit)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    incoterm = models.CharField(
        _("Incoterm"), max_length=3, choices=Incoterm.choices, default=Incoterm.FOB
    )
    certificates_entered = models.CharField(
        _("other certificates (as entered)"), max_length=300, blank=True
    )
    show_export_values = models.BooleanField(_("show export values"), default=False)
    is_published = models.BooleanField(_("published"), default=False, db_index=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    consent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("consent recorded by"),
    )
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    consent_version = models.CharField(_("consent text version"), max_length=20, blank=True)
    withdrawn_at = models.DateTimeField(_("consent withdrawn at"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("consent withdrawn by"),
    )
    # The searchable text: names, description, HS code and HS names in every language,
    # certificates; normalised by `catalogue.search.normalise` (kept by the services).
    search_text = models.TextField(blank=True, editable=False)

    class Meta:
        verbose_name = _("catalogue listing")
        verbose_name_plural = _("catalogue listings")
        ordering = ["-published_at", "-id"]

    def __str__(self) -> str:
        return str(self.product_id)


class PhotoSize(models.TextChoices):
    FULL = "full", _("full size")
    THUMB = "thumb", _("thumbnail")


class ListingPhoto(TimeStampedModel):
    """A photo of a listed product: re-encoded JPEG without metadata, at most 1200 px, and
    its thumbnail of at most 400 px; both stored encrypted through `core.uploads`."""

    listing = models.ForeignKey(Listing, on_delete=models.CASCADE, related_name="photos")
    full_file = models.CharField(max_length=60, editable=False)
    full_width = models.PositiveIntegerField(default=0)
    full_height = models.PositiveIntegerField(default=0)
    full_size = models.PositiveIntegerField(default=0)
    thumb_file = models.CharField(max_length=60, editable=False)
    thumb_width = models.PositiveIntegerField(default=0)
    thumb_height = models.PositiveIntegerField(default=0)
    thumb_size = models.PositiveIntegerField(default=0)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["listing", "position", "id"]

    def __str__(self) -> str:
        return self.full_file
