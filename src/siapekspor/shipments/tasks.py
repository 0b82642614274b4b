"""Background work of shipments: importing an uploaded spreadsheet, and the nightly refresh
of every export status (statuses lapse with time: an enterprise whose last export leaves the
12-month window becomes lapsed)."""

from __future__ import annotations

from django_tasks import task


@task()
def refresh_export_statuses() -> dict[str, int]:
    """Recompute every enterprise's stored export status as of today; returns the counts by
    status. Schedule it nightly with the worker (the indicators' own nightly rebuild derives
    the statuses itself and does not wait for this one)."""
    from siapekspor.shipments.services import status_recompute

    return status_recompute()


@task()
def run_shipment_import(job_id: int) -> str:
    """Import the stored upload of a shipment import (never in the request)."""
    from siapekspor.shipments.importing import import_run

    return import_run(job_id)
