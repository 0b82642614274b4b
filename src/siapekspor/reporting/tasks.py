"""Background work of reporting: the nightly (or on-demand) KPI rebuild."""

from __future__ import annotations

from django_tasks import task


@task()
def rebuild_indicators_task() -> int:
    """Recompute export statuses and a new KPI snapshot; returns the snapshot id."""
    from siapekspor.reporting.services import rebuild_indicators

    return rebuild_indicators().pk
