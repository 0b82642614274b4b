"""Background work of shipments: importing an uploaded spreadsheet."""

from __future__ import annotations

from django_tasks import task


@task()
def run_shipment_import(job_id: int) -> str:
    """Import the stored upload of a shipment import (never in the request)."""
    from siapekspor.shipments.importing import import_run

    return import_run(job_id)
