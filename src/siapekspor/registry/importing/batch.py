"""The batch service of the enterprise import: the one way in, for the page and the command line.

Page: `batch_upload` (the request only stores the file, encrypted, and queues a check) →
`batch_check` (worker: read with bounded memory, find the header, keep a sealed preview) →
the officer confirms the column mapping (`batch_confirm`) → `batch_run` (worker: the
import). Command line: `import_local_file`, the same pipeline and batch records.
The stored file is deleted after `SIAPEKSPOR_UPLOAD_RETENTION_DAYS` (`sweep_import_files`,
run by the periodic task `registry.tasks.sweep_uploads`); raw rows are shown masked unless
revealed with a reason (`batch_reveal_rows`, audited), and only to users of the batch's
scope (`registry.access.can_see_batch_rows`).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from siapekspor.core import uploads
from siapekspor.core.audit import audit_record
from siapekspor.core.crypto import mask_digits, mask_name, seal, unseal
from siapekspor.core.errors import (
    ConflictError,
    PermissionDeniedError,
    ValidationFailed,
    is_transient_db_error,
)
from siapekspor.core.tabular import TabularError, cell_text
from siapekspor.registry import access
from siapekspor.registry.importing import pipeline
from siapekspor.registry.importing.spec import (
    REVENUE_MONTHLY,
    REVENUE_YEARLY,
    SPEC,
    revenue_period_of,
)
from siapekspor.registry.models_import import BatchStatus, ImportBatch

logger = logging.getLogger(__name__)
PREVIEW_ROWS = 10
PERSONAL_KEYS = ("nik", "phone", "owner_name")
FINISHED = (BatchStatus.COMPLETED, BatchStatus.REFUSED, BatchStatus.FAILED, BatchStatus.INVALID)
NOT_CONFIRMED = (BatchStatus.CHECKING, BatchStatus.UPLOADED)


def _referenced() -> set[str]:
    return set(ImportBatch.objects.exclude(stored_path="").values_list("stored_path", flat=True))


UPLOADS = uploads.register(
    uploads.UploadArea(
        folder="imports",
        kinds=uploads.SPREADSHEETS,
        max_bytes=lambda: settings.IMPORT_MAX_FILE_BYTES,
        referenced=_referenced,
    )
)


def _ensure_importer(actor) -> None:
    if not access.can_import(actor):
        raise PermissionDeniedError(_("Only officers can import enterprises."))


def _enqueue(task_name: str, batch_id: int) -> None:
    from siapekspor.registry import tasks

    getattr(tasks, task_name).enqueue(batch_id)


def batch_upload(*, actor, uploaded, source: str = "", all_or_nothing: bool = False) -> ImportBatch:
    """Store an uploaded spreadsheet (encrypted, server-made name) and queue its check.

    Nothing of the file is parsed in the request: the worker reads it (`batch_check`).
    Raises ValidationFailed (size, type) or PermissionDeniedError.
    """
    _ensure_importer(actor)
    name = Path(str(getattr(uploaded, "name", "") or "file")).name[:200]
    stored = uploads.store(uploaded, area=UPLOADS, field="file")
    try:
        with transaction.atomic():
            batch = ImportBatch.objects.create(
                created_by=actor,
                file_name=name,
                file_sha256=stored.sha256,
                file_size=stored.size,
                stored_path=stored.name,
                source=source[:200],
                all_or_nothing=all_or_nothing,
                status=BatchStatus.CHECKING,
                regency_id=access.regency_lock(actor),
            )
            audit_record(
                actor=actor,
                action="registry.import.uploaded",
                target=batch,
                changes={"file": name, "sha256": stored.sha256, "size": stored.size},
            )
            transaction.on_commit(lambda: _enqueue("check_import_batch", batch.pk))
    except BaseException:
        uploads.delete(stored.name, area=UPLOADS)
        raise
    return batch


def _language_of(user) -> str:
    return getattr(user, "preferred_language", "") or settings.LANGUAGE_CODE


def batch_check(batch_id: int) -> str:
    """Worker: read the stored file with bounded memory, find its header, keep a sealed
    preview of the first rows. A file that cannot be imported is refused with the reason
    (in the uploader's language) and deleted at once."""
    batch = ImportBatch.objects.select_related("created_by").get(pk=batch_id)
    if batch.status != BatchStatus.CHECKING:
        return batch.status
    try:
        fh = uploads.open_plain(batch.stored_path, area=UPLOADS)
        with fh:
            table, header = pipeline.read_sheet(fh, sheet=None, mapping=None)
    except TabularError as exc:
        with translation.override(_language_of(batch.created_by)):
            error = str(exc.message)
        _refuse(batch, error)
        return BatchStatus.INVALID
    except Exception:  # the stored file is gone or damaged: say so, never stay "checking"
        logger.exception("import batch %s: the stored file could not be read", batch.pk)
        with translation.override(_language_of(batch.created_by)):
            _refuse(batch, str(_("The uploaded file could not be read again; upload it again.")))
        return BatchStatus.INVALID
    rows = [r for r in table.rows[header.row :] if any(cell_text(c) for c in r)]
    preview = [[cell_text(c) for c in r] for r in rows[:PREVIEW_ROWS]]
    ImportBatch.objects.filter(pk=batch.pk, status=BatchStatus.CHECKING).update(
        status=BatchStatus.UPLOADED,
        sheet=table.sheet[:100],
        header_row=header.row,
        column_mapping={"headers": header.headers, "mapping": header.mapping},
        unknown_columns=[h for _i, h in header.unknown],
        rows_total=len(rows),
        preview_sealed=seal(json.dumps(preview, ensure_ascii=False)),
        heartbeat_at=timezone.now(),
    )
    return BatchStatus.UPLOADED


def _refuse(batch: ImportBatch, error: str) -> None:
    uploads.delete(batch.stored_path, area=UPLOADS)
    now = timezone.now()
    ImportBatch.objects.filter(pk=batch.pk).update(
        status=BatchStatus.INVALID,
        error=error[:2000],
        stored_path="",
        file_deleted_at=now,
        finished_at=now,
    )


# ---- preview and reveal --------------------------------------------------------------------

_NIK_LIKE = re.compile(r"^\d[\d .\-]{13,22}\d$")
_PHONE_LIKE = re.compile(r"^(\+?62|0)[\d ()\-]{7,18}$")


def personal_columns(batch: ImportBatch) -> dict[int, str]:
    """Column index → personal key (nik, phone, owner_name) under the batch's mapping."""
    mapping = batch.column_mapping.get("mapping", {})
    return {int(mapping[k]): k for k in PERSONAL_KEYS if k in mapping}


def mask_cell(value: Any, key: str | None) -> Any:
    """A cell as shown without a reason: NIK, phone and owner-name columns masked, and any
    cell that looks like a NIK or a phone number wherever it is."""
    text = cell_text(value)
    if not text:
        return value
    if key == "owner_name":
        return mask_name(text)
    if key == "nik" or _NIK_LIKE.match(text):
        return mask_digits(text, keep_start=6, keep_end=4)
    if key == "phone" or _PHONE_LIKE.match(text):
        return mask_digits(text, keep_start=4, keep_end=4)
    return value


def mask_row(values: list[Any], personal: dict[int, str]) -> list[Any]:
    return [mask_cell(v, personal.get(i)) for i, v in enumerate(values)]


def batch_preview(batch: ImportBatch, *, revealed: bool = False) -> list[list[str]]:
    """The first rows of the file (from the sealed preview), masked unless `revealed`."""
    if not batch.preview_sealed:
        return []
    rows = json.loads(unseal(batch.preview_sealed))
    if revealed:
        return rows
    personal = personal_columns(batch)
    return [mask_row(r, personal) for r in rows]


@transaction.atomic
def batch_reveal_rows(*, actor, batch: ImportBatch, reason: str, ip_address=None) -> None:
    """Allow one view of a batch's rows unmasked: checks the scope and the role, requires a
    reason (at least 10 characters), audits `registry.import.personal_data_viewed`."""
    if not access.can_reveal_batch_rows(actor, batch):
        raise PermissionDeniedError(_("You may not see the personal data of this upload."))
    reason = (reason or "").strip()
    if len(reason) < 10:
        raise ValidationFailed(
            _("State the reason for viewing personal data (at least 10 characters)."),
            field="reason",
        )
    audit_record(
        actor=actor,
        action="registry.import.personal_data_viewed",
        target=batch,
        reason=reason,
        ip_address=ip_address,
        changes={"fields": list(PERSONAL_KEYS)},
    )


# ---- confirm and run -----------------------------------------------------------------------


@dataclass
class MappingChoice:
    index: int
    header: str
    key: str


def mapping_choices(batch: ImportBatch) -> list[MappingChoice]:
    headers = batch.column_mapping.get("headers", [])
    by_index = {v: k for k, v in batch.column_mapping.get("mapping", {}).items()}
    return [MappingChoice(i, h, by_index.get(i, "")) for i, h in enumerate(headers) if h]


def guessed_revenue_period(batch: ImportBatch) -> str:
    """The period of the detected revenue column, from its header ("yearly" if none)."""
    headers = batch.column_mapping.get("headers", [])
    column = batch.column_mapping.get("mapping", {}).get("revenue")
    if column is None or not 0 <= int(column) < len(headers):
        return REVENUE_YEARLY
    return revenue_period_of(str(headers[int(column)]))


@transaction.atomic
def batch_confirm(
    *, actor, batch: ImportBatch, mapping: dict[str, Any], revenue_period: str = ""
) -> ImportBatch:
    """Record the officer's column mapping (and the period of the revenue column: "yearly" or
    "monthly"; guessed from its header when not given) and queue the import."""
    _ensure_importer(actor)
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if batch.status != BatchStatus.UPLOADED:
        raise ConflictError(_("This import has already been started."))
    keys = {c.key for c in SPEC.columns}
    clean: dict[str, int] = {}
    for key, index in mapping.items():
        if key in keys and key not in clean:
            clean[key] = int(index)
    if "name" not in clean:
        raise ValidationFailed(_("Map a column to the business name."))
    period = ""
    if "revenue" in clean:
        headers = batch.column_mapping.get("headers", [])
        column = clean["revenue"]
        guess = revenue_period_of(str(headers[column])) if column < len(headers) else REVENUE_YEARLY
        period = revenue_period if revenue_period in (REVENUE_YEARLY, REVENUE_MONTHLY) else guess
    batch.column_mapping = {**batch.column_mapping, "mapping": clean, "revenue_period": period}
    batch.status = BatchStatus.QUEUED
    batch.save(update_fields=["column_mapping", "status"])
    audit_record(
        actor=actor,
        action="registry.import.confirmed",
        target=batch,
        changes={"mapping": clean, **({"revenue_period": period} if period else {})},
    )
    transaction.on_commit(lambda: _enqueue("run_import_batch", batch.pk))
    return batch


def batch_run(batch_id: int) -> str:
    """Worker: import the stored file of a confirmed batch; the batch records progress and
    outcome. Returns the counts line (or what stopped it)."""
    batch = ImportBatch.objects.select_related("created_by").get(pk=batch_id)
    if batch.status in (BatchStatus.COMPLETED, BatchStatus.REFUSED):
        return batch.counts_line
    if uploads.path_of(batch.stored_path, area=UPLOADS) is None:
        _fail(batch, _("The uploaded file is no longer stored; upload it again."))
        return "failed"
    try:
        with uploads.open_plain(batch.stored_path, area=UPLOADS) as fh:
            result = pipeline.import_file(
                actor=batch.created_by,
                path=fh,
                file_name=batch.file_name,
                sheet=batch.sheet or None,
                source=batch.source,
                batch=batch,
                all_or_nothing=batch.all_or_nothing,
                mapping=batch.column_mapping.get("mapping"),
                revenue_period=batch.column_mapping.get("revenue_period") or None,
            )
    except ConflictError:
        return "already completed by another run"
    except TabularError as exc:
        _fail(batch, exc.message)
        return "failed"
    except Exception as exc:  # never leave a batch "running": say it stopped, keep the detail
        if is_transient_db_error(exc):
            raise  # the worker retries; the batch stays as it is and runs again
        logger.exception("import batch %s stopped on an unexpected error", batch.pk)
        _fail(
            batch,
            _(
                "The import stopped on an unexpected error. Tell the administrator "
                "(import %(batch)s); it can be run again once the cause is fixed."
            )
            % {"batch": batch.pk},
        )
        return "failed"
    if settings.UPLOAD_RETENTION_DAYS == 0:
        _discard_file(batch.pk)
    return result.counts.line()


def _fail(batch: ImportBatch, message: Any) -> None:
    with translation.override(_language_of(batch.created_by)):
        error = str(message)
    ImportBatch.objects.filter(pk=batch.pk).update(status=BatchStatus.FAILED, error=error[:2000])


@transaction.atomic
def batch_run_again(*, actor, batch: ImportBatch) -> ImportBatch:
    """Queue a failed batch, or one whose worker stopped reporting, to run again.

    Safe: the write is one transaction (a dead run left nothing), and a run that turns out
    to be alive cannot write twice (the write locks the batch and checks).
    """
    _ensure_importer(actor)
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if not batch.can_run_again():
        raise ConflictError(_("This import is still running or has already finished."))
    if uploads.path_of(batch.stored_path, area=UPLOADS) is None:
        raise ConflictError(_("The uploaded file is no longer stored; upload it again."))
    previous = batch.status
    checking = previous == BatchStatus.CHECKING  # its worker died while reading the file
    batch.status = BatchStatus.CHECKING if checking else BatchStatus.QUEUED
    batch.error, batch.rows_done = "", 0
    batch.heartbeat_at = timezone.now()
    batch.save(update_fields=["status", "error", "rows_done", "heartbeat_at"])
    audit_record(
        actor=actor,
        action="registry.import.run_again",
        target=batch,
        changes={"status": [previous, batch.status]},
    )
    task = "check_import_batch" if checking else "run_import_batch"
    transaction.on_commit(lambda: _enqueue(task, batch.pk))
    return batch


def import_local_file(
    *,
    actor,
    path: Path,
    sheet: str | None = None,
    source: str = "",
    dry_run: bool = False,
    all_or_nothing: bool = False,
    revenue_period: str | None = None,
    progress: pipeline.Progress | None = None,
) -> pipeline.ImportResult:
    """The command line's way in: the same permission check, pipeline and batch records as
    the page (the operator's own file is read in place; an interrupted run of the same file
    is resumed)."""
    _ensure_importer(actor)
    return pipeline.import_file(
        actor=actor,
        path=path,
        sheet=sheet,
        source=source,
        dry_run=dry_run,
        all_or_nothing=all_or_nothing,
        revenue_period=revenue_period,
        progress=progress,
    )


# ---- retention -----------------------------------------------------------------------------


@dataclass
class SweepResult:
    files_deleted: int = 0
    batches_expired: int = 0
    orphans_deleted: int = 0

    def line(self) -> str:
        return (
            f"files_deleted={self.files_deleted} batches_expired={self.batches_expired} "
            f"orphans_deleted={self.orphans_deleted}"
        )


def _discard_file(batch_id: int, *, status: str | None = None) -> bool:
    """Delete a batch's stored file and record when (and, for an expiry, the new status)."""
    batch = ImportBatch.objects.filter(pk=batch_id).only("stored_path", "status").first()
    if batch is None or not batch.stored_path:
        return False
    uploads.delete(batch.stored_path, area=UPLOADS)
    changes: dict[str, Any] = {"stored_path": "", "file_deleted_at": timezone.now()}
    if status:
        changes["status"] = status
    ImportBatch.objects.filter(pk=batch_id, stored_path=batch.stored_path).update(**changes)
    return True


def sweep_import_files(*, now: dt.datetime | None = None) -> SweepResult:
    """Delete stored uploads past the retention: those of finished batches, of batches never
    confirmed (which expire), and orphans that no batch points to (an upload killed
    half-way). Audited as `registry.import.files_swept` when anything was deleted."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=settings.UPLOAD_RETENTION_DAYS)
    result = SweepResult()
    with_files = ImportBatch.objects.exclude(stored_path="")
    finished = with_files.filter(status__in=FINISHED).filter(
        finished_at__lt=cutoff
    ) | with_files.filter(status__in=FINISHED, finished_at__isnull=True, created_at__lt=cutoff)
    for pk in finished.values_list("pk", flat=True):
        result.files_deleted += _discard_file(pk)
    stale = with_files.filter(status__in=NOT_CONFIRMED, created_at__lt=cutoff)
    for pk in stale.values_list("pk", flat=True):
        if _discard_file(pk, status=BatchStatus.EXPIRED):
            result.batches_expired += 1
    result.orphans_deleted = uploads.sweep_orphans(
        UPLOADS, keep=_referenced(), older_than=uploads.ORPHAN_AGE, now=now
    )
    if result.files_deleted or result.batches_expired or result.orphans_deleted:
        audit_record(
            actor=None,
            action="registry.import.files_swept",
            target_type="registry.importbatch",
            target_id="*",
            label=result.line(),
            changes={
                "files_deleted": result.files_deleted,
                "batches_expired": result.batches_expired,
                "orphans_deleted": result.orphans_deleted,
                "retention_days": settings.UPLOAD_RETENTION_DAYS,
            },
        )
    return result
