"""The "Import buyers" page: the request stores the upload (encrypted), the worker imports it,
the page shows the counts and offers the row report; hostile files are refused with a message."""

from __future__ import annotations

import io
import zipfile
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from siapekspor.buyers import importing
from siapekspor.buyers.models import Buyer, BuyerImport
from siapekspor.buyers.tests.test_import import CSV
from siapekspor.core.models import AuditEntry, ImportStatus
from siapekspor.core.tests.test_tabular_bounds import sparse_wide_xlsx

FORMULA_ROW = '=HYPERLINK("http://x");Jepang;;;;itpc;0901;;\n'


def _upload(text: str = CSV, name: str = "pembeli.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def _stored(area) -> list[str]:
    return sorted(p.name for p in area.path.iterdir()) if area.path.is_dir() else []


def test_upload_is_imported_by_the_worker_with_counts_and_a_report(
    client, users, django_capture_on_commit_callbacks
):
    client.force_login(users["province_officer"])
    with django_capture_on_commit_callbacks(execute=False) as queued:
        response = client.post(
            "/buyers/import/", {"file": _upload(CSV + FORMULA_ROW), "source": "fair"}
        )
    job = BuyerImport.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/buyers/import/{job.pk}/"
    assert job.status == ImportStatus.QUEUED and not Buyer.objects.exists()  # not read yet
    # Stored encrypted: the company names are not on disk in clear.
    (stored,) = _stored(importing.UPLOADS)
    assert b"Tokyo Coffee" not in (importing.UPLOADS.path / stored).read_bytes()
    waiting = client.get(f"/buyers/import/{job.pk}/").content.decode()
    assert 'http-equiv="refresh"' in waiting and "antre" in waiting.lower()

    queued[0]()  # the worker (immediate task backend)
    job.refresh_from_db()
    assert job.status == ImportStatus.COMPLETED and job.stored_file == ""
    assert _stored(importing.UPLOADS) == []  # the upload is deleted after the import
    assert (job.created, job.updated, job.unchanged, job.rejected) == (3, 0, 0, 3)
    assert [row for _sheet, row, _reason in job.problems] == [4, 5, 6]
    page = client.get(f"/buyers/import/{job.pk}/").content.decode()
    assert 'http-equiv="refresh"' not in page
    assert "Dibuat 3, diperbarui 0, tidak berubah 0, ditolak 3." in page
    assert f"/buyers/import/{job.pk}/report.xlsx" in page

    response = client.get(f"/buyers/import/{job.pk}/report.xlsx")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert "no-store" in response["Cache-Control"]
    book = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    rows = [[str(v or "") for v in row] for row in book.active.iter_rows(values_only=True)]
    assert len(rows) == 1 + 6  # header + every row, as the command line writes it
    text = "\n".join(";".join(r) for r in rows)
    assert "Bad Mail Co" in text and "Email" in text
    # A cell a spreadsheet would run is a text cell, shown as typed (no apostrophe).
    assert any(cell.startswith('=HYPERLINK("http://x")') for row in rows for cell in row)
    assert not any(cell.startswith("'") for row in rows for cell in row)
    sheet = load_workbook(
        io.BytesIO(b"".join(client.get(f"/buyers/import/{job.pk}/report.xlsx").streaming_content))
    )
    formula_like = [c for r in sheet.active.iter_rows() for c in r if str(c.value).startswith("=")]
    assert formula_like and all(c.data_type == "s" for c in formula_like)
    assert AuditEntry.objects.filter(action="buyers.import_report", target_id=str(job.pk)).exists()
    fair = Buyer.objects.get(company="Tokyo Coffee Trading")
    assert fair.source == "itpc"  # the row names its source; the form's applies to the rest


def test_the_chosen_source_applies_to_rows_without_one_and_a_rerun_changes_nothing(
    client, users, django_capture_on_commit_callbacks
):
    text = "Perusahaan;Negara\nOsaka Foods;JPN\n"
    client.force_login(users["admin"])
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            client.post("/buyers/import/", {"file": _upload(text), "source": "attache"})
    first, second = BuyerImport.objects.order_by("pk")
    assert (first.created, second.unchanged) == (1, 1)
    assert Buyer.objects.get().source == "attache"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (sparse_wide_xlsx(), "terlalu lebar"),  # the huge grid of issue 10
        (b"Perusahaan;Nama Kontak;Email\nA;B;b@example.jp\n", "belum ada: Negara"),
    ],
)
def test_a_hostile_or_unusable_file_fails_with_an_indonesian_message_and_writes_nothing(
    client, users, django_capture_on_commit_callbacks, content, fragment
):
    client.force_login(users["province_officer"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/buyers/import/",
            {"file": SimpleUploadedFile("pembeli.xlsx", content), "source": "itpc"},
        )
    assert response.status_code == 302
    job = BuyerImport.objects.get()
    assert job.status == ImportStatus.FAILED and fragment in job.error
    assert job.stored_file == "" and job.report_file == ""
    assert _stored(importing.UPLOADS) == [] and not Buyer.objects.exists()
    page = client.get(f"/buyers/import/{job.pk}/").content.decode()
    assert fragment in page and "report.xlsx" not in page
    assert client.get(f"/buyers/import/{job.pk}/report.xlsx").status_code == 404


def test_a_zip_bomb_is_refused_by_the_worker(
    client, users, settings, django_capture_on_commit_callbacks
):
    settings.IMPORT_MAX_UNCOMPRESSED_BYTES = 20 * 1024 * 1024
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    client.force_login(users["province_officer"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/buyers/import/",
            {"file": SimpleUploadedFile("bom.xlsx", buffer.getvalue()), "source": "itpc"},
        )
    job = BuyerImport.objects.get()
    assert job.status == ImportStatus.FAILED and "bom zip" in job.error
    assert not Buyer.objects.exists()


def test_wrong_type_too_large_or_no_source_is_refused_in_the_form(client, users, settings):
    client.force_login(users["province_officer"])
    bad = client.post(
        "/buyers/import/",
        {"file": SimpleUploadedFile("x.xlsx", b"\x00\x01\x02not a table" * 10), "source": "itpc"},
    )
    assert bad.status_code == 200 and "tidak diterima" in bad.context["form"].errors["file"][0]
    settings.IMPORT_MAX_FILE_BYTES = 10
    large = client.post("/buyers/import/", {"file": _upload(), "source": "itpc"})
    assert large.status_code == 200 and "terlalu besar" in large.context["form"].errors["file"][0]
    settings.IMPORT_MAX_FILE_BYTES = 50 * 1024 * 1024
    unsourced = client.post("/buyers/import/", {"file": _upload(), "source": "inquiry"})
    assert unsourced.status_code == 200 and unsourced.context["form"].errors["source"]
    assert not BuyerImport.objects.exists() and _stored(importing.UPLOADS) == []


def test_only_those_who_may_import_see_the_page_the_job_and_the_report(
    client, users, django_capture_on_commit_callbacks
):
    client.force_login(users["admin"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/buyers/import/", {"file": _upload(), "source": "itpc"})
    job = BuyerImport.objects.get()
    listing = client.get("/buyers/").content.decode()
    assert 'href="/buyers/import/"' in listing
    client.force_login(users["province_officer"])  # another importer sees it too
    assert client.get(f"/buyers/import/{job.pk}/").status_code == 200
    client.force_login(users["regency_officer"])
    assert 'href="/buyers/import/"' not in client.get("/buyers/").content.decode()
    assert client.get("/buyers/import/").status_code == 403
    assert client.get(f"/buyers/import/{job.pk}/").status_code == 404
    assert client.get(f"/buyers/import/{job.pk}/report.xlsx").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        refused = client.post("/buyers/import/", {"file": _upload(), "source": "itpc"})
    assert refused.status_code == 403 and BuyerImport.objects.count() == 1


def test_the_worker_is_safe_to_run_twice(client, users, django_capture_on_commit_callbacks):
    client.force_login(users["admin"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/buyers/import/", {"file": _upload(), "source": "itpc"})
    job = BuyerImport.objects.get()
    assert importing.import_run(job.pk) == ImportStatus.COMPLETED  # already done: nothing
    assert Buyer.objects.count() == 2
    assert len(_stored(importing.REPORTS)) == 1


def test_the_report_goes_with_the_upload_retention(
    client, users, settings, django_capture_on_commit_callbacks
):
    from siapekspor.core import uploads

    client.force_login(users["admin"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/buyers/import/", {"file": _upload(), "source": "itpc"})
    job = BuyerImport.objects.get()
    later = job.finished_at + timedelta(days=settings.UPLOAD_RETENTION_DAYS, hours=2)
    assert uploads.sweep_registered_orphans(now=job.finished_at)["buyers/import-reports"] == 0
    BuyerImport.objects.filter(pk=job.pk).update(
        finished_at=job.finished_at - timedelta(days=settings.UPLOAD_RETENTION_DAYS + 1)
    )
    assert uploads.sweep_registered_orphans(now=later)["buyers/import-reports"] == 1
    page = client.get(f"/buyers/import/{job.pk}/").content.decode()
    assert "report.xlsx" not in page and "Dibuat 2" in page  # the counts stay
    assert client.get(f"/buyers/import/{job.pk}/report.xlsx").status_code == 404


def test_reasons_and_report_are_in_the_language_of_the_upload_page(
    client, users, django_capture_on_commit_callbacks
):
    """An officer whose account says Indonesian uploads from the Arabic pages (no language
    switch): the job keeps the page's language and the worker writes the reasons and the
    report in Arabic; several reasons of one row read as sentences, never ".;"."""
    officer = users["province_officer"]
    officer.preferred_language = "id"
    officer.save(update_fields=["preferred_language"])
    client.force_login(officer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ar/buyers/import/", {"file": _upload(), "source": "fair"})
    assert response.status_code == 302
    job = BuyerImport.objects.get()
    assert job.language == "ar" and job.status == ImportStatus.COMPLETED
    reasons = {row: reason for _sheet, row, reason in job.problems}
    assert reasons[5] == (
        "Email: عنوان البريد الإلكتروني غير صالح. "
        "Kode HS: رموز النظام المنسق المطلوبة: كل رمز من 2 أو 4 أو 6 أرقام (09011)."
    )
    assert not any(".;" in r for r in reasons.values())
    assert "wajib diisi" not in " ".join(reasons.values())
    response = client.get(f"/ar/buyers/import/{job.pk}/report.xlsx")
    book = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    rows = [[str(v or "") for v in row] for row in book.active.iter_rows(values_only=True)]
    assert rows[0][:5] == ["الورقة", "الصف", "النتيجة", "العمود", "السبب"]
    bad_mail = next(r for r in rows if "Bad Mail Co" in r)
    assert bad_mail[4].startswith("عنوان البريد الإلكتروني غير صالح. رموز")
    assert not any(".;" in cell for row in rows for cell in row)
    # A job stored before the language was kept is written in the account's language.
    old = BuyerImport(created_by=officer, language="")
    assert old.report_language() == "id"
    assert BuyerImport(created_by=officer, language="zh-hans").report_language() == "zh-hans"
