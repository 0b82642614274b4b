"""The background worker cannot die quietly: leases, reclaim, retries, the scheduler, health.

The fault drills run real worker processes (`siapekspor worker`) against the test database
(on SQLite a file copy of it, on PostgreSQL the test database itself) and kill them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.db import connection, connections
from django.db.utils import load_backend
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from siapekspor.core import schedule
from siapekspor.core.models import ScheduledJob, WorkerHeartbeat
from siapekspor.core.worker import reclaim_abandoned, retry_transient

SWEEP = "siapekspor.core.tasks.sweep_worker_records"
DB_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _task(using="default", **fields) -> DBTaskResult:
    values = {
        "args_kwargs": {"args": [], "kwargs": {}},
        "task_path": SWEEP,
        "backend_name": "default",
        "run_after": get_date_max(),
    }
    values.update(fields)
    return DBTaskResult.objects.using(using).create(**values)


def _beat(worker_id, age_s, **fields):
    now = timezone.now()
    return WorkerHeartbeat.objects.create(
        worker_id=worker_id,
        host="h",
        pid=1,
        started_at=now - dt.timedelta(hours=1),
        beat_at=now - dt.timedelta(seconds=age_s),
        **fields,
    )


# --- reclaim ---------------------------------------------------------------------------


def test_a_task_of_a_dead_worker_goes_back_to_the_queue_and_a_live_ones_stays(db, settings):
    settings.WORKER_LEASE_SECONDS = 60
    started = timezone.now() - dt.timedelta(minutes=5)
    dead = _task(status="RUNNING", worker_ids=["dead"], started_at=started)
    _beat("dead", age_s=120, task_id=str(dead.pk))
    alive = _task(status="RUNNING", worker_ids=["alive"], started_at=started)
    _beat("alive", age_s=1, task_id=str(alive.pk))
    stopped = _task(status="RUNNING", worker_ids=["stopped"], started_at=started)
    _beat("stopped", age_s=1, stopped_at=timezone.now())
    orphan = _task(status="RUNNING", worker_ids=["no-heartbeat"], started_at=started)

    assert reclaim_abandoned() == 3
    statuses = dict(DBTaskResult.objects.values_list("pk", "status"))
    assert statuses[dead.pk] == statuses[stopped.pk] == statuses[orphan.pk] == "READY"
    assert statuses[alive.pk] == "RUNNING"
    assert DBTaskResult.objects.ready().count() == 3  # runnable now, not at a far date


def test_a_live_worker_that_moved_on_from_its_task_gives_it_back(db, settings):
    """Its result could not be saved: the task must not stay RUNNING forever."""
    settings.WORKER_HEARTBEAT_SECONDS = 1
    _task(
        status="RUNNING",
        worker_ids=["w"],
        started_at=timezone.now() - dt.timedelta(minutes=1),
    )
    _beat("w", age_s=0, task_id="")
    assert reclaim_abandoned() == 1


def test_a_task_that_kills_every_worker_is_failed_after_the_last_attempt(db, settings):
    settings.WORKER_MAX_ATTEMPTS = 3
    t = _task(
        status="RUNNING",
        worker_ids=["a", "b", "c"],
        started_at=timezone.now() - dt.timedelta(hours=1),
    )
    assert reclaim_abandoned() == 0
    t.refresh_from_db()
    assert t.status == "FAILED" and "abandoned by 3 workers" in t.traceback


# --- scheduler -------------------------------------------------------------------------


@pytest.fixture
def db_tasks(settings):
    settings.TASKS = DB_BACKEND


@pytest.fixture
def hourly(monkeypatch):
    """One hourly job alone in the registry (the apps' own jobs set aside)."""
    from siapekspor.core.tasks import sweep_worker_records

    monkeypatch.setattr(schedule, "_REGISTRY", {})
    return schedule.register("test.hourly", sweep_worker_records, every=dt.timedelta(hours=1))


def test_a_due_job_is_enqueued_once_per_slot_however_many_workers_ask(db, db_tasks, hourly):
    t0 = dt.datetime(2026, 3, 1, 10, 30, tzinfo=dt.UTC)
    assert "test.hourly" not in schedule.enqueue_due(t0)  # first sight: starts next slot
    assert "test.hourly" not in schedule.enqueue_due(t0 + dt.timedelta(minutes=20))
    later = t0 + dt.timedelta(minutes=31)
    assert "test.hourly" in schedule.enqueue_due(later)
    assert "test.hourly" not in schedule.enqueue_due(later)  # a second worker, same slot
    assert DBTaskResult.objects.filter(task_path=SWEEP).count() == 1
    job = ScheduledJob.objects.get(name="test.hourly")
    assert job.last_slot == dt.datetime(2026, 3, 1, 11, 0, tzinfo=dt.UTC)
    # Down for three slots: one run, not three.
    assert "test.hourly" in schedule.enqueue_due(later + dt.timedelta(hours=3))
    assert DBTaskResult.objects.filter(task_path=SWEEP).count() == 2


def test_two_workers_racing_for_a_slot_enqueue_it_once(transactional_db, db_tasks, hourly):
    """Two threads, two connections, one slot."""
    import threading

    t0 = timezone.now()
    schedule.enqueue_due(t0)
    ScheduledJob.objects.update(last_slot=t0 - dt.timedelta(hours=2))
    barrier, results = threading.Barrier(2), []

    def ask():
        try:
            barrier.wait()
            # As in the worker's loop: a lock held by the other one is waited out.
            results.append(retry_transient(lambda: schedule.enqueue_due(t0), what="test"))
        finally:
            connection.close()

    threads = [threading.Thread(target=ask) for _ in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert sorted(len(r) for r in results) == [0, 1]
    assert DBTaskResult.objects.filter(task_path=SWEEP).count() == 1


def test_daily_slots_are_in_local_time(settings):
    settings.TIME_ZONE = "Asia/Jakarta"
    item = schedule.Schedule(name="x", task=None, daily_at=dt.time(2, 0))
    # 18:59 UTC = 01:59 in Jakarta: the slot is yesterday's 02:00 (19:00 UTC two days ago).
    now = dt.datetime(2026, 3, 1, 18, 59, tzinfo=dt.UTC)
    assert item.slot(now) == dt.datetime(2026, 2, 28, 19, 0, tzinfo=dt.UTC)
    assert item.slot(now + dt.timedelta(minutes=1)) == dt.datetime(2026, 3, 1, 19, 0, tzinfo=dt.UTC)


def test_a_schedule_needs_exactly_one_rhythm():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        schedule.register("bad", None)
    with pytest.raises(ImproperlyConfigured):
        schedule.register("bad", None, every=dt.timedelta(hours=1), daily_at=dt.time(1))


# --- health ----------------------------------------------------------------------------


def test_healthz_reports_liveness_and_queue_without_sign_in(
    client, db, settings, django_assert_max_num_queries
):
    settings.WORKER_LEASE_SECONDS = 60
    with django_assert_max_num_queries(8):  # a probe every few seconds must stay cheap
        response = client.get("/healthz")
    assert response.status_code == 200 and response["Cache-Control"].startswith("max-age=0")
    body = response.json()
    assert body["status"] == "degraded" and body["worker"]["alive"] == 0

    _beat("w1", age_s=2)
    _task()
    body = client.get("/healthz").json()
    assert body["status"] == "ok" and body["database"] == "ok"
    assert body["worker"]["alive"] == 1 and body["worker"]["last_heartbeat_age_s"] >= 2
    assert body["queue"]["ready"] == 1 and body["queue"]["oldest_ready_age_s"] is not None
    # A task retried with backoff waits since its run_after, not since it was first queued.
    DBTaskResult.objects.all().delete()
    retried = _task(run_after=timezone.now() - dt.timedelta(seconds=1))
    DBTaskResult.objects.filter(pk=retried.pk).update(
        enqueued_at=timezone.now() - dt.timedelta(hours=2)
    )
    body = client.get("/healthz").json()
    assert body["status"] == "ok" and body["queue"]["oldest_ready_age_s"] < 60
    # Counts and ages only: no worker ids, host names, task names or arguments.
    text = json.dumps(body)
    assert "w1" not in text and SWEEP not in text and "sweep" not in text


def test_the_admin_index_shows_worker_liveness_and_queue_depth(client, users):
    _beat("w1", age_s=1)
    _task()
    client.force_login(users["admin"])
    page = client.get("/admin/").content.decode()
    assert 'id="worker-health"' in page
    client.force_login(users["admin"])
    assert client.get("/admin/core/workerheartbeat/").status_code == 200


# --- fault drills with real worker processes -------------------------------------------


class Drill:
    """The test database shared with worker subprocesses through the `drill` alias."""

    def __init__(self, tmp_path: Path):
        self.var = tmp_path / "var"
        self.var.mkdir()
        self.procs: list[subprocess.Popen] = []
        self.env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("SIAPEKSPOR_") and k != "DATABASE_URL"
        }
        self.env.update(
            DJANGO_SETTINGS_MODULE="siapekspor.settings",
            SIAPEKSPOR_VAR_DIR=str(self.var),
            SIAPEKSPOR_EMBEDDED="1",
            SIAPEKSPOR_SECRET_KEY=django_settings.SECRET_KEY,
            SIAPEKSPOR_PII_KEYS=django_settings.PII_KEYS,
            SIAPEKSPOR_PII_HMAC_KEY=django_settings.PII_HMAC_KEY,
            SIAPEKSPOR_WORKER_HEARTBEAT_SECONDS="0.3",
            SIAPEKSPOR_WORKER_LEASE_SECONDS="2",
            SIAPEKSPOR_SQLITE_BUSY_TIMEOUT="1",
            SIAPEKSPOR_LOG_LEVEL="INFO",
        )
        self.vendor = connection.vendor

    def share(self) -> None:
        """Make what the test wrote so far visible to worker processes."""
        sd = connection.settings_dict
        if self.vendor == "sqlite":
            self.path = self.var / "siapekspor.sqlite3"
            connection.ensure_connection()
            target = sqlite3.connect(self.path)
            connection.connection.backup(target)
            target.execute("PRAGMA journal_mode=WAL")
            target.close()
            name = str(self.path)
        else:
            user, host, port = sd["USER"], sd["HOST"] or "127.0.0.1", sd["PORT"] or 5432
            password = f":{sd['PASSWORD']}" if sd.get("PASSWORD") else ""
            self.env["DATABASE_URL"] = f"postgres://{user}{password}@{host}:{port}/{sd['NAME']}"
            name = sd["NAME"]
        # Registered for this thread only (not in DATABASES): the test may use it.
        self.vendor_name = self.vendor
        backend = load_backend(sd["ENGINE"])
        connections["drill"] = backend.DatabaseWrapper({**sd, "NAME": name}, "drill")

    def worker(self, *args) -> subprocess.Popen:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "siapekspor",
                "worker",
                "--no-startup-delay",
                "--interval",
                "0.2",
                *args,
            ],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.procs.append(proc)
        return proc

    def wait_for(self, what, check, timeout=90.0, poll=0.1):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = check()
            if value:
                return value
            time.sleep(poll)
        logs = "\n".join(self.output(p) for p in self.procs)
        pytest.fail(f"Timed out waiting for {what}.\n{logs}")

    def output(self, proc) -> str:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        try:
            out, _ = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
        return out or ""

    def close(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            if proc.stdout:
                proc.stdout.close()
        if hasattr(self, "vendor_name"):
            connections["drill"].close()
            del connections["drill"]
        if self.vendor == "postgresql":
            with connection.cursor() as cursor:  # workers killed mid-transaction
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )


