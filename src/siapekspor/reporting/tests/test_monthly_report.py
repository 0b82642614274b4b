"""The monthly report: a month picker, a paragraph written from the figures in the reader's
language, the regency table with names, and the same figures in the PDF and the xlsx."""

import datetime as dt
import io

import pytest

from siapekspor.core import dates
from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.reporting.services import rebuild_indicators
from siapekspor.shipments.tests.factories import direct

pytestmark = pytest.mark.django_db


def _month(day: dt.date) -> dt.date:
    return day.replace(day=1)


@pytest.fixture
def months_built(users):
    """Exports in three regencies: Bandar Lampung gains two exporters in the month before
    the current one, Metro one, Lampung Selatan loses its only exporter (last export 13
    months earlier)."""
    today = dt.date.today()
    this_month = _month(today)
    report_month = dates.add_months(this_month, -1)  # the last whole month
    mid = report_month.replace(day=10)
    bdl = [make_enterprise(regency="18.71") for _ in range(4)]
    metro = make_enterprise(regency="18.72")
    south = make_enterprise(regency="18.01")
    direct(bdl[0], dates.add_months(mid, -3))
    direct(bdl[1], mid)
    direct(bdl[2], mid)
    direct(metro, mid)
    # Exported 12 months before the report month's middle: lapses during the report month.
    direct(south, dates.add_months(report_month, -12).replace(day=20))
    rebuild_indicators()
    return report_month


def _summary(content: bytes) -> dict:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(content))
    rows = {r[0].value: r[1].value for r in wb.worksheets[0].iter_rows() if r[0].value}
    return {"wb": wb, "rows": rows}


def test_the_paragraph_tells_what_changed_and_which_regencies_moved(client, users, months_built):
    client.force_login(users["province_officer"])
    month = months_built.strftime("%Y-%m")
    response = client.get("/outcomes/report.xlsx", {"month": month})
    assert response.status_code == 200
    assert f"siapekspor-laporan-{month}.xlsx" in response["Content-Disposition"]
    book = _summary(response.content)
    rows = book["rows"]
    assert rows["Bulan laporan"] == month
    assert rows["Usaha yang mengekspor"] == 4  # three in Bandar Lampung, one in Metro
    assert rows["Usaha yang mengekspor, bulan sebelumnya"] == 2  # bdl[0] and Lampung Selatan
    text = rows["Ringkasan"]
    assert "mencapai 4: 4 langsung dan 0 tidak langsung" in text
    assert "bertambah 2." in text
    assert "Kenaikan terbesar terjadi di Kota Bandar Lampung (+2), Kota Metro (+1)." in text
    assert "Penurunan terbesar terjadi di Kab. Lampung Selatan (\u22121)." in text
    assert "28.500" in text  # the target, 30 % of the baseline of 95,000
    regencies = book["wb"].worksheets[1]
    header = [c.value for c in regencies[1]]
    assert header[0] == "Kabupaten/Kota"
    by_name = {r[0].value: r for r in regencies.iter_rows(min_row=2)}
    assert len(by_name) == 15
    bdl = by_name["Kota Bandar Lampung"]
    assert (bdl[2].value, bdl[3].value, bdl[4].value) == (3, 1, 2)


@pytest.mark.parametrize(
    ("prefix", "fragment"),
    [
        ("/en", "The largest increases were in Kota Bandar Lampung (+2), Kota Metro (+1)."),
        ("/ar", "كانت أكبر الزيادات في "),
        ("/zh-hans", "增幅最大的是 "),
        ("/ja", "最も増えたのは "),
        ("/fr", "Les plus fortes hausses : "),
    ],
)
def test_the_paragraph_is_written_in_the_readers_language(
    client, users, months_built, prefix, fragment
):
    client.force_login(users["province_officer"])
    month = months_built.strftime("%Y-%m")
    response = client.get(f"{prefix}/outcomes/report.xlsx", {"month": month})
    wb = _summary(response.content)["wb"]
    paragraph = next(r[1].value for r in wb.worksheets[0].iter_rows() if "(+2)" in str(r[1].value))
    assert fragment in paragraph
    assert "Kenaikan" not in paragraph  # no Indonesian sentence left
    assert "(\u22121)" in paragraph  # Lampung Selatan lost its exporter
    assert "tahun" not in paragraph and "bulan" not in paragraph


def test_an_earlier_month_reports_its_own_figures(client, users, months_built):
    client.force_login(users["province_officer"])
    earlier = dates.add_months(months_built, -1).strftime("%Y-%m")
    rows = _summary(client.get("/outcomes/report.xlsx", {"month": earlier}).content)["rows"]
    assert rows["Bulan laporan"] == earlier
    assert rows["Usaha yang mengekspor"] == 2  # bdl[0] and Lampung Selatan


def test_the_month_picker_lists_the_months_and_refuses_others(client, users, months_built):
    client.force_login(users["province_officer"])
    page = client.get("/outcomes/").content.decode()
    assert 'name="month"' in page
    assert f'value="{months_built.strftime("%Y-%m")}"' in page
    bad = client.get("/outcomes/report.pdf", {"month": "1999-01"})
    assert bad.status_code == 400
    assert "Pilih salah satu bulan yang tersedia." in bad.content.decode()


@pytest.mark.parametrize("prefix", ["", "/ar"])
def test_the_pdf_holds_the_paragraph_and_the_regency_names(client, users, months_built, prefix):
    from pypdf import PdfReader

    client.force_login(users["regency_officer"])  # sees Bandar Lampung only
    response = client.get(
        f"{prefix}/outcomes/report.pdf", {"month": months_built.strftime("%Y-%m")}
    )
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "Bandar Lampung" in text
    assert "18.71" not in text  # names, not codes
