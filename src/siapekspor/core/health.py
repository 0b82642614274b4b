"""What `/healthz` and the admin show: database, worker liveness, queue depth.

Counts and ages only: no names, no task arguments, nothing personal.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import connection
from django.db.models import Case, F, When
from django.utils import timezone


def _age(now: dt.datetime, then: dt.datetime | None) -> float | None:
    return None if then is None else round(max(0.0, (now - then).total_seconds()), 1)


def health_report(now: dt.datetime | None = None) -> dict:
    """A JSON-ready report; `status` is "ok", "degraded" (no live worker, or a ready task
    waiting longer than a lease) or "unavailable" (the database cannot be reached)."""
    from django_tasks_db.models import DBTaskResult, get_date_max

    from siapekspor.core.models import WorkerHeartbeat

    now = now or timezone.now()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        return {"status": "unavailable", "database": "unreachable", "time": now.isoformat()}

    lease = dt.timedelta(seconds=settings.WORKER_LEASE_SECONDS)
    beats = list(
        WorkerHeartbeat.objects.filter(stopped_at__isnull=True, beat_at__gte=now - lease).values(
            "beat_at", "task_id"
        )
    )
    last_beat = WorkerHeartbeat.objects.order_by("-beat_at").values_list("beat_at", flat=True)
    last = last_beat.first()
    ready = DBTaskResult.objects.ready()
    # Waiting since it was enqueued, or since its run_after (a retry with backoff).
    since = Case(When(run_after=get_date_max(), then=F("enqueued_at")), default=F("run_after"))
    oldest = ready.annotate(since=since).order_by("since").values_list("since", flat=True).first()
    oldest_age = _age(now, oldest)
    report = {
        "status": "ok",
        "database": "ok",
        "time": now.isoformat(),
        "worker": {
            "alive": len(beats),
            "busy": sum(1 for b in beats if b["task_id"]),
            "last_heartbeat_age_s": _age(now, last),
            "lease_s": settings.WORKER_LEASE_SECONDS,
        },
        "queue": {
            "ready": ready.count(),
            "running": DBTaskResult.objects.running().count(),
            "failed_24h": DBTaskResult.objects.failed()
            .filter(finished_at__gte=now - dt.timedelta(hours=24))
            .count(),
            "oldest_ready_age_s": oldest_age,
        },
    }
    if not beats or (oldest_age is not None and oldest_age > settings.WORKER_LEASE_SECONDS):
        report["status"] = "degraded"
    return report