@pytest.fixture
def drill(transactional_db, tmp_path):
    d = Drill(tmp_path)
    yield d
    d.close()


def _csv(path: Path, n: int) -> Path:
    lines = ["Nama Usaha;Nama Pemilik;NIK;No. HP;Alamat;Kab/Kota;KBLI;NIB"]
    for i in range(n):
        lines.append(
            f"Usaha Drill {i};Pemilik {i % 97};{1871014105000000 + i};0812{30000000 + i};"
            f"Jl. Uji No. {i};Kota Bandar Lampung;10794;{9100000000000 + i}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_a_worker_killed_mid_import_is_replaced_and_the_import_completes_once(
    drill, users, tmp_path, settings
):
    from siapekspor.core import uploads
    from siapekspor.registry.importing.batch import UPLOADS
    from siapekspor.registry.models import Enterprise
    from siapekspor.registry.models_import import BatchStatus, ImportBatch, ImportRowOutcome

    rows = 20_000
    source = _csv(tmp_path / "drill.csv", rows)
    # Stored as an upload is (encrypted, server-made name) where the workers look for it.
    settings.MEDIA_ROOT = drill.var / "media"
    stored = uploads.store_path(source, area=UPLOADS)
    before = Enterprise.objects.count()
    drill.share()
    batch = ImportBatch.objects.using("drill").create(
        created_by_id=users["admin"].pk,
        file_name="drill.csv",
        file_sha256="0" * 64,
        stored_path=stored.name,
        status=BatchStatus.QUEUED,
    )
    task = _task(
        using="drill",
        task_path="siapekspor.registry.tasks.run_import_batch",
        args_kwargs={"args": [batch.pk], "kwargs": {}},
    )

    def batch_row():
        return ImportBatch.objects.using("drill").get(pk=batch.pk)

    first = drill.worker()
    # Killed at its first progress mark, a quarter of the way through: on a loaded machine
    # the poll below can miss the short write phase at the end, never three quarters of
    # the validation.
    drill.wait_for(
        "the first worker to validate a quarter of the rows",
        lambda: batch_row().status == BatchStatus.RUNNING and batch_row().rows_done >= rows // 4,
        poll=0.02,
    )
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert batch_row().status == BatchStatus.RUNNING  # it died with the batch unfinished

    second = drill.worker()
    drill.wait_for(
        "the second worker to finish the import",
        lambda: (
            DBTaskResult.objects.using("drill").get(pk=task.pk).status in ("SUCCESSFUL", "FAILED")
        ),
        timeout=180,
    )
    result = DBTaskResult.objects.using("drill").get(pk=task.pk)
    log = drill.output(second)
    assert result.status == "SUCCESSFUL", log + result.traceback
    assert len(result.worker_ids) == 2  # claimed by the dead worker, then by the new one
    assert "queued again" in log
    done = batch_row()
    assert done.status == BatchStatus.COMPLETED
    assert done.rows_total == rows
    assert done.created + done.updated + done.unchanged + done.rejected == rows
    assert done.created > rows * 0.99
    # Nothing written twice: one enterprise per created row, one outcome per source row.
    assert Enterprise.objects.using("drill").count() == before + done.created
    assert ImportRowOutcome.objects.using("drill").filter(batch_id=batch.pk).count() == rows


