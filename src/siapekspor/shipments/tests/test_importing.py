"""Spreadsheet import of shipments on the shared core.tabular machinery."""

import io

import pytest
from django.core.management import call_command
from openpyxl import Workbook, load_workbook

from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.shipments.importing import import_shipments, write_import_report
from siapekspor.shipments.models import Shipment
from siapekspor.shipments.tests.factories import hs6, officer

pytestmark = pytest.mark.django_db


@pytest.fixture
def workbook(tmp_path):
    a = make_enterprise(nib="9123456789012")
    b = make_enterprise(nib="9123456789013")
    c = make_enterprise(nib="9123456789014")
    hs = hs6()
    wb = Workbook()
    ws = wb.active
    ws.append(["Rekap PEB IKM Lampung — Maret 2025"])
    ws.append(
        [
            "No PEB",
            "Tanggal PEB",
            "Jenis",
            "NIB",
            "Eksportir",
            "NIB Pemasok",
            "Porsi %",
            "Kode HS",
            "Negara Tujuan",
            "Nilai FOB USD",
            "Nilai FOB Rp",
            "Jumlah",
            "Satuan",
            "Pembeli",
        ]
    )
    ws.append(
        [
            "000101/2025",
            "15/03/2025",
            "langsung",
            a.nib,
            "",
            "",
            "",
            hs,
            "JPN",
            "1.250,50",
            "20.008.000",
            "500",
            "kg",
            "@SUM(1+1)",
        ]
    )
    ws.append(
        [
            "000102/2025",
            "16/03/2025",
            "tidak langsung",
            "",
            "PT Agro Ekspor",
            b.nib,
            "60",
            hs,
            "SGP",
            "4.000",
            "64.000.000",
            "1.000",
            "kg",
            "Buyer Pte",
        ]
    )
    ws.append(["000102/2025", "", "", "", "", c.nib, "40", "", "", "", "", "", "", ""])
    ws.append(
        [
            "000103/2025",
            "31/02/2025",
            "langsung",
            a.nib,
            "",
            "",
            "",
            hs,
            "XYZ",
            "10",
            "160.000",
            "1",
            "kg",
            "",
        ]
    )
    path = tmp_path / "peb.xlsx"
    wb.save(path)
    return path, a, b, c


def test_import_creates_direct_and_indirect_and_is_idempotent(workbook):
    path, a, b, c = workbook
    result = import_shipments(actor=officer(), path=path)
    # Outcomes count rows: the indirect shipment 000102 spans two rows (two suppliers).
    assert result.counts.line() == "created=3 updated=0 unchanged=0 rejected=1"
    assert Shipment.objects.count() == 2
    direct = Shipment.objects.get(peb_number="000101/2025")
    assert (direct.enterprise_id, str(direct.fob_usd), direct.destination) == (
        a.pk,
        "1250.50",
        "JPN",
    )
    indirect = Shipment.objects.get(peb_number="000102/2025")
    assert sorted(indirect.suppliers.values_list("enterprise_id", "share_percent")) == sorted(
        [(b.pk, 60), (c.pk, 40)]
    )
    rejected = next(o for o in result.outcomes if o.outcome == "rejected")
    assert rejected.row == 6
    assert {col for col, _m in rejected.problems} >= {"Tanggal PEB"}
    again = import_shipments(actor=officer(), path=path)
    assert again.counts.line() == "created=0 updated=0 unchanged=3 rejected=1"


def test_report_escapes_formulas(workbook):
    path, *_ = workbook
    result = import_shipments(actor=officer(), path=path)
    out = io.BytesIO()
    write_import_report(result, out)
    ws = load_workbook(io.BytesIO(out.getvalue())).active
    cells = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert not any(v.startswith(("=", "@", "+")) for v in cells)
    assert any("SUM(1+1)" in v for v in cells)


def test_import_command_prints_counts(workbook, tmp_path):
    path, *_ = workbook
    user = officer()
    out = io.StringIO()
    call_command(
        "import_shipments",
        str(path),
        "--user",
        user.username,
        "--report",
        str(tmp_path / "r.csv"),
        stdout=out,
        stderr=io.StringIO(),
    )
    assert "created=3" in out.getvalue()
    assert (tmp_path / "r.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_regency_officer_cannot_import_into_another_regency(workbook, users):
    path, *_ = workbook
    # The workbook's enterprises are in 18.71; an officer of 18.71 may, none other may.
    from siapekspor.accounts.models import Role
    from siapekspor.registry.tests.factories import make_user

    other = make_user(Role.REGENCY_OFFICER, regency="18.01")
    result = import_shipments(actor=other, path=path)
    assert result.counts.created == 0


def test_import_page_uploads_and_shows_outcomes(client, users, workbook):
    path, *_ = workbook
    client.force_login(users["province_officer"])
    with open(path, "rb") as fh:
        response = client.post("/shipments/import/", {"file": fh})
    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="import-result"' in page
    assert Shipment.objects.count() == 2  # outcomes count rows: 000102 has two
    assert "Tanggal PEB" in page
    bad = client.post("/shipments/import/", {"file": io.BytesIO(b"\x00\x01not a table")})
    assert bad.status_code == 200 and 'id="import-result"' not in bad.content.decode()
