"""Models of bulk import and de-duplication: batches, row outcomes, provenance, merges.

Imported at the end of `registry.models` so Django sees them as registry models.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siapekspor.core.tabular.outcome import Outcome
from siapekspor.core.tabular.readers import CSV_SHEET


class BatchStatus(models.TextChoices):
    # Labels start with a capital, as every status on the site does (shown on their own).
    CHECKING = "checking", _("Uploaded, the file is being checked")
    INVALID = "invalid", _("Refused: the file cannot be imported")
    UPLOADED = "uploaded", _("Uploaded, waiting for confirmation")
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    COMPLETED = "completed", _("Completed")
    REFUSED = "refused", _("Refused (all or nothing: rejected rows)")
    FAILED = "failed", _("Failed")
    EXPIRED = "expired", _("Expired: never confirmed, the file was deleted")


class ImportBatch(models.Model):
    """One import of one file: who, when, which file (SHA-256), what came of each row."""

    created_at = models.DateTimeField(_("started"), auto_now_add=True, db_index=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    # Set by the worker when it starts and as it validates; a queued or running batch that
    # has not reported for IMPORT_STALE_MINUTES may be run again (its worker died).
    heartbeat_at = models.DateTimeField(_("last sign of life"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    regency = models.ForeignKey(
        "registry.Regency",
        verbose_name=_("regency scope"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    file_name = models.CharField(_("file name"), max_length=255)
    file_sha256 = models.CharField(_("SHA-256"), max_length=64, db_index=True)
    file_size = models.PositiveBigIntegerField(_("file size (bytes)"), default=0)
    # The server-made name of the uploaded file, stored encrypted (`core.uploads`, area
    # "imports"); emptied when the file is deleted (retention, SIAPEKSPOR_UPLOAD_RETENTION_DAYS).
    stored_path = models.CharField(max_length=500, blank=True, editable=False)
    file_deleted_at = models.DateTimeField(_("file deleted"), null=True, blank=True)
    # The first rows below the header, sealed (they may hold a NIK): the confirmation preview.
    preview_sealed = models.TextField(blank=True, editable=False)
    sheet = models.CharField(_("sheet"), max_length=100, blank=True)
    source = models.CharField(_("source label"), max_length=200, blank=True)
    all_or_nothing = models.BooleanField(_("all or nothing"), default=False)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=BatchStatus.choices,
        default=BatchStatus.UPLOADED,
        db_index=True,
    )
    header_row = models.PositiveIntegerField(_("header row"), default=0)
    column_mapping = models.JSONField(_("column mapping"), default=dict, blank=True)
    unknown_columns = models.JSONField(_("unknown columns"), default=list, blank=True)
    rows_total = models.PositiveIntegerField(_("rows"), default=0)
    rows_done = models.PositiveIntegerField(_("rows processed"), default=0)
    created = models.PositiveIntegerField(_("created"), default=0)
    updated = models.PositiveIntegerField(_("updated"), default=0)
    unchanged = models.PositiveIntegerField(_("unchanged"), default=0)
    rejected = models.PositiveIntegerField(_("rejected"), default=0)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("import batch")
        verbose_name_plural = _("import batches")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"#{self.pk} {self.file_name}"

    @property
    def counts_line(self) -> str:
        return (
            f"created={self.created} updated={self.updated} "
            f"unchanged={self.unchanged} rejected={self.rejected}"
        )

    def can_run_again(self, now=None) -> bool:
        """Failed, or checking/queued/running without a sign of life for
        IMPORT_STALE_MINUTES."""
        if self.status == BatchStatus.FAILED:
            return True
        if self.status not in (BatchStatus.CHECKING, BatchStatus.QUEUED, BatchStatus.RUNNING):
            return False
        now = now or timezone.now()
        last = self.heartbeat_at or self.created_at
        return last is not None and now - last > dt.timedelta(minutes=settings.IMPORT_STALE_MINUTES)

    @property
    def shown_sheet(self) -> str:
        """The sheet read, or "" for a csv file (it has no sheets)."""
        return "" if self.sheet == CSV_SHEET else self.sheet

    @property
    def percent(self) -> int:
        if self.status in (BatchStatus.COMPLETED, BatchStatus.REFUSED):
            return 100
        return int(100 * self.rows_done / self.rows_total) if self.rows_total else 0


class ImportRowOutcome(models.Model):
    """What happened to one source row. `values_sealed` keeps a rejected row's cells
    (encrypted: they may hold a NIK) so the report can be fixed and uploaded again."""

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="rows")
    sheet = models.CharField(max_length=100)
    row_number = models.PositiveIntegerField()
    outcome = models.CharField(max_length=10, choices=Outcome.choices, db_index=True)
    enterprise = models.ForeignKey(
        "registry.Enterprise",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="import_rows",
    )
    problems = models.JSONField(default=list, blank=True)  # [[column header, msgid], …]
    values_sealed = models.TextField(blank=True)

    class Meta:
        ordering = ["batch", "row_number"]
        indexes = [models.Index(fields=["batch", "outcome", "row_number"])]

    def __str__(self) -> str:
        return f"{self.batch_id}:{self.row_number} {self.outcome}"


class EnterpriseProvenance(models.Model):
    """For each field of an enterprise, the batch and source row its value came from."""

    enterprise = models.OneToOneField(
        "registry.Enterprise", primary_key=True, on_delete=models.CASCADE, related_name="provenance"
    )
    fields = models.JSONField(default=dict)  # {field: [batch id, row number]}

    def __str__(self) -> str:
        return f"provenance of {self.enterprise_id}"


class CandidateStatus(models.TextChoices):
    OPEN = "open", _("to review")
    MERGED = "merged", _("merged")
    DISMISSED = "dismissed", _("not a duplicate")


class DuplicateCandidate(models.Model):
    """A scored pair of enterprises that may be the same business; officers decide."""

    created_at = models.DateTimeField(auto_now_add=True)
    first = models.ForeignKey("registry.Enterprise", on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey("registry.Enterprise", on_delete=models.CASCADE, related_name="+")
    score = models.FloatField(_("score"), db_index=True)
    reasons = models.JSONField(default=dict, blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=CandidateStatus.choices,
        default=CandidateStatus.OPEN,
        db_index=True,
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("possible duplicate")
        verbose_name_plural = _("possible duplicates")
        ordering = ["-score", "id"]
        constraints = [models.UniqueConstraint(fields=["first", "second"], name="dup_pair_unique")]

    def __str__(self) -> str:
        return f"{self.first_id} ~ {self.second_id} ({self.score:.2f})"


class EnterpriseMerge(models.Model):
    """`merged` was folded into `survivor`. Nothing is deleted: the merged record is
    deactivated, its products moved, and `snapshot` holds what undo needs to restore."""

    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    survivor = models.ForeignKey(
        "registry.Enterprise", on_delete=models.PROTECT, related_name="merges_received"
    )
    merged = models.ForeignKey(
        "registry.Enterprise", on_delete=models.PROTECT, related_name="merges_given"
    )
    candidate = models.ForeignKey(
        DuplicateCandidate, null=True, blank=True, on_delete=models.SET_NULL, related_name="merges"
    )
    snapshot = models.JSONField(default=dict)
    undone_at = models.DateTimeField(null=True, blank=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.merged_id} → {self.survivor_id}"


class DuplicateRunStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting for the worker")
    RUNNING = "running", _("Comparing enterprises")
    COMPLETED = "completed", _("Completed")
    FAILED = "failed", _("Failed")


class DuplicateRun(models.Model):
    """One run of duplicate detection over the whole registry, started from the duplicates
    page and done by the worker; it reports its progress here (the page's progress bar)."""

    created_at = models.DateTimeField(_("started"), auto_now_add=True, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=DuplicateRunStatus.choices,
        default=DuplicateRunStatus.QUEUED,
        db_index=True,
    )
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    pairs_done = models.PositiveBigIntegerField(default=0)
    pairs_total = models.PositiveBigIntegerField(default=0)
    records = models.PositiveIntegerField(default=0)
    found = models.PositiveIntegerField(_("pairs found"), default=0)
    new_candidates = models.PositiveIntegerField(_("new pairs"), default=0)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"duplicate run {self.pk} ({self.status})"

    @property
    def percent(self) -> int:
        if self.status == DuplicateRunStatus.COMPLETED:
            return 100
        return int(100 * self.pairs_done / self.pairs_total) if self.pairs_total else 0
