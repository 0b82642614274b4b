"""Upload → preview and column mapping → background import → batch page and report."""

from __future__ import annotations

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from siapekspor.core import i18n
from siapekspor.registry.models import Enterprise
from siapekspor.registry.models_import import BatchStatus, ImportBatch
from siapekspor.registry.tests.test_import_pipeline import HEADER, row


def _xlsx_bytes(rows, header=HEADER):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _upload(client, content, name="ikm.xlsx", **extra):
    return client.post("/registry/import/", {"file": SimpleUploadedFile(name, content), **extra})


def _checked(client, capture, content, name="ikm.xlsx", **extra):
    """Upload, then let the worker check the file (the on-commit task runs)."""
    with capture(execute=True):
        response = _upload(client, content, name, **extra)
    assert response.status_code == 302
    return ImportBatch.objects.latest("pk")


def test_upload_preview_confirm_runs_the_import(client, users, django_capture_on_commit_callbacks):
    client.force_login(users["regency_officer"])
    with django_capture_on_commit_callbacks(execute=False) as queued:
        response = _upload(client, _xlsx_bytes([row(1), row(2, KBLI="123")]), source="BDL 2024")
    batch = ImportBatch.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(
        f"/import/{batch.pk}/confirm/"
    )
    # The request only stored the file: nothing of it was read yet.
    assert batch.status == BatchStatus.CHECKING and len(queued) == 1
    assert batch.header_row == 0 and not batch.preview_sealed and not batch.column_mapping
    assert batch.stored_path and "ikm.xlsx" not in batch.stored_path  # server-made name
    waiting = client.get(f"/registry/import/{batch.pk}/confirm/")
    assert waiting.status_code == 200 and waiting.context["checking"]
    queued[0]()  # the worker checks the file
    batch.refresh_from_db()
    assert batch.status == BatchStatus.UPLOADED and batch.rows_total == 2
    page = client.get(f"/registry/import/{batch.pk}/confirm/")
    assert page.status_code == 200
    content = page.content.decode()
    assert "Keripik Maju 1" in content and 'value="nik" selected' in content
    form = {f"col-{c.index}": c.key for c in page.context["choices"]}
    form["col-0"] = ""  # "No" stays unmapped
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(f"/registry/import/{batch.pk}/confirm/", form)
    assert done.status_code == 302
    batch.refresh_from_db()
    assert batch.status == BatchStatus.COMPLETED
    assert (batch.created, batch.rejected) == (1, 1)
    assert Enterprise.objects.filter(nib="9200000000001", regency_id="18.71").exists()
    detail = client.get(f"/registry/import/batches/{batch.pk}/")
    assert detail.status_code == 200 and "KBLI" in detail.content.decode()
    assert batch.file_sha256 in detail.content.decode()
    status = client.get(f"/registry/import/batches/{batch.pk}/status.json").json()
    assert status["status"] == "completed" and status["percent"] == 100
    report = client.get(f"/registry/import/batches/{batch.pk}/report/")
    assert report["Content-Disposition"].startswith("attachment")
    ws = openpyxl.load_workbook(io.BytesIO(report.content)).active
    rows = list(ws.iter_rows(values_only=True))
    assert len(rows) == 3 and rows[2][2] in ("ditolak", "rejected")
    csv_report = client.get(f"/registry/import/batches/{batch.pk}/report/?format=csv")
    assert csv_report.content.startswith(b"\xef\xbb\xbf")


def test_unsafe_upload_is_refused_with_a_message(
    client, users, settings, django_capture_on_commit_callbacks
):
    settings.IMPORT_MAX_COMPRESSION_RATIO = 2
    client.force_login(users["admin"])
    batch = _checked(
        client, django_capture_on_commit_callbacks, _xlsx_bytes([row(i) for i in range(1, 200)])
    )
    assert batch.status == BatchStatus.INVALID and "bom zip" in batch.error
    assert batch.stored_path == "" and not list((settings.MEDIA_ROOT / "imports").iterdir())
    page = client.get(f"/registry/import/batches/{batch.pk}/").content.decode()
    assert "bom zip" in page
    response = _upload(client, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, name="x.xlsx")
    assert response.status_code == 200 and response.context["form"].errors["file"]
    response = _upload(client, b"\xd0\xcf\x11\xe0" + b"\0" * 100, name="old.xls")
    assert response.context["form"].errors["file"]


