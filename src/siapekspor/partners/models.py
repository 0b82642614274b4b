"""Partner organisations, the owners' consent to share with them, referrals and the API's
idempotency records (issue 17)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class OrganisationKind(models.TextChoices):
    EXIM = "exim", _("Export financing agency")
    REGULATOR = "regulator", _("Financial regulator")
    CENTRAL_BANK = "central_bank", _("Central bank")
    BANK = "bank", _("Bank")
    INSURER = "insurer", _("Credit insurer")
    CUSTOMS = "customs", _("Customs")
    QUARANTINE = "quarantine", _("Quarantine")
    HALAL = "halal", _("Halal agency")
    FOOD_DRUG = "food_drug", _("Food and drug agency")
    OTHER = "other", _("Other")


class Purpose(models.TextChoices):
    FINANCING = "financing", _("Financing")
    COACHING = "coaching", _("Coaching")
    CERTIFICATION = "certification", _("Certification")
    BUYER_CONTACT = "buyer_contact", _("Buyer contact")


class Organisation(models.Model):
    """A partner of the forum (LPEI, OJK, a bank, customs …); its officers are the users
    whose `partner_org` points here."""

    code = models.SlugField(_("code"), max_length=20, unique=True)
    name = models.CharField(_("name"), max_length=160)
    kind = models.CharField(
        _("kind"), max_length=20, choices=OrganisationKind.choices, default=OrganisationKind.OTHER
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")

    def __str__(self) -> str:
        return self.code


class ConsentText(models.Model):
    """The exact words an owner agrees to, per purpose and version, in every language."""

    purpose = models.CharField(_("purpose"), max_length=20, choices=Purpose.choices)
    version = models.PositiveSmallIntegerField(_("version"))
    texts = models.JSONField(_("texts"), default=dict)  # {language code: text}
    published_at = models.DateTimeField(_("published at"), auto_now_add=True)

    class Meta:
        ordering = ["purpose", "-version"]
        verbose_name = _("consent text")
        verbose_name_plural = _("consent texts")
        constraints = [
            models.UniqueConstraint(fields=["purpose", "version"], name="consent_text_version")
        ]

    def __str__(self) -> str:
        return f"{self.purpose} v{self.version}"

    @property
    def display_name(self) -> str:
        """How people read it (the owner's data PDF): "Pembiayaan (versi teks 2)"."""
        version = gettext("text version %(version)s") % {"version": self.version}
        return f"{self.get_purpose_display()} ({version})"


class ConsentMethod(models.TextChoices):
    APP = "app", _("Given in the app")
    FORM = "form", _("Signed form recorded by an officer")


class Consent(models.Model):
    """An owner's consent that one organisation sees their enterprise for one purpose, until
    it is withdrawn or expires (the day after `expires_on`)."""

    enterprise = models.ForeignKey(
        "registry.Enterprise",
        verbose_name=_("enterprise"),
        on_delete=models.CASCADE,
        related_name="partner_consents",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("partner organisation"),
        on_delete=models.PROTECT,
        related_name="consents",
    )
    purpose = models.CharField(_("purpose"), max_length=20, choices=Purpose.choices)
    text = models.ForeignKey(
        ConsentText, verbose_name=_("consent text"), on_delete=models.PROTECT, related_name="+"
    )
    language = models.CharField(_("language"), max_length=10)
    method = models.CharField(_("method"), max_length=8, choices=ConsentMethod.choices)
    form_file = models.CharField(_("signed form"), max_length=60, blank=True)
    given_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    given_at = models.DateTimeField(_("given at"), auto_now_add=True)
    expires_on = models.DateField(_("expires on"))
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("withdrawn by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-given_at", "-pk"]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        indexes = [models.Index(fields=["organisation", "purpose", "expires_on"])]

    def __str__(self) -> str:
        return f"{self.enterprise_id} → {self.organisation_id} ({self.purpose})"


class ReferralKind(models.TextChoices):
    KUR = "kur", _("People's business credit (KUR)")
    WORKING_CAPITAL = "working_capital", _("Export working capital")
    CREDIT_INSURANCE = "credit_insurance", _("Export credit insurance")
    LPEI_COACHING = "lpei_coaching", _("LPEI coaching programme")
    CERTIFICATION = "certification", _("Certification")
    MARKET_ACCESS = "market_access", _("Market access")


# Which consent a referral of each kind needs.
KIND_PURPOSE: dict[str, str] = {
    ReferralKind.KUR: Purpose.FINANCING,
    ReferralKind.WORKING_CAPITAL: Purpose.FINANCING,
    ReferralKind.CREDIT_INSURANCE: Purpose.FINANCING,
    ReferralKind.LPEI_COACHING: Purpose.COACHING,
    ReferralKind.CERTIFICATION: Purpose.CERTIFICATION,
    ReferralKind.MARKET_ACCESS: Purpose.BUYER_CONTACT,
}


class ReferralStatus(models.TextChoices):
    SENT = "sent", _("Sent")
    ACCEPTED = "accepted", _("Accepted")
    IN_PROCESS = "in_process", _("In process")
    APPROVED = "approved", _("Approved")
    DISBURSED = "disbursed", _("Disbursed")
    DECLINED = "declined", _("Declined")


CLOSED_STATUSES = frozenset({ReferralStatus.DISBURSED, ReferralStatus.DECLINED})

# The one table of a referral's moves: from each status, the statuses it may go to next (a
# note-only update keeps the status; a closed referral takes no more changes).
REFERRAL_NEXT: dict[str, tuple[str, ...]] = {
    ReferralStatus.SENT: (ReferralStatus.ACCEPTED, ReferralStatus.DECLINED),
    ReferralStatus.ACCEPTED: (ReferralStatus.IN_PROCESS, ReferralStatus.DECLINED),
    ReferralStatus.IN_PROCESS: (ReferralStatus.APPROVED, ReferralStatus.DECLINED),
    ReferralStatus.APPROVED: (ReferralStatus.DISBURSED, ReferralStatus.DECLINED),
    ReferralStatus.DISBURSED: (),
    ReferralStatus.DECLINED: (),
}


def referral_next_statuses(current: str) -> tuple[str, ...]:
    """The statuses an update of a referral now at `current` may set: the same one (a note)
    then the allowed moves; nothing once closed."""
    if current in CLOSED_STATUSES:
        return ()
    return (current, *REFERRAL_NEXT.get(current, ()))


class Referral(models.Model):
    """The office sends an enterprise to a partner; the partner's updates are its history."""

    enterprise = models.ForeignKey(
        "registry.Enterprise",
        verbose_name=_("enterprise"),
        on_delete=models.CASCADE,
        related_name="partner_referrals",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("partner organisation"),
        on_delete=models.PROTECT,
        related_name="referrals",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ReferralKind.choices)
    purpose = models.CharField(_("purpose"), max_length=20, choices=Purpose.choices)
    status = models.CharField(
        _("status"), max_length=12, choices=ReferralStatus.choices, default=ReferralStatus.SENT
    )
    deadline = models.DateField(_("deadline"))
    amount = models.DecimalField(
        _("amount (Rp)"), max_digits=16, decimal_places=0, null=True, blank=True
    )
    note = models.TextField(_("note"), max_length=2000, blank=True)
    decline_reason = models.CharField(_("reason for declining"), max_length=400, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("referred by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    reminded_at = models.DateTimeField(_("reminded at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.kind} #{self.pk}"

    @property
    def display_name(self) -> str:
        """How people read it (the owner's data PDF): "Modal kerja ekspor · LPEI"."""
        return f"{self.get_kind_display()} · {self.organisation.code}"


class ReferralUpdate(models.Model):
    """One step in a referral's history: who set which status, amount and note, when."""

    referral = models.ForeignKey(
        Referral, verbose_name=_("referral"), on_delete=models.CASCADE, related_name="updates"
    )
    status = models.CharField(_("status"), max_length=12, choices=ReferralStatus.choices)
    amount = models.DecimalField(
        _("amount (Rp)"), max_digits=16, decimal_places=0, null=True, blank=True
    )
    note = models.TextField(_("note"), max_length=2000, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    by_partner = models.BooleanField(_("by the partner"), default=False)
    created_at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("referral update")
        verbose_name_plural = _("referral updates")

    def __str__(self) -> str:
        return f"#{self.referral_id} {self.status}"


class IdempotencyRecord(models.Model):
    """A write made through the API with an `Idempotency-Key`: the response is kept, so a
    retry gets the same answer and writes nothing."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=100)
    operation = models.CharField(max_length=200)
    request_hash = models.CharField(max_length=64)
    status_code = models.PositiveSmallIntegerField()
    response = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="idempotency_user_key")]

    def __str__(self) -> str:
        return self.key
