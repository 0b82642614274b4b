"""Figures that stay current: the indicators rebuild by themselves after the changes they
read (debounced), every page with figures says when they were computed, and one current
count of exporting enterprises everywhere."""

from __future__ import annotations

import datetime as dt
import io

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.reporting import selectors, services
from siapekspor.reporting.models import RebuildRequest, Snapshot
from siapekspor.shipments.services import shipment_verify
from siapekspor.shipments.tests.factories import direct, make_shipment
from siapekspor.training import selectors as training_selectors
from siapekspor.training import services as training
from siapekspor.training.tests.helpers import set_signatory

pytestmark = pytest.mark.django_db


def _funnel(user) -> dict[str, int]:
    data = selectors.dashboard_data(user, selectors.Filters())
    return {step["key"]: step["count"] for step in data["funnel"]}


def _xlsx_funnel(client) -> dict[str, int]:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(client.get("/en/outcomes/report.xlsx").content))
    sheet = wb["Funnel"]
    return {row[0].value: row[1].value for row in sheet.iter_rows(min_row=2)}


@pytest.fixture
def a_class(users):
    """A class that started 30 days ago, one participant who attended its one session."""
    today = timezone.localdate()
    officer = users["province_officer"]
    programme = training.programme_create(actor=users["admin"], name="Kelas Ekspor", year=2026)
    cls = training.class_create(
        actor=officer,
        stage=programme.stages.get(number=1),
        level="pemula",
        name="Pemula Bandar Lampung",
        regency_id="18.71",
        starts_on=today - dt.timedelta(days=30),
    )
    ent = make_enterprise(regency="18.71")
    enrollment = training.enroll(actor=officer, training_class=cls, enterprise=ent)
    session = training.session_add(
        actor=officer, training_class=cls, date=today - dt.timedelta(days=20), topic="Prosedur"
    )
    training.attendance_record(
        actor=officer, session=session, present_enrollment_ids=[enrollment.pk]
    )
    # A certificate names its participant and is signed by the official (training).
    training.enrollment_set_participant(actor=officer, enrollment=enrollment, name="Siti Aminah")
    set_signatory(users["admin"])
    return {"programme": programme, "cls": cls, "ent": ent, "officer": officer}


def test_verifying_a_shipment_and_issuing_certificates_update_the_figures_by_themselves(
    client, users, a_class, django_capture_on_commit_callbacks
):
    officer, ent = a_class["officer"], a_class["ent"]
    services.rebuild_indicators()
    client.force_login(officer)
    before = _funnel(officer)
    assert (before["first_export"], before["trained"], before["certified"]) == (0, 0, 0)
    report_before = _xlsx_funnel(client)

    shipment = make_shipment(
        verified=False,
        kind="direct",
        enterprise_id=ent.pk,
        export_date=timezone.localdate() - dt.timedelta(days=5),
    )
    with django_capture_on_commit_callbacks(execute=True):
        shipment_verify(actor=officer, shipment=shipment, approve=True)
    after_export = _funnel(officer)
    assert after_export["first_export"] == 1
    page = client.get("/outcomes/").content.decode()
    assert 'id="kpi-exporting">1<' in page

    with django_capture_on_commit_callbacks(execute=True):
        issued = training.certificates_issue(actor=officer, training_class=a_class["cls"])
    assert len(issued) == 1
    after_certificate = _funnel(officer)
    assert (after_certificate["trained"], after_certificate["certified"]) == (1, 1)
    report_after = _xlsx_funnel(client)
    assert report_before["Certified"] == 0 and report_after["Certified"] == 1
    assert report_after["First export"] == 1
    # The cohort: a first export after the class started counts for the programme, on the
    # dashboard and on the training app's programme figures alike.
    data = selectors.dashboard_data(officer, selectors.Filters())
    assert [(p["participants"], p["first_exporters"]) for p in data["programmes"]] == [(1, 1)]
    assert training_selectors.programme_conversion(a_class["programme"])["first_export"] == 1
    assert not RebuildRequest.objects.filter(requested_at__isnull=False).exists()


def test_a_rolled_back_change_does_not_rebuild(users, django_capture_on_commit_callbacks):
    ent = make_enterprise(regency="18.71")
    shipment = make_shipment(verified=False, kind="direct", enterprise_id=ent.pk)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            from django.db import transaction

            with transaction.atomic():
                shipment_verify(actor=users["admin"], shipment=shipment, approve=True)
                raise RuntimeError("roll back")
        except RuntimeError:
            pass
    assert callbacks == [] and not Snapshot.objects.exists()


