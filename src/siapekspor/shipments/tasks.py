"""Background work of shipments: the nightly refresh of every export status (statuses lapse
with time: an enterprise whose last export leaves the 12-month window becomes lapsed)."""

from __future__ import annotations

from django_tasks import task


@task()
def refresh_export_statuses() -> dict[str, int]:
    """Recompute every enterprise's stored export status as of today; returns the counts by
    status. Schedule it nightly with the worker."""
    from siapekspor.core.signals import announce_figures_changed
    from siapekspor.shipments.services import status_recompute

    counts = status_recompute()
    announce_figures_changed("shipments.statuses")
    return counts
