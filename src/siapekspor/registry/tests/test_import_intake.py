"""Safe intake of uploaded spreadsheets (issue 10): hostile files refused by the worker with a
message, raw rows masked and scoped, uploads encrypted at rest and swept after retention."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import stat

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from siapekspor.core import uploads
from siapekspor.core.models import AuditEntry
from siapekspor.core.tests.test_tabular_bounds import sparse_wide_xlsx
from siapekspor.registry.importing.batch import UPLOADS, sweep_import_files
from siapekspor.registry.models_import import BatchStatus, ImportBatch
from siapekspor.registry.tests.factories import make_user
from siapekspor.registry.tests.test_import_pipeline import HEADER, row

NIK = "1871014105900001"
LONG_LINE_CSV = b"Nama Usaha;NIK;Kab/Kota\n" + b"A" * (130 * 1024) + b";1;Metro\n"


def _xlsx_bytes(rows, header=HEADER):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    for cell in ws["D"]:
        cell.number_format = "@"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _upload(client, capture, content, name="ikm.xlsx", run=True):
    with capture(execute=run):
        response = client.post("/registry/import/", {"file": SimpleUploadedFile(name, content)})
    assert response.status_code == 302, response.content[:500]
    return ImportBatch.objects.latest("pk")


# ---- hostile files through the page and the command line ----------------------------------


@pytest.mark.parametrize(
    ("content", "name", "fragments"),
    [
        (sparse_wide_xlsx(), "lebar.xlsx", ("XFD", "terlalu lebar", "16.384")),
        (LONG_LINE_CSV, "panjang.csv", ("Baris 2", "131.072")),
    ],
)
def test_hostile_file_on_the_page_is_refused_by_the_worker_with_a_message(
    client, users, django_capture_on_commit_callbacks, settings, content, name, fragments
):
    """Issue 10: the sparse-wide sheet asked for 10.5 GB inside the request; the long csv
    line answered 500. Now the request only stores the file and the worker refuses it."""
    client.force_login(users["regency_officer"])
    batch = _upload(client, django_capture_on_commit_callbacks, content, name=name)
    assert batch.status == BatchStatus.INVALID
    for fragment in fragments:
        assert fragment in batch.error
    assert batch.stored_path == "" and not list((settings.MEDIA_ROOT / "imports").iterdir())
    page = client.get(f"/registry/import/{batch.pk}/confirm/")
    assert page.status_code == 302  # to the batch page, which says why
    detail = client.get(page["Location"]).content.decode()
    assert fragments[0] in detail


@pytest.mark.parametrize(
    ("content", "fragment"), [(sparse_wide_xlsx(), "XFD"), (LONG_LINE_CSV, "131.072")]
)
def test_hostile_file_on_the_command_line_is_a_clear_refusal(tmp_path, users, content, fragment):
    path = tmp_path / "ikm.xlsx"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=fragment):
        call_command("import_enterprises", str(path), stdout=io.StringIO())
    assert not ImportBatch.objects.exists()


def test_command_line_goes_through_the_batch_service_permission(tmp_path, users):
    path = tmp_path / "ikm.xlsx"
    path.write_bytes(_xlsx_bytes([row(1)]))
    with pytest.raises(CommandError, match="petugas"):
        call_command(
            "import_enterprises",
            str(path),
            "--user",
            users["partner_officer"].username,
            stdout=io.StringIO(),
        )
    out = io.StringIO()
    call_command("import_enterprises", str(path), "--user", users["admin"].username, stdout=out)
    assert out.getvalue().strip().splitlines()[-1].startswith("created=1")


# ---- encryption at rest, permissions, orphans ------------------------------------------------


def test_uploaded_file_is_encrypted_at_rest_and_private(
    client, users, django_capture_on_commit_callbacks, settings
):
    client.force_login(users["admin"])
    text = io.StringIO(newline="")
    csv.writer(text, delimiter=";").writerows(
        [["Nama Usaha", "NIK", "Kab/Kota"], ["Keripik", NIK, "Kota Metro"]]
    )
    batch = _upload(client, django_capture_on_commit_callbacks, text.getvalue().encode())
    stored = settings.MEDIA_ROOT / "imports" / batch.stored_path
    raw = stored.read_bytes()
    assert NIK.encode() not in raw and b"Keripik" not in raw and raw.startswith(uploads.MAGIC)
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    for folder in (stored.parent, settings.MEDIA_ROOT):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    plain = uploads.open_plain(batch.stored_path, area=UPLOADS).read()
    assert NIK.encode() in plain
    assert batch.status == BatchStatus.UPLOADED


# ---- preview and report: masked, revealed with a reason, scoped ------------------------------


def _uploaded(client, capture, user, rows=None):
    client.force_login(user)
    batch = _upload(client, capture, _xlsx_bytes(rows or [row(1), row(2)]))
    assert batch.status == BatchStatus.UPLOADED
    return batch


def test_preview_is_masked_and_revealed_only_with_a_reason_audited(
    client, users, django_capture_on_commit_callbacks
):
    batch = _uploaded(client, django_capture_on_commit_callbacks, users["regency_officer"])
    page = client.get(f"/registry/import/{batch.pk}/confirm/").content.decode()
    assert "18710141059" not in page and "187101******0001" in page
    assert "Siti Aminah" not in page and "S*** A*****" in page
    assert "0812-3456-0001" not in page
    short = client.post(
        f"/registry/import/{batch.pk}/confirm/", {"action": "reveal", "reason": "lihat"}
    )
    assert "18710141059" not in short.content.decode()
    assert not AuditEntry.objects.filter(action="registry.import.personal_data_viewed").exists()
    shown = client.post(
        f"/registry/import/{batch.pk}/confirm/",
        {"action": "reveal", "reason": "Memeriksa NIK sebelum impor"},
    ).content.decode()
    assert "1871014105900001" in shown and "Siti Aminah" in shown
    entry = AuditEntry.objects.get(action="registry.import.personal_data_viewed")
    assert entry.reason == "Memeriksa NIK sebelum impor" and entry.target_id == str(batch.pk)
    batch.refresh_from_db()
    assert batch.status == BatchStatus.UPLOADED  # revealing does not start the import


def test_province_officer_cannot_open_a_regency_officers_upload_preview(
    client, users, django_capture_on_commit_callbacks
):
    batch = _uploaded(client, django_capture_on_commit_callbacks, users["regency_officer"])
    for user in (
        users["province_officer"],
        users["admin"],
        make_user("regency_officer", regency="18.01"),
    ):
        client.force_login(user)
        assert client.get(f"/registry/import/{batch.pk}/confirm/").status_code == 404
        response = client.post(
            f"/registry/import/{batch.pk}/confirm/",
            {"action": "reveal", "reason": "Memeriksa NIK sebelum impor"},
        )
        assert response.status_code == 404
    colleague = make_user("regency_officer", regency="18.71")
    client.force_login(colleague)  # same regency: the batch is theirs too
    assert client.get(f"/registry/import/{batch.pk}/confirm/").status_code == 200


def _finished(client, capture, user):
    batch = _uploaded(
        client, capture, user, rows=[row(1), row(2, KBLI="123", **{"Nama Pemilik": "Budi Santoso"})]
    )
    page = client.get(f"/registry/import/{batch.pk}/confirm/")
    form = {f"col-{c.index}": c.key for c in page.context["choices"]}
    form["col-0"] = ""
    with capture(execute=True):
        client.post(f"/registry/import/{batch.pk}/confirm/", form)
    batch.refresh_from_db()
    assert batch.status == BatchStatus.COMPLETED and batch.rejected == 1
    return batch


def test_rejected_rows_report_is_masked_unless_revealed_with_a_reason(
    client, users, django_capture_on_commit_callbacks
):
    batch = _finished(client, django_capture_on_commit_callbacks, users["regency_officer"])
    masked = client.get(f"/registry/import/batches/{batch.pk}/report/?format=csv")
    text = masked.content.decode("utf-8-sig")
    assert {d.strip() for d in masked["Cache-Control"].split(",")} == {"private", "no-store"}
    assert "1871014105900002" not in text and "187101******0002" in text
    assert "Budi Santoso" not in text and "B*** S******" in text
    assert "0812-3456-0002" not in text
    refused = client.post(f"/registry/import/batches/{batch.pk}/report/", {"reason": "x"})
    assert refused.status_code == 302
    full = client.post(
        f"/registry/import/batches/{batch.pk}/report/?format=csv",
        {"reason": "Memperbaiki baris yang ditolak"},
    )
    assert full.status_code == 200
    text = full.content.decode("utf-8-sig")
    assert "1871014105900002" in text and "Budi Santoso" in text
    assert (
        AuditEntry.objects.filter(
            action="registry.import.personal_data_viewed", target_id=str(batch.pk)
        ).count()
        == 1
    )


def test_province_officer_gets_the_report_without_the_rows_of_a_regency_batch(
    client, users, django_capture_on_commit_callbacks
):
    batch = _finished(client, django_capture_on_commit_callbacks, users["regency_officer"])
    client.force_login(users["province_officer"])
    detail = client.get(f"/registry/import/batches/{batch.pk}/")
    assert detail.status_code == 200 and "KBLI" in detail.content.decode()
    report = client.get(f"/registry/import/batches/{batch.pk}/report/?format=csv")
    text = report.content.decode("utf-8-sig")
    assert "KBLI" in text  # the reason is there
    assert "187101" not in text and "B*** S******" not in text and "Keripik" not in text
    reveal = client.post(
        f"/registry/import/batches/{batch.pk}/report/", {"reason": "Memperbaiki baris yang ditolak"}
    )
    assert reveal.status_code == 403


# ---- retention ---------------------------------------------------------------------------------


def test_sweep_deletes_files_after_retention_expires_unconfirmed_and_removes_orphans(
    client, users, django_capture_on_commit_callbacks, settings
):
    settings.UPLOAD_RETENTION_DAYS = 7
    done = _finished(client, django_capture_on_commit_callbacks, users["admin"])
    waiting = _uploaded(client, django_capture_on_commit_callbacks, users["admin"])
    folder = settings.MEDIA_ROOT / "imports"
    orphan = folder / ("ab" * 16 + ".xlsx")
    orphan.write_bytes(b"left by a killed upload")
    partial = folder / ("cd" * 16 + ".csv.part")
    partial.write_bytes(b"half")
    hour_ago = (timezone.now() - dt.timedelta(hours=2)).timestamp()
    for path in (orphan, partial):
        os.utime(path, (hour_ago, hour_ago))
    fresh = folder / ("ef" * 16 + ".xlsx")
    fresh.write_bytes(b"an upload in progress")

    result = sweep_import_files()
    assert (result.files_deleted, result.batches_expired, result.orphans_deleted) == (0, 0, 2)
    assert fresh.exists() and not orphan.exists() and not partial.exists()

    later = timezone.now() + dt.timedelta(days=8)
    out = io.StringIO()
    result = sweep_import_files(now=later)  # the "fresh" file is an orphan by then too
    assert (result.files_deleted, result.batches_expired, result.orphans_deleted) == (1, 1, 1)
    done.refresh_from_db()
    waiting.refresh_from_db()
    assert done.stored_path == "" and done.file_deleted_at and done.status == BatchStatus.COMPLETED
    assert waiting.status == BatchStatus.EXPIRED and waiting.stored_path == ""
    assert not list(folder.iterdir())
    assert AuditEntry.objects.filter(action="registry.import.files_swept").count() == 2
    call_command("sweep_uploads", stdout=out)
    assert out.getvalue().startswith("files_deleted=0 batches_expired=0 orphans_deleted=0")
    page = client.get(f"/registry/import/{waiting.pk}/confirm/")
    assert page.status_code == 302  # expired: nothing left to confirm


def test_retention_zero_deletes_the_file_when_the_import_ends(
    client, users, django_capture_on_commit_callbacks, settings
):
    settings.UPLOAD_RETENTION_DAYS = 0
    batch = _finished(client, django_capture_on_commit_callbacks, users["admin"])
    assert batch.stored_path == "" and batch.file_deleted_at is not None
    assert not list((settings.MEDIA_ROOT / "imports").iterdir())


def test_sweep_task_covers_shipment_evidence_orphans(db, settings):
    from siapekspor.registry.tasks import sweep_uploads
    from siapekspor.shipments.evidence import EVIDENCE

    folder = settings.MEDIA_ROOT / EVIDENCE.folder
    folder.mkdir(parents=True)
    orphan = folder / ("12" * 16 + ".pdf")
    orphan.write_bytes(b"%PDF- a shipment that was rolled back")
    old = (timezone.now() - dt.timedelta(hours=3)).timestamp()
    os.utime(orphan, (old, old))
    assert "shipments/evidence=1" in sweep_uploads.call()
    assert not orphan.exists()


def test_a_check_whose_worker_died_can_be_started_again(
    client, users, settings, django_capture_on_commit_callbacks
):
    client.force_login(users["admin"])
    batch = _upload(client, django_capture_on_commit_callbacks, _xlsx_bytes([row(1)]), run=False)
    assert batch.status == BatchStatus.CHECKING
    ImportBatch.objects.filter(pk=batch.pk).update(
        created_at=timezone.now() - dt.timedelta(minutes=settings.IMPORT_STALE_MINUTES + 1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/registry/import/batches/{batch.pk}/run-again/")
    batch.refresh_from_db()
    assert batch.status == BatchStatus.UPLOADED and batch.rows_total == 1