@pytest.fixture
def deferred_tasks(settings, monkeypatch):
    """The database task backend (as in production): rebuilds wait for the worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.INDICATORS_REBUILD_DELAY_SECONDS = 60
    monkeypatch.setattr(services, "_queued_until", None)


def _queued_rebuilds() -> int:
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(
        task_path="siapekspor.reporting.tasks.rebuild_indicators_if_requested", status="READY"
    ).count()


# Transactional: the worker closes its database connection between runs, as in production.
@pytest.mark.django_db(transaction=True)
def test_many_changes_within_the_delay_give_one_rebuild(users, deferred_tasks):
    ents = [make_enterprise(regency="18.71") for _ in range(5)]
    pending = [
        make_shipment(
            verified=False,
            kind="direct",
            enterprise_id=e.pk,
            export_date=timezone.localdate() - dt.timedelta(days=5),
        )
        for e in ents
    ]
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        for shipment in pending:  # each commits, then announces
            shipment_verify(actor=users["admin"], shipment=shipment, approve=True)
    assert _queued_rebuilds() == 1
    assert not Snapshot.objects.exists()  # nothing before the worker runs it

    with time_machine.travel(start + dt.timedelta(seconds=30), tick=False):
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert not Snapshot.objects.exists()  # not due yet
    with time_machine.travel(start + dt.timedelta(seconds=61), tick=False):
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
        assert Snapshot.objects.count() == 1
        assert _queued_rebuilds() == 0
        data = selectors.dashboard_data(users["admin"], selectors.Filters())
        assert data["totals"]["exporting"] == 5

        # A later change queues the next rebuild.
        late = make_shipment(verified=False, kind="direct", enterprise_id=ents[0].pk)
        shipment_verify(actor=users["admin"], shipment=late, approve=True)
        assert _queued_rebuilds() == 1


@pytest.mark.django_db(transaction=True)
def test_a_queued_rebuild_that_another_rebuild_answered_does_nothing(users, deferred_tasks):
    ent = make_enterprise(regency="18.71")
    shipment = make_shipment(verified=False, kind="direct", enterprise_id=ent.pk)
    shipment_verify(actor=users["admin"], shipment=shipment, approve=True)
    assert _queued_rebuilds() == 1
    services.rebuild_indicators()  # e.g. the nightly one
    with time_machine.travel(timezone.now() + dt.timedelta(seconds=120), tick=False):
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert Snapshot.objects.count() == 1


def test_a_lost_request_does_not_block_later_rebuilds(users, deferred_tasks):
    RebuildRequest.objects.create(
        pk=1, requested_at=timezone.now() - dt.timedelta(hours=2), topic="lost"
    )
    assert services.request_rebuild("shipments.verified") is True
    assert services.request_rebuild("shipments.verified") is False


IMPORT_CSV = (
    "Nama Usaha,Nama Pemilik,NIK,No. HP,Alamat,Kab/Kota,KBLI,Produk,Tenaga Kerja,NIB\n"
    "Keripik Maju 1,Siti Aminah,1871014105900001,0812-3456-0001,Jl. Pagar Alam 1,"
    "Kota Bandar Lampung,10794,Keripik pisang,4,9200000000001\n"
    "Keripik Maju 2,Siti Aminah,1871014105900002,0812-3456-0002,Jl. Pagar Alam 2,"
    "Kota Bandar Lampung,10794,Keripik pisang,4,9200000000002\n"
)


def test_an_import_and_an_assessment_update_the_figures_too(
    tmp_path, users, django_capture_on_commit_callbacks
):
    from siapekspor.readiness import services as readiness
    from siapekspor.readiness.content.questionnaire_v1 import QUESTIONNAIRE

    admin = users["admin"]
    services.rebuild_indicators()
    registered = _funnel(admin)["registered"]
    path = tmp_path / "ikm.csv"
    path.write_text(IMPORT_CSV, encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "import_enterprises", str(path), "--user", admin.username, stdout=io.StringIO()
        )
    assert _funnel(admin)["registered"] == registered + 2

    readiness.questionnaire_load(QUESTIONNAIRE)
    ent = make_enterprise(regency="18.71")
    answers = {
        q["code"]: (q.get("options") or [("x",), ("y",), ("sebagian",), ("penuh",)])[-1][0]
        for d in QUESTIONNAIRE["dimensions"]
        for q in d["questions"]
    }
    assessment, _new = readiness.assessment_start(actor=admin, enterprise=ent)
    readiness.assessment_answer(actor=admin, assessment=assessment, answers=answers)
    with django_capture_on_commit_callbacks(execute=True):
        readiness.assessment_submit(actor=admin, assessment=assessment)
    assert _funnel(admin)["assessed"] == 1


# --- One current count, 29 February ---------------------------------------------------------


@pytest.mark.parametrize("today", ["2028-02-29", "2027-12-31", "2027-03-31", "2029-02-28"])
def test_forecast_and_dashboard_give_the_same_current_count_on_edge_days(
    client, users, today, django_capture_on_commit_callbacks
):
    day = dt.date.fromisoformat(today)
    with time_machine.travel(dt.datetime.combine(day, dt.time(10)), tick=False):
        a, b, c = (make_enterprise(regency="18.71") for _ in range(3))
        direct(a, day - dt.timedelta(days=3))  # inside the window
        direct(b, dates_year_before(day) + dt.timedelta(days=1))  # first day of the window
        direct(c, dates_year_before(day))  # just outside
        services.rebuild_indicators()
        client.force_login(users["province_officer"])
        dashboard = client.get("/en/outcomes/")
        forecast_page = client.get("/en/outcomes/forecast/")
        report = client.get("/en/outcomes/report.xlsx")
        api = client.get("/api/v1/kpi/summary")
        forecast_api = client.get("/api/v1/kpi/forecast")
    assert dashboard.status_code == forecast_page.status_code == report.status_code == 200
    assert 'id="kpi-exporting">2<' in dashboard.content.decode()
    assert 'id="pace-current">2<' in forecast_page.content.decode()
    assert api.json()["exporting"] == 2 and forecast_api.json()["current"] == 2
    trend = client.get("/api/v1/kpi/trend").json()
    assert trend[-1]["exporting"] == 2


def dates_year_before(day: dt.date) -> dt.date:
    from siapekspor.core.dates import year_before

    return year_before(day)


def test_pages_with_figures_say_when_they_were_computed(client, users):
    make_enterprise(regency="18.71")
    snapshot = services.rebuild_indicators()
    client.force_login(users["province_officer"])
    for path in ("/outcomes/", "/outcomes/forecast/", "/", "/training/figures/"):
        page = client.get(path).content.decode()
        assert "Dihitung pada" in page, path
    computed = timezone.localtime(snapshot.created_at)
    assert computed.strftime("%Y") in client.get("/outcomes/").content.decode()
    from pypdf import PdfReader

    pdf = client.get("/outcomes/report.pdf").content
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Dihitung pada" in text
