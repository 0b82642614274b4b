"""The periodic jobs the apps rely on are registered with the worker's scheduler."""

from __future__ import annotations

import datetime as dt

from siapekspor.core import schedule


def test_nightly_and_daily_jobs_are_registered_in_order():
    jobs = {s.name: s for s in schedule.schedules()}
    # Statuses lapse with time: refreshed before the nightly indicators are rebuilt.
    assert (
        jobs["shipments.refresh_export_statuses"].daily_at
        < jobs["reporting.nightly_rebuild"].daily_at
    )
    assert jobs["registry.sweep_uploads"].daily_at == dt.time(3, 0)
    assert jobs["core.sweep_worker_records"].every == dt.timedelta(hours=6)
    for job in jobs.values():
        assert callable(getattr(job.task, "enqueue", None)), job.name
