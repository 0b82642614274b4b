"""KPI snapshot arithmetic against a small hand-computed case (as of 30 June 2025).

A (18.71): direct 2024-01-05 (USD 500, USA) and 2025-05-10 (USD 1,000, JPN) → exporting,
           direct, repeat (shipments 490 days apart), first export before the window.
B (18.71): 40 % of an indirect shipment 2023-02-01 (USD 2,000, JPN) → lapsed.
C (18.01): 25 % of an indirect shipment 2025-01-20 (USD 4,000, SGP) → exporting, indirect,
           first export inside the window; took part in a class that started 2024-12-01.
D (18.01): only a pending shipment → never; took part in the same class.
"""

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.utils import timezone

from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.reporting import selectors
from siapekspor.reporting.models import KpiCell, KpiTrend, KpiValue, RebuildRequest, Snapshot
from siapekspor.reporting.services import rebuild_indicators
from siapekspor.shipments import services as shipment_services
from siapekspor.shipments.tests.factories import direct, indirect, make_shipment, officer

pytestmark = pytest.mark.django_db
AS_OF = dt.date(2025, 6, 30)


@pytest.fixture
def world(settings):
    settings.TARGET_BASELINE_ENTERPRISES = 20
    settings.TARGET_EXPORTING_SHARE = 0.5
    a = make_enterprise(regency="18.71")
    b = make_enterprise(regency="18.71")
    c = make_enterprise(regency="18.01")
    d = make_enterprise(regency="18.01")
    direct(a, dt.date(2024, 1, 5), fob_usd=Decimal(500), destination="USA")
    direct(a, dt.date(2025, 5, 10), fob_usd=Decimal(1000), destination="JPN")
    indirect([(b, 40)], dt.date(2023, 2, 1), fob_usd=Decimal(2000), destination="JPN")
    indirect([(c, 25)], dt.date(2025, 1, 20), fob_usd=Decimal(4000), destination="SGP")
    make_shipment(
        kind="direct", enterprise_id=d.pk, export_date=dt.date(2025, 6, 1), verified=False
    )
    from siapekspor.training.models import Enrollment, Programme, Stage, TrainingClass

    programme = Programme.objects.create(name="Kelas Ekspor Uji", year=2024)
    stage = Stage.objects.create(programme=programme, number=1)
    klass = TrainingClass.objects.create(
        stage=stage,
        level="pemula",
        name="Kelas A",
        regency_id="18.01",
        starts_on=dt.date(2024, 12, 1),
    )
    Enrollment.objects.create(training_class=klass, enterprise=c, state="completed")
    Enrollment.objects.create(training_class=klass, enterprise=d, state="accepted")
    return {"a": a, "b": b, "c": c, "d": d}


def _total(snapshot, field, **filters):
    return sum(KpiCell.objects.filter(snapshot=snapshot, **filters).values_list(field, flat=True))


def test_cells_count_status_channels_history_and_training(world):
    snap = rebuild_indicators(as_of=AS_OF)
    expected = {
        "enterprises": 4,
        "exporting": 2,
        "direct": 1,
        "indirect": 1,
        "lapsed": 1,
        "ever_exported": 3,
        "repeat": 1,
        "new_exporters": 1,
        "trained": 1,
    }
    assert {k: _total(snap, k) for k in expected} == expected
    assert _total(snap, "exporting", regency="18.71") == 1
    assert _total(snap, "lapsed", regency="18.71") == 1
    assert _total(snap, "indirect", regency="18.01") == 1


def test_trend_follows_the_twelve_month_window(world):
    snap = rebuild_indicators(as_of=AS_OF)

    def at(year, month):
        return sum(
            KpiTrend.objects.filter(snapshot=snap, month=dt.date(year, month, 1)).values_list(
                "exporting", flat=True
            )
        )

    assert at(2024, 1) == 2  # A (Jan 2024) and B (Feb 2023, still inside)
    assert at(2024, 2) == 1  # B lapsed
    assert at(2024, 12) == 1
    assert at(2025, 1) == 1  # C joins; A's January 2024 export has left the window
    assert at(2025, 6) == 2


