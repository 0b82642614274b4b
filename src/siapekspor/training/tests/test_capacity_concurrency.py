"""40 simultaneous enrollment requests into a class of 20 against a live server → exactly 20.

The server is a real `siapekspor runserver` process (threaded, one database connection per
request) on a scratch database: SQLite in a temporary directory, or — when DATABASE_URL is
set — a scratch PostgreSQL database next to the test database.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

SETUP = r"""
import json
from siapekspor.accounts.models import Role
from siapekspor.accounts.services import api_token_issue
from siapekspor.registry.models import Regency
from siapekspor.registry.tests.factories import make_enterprise, make_user
from siapekspor.training import services
Regency.objects.get_or_create(code="18.71", defaults={"name": "Bandar Lampung", "kind": "city"})
admin = make_user(Role.ADMIN, username="conc-admin")
programme = services.programme_create(actor=admin, name="Uji", year=2026)
cls = services.class_create(actor=admin, stage=programme.stages.get(number=1), level="pemula",
                            name="Kelas uji", regency_id="18.71")
ents = [make_enterprise(actor=admin, regency="18.71", kbli=None, name=f"Usaha {i}").pk
        for i in range(40)]
_t, token = api_token_issue(user=admin, name="conc")
print("SETUP=" + json.dumps({"class": cls.pk, "capacity": cls.capacity, "ents": ents,
                             "token": token}))
"""

CHECK = r"""
import json
from siapekspor.training.models import Enrollment, TrainingClass
c = TrainingClass.objects.get()
states = {}
for s in Enrollment.objects.values_list("state", flat=True):
    states[s] = states.get(s, 0) + 1
print("CHECK=" + json.dumps({"seats_taken": c.seats_taken, "states": states}))
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _siapekspor(env, *args, **kw):
    return subprocess.run(
        [sys.executable, "-m", "siapekspor", *args],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=kw.get("timeout", 300),
    )


def _payload(out: str, marker: str) -> dict:
    line = next(x for x in out.splitlines() if x.startswith(marker))
    return json.loads(line[len(marker) :])


@pytest.fixture
def live_env(tmp_path):
    env = {
        **os.environ,
        "SIAPEKSPOR_VAR_DIR": str(tmp_path / "var"),
        "SIAPEKSPOR_TASK_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "SIAPEKSPOR_API_RATE_LIMIT_PER_MINUTE": "10000",
    }
    env.pop("SIAPEKSPOR_TEST_DB", None)
    url = os.environ.get("DATABASE_URL", "")
    dbname = None
    if url:
        import psycopg

        base = url.rsplit("/", 1)[0]
        dbname = f"conc_{os.getpid()}"
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{dbname}"')
            conn.execute(f'CREATE DATABASE "{dbname}"')
        env["DATABASE_URL"] = f"{base}/{dbname}"
    yield env
    if dbname:
        import psycopg

        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')


@pytest.mark.slow
def test_forty_parallel_enrollments_into_a_class_of_twenty_take_exactly_twenty(live_env):
    _siapekspor(live_env, "migrate", "--no-input", "-v0")
    setup = _payload(_siapekspor(live_env, "shell", "-c", SETUP).stdout, "SETUP=")
    assert setup["capacity"] == 20
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "siapekspor", "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=live_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.time() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.2)
        barrier = threading.Barrier(40)
        results: list[tuple[int, str]] = []
        lock = threading.Lock()

        def enroll(ent_id):
            req = urllib.request.Request(
                f"http://127.0.0.1:{port}/api/v1/classes/{setup['class']}/enrollments",
                data=json.dumps({"enterprise_id": ent_id, "state": "invited"}).encode(),
                headers={
                    "Authorization": f"Bearer {setup['token']}",
                    "Content-Type": "application/json",
                },
                method="POST",
            )
            barrier.wait()
            # runserver's listen backlog is small: a refused or reset connection (the request
            # never reached Django) is retried, as a browser would.
            for attempt in range(20):
                try:
                    with urllib.request.urlopen(req, timeout=60) as resp:  # noqa: S310
                        row = (resp.status, json.loads(resp.read())["state"])
                    break
                except urllib.error.HTTPError as exc:
                    row = (exc.code, exc.read().decode()[:200])
                    break
                except (ConnectionError, urllib.error.URLError):
                    time.sleep(0.05 * (attempt + 1))
            with lock:
                results.append(row)

        threads = [threading.Thread(target=enroll, args=(e,)) for e in setup["ents"]]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
    finally:
        server.terminate()
        server.wait(20)
    assert len(results) == 40
    assert all(status == 201 for status, _s in results), results
    states = [s for _st, s in results]
    assert states.count("invited") == 20
    assert states.count("waitlisted") == 20
    check = _payload(_siapekspor(live_env, "shell", "-c", CHECK).stdout, "CHECK=")
    assert check["seats_taken"] == 20
    assert check["states"] == {"invited": 20, "waitlisted": 20}


def test_check_constraint_refuses_more_seats_than_capacity(db):
    """The database itself refuses seats_taken > capacity, whatever the code does."""
    from django.db import IntegrityError, transaction

    from siapekspor.registry.tests.factories import make_user
    from siapekspor.training import services
    from siapekspor.training.models import TrainingClass

    admin = make_user("admin")
    programme = services.programme_create(actor=admin, name="Uji", year=2026)
    cls = services.class_create(
        actor=admin,
        stage=programme.stages.get(number=1),
        level="pemula",
        name="K",
        regency_id="18.71",
        capacity=2,
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        TrainingClass.objects.filter(pk=cls.pk).update(seats_taken=3)


assert Path(__file__).name.startswith("test_")