def test_batches_of_another_regency_are_hidden(client, users):
    from siapekspor.registry.tests.factories import make_user

    other = make_user("regency_officer", regency="18.01")
    batch = ImportBatch.objects.create(
        created_by=other,
        regency_id="18.01",
        file_name="x.xlsx",
        file_sha256="0" * 64,
        status=BatchStatus.COMPLETED,
    )
    client.force_login(users["regency_officer"])
    assert client.get(f"/registry/import/batches/{batch.pk}/").status_code == 404
    assert client.get(f"/registry/import/batches/{batch.pk}/report/").status_code == 404
    assert "x.xlsx" not in client.get("/registry/import/batches/").content.decode()
    client.force_login(users["province_officer"])
    assert client.get(f"/registry/import/batches/{batch.pk}/").status_code == 200


def test_batch_list_query_budget(client, users, django_assert_max_num_queries):
    from siapekspor.registry.tests.factories import make_user

    officers = [make_user("regency_officer", regency=code) for code in ("18.01", "18.02", "18.71")]
    for i in range(30):
        ImportBatch.objects.create(
            created_by=officers[i % 3],
            file_name=f"f{i}.xlsx",
            file_sha256=f"{i:064d}",
            status=BatchStatus.COMPLETED,
        )
    client.force_login(users["admin"])
    with django_assert_max_num_queries(12):
        assert client.get("/registry/import/batches/").status_code == 200


def test_batch_pages_name_the_importer_by_display_label_not_login(client, users):
    from siapekspor.registry.tests.factories import make_user

    named = make_user("regency_officer", username="rina.k71", regency="18.71")
    named.first_name, named.last_name = "Rina", "Kartika"
    named.save()
    unnamed = make_user("regency_officer", username="petugas-bdl-02", regency="18.71")
    for who, sha in ((named, "a"), (unnamed, "b")):
        ImportBatch.objects.create(
            created_by=who,
            regency_id="18.71",
            file_name=f"{who.username}.xlsx",
            file_sha256=sha * 64,
            status=BatchStatus.COMPLETED,
        )
    client.force_login(users["province_officer"])
    listing = client.get("/registry/import/batches/").content.decode()
    assert "<bdi>Rina Kartika</bdi>" in listing
    # No full name: the role and the regency, never the login.
    assert f"<bdi>{unnamed.display_label()}</bdi>" in listing
    assert "Bandar Lampung" in unnamed.display_label()
    for login in ("rina.k71", "petugas-bdl-02"):
        assert f">{login}<" not in listing
    batch = ImportBatch.objects.get(created_by=unnamed)
    detail = client.get(f"/registry/import/batches/{batch.pk}/").content.decode()
    assert f"<bdi>{unnamed.display_label()}</bdi>" in detail and ">petugas-bdl-02<" not in detail


