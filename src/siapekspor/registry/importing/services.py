"""Page-side services of the import: upload (checked and previewed), confirm, access."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siapekspor.core.audit import audit_record
from siapekspor.core.errors import ConflictError, NotFoundError, PermissionDeniedError
from siapekspor.core.tabular import cell_text, locate_header, open_table, sha256_of
from siapekspor.core.tabular.headers import score_rows
from siapekspor.registry import access
from siapekspor.registry.importing.spec import SPEC
from siapekspor.registry.models_import import BatchStatus, ImportBatch

ALLOWED_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".csv", ".txt")


def upload_dir() -> Path:
    path = Path(settings.MEDIA_ROOT) / "imports"
    path.mkdir(parents=True, exist_ok=True)
    return path


def batches_for(user):
    """Batches the user may see: all for province-wide roles, own regency's for officers."""
    return access.batch_scope(user)


def get_batch_for_user(user, pk: int) -> ImportBatch:
    if not access.can_import(user):
        raise PermissionDeniedError(_("Only officers can import enterprises."))
    batch = batches_for(user).filter(pk=pk).first()
    if batch is None:
        raise NotFoundError(_("The import batch was not found."))
    return batch


@transaction.atomic
def batch_upload(*, actor, uploaded, source: str = "", all_or_nothing: bool = False) -> ImportBatch:
    """Store an uploaded file under a server-made name, check it, detect its header."""
    if not access.can_import(actor):
        raise PermissionDeniedError(_("Only officers can import enterprises."))
    from siapekspor.core.tabular import UnreadableFileError, UnsafeFileError

    name = Path(uploaded.name or "file").name[:200]
    if not name.lower().endswith(ALLOWED_SUFFIXES):
        raise UnreadableFileError(_("Upload an xlsx, ods or csv file."))
    if uploaded.size > settings.IMPORT_MAX_FILE_BYTES:
        raise UnsafeFileError(_("The file is too large."))
    path = upload_dir() / f"{uuid.uuid4().hex}{Path(name).suffix.lower()}"
    with open(path, "wb") as fh:
        for chunk in uploaded.chunks():
            fh.write(chunk)
    try:
        table = open_table(path, choose=lambda rows: score_rows(SPEC, rows))
        header = locate_header(SPEC, table.rows)
    except Exception:
        path.unlink(missing_ok=True)
        raise
    batch = ImportBatch.objects.create(
        created_by=actor,
        file_name=name,
        file_sha256=sha256_of(path),
        file_size=path.stat().st_size,
        stored_path=str(path),
        sheet=table.sheet,
        source=source[:200],
        all_or_nothing=all_or_nothing,
        status=BatchStatus.UPLOADED,
        regency_id=access.regency_lock(actor),
        header_row=header.row,
        column_mapping={"headers": header.headers, "mapping": header.mapping},
        unknown_columns=[h for _i, h in header.unknown],
        rows_total=sum(1 for r in table.rows[header.row :] if any(cell_text(c) for c in r)),
    )
    audit_record(
        actor=actor,
        action="registry.import.uploaded",
        target=batch,
        changes={"file": name, "sha256": batch.file_sha256, "size": batch.file_size},
    )
    return batch


def batch_preview(batch: ImportBatch, limit: int = 10) -> list[list[str]]:
    table = open_table(batch.stored_path, sheet=batch.sheet or None)
    rows = []
    for r in table.rows[batch.header_row :]:
        if any(cell_text(c) for c in r):
            rows.append([cell_text(c) for c in r])
        if len(rows) >= limit:
            break
    return rows


@dataclass
class MappingChoice:
    index: int
    header: str
    key: str


def mapping_choices(batch: ImportBatch) -> list[MappingChoice]:
    headers = batch.column_mapping.get("headers", [])
    by_index = {v: k for k, v in batch.column_mapping.get("mapping", {}).items()}
    return [MappingChoice(i, h, by_index.get(i, "")) for i, h in enumerate(headers) if h]


@transaction.atomic
def batch_confirm(*, actor, batch: ImportBatch, mapping: dict[str, Any]) -> ImportBatch:
    """Record the officer's column mapping and queue the import."""
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if batch.status != BatchStatus.UPLOADED:
        raise ConflictError(_("This import has already been started."))
    keys = {c.key for c in SPEC.columns}
    clean = {}
    for key, index in mapping.items():
        if key in keys and key not in clean:
            clean[key] = int(index)
    if "name" not in clean:
        from siapekspor.core.errors import ValidationFailed

        raise ValidationFailed(_("Map a column to the business name."))
    batch.column_mapping = {**batch.column_mapping, "mapping": clean}
    batch.status = BatchStatus.QUEUED
    batch.save()
    audit_record(
        actor=actor, action="registry.import.confirmed", target=batch, changes={"mapping": clean}
    )
    transaction.on_commit(lambda: _enqueue(batch.pk))
    return batch


def _enqueue(batch_id: int) -> None:
    from siapekspor.registry.tasks import run_import_batch

    run_import_batch.enqueue(batch_id)


@transaction.atomic
def batch_run_again(*, actor, batch: ImportBatch) -> ImportBatch:
    """Queue a failed batch, or one whose worker stopped reporting, to run again.

    Safe: the write is one transaction (a dead run left nothing), and a run that turns out
    to be alive cannot write twice (the pipeline locks the batch and checks).
    """
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if not batch.can_run_again():
        raise ConflictError(_("This import is still running or has already finished."))
    if not batch.stored_path or not Path(batch.stored_path).exists():
        raise ConflictError(_("The uploaded file is no longer stored; upload it again."))
    previous = batch.status
    batch.status, batch.error, batch.rows_done = BatchStatus.QUEUED, "", 0
    batch.heartbeat_at = timezone.now()
    batch.save(update_fields=["status", "error", "rows_done", "heartbeat_at"])
    audit_record(
        actor=actor,
        action="registry.import.run_again",
        target=batch,
        changes={"status": [previous, BatchStatus.QUEUED]},
    )
    transaction.on_commit(lambda: _enqueue(batch.pk))
    return batch
