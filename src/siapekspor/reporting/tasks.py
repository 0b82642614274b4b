"""Background work of reporting: the KPI rebuild, nightly and after changes (debounced).

- `rebuild_indicators_task`: unconditional; schedule it nightly (statuses lapse with time,
  so the figures change even when nothing is recorded) and `rebuild-indicators --enqueue`.
- `rebuild_indicators_if_requested`: queued by `services.request_rebuild` after a change; does
  nothing when another rebuild has started since the request (it already covers it).
"""

from __future__ import annotations

from django_tasks import task


@task()
def rebuild_indicators_task() -> int:
    """Compute a new KPI snapshot as of today; returns the snapshot id."""
    from siapekspor.reporting.services import rebuild_indicators

    return rebuild_indicators().pk


@task()
def rebuild_indicators_if_requested() -> int | None:
    """Answer a pending rebuild request (returns the snapshot id), or None when a rebuild has
    started since the request."""
    from siapekspor.reporting.services import rebuild_indicators, rebuild_pending

    if not rebuild_pending():
        return None
    return rebuild_indicators().pk
