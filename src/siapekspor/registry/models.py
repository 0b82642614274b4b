"""The IKM registry: reference data (regions, KBLI, HS) and enterprises with their products."""

from __future__ import annotations

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from siapekspor.core.crypto import mask_name, mask_nik, mask_phone, unseal
from siapekspor.core.models import TimeStampedModel


class RegionKind(models.TextChoices):
    REGENCY = "regency", _("Regency")
    CITY = "city", _("City")


class Regency(models.Model):
    """A kabupaten or kota, by its Kemendagri code (18.71 = Kota Bandar Lampung)."""

    code = models.CharField(_("code"), max_length=5, primary_key=True)
    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=10, choices=RegionKind.choices)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)

    class Meta:
        verbose_name = _("regency or city")
        verbose_name_plural = _("regencies and cities")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        prefix = (
            pgettext_lazy("region prefix", "Kota")
            if self.kind == RegionKind.CITY
            else pgettext_lazy("region prefix", "Kab.")
        )
        return f"{prefix} {self.name}"


class District(models.Model):
    """A kecamatan, by its Kemendagri code (18.71.01)."""

    code = models.CharField(_("code"), max_length=8, primary_key=True)
    regency = models.ForeignKey(
        Regency, verbose_name=_("regency"), on_delete=models.PROTECT, related_name="districts"
    )
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class KbliCode(models.Model):
    """A KBLI 2020 code (2 to 5 digits). `title` is translated (modeltranslation)."""

    code = models.CharField(_("code"), max_length=5, primary_key=True)
    level = models.PositiveSmallIntegerField(_("level"))
    title = models.CharField(_("title"), max_length=400)

    class Meta:
        verbose_name = _("KBLI code")
        verbose_name_plural = _("KBLI codes")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def division(self) -> str:
        return self.code[:2]


class HsCode(models.Model):
    """A Harmonized System code: chapter (2), heading (4) or subheading (6 digits)."""

    code = models.CharField(_("code"), max_length=6, primary_key=True)
    level = models.PositiveSmallIntegerField(_("level"))
    description = models.CharField(_("description"), max_length=1000)

    class Meta:
        verbose_name = _("HS code")
        verbose_name_plural = _("HS codes")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.description}"

    @property
    def dotted(self) -> str:
        """As the whole site writes an HS code: `0901.11` (`refnames.hs_dotted`)."""
        from siapekspor.registry.refnames import hs_dotted

        return hs_dotted(self.code)


class LegalForm(models.TextChoices):
    INDIVIDUAL = "individual", _("Sole proprietorship (perorangan)")
    UD = "ud", _("UD (trading business)")
    CV = "cv", _("CV (limited partnership)")
    PT = "pt", _("PT (limited company)")
    PT_PERORANGAN = "pt_individual", _("PT Perorangan (single-owner company)")
    COOPERATIVE = "cooperative", _("Cooperative (koperasi)")
    OTHER = "other", _("Other")


class SizeClass(models.TextChoices):
    MICRO = "micro", _("Micro")
    SMALL = "small", _("Small")
    MEDIUM = "medium", _("Medium")