def test_values_count_indirect_exports_by_share(world):
    snap = rebuild_indicators(as_of=AS_OF)

    def usd(year, dimension, key):
        return sum(
            KpiValue.objects.filter(
                snapshot=snap, year=year, dimension=dimension, key=key
            ).values_list("value_usd", flat=True)
        )

    assert usd(2025, "destination", "JPN") == Decimal(1000)
    assert usd(2025, "destination", "SGP") == Decimal(1000)  # 25 % of 4,000
    assert usd(2024, "destination", "USA") == Decimal(500)
    assert usd(2023, "destination", "JPN") == Decimal(800)  # 40 % of 2,000


def test_dashboard_figures_progress_funnel_and_cohorts(world, users):
    rebuild_indicators(as_of=AS_OF)
    data = selectors.dashboard_data(users["province_officer"], selectors.Filters())
    # `users` adds the owner's enterprise (18.71, never exported): five registered.
    assert data["target"] == 10
    assert data["totals"]["exporting"] == 2
    assert data["share_of_baseline_pct"] == 10.0
    assert data["progress_pct"] == 20.0
    assert [f["count"] for f in data["funnel"]] == [5, 0, 1, 0, 0, 0, 0, 0, 3, 0, 1]
    programme = data["programmes"][0]
    assert (programme["participants"], programme["first_exporters"], programme["conversion"]) == (
        2,
        1,
        50.0,
    )
    anchors = {a["key"]: a["conversion"] for a in data["anchors"]}
    assert anchors == {"sumbar-2023": 53.33, "lpei-jatim": 8.28}
    regency = {r["code"]: r for r in data["regencies"]}
    assert regency["18.01"]["share"] == 50.0
    assert regency["18.04"]["enterprises"] == 0 and regency["18.04"]["share"] is None
    past = selectors.dashboard_data(users["province_officer"], selectors.Filters(year=2023))
    assert past["totals"]["exporting"] == 1  # B at the end of 2023


def test_regency_officer_sees_own_regency(world, users):
    rebuild_indicators(as_of=AS_OF)
    data = selectors.dashboard_data(users["regency_officer"], selectors.Filters(regency="18.01"))
    assert data["filters"]["regency"] == "18.71"
    assert data["totals"]["exporting"] == 1


def test_cache_uses_the_generation_key(world, users):
    rebuild_indicators(as_of=AS_OF)
    user = users["province_officer"]
    assert selectors.dashboard_data(user, selectors.Filters())["totals"]["exporting"] == 2
    pending = world["d"].shipments.get()
    shipment_services.shipment_verify(actor=officer(), shipment=pending, approve=True)
    assert selectors.dashboard_data(user, selectors.Filters())["totals"]["exporting"] == 2
    rebuild_indicators(as_of=AS_OF)
    assert selectors.dashboard_data(user, selectors.Filters())["totals"]["exporting"] == 3


def test_rebuild_command_and_task(world):
    from django.core.management import call_command

    from siapekspor.reporting.tasks import rebuild_indicators_task

    out = io.StringIO()
    call_command("rebuild_indicators", "--as-of", "2025-06-30", stdout=out)
    assert "as of 2025-06-30: 2 exporting" in out.getvalue()
    call_command("rebuild_indicators", "--as-of", "2025-06-30", "--if-stale", stdout=out)
    assert out.getvalue().strip().endswith("is current")
    result = rebuild_indicators_task.enqueue()
    assert result.return_value > 0
    assert Snapshot.objects.order_by("-id").first().as_of == timezone.localdate()
    RebuildRequest.objects.create(pk=1, requested_at=timezone.now(), topic="test")
    call_command("rebuild_indicators", "--if-stale", stdout=out)
    assert not RebuildRequest.objects.filter(requested_at__isnull=False).exists()
