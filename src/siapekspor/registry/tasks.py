"""Background work of the registry: checking an uploaded file, running a confirmed import
batch, and the periodic sweep of stored uploads (retention and orphans)."""

from __future__ import annotations

from django_tasks import task


@task()
def check_import_batch(batch_id: int) -> str:
    """Read an uploaded file (bounded memory) and prepare its confirmation page."""
    from siapekspor.registry.importing.batch import batch_check

    return batch_check(batch_id)


@task()
def run_import_batch(batch_id: int) -> str:
    """Import the stored file of a confirmed batch; the batch records progress and outcome."""
    from siapekspor.registry.importing.batch import batch_run

    return batch_run(batch_id)


@task()
def sweep_uploads() -> str:
    """Periodic: delete stored uploads past SIAPEKSPOR_UPLOAD_RETENTION_DAYS and orphan
    files of every upload area (imports, shipment evidence). Safe to run at any time."""
    from siapekspor.core import uploads
    from siapekspor.registry.importing.batch import sweep_import_files

    result = sweep_import_files()
    others = uploads.sweep_registered_orphans()
    others.pop("imports", None)  # already swept (and counted) with the batches
    return result.line() + "".join(f" {folder}={n}" for folder, n in sorted(others.items()))


@task()
def find_duplicates(run_id: int) -> str:
    """Score the whole registry for duplicates (started from the duplicates page); the run
    records its progress and outcome."""
    from siapekspor.registry.dedup.services import duplicate_run_execute

    return duplicate_run_execute(run_id)
