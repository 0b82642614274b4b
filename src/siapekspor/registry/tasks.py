"""Background work of the registry: running a confirmed import batch."""

from __future__ import annotations

from django_tasks import task


@task()
def run_import_batch(batch_id: int) -> str:
    """Import the stored file of a confirmed batch; the batch records progress and outcome."""
    from siapekspor.core.errors import ConflictError
    from siapekspor.core.tabular import TabularError
    from siapekspor.registry.importing.pipeline import import_file
    from siapekspor.registry.models_import import BatchStatus, ImportBatch

    batch = ImportBatch.objects.select_related("created_by").get(pk=batch_id)
    if batch.status in (BatchStatus.COMPLETED, BatchStatus.REFUSED):
        return batch.counts_line
    try:
        result = import_file(
            actor=batch.created_by,
            path=batch.stored_path,
            file_name=batch.file_name,
            sheet=batch.sheet or None,
            source=batch.source,
            batch=batch,
            all_or_nothing=batch.all_or_nothing,
            mapping=batch.column_mapping.get("mapping"),
        )
    except ConflictError:
        return "already completed by another run"
    except TabularError as exc:
        ImportBatch.objects.filter(pk=batch_id).update(
            status=BatchStatus.FAILED, error=str(exc.message)
        )
        return "failed"
    return result.counts.line()
