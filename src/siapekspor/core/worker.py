"""The background worker (`siapekspor worker`): django-tasks' database worker, made to last.

- No autoreload: one process, one loop; if it dies, it dies loudly (exit code, log) and its
  supervisor (systemd, `make run`) starts it again.
- Transient database errors (a lock held by another writer, a dropped connection) while
  claiming a task or saving its result are retried with backoff; a task that fails with one
  is queued again with backoff (up to WORKER_MAX_ATTEMPTS claims).
- A heartbeat: a thread updates this worker's `WorkerHeartbeat` row every
  WORKER_HEARTBEAT_SECONDS, with the task it is running.
- Reclaim: a task left RUNNING by a worker whose heartbeat is older than
  WORKER_LEASE_SECONDS (killed, machine lost) goes back to the queue, and a new worker runs
  it again. Tasks must therefore be safe to run twice (the import is: its write is one
  transaction and a finished batch is never written again).
- The scheduler (`core.schedule`): due periodic jobs are enqueued on each housekeeping pass.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import random
import socket
import threading
import time
from collections.abc import Callable
from traceback import format_exception

from django.conf import settings
from django.db import close_old_connections, connection, connections
from django.utils import timezone
from django_tasks_db.compat import TaskContext, task_finished, task_started
from django_tasks_db.management.commands.db_worker import Worker as DbWorker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction

from siapekspor.core.errors import is_transient_db_error

logger = logging.getLogger("siapekspor.worker")

RUNNING, READY, FAILED = "RUNNING", "READY", "FAILED"


def lease() -> dt.timedelta:
    return dt.timedelta(seconds=settings.WORKER_LEASE_SECONDS)


def _drop_broken_connections() -> None:
    """After a database error, close connections that can no longer be used."""
    for conn in connections.all(initialized_only=True):
        if conn.in_atomic_block:
            continue
        try:
            if conn.connection is not None and not conn.is_usable():
                conn.close()
        except Exception:  # closing a broken connection may itself fail
            conn.connection = None
    close_old_connections()


def backoff_delay(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    """Exponential backoff with jitter: 0.5 s, 1 s, 2 s … at most `cap`."""
    delay = min(cap, base * (2 ** max(0, attempt - 1)))
    return delay * (0.75 + random.random() / 2)  # noqa: S311 (jitter, not a secret)


def retry_transient(fn: Callable, *, what: str, give_up_after: float = 120.0):
    """Call `fn` until it passes a transient database error, with backoff; other errors and
    a transient one that lasts past `give_up_after` seconds are raised."""
    started, attempt = time.monotonic(), 0
    while True:
        try:
            return fn()
        except Exception as exc:
            if not is_transient_db_error(exc):
                raise
            attempt += 1
            if time.monotonic() - started > give_up_after:
                raise
            delay = backoff_delay(attempt)
            logger.warning("%s: %s; retrying in %.1f s", what, exc, delay)
            _drop_broken_connections()
            time.sleep(delay)


def reclaim_abandoned(now: dt.datetime | None = None) -> int:
    """Queue again the tasks left RUNNING by a worker that is gone.

    A worker is gone when its heartbeat is older than the lease, or it recorded that it
    stopped, or it never had a heartbeat row and the task started longer than a lease ago.
    A task whose worker is alive but reports running another task (its result could not be
    saved) is queued again too. A task abandoned WORKER_MAX_ATTEMPTS times is marked failed.
    """
    from siapekspor.core.models import WorkerHeartbeat

    now = now or timezone.now()
    stale_before = now - lease()
    running = list(DBTaskResult.objects.running().only("id", "worker_ids", "started_at"))
    if not running:
        return 0
    ids = {t.worker_ids[-1] for t in running if t.worker_ids}
    beats = {b.worker_id: b for b in WorkerHeartbeat.objects.filter(worker_id__in=ids)}
    settle = dt.timedelta(seconds=2 * settings.WORKER_HEARTBEAT_SECONDS + 1)
    reclaimed = 0
    for t in running:
        worker = t.worker_ids[-1] if t.worker_ids else ""
        beat = beats.get(worker)
        started = t.started_at or stale_before
        if beat is None:
            gone = started < stale_before
        elif beat.stopped_at is not None or beat.beat_at < stale_before:
            gone = True
        else:  # alive: gone only if it has moved on from this task
            gone = beat.task_id != str(t.id) and beat.beat_at > started + settle
        if not gone:
            continue
        same = DBTaskResult.objects.filter(pk=t.pk, status=RUNNING, started_at=t.started_at)
        if len(t.worker_ids) >= settings.WORKER_MAX_ATTEMPTS:
            changed = same.update(
                status=FAILED,
                finished_at=now,
                exception_class_path="siapekspor.core.worker.WorkerLost",
                traceback=(
                    f"WorkerLost: the task was abandoned by {len(t.worker_ids)} workers "
                    "(killed or lost while running it); not retried again.\n"
                ),
            )
            if changed:
                logger.error("Task %s abandoned %d times: marked failed", t.pk, len(t.worker_ids))
            continue
        changed = same.update(status=READY, run_after=now)
        if changed:
            reclaimed += 1
            logger.warning(
                "Task %s was left running by worker %s (last heartbeat %s): queued again",
                t.pk,
                worker or "?",
                beat.beat_at.isoformat() if beat else "never",
            )
    return reclaimed


class Worker(DbWorker):
    """django-tasks' database worker with heartbeat, reclaim, retries and the scheduler."""

    def __init__(self, *, scheduler: bool = True, **kwargs):
        super().__init__(**kwargs)
        self.scheduler = scheduler
        self.current_task_id = ""
        self.tasks_done = 0
        self._stop = threading.Event()
        self._last_housekeeping = 0.0

    # --- heartbeat ---------------------------------------------------------------------
    def _beat(self, *, stopped: bool = False) -> None:
        from siapekspor.core.models import WorkerHeartbeat

        now = timezone.now()
        values = {
            "beat_at": now,
            "task_id": self.current_task_id,
            "tasks_done": self.tasks_done,
            "stopped_at": now if stopped else None,
        }
        if not WorkerHeartbeat.objects.filter(pk=self.worker_id).update(**values):
            WorkerHeartbeat.objects.update_or_create(
                pk=self.worker_id,
                defaults={
                    **values,
                    "host": socket.gethostname()[:255],
                    "pid": os.getpid(),
                    "started_at": now,
                },
            )

    def _beat_loop(self) -> None:
        try:
            while not self._stop.wait(settings.WORKER_HEARTBEAT_SECONDS):
                try:
                    self._beat()
                except Exception as exc:  # the next beat tries again; the lease is long
                    logger.warning("Heartbeat of worker %s failed: %s", self.worker_id, exc)
                    _drop_broken_connections()
        finally:
            connection.close()

    # --- the loop ------------------------------------------------------------------------
    def run(self) -> None:
        logger.info("Starting worker worker_id=%s pid=%s", self.worker_id, os.getpid())
        retry_transient(self._beat, what="Registering the worker")
        beater = threading.Thread(target=self._beat_loop, name="heartbeat", daemon=True)
        beater.start()
        try:
            self._loop()
        finally:
            self._stop.set()
            beater.join(timeout=settings.WORKER_HEARTBEAT_SECONDS + 5)
            try:
                self._beat(stopped=True)
            except Exception as exc:
                logger.warning("Could not record that worker %s stopped: %s", self.worker_id, exc)

    def _housekeeping(self) -> None:
        if time.monotonic() - self._last_housekeeping < settings.WORKER_HEARTBEAT_SECONDS:
            return
        reclaim_abandoned()
        if self.scheduler:
            from siapekspor.core.schedule import enqueue_due

            enqueue_due()
        self._last_housekeeping = time.monotonic()

    def _claim(self) -> DBTaskResult | None:
        tasks = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            tasks = tasks.filter(queue_name__in=self.queue_names)
        if self.excluded_queue_names:
            tasks = tasks.exclude(queue_name__in=self.excluded_queue_names)
        with exclusive_transaction(tasks.db):
            task_result = tasks.get_locked()
            if task_result is not None:
                task_result.claim(self.worker_id)
        return task_result

    def _loop(self) -> None:
        if self.startup_delay and self.interval:
            time.sleep(random.random())  # noqa: S311 (spreads workers started together)
        failures = 0
        while self.running:
            try:
                close_old_connections()
                self._housekeeping()
                task_result = self._claim()
            except Exception as exc:
                if not is_transient_db_error(exc):
                    raise
                failures += 1
                delay = backoff_delay(failures)
                logger.warning(
                    "Worker %s: database not available (%s); retrying in %.1f s",
                    self.worker_id,
                    exc,
                    delay,
                )
                _drop_broken_connections()
                time.sleep(delay)
                continue
            failures = 0
            if task_result is not None:
                self.run_task(task_result)
            elif self.batch:
                logger.info("No more tasks for worker_id=%s - exiting.", self.worker_id)
                return
            if self.max_tasks is not None and self._run_tasks >= self.max_tasks:
                logger.info("Ran %d tasks on worker=%s - exiting.", self._run_tasks, self.worker_id)
                return
            close_old_connections()
            if self.running and task_result is None:
                time.sleep(self.interval)

    # --- one task ------------------------------------------------------------------------
    def run_task(self, db_task_result: DBTaskResult) -> None:
        self.running_task = True
        self.current_task_id = str(db_task_result.id)
        try:
            task = db_task_result.task
            task_result = db_task_result.task_result
            backend_type = task.get_backend()
            task_started.send(sender=backend_type, task_result=task_result)
            if task.takes_context:
                value = task.call(
                    TaskContext(task_result=task_result), *task_result.args, **task_result.kwargs
                )
            else:
                value = task.call(*task_result.args, **task_result.kwargs)
            retry_transient(
                lambda: db_task_result.set_successful(value), what="Saving a task result"
            )
            task_finished.send(sender=backend_type, task_result=db_task_result.task_result)
        except (KeyboardInterrupt, SystemExit):
            # Stopped by the operator (a second Ctrl-C / SIGTERM): not the task's failure.
            # It goes back to the queue for the next worker, and this one exits.
            retry_transient(
                lambda: DBTaskResult.objects.filter(pk=db_task_result.pk, status=RUNNING).update(
                    status=READY, run_after=timezone.now()
                ),
                what="Queueing an interrupted task again",
                give_up_after=10,
            )
            raise
        except Exception as exc:
            self._task_failed(db_task_result, exc)
        finally:
            self.current_task_id = ""
            self.running_task = False
            self.tasks_done += 1
            self._run_tasks += 1

    def _task_failed(self, db_task_result: DBTaskResult, exc: Exception) -> None:
        attempts = len(db_task_result.worker_ids)
        _drop_broken_connections()
        if is_transient_db_error(exc) and attempts < settings.WORKER_MAX_ATTEMPTS:
            delay = backoff_delay(attempts, base=2.0, cap=60.0)
            logger.warning(
                "Task %s hit a transient database error (%s); queued again in %.0f s",
                db_task_result.id,
                exc,
                delay,
            )
            retry_transient(
                lambda: DBTaskResult.objects.filter(pk=db_task_result.pk, status=RUNNING).update(
                    status=READY, run_after=timezone.now() + dt.timedelta(seconds=delay)
                ),
                what="Queueing a task again",
            )
            return
        logger.error(
            "Task %s failed: %s",
            db_task_result.id,
            "".join(format_exception(exc)).strip().splitlines()[-1],
        )
        retry_transient(lambda: db_task_result.set_failed(exc), what="Saving a task failure")
        try:
            task_finished.send(
                sender=type(db_task_result.task.get_backend()),
                task_result=db_task_result.task_result,
            )
        except Exception:
            logger.exception("Task %s: the finished signal failed", db_task_result.id)
