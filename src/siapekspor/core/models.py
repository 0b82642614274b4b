"""Base models shared by every app, and the audit log."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True


class AuditEntry(models.Model):
    """One audited event: a create, update, delete, or a view of full personal data.

    `changes` holds a JSON diff `{field: [old, new]}`; personal-data fields appear only as
    "changed" markers, never with their values.
    """

    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=80, db_index=True)
    target_type = models.CharField(_("record type"), max_length=80)
    target_id = models.CharField(_("record id"), max_length=64)
    target_label = models.CharField(_("record"), max_length=255, blank=True)
    changes = models.JSONField(_("changes"), default=dict, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["target_type", "target_id", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.target_label}"


class WorkerHeartbeat(models.Model):
    """One background worker process: it beats every few seconds while it lives.

    A task left RUNNING by a worker whose beat is older than WORKER_LEASE_SECONDS goes back
    to the queue (`core.worker.reclaim_abandoned`); `/healthz` and the admin read liveness here.
    """

    worker_id = models.CharField(_("worker"), max_length=64, primary_key=True)
    host = models.CharField(_("host"), max_length=255)
    pid = models.PositiveIntegerField(_("process id"))
    started_at = models.DateTimeField(_("started"))
    beat_at = models.DateTimeField(_("last heartbeat"), db_index=True)
    stopped_at = models.DateTimeField(_("stopped"), null=True, blank=True)
    task_id = models.CharField(_("current task"), max_length=64, blank=True)
    tasks_done = models.PositiveIntegerField(_("tasks run"), default=0)

    class Meta:
        verbose_name = _("background worker")
        verbose_name_plural = _("background workers")
        ordering = ["-beat_at"]

    def __str__(self) -> str:
        return f"{self.host}:{self.pid} ({self.worker_id[:8]})"


class ScheduledJob(models.Model):
    """The last slot a periodic job (`core.schedule`) was enqueued for: one row per schedule,
    claimed with a conditional update so two workers never enqueue the same slot twice."""

    name = models.CharField(_("name"), max_length=100, primary_key=True)
    last_slot = models.DateTimeField(_("last slot"), null=True, blank=True)
    last_enqueued_at = models.DateTimeField(_("last enqueued"), null=True, blank=True)
    last_task_id = models.CharField(_("last task"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("scheduled job")
        verbose_name_plural = _("scheduled jobs")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ImportStatus(models.TextChoices):
    QUEUED = "queued", _("queued")
    RUNNING = "running", _("running")
    COMPLETED = "completed", _("completed")
    FAILED = "failed", _("failed")


class UploadedImport(models.Model):
    """One uploaded spreadsheet imported by the worker (never in the request): the shape of
    every such job (shipments, buyer directory). The upload is stored encrypted
    (`core.uploads`) in `stored_file` and deleted when the import ends; `problems` holds
    [sheet, row, reason] only (no cell values), written in `report_language()`."""

    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    file_name = models.CharField(_("file name"), max_length=255)
    file_sha256 = models.CharField(_("SHA-256"), max_length=64)
    file_size = models.PositiveBigIntegerField(_("file size (bytes)"), default=0)
    stored_file = models.CharField(max_length=100, blank=True, editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=ImportStatus.choices, default=ImportStatus.QUEUED
    )
    error = models.TextField(_("error"), blank=True)
    created = models.PositiveIntegerField(_("created"), default=0)
    updated = models.PositiveIntegerField(_("updated"), default=0)
    unchanged = models.PositiveIntegerField(_("unchanged"), default=0)
    rejected = models.PositiveIntegerField(_("rejected"), default=0)
    problems = models.JSONField(default=list, blank=True)
    # The language of the upload request (`core.i18n.normalise(request.LANGUAGE_CODE)`): the
    # worker writes the reasons and the row report in it (`report_language`).
    language = models.CharField(_("language"), max_length=10, blank=True)

    class Meta:
        abstract = True
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"#{self.pk} {self.file_name}"

    def report_language(self) -> str:
        """The language the worker writes this import's reasons and report in: the page's
        language when the file was uploaded (what the officer was reading, whatever the
        account's setting); for a job stored without one, the uploader's account language,
        else the site's default."""
        from siapekspor.core import i18n

        account = getattr(self.created_by, "preferred_language", "") if self.created_by_id else ""
        return i18n.normalise(self.language or account or None)

    @property
    def done(self) -> bool:
        return self.status in (ImportStatus.COMPLETED, ImportStatus.FAILED)