class Gender(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    UNKNOWN = "unknown", _("Not recorded")


# PP 7/2021 art. 35: annual sales bands (rupiah) for micro, small and medium enterprises.
MICRO_MAX_REVENUE = Decimal(2_000_000_000)
SMALL_MAX_REVENUE = Decimal(15_000_000_000)
MEDIUM_MAX_REVENUE = Decimal(50_000_000_000)


def size_class_for_revenue(revenue: Decimal | None) -> str | None:
    """The PP 7/2021 size class for an annual revenue, or None above the medium band."""
    if revenue is None:
        return None
    if revenue <= MICRO_MAX_REVENUE:
        return SizeClass.MICRO
    if revenue <= SMALL_MAX_REVENUE:
        return SizeClass.SMALL
    if revenue <= MEDIUM_MAX_REVENUE:
        return SizeClass.MEDIUM
    return None


class EnterpriseQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def in_regency(self, regency_code: str):
        return self.filter(regency_id=regency_code)


class Enterprise(TimeStampedModel):
    """An IKM (small or medium industry) in the province's registry.

    NIK, phone and owner name are personal data: stored sealed (AES-GCM) with an HMAC blind
    index for lookups; pages and the API show only masked values (see `masked_*`).
    """

    nib = models.CharField(
        _("NIB"),
        max_length=13,
        unique=True,
        null=True,
        blank=True,
        validators=[RegexValidator(r"^\d{13}$", _("The NIB must be exactly 13 digits."))],
        help_text=_("Business identification number from OSS: 13 digits."),
    )
    name = models.CharField(_("business name"), max_length=200)
    name_normalized = models.CharField(max_length=200, db_index=True, editable=False)
    legal_form = models.CharField(
        _("legal form"), max_length=20, choices=LegalForm.choices, default=LegalForm.INDIVIDUAL
    )

    owner_name_sealed = models.TextField(editable=False, blank=True)
    # Blind index of each word of the owner's name; indexed so that a search scans the
    # narrow index instead of the wide table rows.
    owner_name_index = models.CharField(max_length=200, editable=False, blank=True, db_index=True)
    owner_gender = models.CharField(
        _("owner's gender"), max_length=10, choices=Gender.choices, default=Gender.UNKNOWN
    )
    nik_sealed = models.TextField(editable=False, blank=True)
    nik_hmac = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    phone_sealed = models.TextField(editable=False, blank=True)
    phone_hmac = models.CharField(max_length=64, blank=True, db_index=True, editable=False)

    address = models.CharField(_("address"), max_length=300, blank=True)
    regency = models.ForeignKey(
        Regency,
        verbose_name=_("regency or city"),
        on_delete=models.PROTECT,
        related_name="enterprises",
    )
    district = models.ForeignKey(
        District,
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="enterprises",
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    kbli = models.ForeignKey(
        KbliCode,
        verbose_name=_("KBLI code"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="enterprises",
    )
    kbli_division = models.CharField(max_length=2, blank=True, db_index=True, editable=False)
    size_class = models.CharField(
        _("size class"), max_length=10, choices=SizeClass.choices, default=SizeClass.MICRO
    )
    annual_revenue = models.DecimalField(
        _("annual revenue (Rp)"),
        max_digits=16,
        decimal_places=0,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    workforce = models.PositiveIntegerField(_("workforce"), null=True, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    is_demo = models.BooleanField(_("demo data"), default=False, db_index=True)
    source = models.CharField(
        _("source"),
        max_length=200,
        blank=True,
        help_text=_("Where this record came from (form, import file…)."),
    )

    objects = EnterpriseQuerySet.as_manager()

    class Meta:
        verbose_name = _("enterprise")
        verbose_name_plural = _("enterprises")
        ordering = ["name", "id"]
        indexes = [
            models.Index(fields=["regency", "name"], name="ent_regency_name"),
            models.Index(fields=["kbli_division", "regency"], name="ent_division_regency"),
            models.Index(fields=["name", "id"], name="ent_name_id"),
        ]

    def __str__(self) -> str:
        return self.name

    # Personal data: decrypt only on demand; masked forms for every page and the API.
    @property
    def owner_name(self) -> str:
        return unseal(self.owner_name_sealed)

    @property
    def nik(self) -> str:
        return unseal(self.nik_sealed)

    @property
    def phone(self) -> str:
        return unseal(self.phone_sealed)

    @property
    def masked_owner_name(self) -> str:
        return mask_name(self.owner_name)

    @property
    def masked_nik(self) -> str:
        return mask_nik(self.nik)

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone)


class CapacityUnit(models.TextChoices):
    KG = "kg", pgettext_lazy("unit", "kg")
    TON = "ton", pgettext_lazy("unit", "tonne")
    LITER = "l", pgettext_lazy("unit", "litre")
    PIECE = "pcs", pgettext_lazy("unit", "piece")
    DOZEN = "dozen", pgettext_lazy("unit", "dozen")
    METER = "m", pgettext_lazy("unit", "metre")
    SQUARE_METER = "m2", pgettext_lazy("unit", "square metre")
    CUBIC_METER = "m3", pgettext_lazy("unit", "cubic metre")
    SET = "set", pgettext_lazy("unit", "set")
    GRAM = "g", pgettext_lazy("unit", "gram")
    BOTTLE = "bottle", pgettext_lazy("unit", "bottle")
    PACK = "pack", pgettext_lazy("unit", "pack")
    BOX = "box", pgettext_lazy("unit", "box")
    SACK = "sack", pgettext_lazy("unit", "sack")
    KODI = "kodi", pgettext_lazy("unit", "kodi (20 pieces)")
    SHEET = "sheet", pgettext_lazy("unit", "sheet")
    PAIR = "pair", pgettext_lazy("unit", "pair")


class Product(TimeStampedModel):
    """A product an enterprise makes, classified by HS6."""

    enterprise = models.ForeignKey(
        Enterprise, verbose_name=_("enterprise"), on_delete=models.CASCADE, related_name="products"
    )
    hs_code = models.ForeignKey(
        HsCode,
        verbose_name=_("HS code"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="products",
        limit_choices_to={"level": 6},
    )
    name = models.CharField(_("product name (Indonesian)"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    monthly_capacity = models.DecimalField(
        _("monthly capacity"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    capacity_unit = models.CharField(
        _("unit"), max_length=10, choices=CapacityUnit.choices, default=CapacityUnit.KG
    )
    # A well-formed HS code that an import brought but that the nomenclature does not know:
    # the product is kept, without a code, and flagged for an officer to review.
    hs_code_to_review = models.CharField(
        _("HS code to review"), max_length=6, blank=True, default="", db_default=""
    )

    class Meta:
        verbose_name = _("product")
        verbose_name_plural = _("products")
        ordering = ["enterprise_id", "id"]

    def __str__(self) -> str:
        return self.name


from siapekspor.registry.models_import import (  # noqa: E402, F401 — import and dedup models
    BatchStatus,
    CandidateStatus,
    DuplicateCandidate,
    EnterpriseMerge,
    EnterpriseProvenance,
    ImportBatch,
    ImportRowOutcome,
)