@pytest.mark.parametrize("language", i18n.codes())
def test_import_pages_render_in_every_language(client, users, language):
    client.force_login(users["admin"])
    client.cookies["django_language"] = language
    for path in (
        "/registry/import/",
        "/registry/import/batches/",
        "/registry/duplicates/",
        "/registry/export/",
    ):
        prefix = "" if language == i18n.default() else f"/{language}"
        response = client.get(prefix + path, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 200


def test_api_lists_batches_and_duplicates_in_scope(api_client, users):
    from siapekspor.registry.tests.factories import make_user

    other = make_user("regency_officer", regency="18.01")
    mine = ImportBatch.objects.create(
        created_by=users["regency_officer"],
        regency_id="18.71",
        file_name="a.xlsx",
        file_sha256="a" * 64,
        status=BatchStatus.COMPLETED,
        created=3,
    )
    theirs = ImportBatch.objects.create(
        created_by=other,
        regency_id="18.01",
        file_name="b.xlsx",
        file_sha256="b" * 64,
        status=BatchStatus.COMPLETED,
    )
    api_client.as_user(users["regency_officer"])
    listed = api_client.get("/api/v1/import-batches").json()
    assert [b["id"] for b in listed] == [mine.pk] and listed[0]["created"] == 3
    assert api_client.get(f"/api/v1/import-batches/{theirs.pk}").status_code == 404
    assert api_client.get("/api/v1/duplicates").json() == []


def _confirmed_batch(client, django_capture_on_commit_callbacks, rows):
    """Upload and confirm, without running the import (its on-commit callback is dropped)."""
    batch = _checked(client, django_capture_on_commit_callbacks, _xlsx_bytes(rows))
    page = client.get(f"/registry/import/{batch.pk}/confirm/")
    form = {f"col-{c.index}": c.key for c in page.context["choices"]}
    form["col-0"] = ""
    with django_capture_on_commit_callbacks(execute=False):
        client.post(f"/registry/import/{batch.pk}/confirm/", form)
    batch.refresh_from_db()
    assert batch.status == BatchStatus.QUEUED
    return batch


def test_a_batch_whose_worker_died_can_be_run_again_from_its_page(
    client, users, settings, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.utils import timezone

    settings.IMPORT_STALE_MINUTES = 10
    client.force_login(users["province_officer"])
    batch = _confirmed_batch(client, django_capture_on_commit_callbacks, [row(1), row(2)])
    # A worker took it and died mid-import: status "running", nothing written.
    ImportBatch.objects.filter(pk=batch.pk).update(
        status=BatchStatus.RUNNING, rows_done=1, heartbeat_at=timezone.now()
    )
    page = client.get(f"/registry/import/batches/{batch.pk}/").content.decode()
    assert "run-again" not in page  # still fresh: it may be working
    refused = client.post(f"/registry/import/batches/{batch.pk}/run-again/", follow=True)
    assert ImportBatch.objects.get(pk=batch.pk).status == BatchStatus.RUNNING
    assert any(m.level_tag == "error" for m in refused.context["messages"])

    ImportBatch.objects.filter(pk=batch.pk).update(
        heartbeat_at=timezone.now() - timedelta(minutes=11)
    )
    page = client.get(f"/registry/import/batches/{batch.pk}/").content.decode()
    assert f"/registry/import/batches/{batch.pk}/run-again/" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/registry/import/batches/{batch.pk}/run-again/")
    assert response.status_code == 302
    batch.refresh_from_db()
    assert batch.status == BatchStatus.COMPLETED and (batch.created, batch.rejected) == (2, 0)
    assert batch.rows.filter(enterprise__isnull=False).count() == 2
    from siapekspor.core.models import AuditEntry

    assert AuditEntry.objects.filter(
        action="registry.import.run_again", target_id=str(batch.pk)
    ).exists()


def test_a_failed_batch_can_be_run_again_and_a_finished_one_never_writes_twice(
    client, users, django_capture_on_commit_callbacks
):
    from siapekspor.core import uploads
    from siapekspor.core.errors import ConflictError
    from siapekspor.registry.importing.batch import UPLOADS
    from siapekspor.registry.importing.pipeline import import_file

    client.force_login(users["admin"])
    before = Enterprise.objects.count()
    batch = _confirmed_batch(client, django_capture_on_commit_callbacks, [row(1)])
    ImportBatch.objects.filter(pk=batch.pk).update(status=BatchStatus.FAILED, error="disk full")
    assert "run-again" in client.get(f"/registry/import/batches/{batch.pk}/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/registry/import/batches/{batch.pk}/run-again/")
    batch.refresh_from_db()
    assert batch.status == BatchStatus.COMPLETED and batch.error == ""
    assert "run-again" not in client.get(f"/registry/import/batches/{batch.pk}/").content.decode()
    # A second worker that still held the batch (it was only slow) cannot write it again.
    stale = ImportBatch.objects.get(pk=batch.pk)
    stale.status = BatchStatus.RUNNING
    with pytest.raises(ConflictError):
        import_file(
            actor=users["admin"],
            path=uploads.open_plain(batch.stored_path, area=UPLOADS),
            batch=stale,
            mapping=batch.column_mapping["mapping"],
        )
    batch.refresh_from_db()
    assert batch.status == BatchStatus.COMPLETED and batch.rows.count() == 1
    assert Enterprise.objects.count() == before + 1


def test_a_huge_omzet_rejects_its_row_and_the_others_are_imported(
    client, users, django_capture_on_commit_callbacks
):
    from django.utils import translation

    client.force_login(users["province_officer"])
    rows = [row(1), row(2, Omzet="9" * 32), row(3)]
    batch = _confirmed_batch(client, django_capture_on_commit_callbacks, rows)
    from siapekspor.registry.tasks import run_import_batch

    run_import_batch.enqueue(batch.pk)
    batch.refresh_from_db()
    assert batch.status == BatchStatus.COMPLETED and (batch.created, batch.rejected) == (2, 1)
    assert Enterprise.objects.filter(name__in=["Keripik Maju 1", "Keripik Maju 3"]).count() == 2
    with translation.override("id"):
        detail = client.get(f"/registry/import/batches/{batch.pk}/")
    assert "Angka terlalu besar." in detail.content.decode()


def test_an_unexpected_error_in_the_import_task_marks_the_batch_failed(
    client, users, django_capture_on_commit_callbacks
):
    client.force_login(users["province_officer"])
    batch = _confirmed_batch(client, django_capture_on_commit_callbacks, [row(1), row(2)])
    # A stored mapping the pipeline cannot use (a damaged record): the task must not leave
    # the batch "running".
    ImportBatch.objects.filter(pk=batch.pk).update(column_mapping={"mapping": 5})
    from siapekspor.registry.tasks import run_import_batch

    run_import_batch.enqueue(batch.pk)
    batch.refresh_from_db()
    assert batch.status == BatchStatus.FAILED
    assert f"({batch.pk})" in batch.error or f" {batch.pk})" in batch.error
    assert (
        "Traceback" not in batch.error
        and Enterprise.objects.filter(name__startswith="Keripik Maju").count() == 0
    )
    page = client.get(f"/registry/import/batches/{batch.pk}/").content.decode()
    assert "run-again" in page


def test_the_upload_page_states_the_true_limits_grouped(client, users, settings):
    """Walkthrough: "200000 baris" and "Maksimal 52 MB" (50 × 1024 × 1024 bytes divided by a
    million), where the docs say 50 MB. MB here are the file manager's (1024 × 1024)."""
    client.force_login(users["regency_officer"])
    page = client.get("/registry/import/").content.decode()
    assert "50 MB" in page and "52 MB" not in page
    assert "200.000 baris" in page
    settings.IMPORT_MAX_FILE_BYTES = 10 * 1024 * 1024
    assert "10 MB" in client.get("/registry/import/").content.decode()


def test_a_csv_batch_shows_no_sheet_and_a_capitalised_status(
    client, users, django_capture_on_commit_callbacks
):
    """Walkthrough: "Sheet: csv" for a csv file, and the status in lowercase ("selesai")."""
    client.force_login(users["regency_officer"])
    text = ";".join(HEADER) + "\n" + ";".join(str(v) for v in row(1)) + "\n"
    batch = _checked(client, django_capture_on_commit_callbacks, text.encode(), name="ikm.csv")
    confirm = client.get(f"/registry/import/{batch.pk}/confirm/").content.decode()
    assert "<bdi>csv</bdi>" not in confirm
    page = client.get(f"/registry/import/{batch.pk}/confirm/")
    form = {f"col-{c.index}": c.key for c in page.context["choices"]}
    form["col-0"] = ""
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/registry/import/{batch.pk}/confirm/", form)
    detail = client.get(f"/registry/import/batches/{batch.pk}/").content.decode()
    assert "<dt>Sheet</dt>" not in detail and "<dt>Lembar</dt>" not in detail
    assert "<bdi>csv</bdi>" not in detail
    assert "<dd>Selesai</dd>" in detail
    listing = client.get("/registry/import/batches/").content.decode()
    assert "<td>Selesai</td>" in listing


def test_an_xlsx_batch_names_its_sheet(client, users, django_capture_on_commit_callbacks):
    client.force_login(users["regency_officer"])
    batch = _checked(client, django_capture_on_commit_callbacks, _xlsx_bytes([row(1)]))
    assert batch.shown_sheet == batch.sheet != ""
    detail = client.get(f"/registry/import/batches/{batch.pk}/").content.decode()
    assert f"<bdi>{batch.sheet}</bdi>" in detail