@pytest.mark.slow
def test_the_database_going_away_under_the_worker_does_not_kill_it(drill):
    """SQLite: the write lock held by another process at BEGIN ("database is locked").
    PostgreSQL: the worker's connections terminated by the server."""
    drill.share()
    proc = drill.worker()
    drill.wait_for(
        "the worker's first heartbeat",
        lambda: WorkerHeartbeat.objects.using("drill").exists(),
    )
    if drill.vendor == "sqlite":
        holder = sqlite3.connect(drill.path, timeout=30, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        time.sleep(4)  # several claims hit the lock (busy timeout 1 s)
        assert proc.poll() is None, drill.output(proc)
        holder.execute("COMMIT")
        holder.close()
    else:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            ours = cursor.fetchone()[0]
        with connections["drill"].cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid NOT IN (pg_backend_pid(), %s)",
                [ours],
            )
            assert cursor.fetchall()  # the worker's connections were cut
        time.sleep(1)
        assert proc.poll() is None, drill.output(proc)
    task = _task(using="drill")
    drill.wait_for(
        "the task to run after the database came back",
        lambda: DBTaskResult.objects.using("drill").get(pk=task.pk).status == "SUCCESSFUL",
    )
    assert proc.poll() is None
    if drill.vendor == "sqlite":
        assert "database not available" in drill.output(proc)  # it did hit the lock
