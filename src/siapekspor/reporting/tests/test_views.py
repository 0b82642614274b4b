"""Dashboard, forecast, monthly report, KPI API and the regency outlines."""

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.core.management import call_command

from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.reporting.models import RegionShape
from siapekspor.reporting.services import rebuild_indicators
from siapekspor.shipments.tests.factories import direct, indirect

pytestmark = pytest.mark.django_db


@pytest.fixture
def built(users):
    today = dt.date.today()
    a, b = make_enterprise(regency="18.71"), make_enterprise(regency="18.01")
    for months in (2, 9, 15, 20):
        direct(a, today - dt.timedelta(days=30 * months), fob_usd=Decimal(1500))
    indirect([(b, 50)], today - dt.timedelta(days=40), destination="SGP")
    return rebuild_indicators()


def test_dashboard_before_any_rebuild_says_so(client, users):
    client.force_login(users["province_officer"])
    page = client.get("/outcomes/").content.decode()
    assert "belum dihitung" in page  # in words, without a command name
    assert "rebuild-indicators" not in page


@pytest.mark.parametrize(("prefix", "direction"), [("", "ltr"), ("/ar", "rtl")])
def test_dashboard_renders_figures_map_and_charts(
    client, users, built, prefix, direction, django_assert_max_num_queries
):
    client.force_login(users["province_officer"])
    with django_assert_max_num_queries(26):
        response = client.get(f"{prefix}/outcomes/")
    page = response.content.decode()
    assert response.status_code == 200
    assert f'dir="{direction}"' in page
    assert 'id="kpi-exporting">2<' in page
    assert page.count('class="tile"') == 15  # the tile map: every regency
    assert "polyline" in page  # the trend chart
    with django_assert_max_num_queries(8):  # cached by generation
        assert client.get(f"{prefix}/outcomes/").status_code == 200
    with django_assert_max_num_queries(8):  # the same figures
        assert client.get(f"{prefix}/outcomes/forecast/").status_code == 200


def test_dashboard_filters_and_bad_filters(client, users, built):
    client.force_login(users["admin"])
    page = client.get("/outcomes/?regency=18.01").content.decode()
    assert 'id="kpi-exporting">1<' in page
    assert client.get("/outcomes/?regency=zz&year=abc").status_code == 200


def test_numbers_are_formatted_by_locale(client, users, built):
    client.force_login(users["province_officer"])
    assert "28.500" in client.get("/outcomes/forecast/").content.decode()
    assert "28,500" in client.get("/en/outcomes/forecast/").content.decode()


def test_forecast_simulator_states_its_assumptions(client, users, built):
    client.force_login(users["province_officer"])
    page = client.get("/en/outcomes/forecast/").content.decode()
    assert "120" in page and "classes alone" in page.lower()
    assert "16/30" in page and "50/604" in page
    page = client.get(
        "/en/outcomes/forecast/",
        {
            "classes_per_year": 50,
            "class_size": 20,
            "class_conversion": "20",
            "self_service_per_year": 5000,
            "self_service_conversion": "3",
            "indirect_per_year": 400,
        },
    ).content.decode()
    assert "50 classes a year × 20 enterprises = 1,000 trained firms a year" in page
    bad = client.get("/outcomes/forecast/", {"classes_per_year": -3})
    assert bad.status_code == 200


def test_monthly_report_pdf_and_xlsx(client, users, built):
    from openpyxl import load_workbook

    client.force_login(users["partner_officer"])
    pdf = client.get("/outcomes/report.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert "attachment" in pdf["Content-Disposition"]
    xlsx = client.get("/outcomes/report.xlsx")
    wb = load_workbook(io.BytesIO(xlsx.content))
    summary = wb.worksheets[0]
    values = {row[0].value: row[1].value for row in summary.iter_rows() if row[0].value}
    assert 2 in values.values()  # exporting enterprises, as on the dashboard
    assert len(wb.worksheets) == 7


def test_kpi_api_for_partners(api_client, users, built, django_assert_max_num_queries):
    from django.core.cache import cache

    api_client.as_user(users["partner_officer"])
    cache.clear()
    with django_assert_max_num_queries(22):
        summary = api_client.get("/api/v1/kpi/summary")
    body = summary.json()
    assert summary.status_code == 200
    assert (body["exporting"], body["direct"], body["indirect"]) == (2, 1, 1)
    assert body["target"] == 28_500
    for path in ("regencies", "sectors", "funnel", "trend", "values", "cohorts", "forecast"):
        with django_assert_max_num_queries(5):  # the figures cached by generation
            assert api_client.get(f"/api/v1/kpi/{path}").status_code == 200
    assert len(api_client.get("/api/v1/kpi/regencies").json()) == 15
    owner = api_client.as_user(users["enterprise_owner"]).get("/api/v1/kpi/summary")
    assert owner.status_code == 403


def test_regions_geojson_loads_and_draws_real_outlines(client, users, built, shared_data):
    path = shared_data / "indonesia_regions" / "lampung_kabupaten_kota_simplified.geojson"
    out = io.StringIO()
    call_command("load_reference", "--regions-geojson", str(path), stdout=out)
    assert "regency outlines: 15" in out.getvalue()
    assert RegionShape.objects.count() == 15
    client.force_login(users["province_officer"])
    page = client.get("/outcomes/").content.decode()
    assert page.count('<path class="shade-') == 15
    assert 'class="tile"' not in page


def test_bad_geojson_is_refused_clearly(tmp_path):
    from django.core.management.base import CommandError

    bad = tmp_path / "bad.geojson"
    bad.write_text("{not json")
    with pytest.raises(CommandError):
        call_command("load_reference", "--regions-geojson", str(bad))
