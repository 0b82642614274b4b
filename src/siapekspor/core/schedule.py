"""Periodic jobs, run by the background worker (`siapekspor worker`).

An app registers its jobs in its `AppConfig.ready()`:

    from siapekspor.core import schedule
    schedule.register("app.nightly", nightly_task, daily_at=dt.time(2, 0))
    schedule.register("core.sweep", sweep_task, every=dt.timedelta(hours=1))

Each worker, every few seconds, enqueues the jobs whose slot has come (`enqueue_due`). A slot
is claimed with a conditional update of the job's `ScheduledJob` row inside the transaction
that enqueues the task, so however many workers run, one slot is enqueued once. A worker
that was down for several slots enqueues only the latest one (no catch-up storm). A job
seen for the first time starts at its next slot. `daily_at` is in the local time zone
(TIME_ZONE); `every` slots are aligned on 2000-01-01 00:00 UTC.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

logger = logging.getLogger("siapekspor.schedule")

_EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Schedule:
    name: str
    task: object  # a django-tasks Task
    every: dt.timedelta | None = None
    daily_at: dt.time | None = None

    def slot(self, now: dt.datetime) -> dt.datetime:
        """The latest slot at or before `now`."""
        if self.every is not None:
            return _EPOCH + ((now - _EPOCH) // self.every) * self.every
        assert self.daily_at is not None
        local = timezone.localtime(now)
        day = local.date()
        candidate = timezone.make_aware(dt.datetime.combine(day, self.daily_at))
        if candidate > now:
            candidate = timezone.make_aware(
                dt.datetime.combine(day - dt.timedelta(days=1), self.daily_at)
            )
        return candidate


_REGISTRY: dict[str, Schedule] = {}


def register(
    name: str, task, *, every: dt.timedelta | None = None, daily_at: dt.time | None = None
) -> Schedule:
    """Register a periodic job: exactly one of `every` (a timedelta) or `daily_at` (a time)."""
    if (every is None) == (daily_at is None):
        raise ImproperlyConfigured(f"Schedule {name!r}: give exactly one of every= or daily_at=.")
    if every is not None and every < dt.timedelta(seconds=1):
        raise ImproperlyConfigured(f"Schedule {name!r}: every= must be at least one second.")
    if len(name) > 100:
        raise ImproperlyConfigured(f"Schedule {name!r}: the name is longer than 100 characters.")
    item = Schedule(name=name, task=task, every=every, daily_at=daily_at)
    known = _REGISTRY.get(name)
    if known is not None and known != item:
        raise ImproperlyConfigured(f"Schedule {name!r} is registered twice, differently.")
    _REGISTRY[name] = item
    return item


def unregister(name: str) -> None:
    _REGISTRY.pop(name, None)


def schedules() -> list[Schedule]:
    return sorted(_REGISTRY.values(), key=lambda s: s.name)


def enqueue_due(now: dt.datetime | None = None) -> list[str]:
    """Enqueue every job whose slot has come and that no worker has enqueued yet.

    Returns the names enqueued by this call.
    """
    from siapekspor.core.models import ScheduledJob

    now = now or timezone.now()
    done = []
    for item in schedules():
        slot = item.slot(now)
        job, created = ScheduledJob.objects.get_or_create(
            name=item.name, defaults={"last_slot": slot}
        )
        if created or (job.last_slot is not None and job.last_slot >= slot):
            continue
        with transaction.atomic():
            won = (
                ScheduledJob.objects.filter(name=item.name)
                .filter(Q(last_slot__lt=slot) | Q(last_slot__isnull=True))
                .update(last_slot=slot, last_enqueued_at=now)
            )
            if not won:
                continue  # another worker took this slot
            result = item.task.enqueue()
            ScheduledJob.objects.filter(name=item.name).update(last_task_id=str(result.id)[:64])
        logger.info("Scheduled job %s enqueued for %s", item.name, slot.isoformat())
        done.append(item.name)
    return done
