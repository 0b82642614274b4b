"""Background work of the core app: housekeeping of the worker's own records."""

from __future__ import annotations

import datetime as dt

from django_tasks import task

KEEP_DAYS = 30


@task()
def sweep_worker_records() -> str:
    """Forget workers stopped or silent for KEEP_DAYS, and finished task results older than
    that (the queue table stays small; failures stay visible for a month)."""
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    from siapekspor.core.models import WorkerHeartbeat

    before = timezone.now() - dt.timedelta(days=KEEP_DAYS)
    workers, _ = WorkerHeartbeat.objects.filter(beat_at__lt=before).delete()
    results, _ = DBTaskResult.objects.finished().filter(finished_at__lt=before).delete()
    return f"workers={workers} results={results}"
