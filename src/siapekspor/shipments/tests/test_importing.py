"""Spreadsheet import of shipments on the shared core.tabular machinery."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import Workbook, load_workbook

from siapekspor.core.models import ImportStatus
from siapekspor.core.tests.test_tabular_bounds import sparse_wide_xlsx
from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.shipments.importing import import_shipments, write_import_report
from siapekspor.shipments.models import Shipment, ShipmentImport
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
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    # Text cells, never formulas (core.tabular.xlsx_row): shown as typed, never run.
    assert all(c.data_type == "s" for c in cells)
    assert any("SUM(1+1)" in c.value for c in cells)


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


def test_import_page_stores_the_file_and_the_worker_imports_it(
    client, users, workbook, django_capture_on_commit_callbacks
):
    path, *_ = workbook
    client.force_login(users["province_officer"])
    with django_capture_on_commit_callbacks(execute=False) as queued, open(path, "rb") as fh:
        response = client.post("/shipments/import/", {"file": fh})
    job = ShipmentImport.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/shipments/import/{job.pk}/"
    assert job.status == ImportStatus.QUEUED and not Shipment.objects.exists()  # not read yet
    waiting = client.get(f"/shipments/import/{job.pk}/").content.decode()
    assert 'http-equiv="refresh"' in waiting
    queued[0]()  # the worker
    job.refresh_from_db()
    assert job.status == ImportStatus.COMPLETED and job.stored_file == ""  # file deleted
    page = client.get(f"/shipments/import/{job.pk}/").content.decode()
    assert 'id="import-result"' in page and "Tanggal PEB" in page
    assert Shipment.objects.count() == 2  # outcomes count rows: 000102 has two
    assert (job.created, job.rejected) == (3, 1)
    bad = client.post("/shipments/import/", {"file": io.BytesIO(b"\x00\x01not a table")})
    assert bad.status_code == 200 and bad.context["form"].errors["file"]


def test_import_of_another_officer_is_not_shown(client, users, workbook):
    job = ShipmentImport.objects.create(
        created_by=users["admin"], file_name="x.xlsx", file_sha256="0" * 64
    )
    client.force_login(users["regency_officer"])
    assert client.get(f"/shipments/import/{job.pk}/").status_code == 404
    client.force_login(users["province_officer"])
    assert client.get(f"/shipments/import/{job.pk}/").status_code == 200


def test_sparse_wide_sheet_on_the_shipments_page_is_refused_by_the_worker(
    client, users, django_capture_on_commit_callbacks
):
    """Issue 10: the 204 KB sheet that reaches column XFD took the web server down."""
    client.force_login(users["province_officer"])
    upload = SimpleUploadedFile("peb.xlsx", sparse_wide_xlsx())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/shipments/import/", {"file": upload})
    assert response.status_code == 302
    job = ShipmentImport.objects.get()
    assert job.status == ImportStatus.FAILED and "XFD" in job.error
    assert "terlalu lebar" in job.error  # Indonesian, the uploader's default language
    page = client.get(f"/shipments/import/{job.pk}/").content.decode()
    assert "XFD" in page


def test_the_worker_writes_in_the_language_of_the_upload_page(
    client, users, django_capture_on_commit_callbacks
):
    """The account says Indonesian, the officer reads the Arabic pages: the job keeps the
    page's language (`UploadedImport.language`) and its message is in Arabic."""
    officer = users["province_officer"]
    officer.preferred_language = "id"
    officer.save(update_fields=["preferred_language"])
    client.force_login(officer)
    upload = SimpleUploadedFile("peb.xlsx", sparse_wide_xlsx())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ar/shipments/import/", {"file": upload})
    assert response.status_code == 302
    job = ShipmentImport.objects.get()
    assert job.language == "ar" and job.status == ImportStatus.FAILED
    assert "عريضة جدًا" in job.error and "terlalu lebar" not in job.error


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (sparse_wide_xlsx(2_000), "XFD"),
        (b"No PEB;Tanggal PEB\n" + b"A" * (130 * 1024) + b";1\n", "131.072"),
    ],
)
def test_import_command_refuses_hostile_files_with_a_message(tmp_path, users, content, fragment):
    path = tmp_path / "peb.xlsx"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=fragment):
        call_command(
            "import_shipments", str(path), "--user", users["admin"].username, stdout=io.StringIO()
        )
