"""40 simultaneous enrollment requests into a class of 20 against a live server → exactly 20.

The server is a real `siapekspor runserver` process (threaded, one database connection per
request) on a scratch database: SQLite in a temporary directory, or — when DATABASE_URL is
set — a scratch PostgreSQL database next to the test database (core/tests/live.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from siapekspor.core.tests.live import LiveServer, cli, in_parallel, payload, scratch_env

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


@pytest.mark.slow
def test_forty_parallel_enrollments_into_a_class_of_twenty_take_exactly_twenty(tmp_path):
    with scratch_env(tmp_path) as env:
        cli(env, "migrate", "--no-input", "-v0")
        setup = payload(cli(env, "shell", "-c", SETUP), "SETUP=")
        assert setup["capacity"] == 20
        with LiveServer(env, tmp_path) as server:

            def enroll(i):
                response = server.request(
                    "POST",
                    f"/api/v1/classes/{setup['class']}/enrollments",
                    json_body={"enterprise_id": setup["ents"][i], "state": "invited"},
                    headers={"Authorization": f"Bearer {setup['token']}"},
                )
                if response.status == 201:
                    return response.status, json.loads(response.body)["state"]
                return response.status, response.body[:200]

            results = in_parallel(40, enroll)
        check = payload(cli(env, "shell", "-c", CHECK), "CHECK=")
    assert len(results) == 40
    assert all(status == 201 for status, _s in results), results
    states = [s for _st, s in results]
    assert states.count("invited") == 20
    assert states.count("waitlisted") == 20
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
