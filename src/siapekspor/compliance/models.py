"""Market-entry requirements as data, the certificates each enterprise holds, reminders before
they expire, and the office's certification-assistance cases."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from siapekspor.core.models import TimeStampedModel


class DocumentKind(models.TextChoices):
    HELD = "held", _("Held by the enterprise")
    SHIPMENT = "shipment", _("For each shipment")
    BUYER = "buyer", _("The buyer's duty (you supply information)")
    NOTICE = "notice", _("Measure to know about")


class DocumentType(models.Model):
    """A certificate, registration or document a market may demand (NIB, HACCP, GACC …).

    `names`, `descriptions` and `agencies` (the issuing agency, optional) are
    `{language code: text}` in every language of the site; read them with `content.pick`."""

    code = models.SlugField("code", max_length=40, unique=True)
    kind = models.CharField("kind", max_length=10, choices=DocumentKind.choices)
    names = models.JSONField("names", default=dict)
    descriptions = models.JSONField("descriptions", default=dict)
    agencies = models.JSONField("issuing agency", default=dict, blank=True)
    cost_idr = models.DecimalField(
        "typical cost (Rp)", max_digits=14, decimal_places=0, null=True, blank=True
    )
    cost_text = models.CharField("typical cost", max_length=200, blank=True)
    lead_days = models.PositiveIntegerField("typical lead time (days)", null=True, blank=True)
    validity_days = models.PositiveIntegerField("validity (days)", null=True, blank=True)
    source_url = models.URLField("source", max_length=500, blank=True)
    verified = models.BooleanField("verified", default=False)
    last_reviewed = models.DateField("last reviewed", null=True, blank=True)

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return self.code

    @property
    def display_name(self) -> str:
        """The document's name in the reader's language (its code if it has none)."""
        from siapekspor.compliance.content import pick

        return pick(self.names) or self.code

    @property
    def agency(self) -> str:
        """Who issues it, in the reader's language (Indonesian if that language is missing)."""
        from siapekspor.compliance.content import pick

        return pick(self.agencies)


class Rule(TimeStampedModel):
    """One requirement: a document type demanded for products whose HS code starts with one
    of `hs_prefixes` (a group name such as `food`, or empty for every product), going to
    `destination` (an ISO3 code, a group such as EU/ASEAN/GCC, or ANY), when `condition`
    holds, between `applies_from` and `applies_to`. `agencies` (`{language code: text}`, every
    language or none) names who issues it when it differs from the document type's; `notes`
    likewise. `key` is the REQUIREMENTS.md row
    (EU1, US5 …) with a suffix when a row has several rules. Officers edit rules; each edit
    raises `version` and keeps the previous state in `RuleVersion`."""

    key = models.SlugField("key", max_length=40, unique=True)
    document = models.ForeignKey(DocumentType, on_delete=models.PROTECT, related_name="rules")
    hs_prefixes = models.JSONField("HS prefixes", default=list, blank=True)
    destination = models.CharField("destination", max_length=10, db_index=True)
    condition = models.CharField("condition", max_length=40, blank=True)
    applies_from = models.DateField("applies from", null=True, blank=True)
    applies_to = models.DateField("applies until", null=True, blank=True)
    agencies = models.JSONField("issuing agency", default=dict, blank=True)
    cost_idr = models.DecimalField(
        "typical cost (Rp)", max_digits=14, decimal_places=0, null=True, blank=True
    )
    lead_days = models.PositiveIntegerField("typical lead time (days)", null=True, blank=True)
    validity = models.CharField("validity", max_length=200, blank=True)
    legal_basis = models.CharField("legal basis", max_length=400, blank=True)
    notes = models.JSONField("notes", default=dict, blank=True)
    source_refs = models.CharField("sources", max_length=100, blank=True)
    source_url = models.URLField("source", max_length=500, blank=True)
    last_reviewed = models.DateField("last reviewed")
    verified = models.BooleanField("verified", default=True)
    is_active = models.BooleanField("active", default=True)
    version = models.PositiveIntegerField("version", default=1)

    class Meta:
        ordering = ["key"]

    def __str__(self) -> str:
        return self.key

    @property
    def document_name(self) -> str:
        from siapekspor.compliance.content import pick

        return pick(self.document.names) or self.document.code

    @property
    def agency(self) -> str:
        """Who issues the document, in the reader's language: the rule's own agency, else the
        document type's."""
        from siapekspor.compliance.content import pick

        return pick(self.agencies or self.document.agencies)


class RuleVersion(models.Model):
    """The state of a rule before an edit (the history officers can read back)."""

    rule = models.ForeignKey(Rule, on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveIntegerField()
    data = models.JSONField()
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["rule", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["rule", "version"], name="compliance_rule_version")
        ]

    def __str__(self) -> str:
        return f"{self.rule_id} v{self.version}"


class Certificate(TimeStampedModel):
    """A certificate or registration an enterprise holds, with its evidence file."""

    enterprise = models.ForeignKey(
        "registry.Enterprise",
        verbose_name=_("enterprise"),
        on_delete=models.CASCADE,
        related_name="certificates",
    )
    document = models.ForeignKey(
        DocumentType, verbose_name=_("certificate"), on_delete=models.PROTECT, related_name="+"
    )
    number = models.CharField(_("certificate number"), max_length=100, blank=True)
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    evidence_file = models.CharField(_("evidence file"), max_length=60, blank=True, editable=False)
    evidence_type = models.CharField(
        _("evidence file type"), max_length=100, blank=True, editable=False
    )
    evidence_size = models.PositiveIntegerField(
        _("evidence file size (bytes)"), default=0, editable=False
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("certificate held")
        verbose_name_plural = _("certificates held")
        ordering = ["enterprise", "document__code", "-valid_until"]

    def __str__(self) -> str:
        return f"{self.document.code} {self.number}".strip()

    @property
    def document_name(self) -> str:
        from siapekspor.compliance.content import pick

        return pick(self.document.names) or self.document.code


class ExpiryReminder(models.Model):
    """A reminder sent for one certificate's expiry date: at most one per (certificate,
    expiry date), so a reminder is sent once even if the daily job runs twice."""

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="reminders")
    valid_until = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)
    recipients = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "valid_until"], name="compliance_reminder_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.certificate_id} {self.valid_until}"


class CaseStatus(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    IN_PROGRESS = "in_progress", _("In progress")
    SUBMITTED = "submitted", _("Submitted")
    GRANTED = "granted", _("Granted")
    REFUSED = "refused", _("Refused")


OPEN_STATUSES = (CaseStatus.REQUESTED, CaseStatus.IN_PROGRESS, CaseStatus.SUBMITTED)


class AssistanceCase(TimeStampedModel):
    """The office helping an enterprise to obtain one certificate."""

    enterprise = models.ForeignKey(
        "registry.Enterprise", on_delete=models.CASCADE, related_name="assistance_cases"
    )
    document = models.ForeignKey(DocumentType, on_delete=models.PROTECT, related_name="+")
    market = models.CharField(_("market"), max_length=3, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=CaseStatus.choices, default=CaseStatus.REQUESTED
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned officer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="compliance_cases",
    )
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True, max_length=4000)
    refusal_reason = models.CharField(_("reason for refusal"), max_length=500, blank=True)
    closed_on = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["deadline", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="refused") | ~models.Q(refusal_reason=""),
                name="compliance_refusal_has_reason",
            )
        ]

    def __str__(self) -> str:
        return f"{self.document.code} · {self.enterprise_id}"

    @property
    def document_name(self) -> str:
        from siapekspor.compliance.content import pick

        return pick(self.document.names) or self.document.code
