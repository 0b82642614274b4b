"""Export: masked by default, full personal data only with permission and reason, audited."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from siapekspor.core.errors import PermissionDeniedError, ValidationFailed
from siapekspor.core.models import AuditEntry
from siapekspor.registry.importing.export import enterprises_export
from siapekspor.registry.importing.pipeline import import_file
from siapekspor.registry.tests.factories import make_enterprise


def _rows(result):
    if result.extension == "csv":
        return list(csv.reader(io.StringIO(result.content.decode("utf-8-sig")), delimiter=";"))
    return [
        list(r)
        for r in openpyxl.load_workbook(io.BytesIO(result.content)).active.iter_rows(
            values_only=True
        )
    ]


def test_export_is_masked_scoped_and_audited(users):
    make_enterprise(
        users["admin"], name="=cmd|' /C calc'!A0", nik="1871014105900077", regency="18.71"
    )
    make_enterprise(users["admin"], name="Usaha Lamsel", regency="18.01")
    result = enterprises_export(actor=users["regency_officer"], fmt="csv")
    rows = _rows(result)
    names = [r[1] for r in rows[1:]]
    assert "Usaha Lamsel" not in names  # another regency
    assert "'=cmd|' /C calc'!A0" in names  # formula escaped
    assert all("1871014105900077" not in "".join(r) for r in rows)
    assert any(r[4] == "187101******0077" for r in rows)
    entry = AuditEntry.objects.get(action="registry.enterprise.exported")
    assert entry.changes["rows"] == result.rows == len(rows) - 1
    assert entry.changes["personal_data"] is False


def test_reveal_needs_a_reason_and_a_role(users):
    make_enterprise(users["admin"], nik="1871014105900078")
    with pytest.raises(ValidationFailed):
        enterprises_export(actor=users["province_officer"], reveal=True, reason="")
    with pytest.raises(PermissionDeniedError):
        enterprises_export(actor=users["partner_officer"])
    result = enterprises_export(
        actor=users["province_officer"], reveal=True, reason="Verifikasi data untuk LPEI"
    )
    assert any("1871014105900078" in (r[4] or "") for r in _rows(result))
    entry = AuditEntry.objects.filter(action="registry.enterprise.exported").latest("id")
    assert entry.reason == "Verifikasi data untuk LPEI" and entry.changes["personal_data"] is True


def test_export_can_be_reimported_unchanged(users, tmp_path):
    make_enterprise(users["admin"], name="Kopi Siger Export", nib="9400000000001")
    result = enterprises_export(
        actor=users["admin"], reveal=True, reason="Uji ekspor dan impor ulang"
    )
    path = tmp_path / "export.xlsx"
    path.write_bytes(result.content)
    again = import_file(actor=users["admin"], path=path)
    assert again.counts.created == 0 and again.counts.updated == 0


def test_export_command(users, tmp_path):
    make_enterprise(users["admin"])
    out = tmp_path / "e.xlsx"
    stdout = io.StringIO()
    call_command(
        "export_enterprises", "--out", str(out), "--user", users["admin"].username, stdout=stdout
    )
    assert out.exists()
    assert "written" in stdout.getvalue() or "ditulis" in stdout.getvalue()
    with pytest.raises(CommandError):
        call_command(
            "export_enterprises",
            "--out",
            str(out),
            "--user",
            users["partner_officer"].username,
            stdout=io.StringIO(),
        )


def test_export_page(client, users):
    make_enterprise(users["admin"], nik="1871014105900079")
    client.force_login(users["regency_officer"])
    response = client.post("/registry/export/", {"format": "xlsx", "reveal": "on", "reason": ""})
    assert response.status_code == 200 and response.context["form"].errors
    response = client.post("/registry/export/", {"format": "csv"})
    assert response["Content-Disposition"].startswith("attachment")
    assert b"1871014105900079" not in response.content
