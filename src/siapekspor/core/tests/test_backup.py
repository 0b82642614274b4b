"""Restore drill: back up the test database with its files, restore into a fresh database,
and find the same rows, the same sealed values and the same files; a damaged backup is
refused before anything is touched."""

from __future__ import annotations

import hashlib
import io
import json

import pytest
from django.core.management import call_command
from django.db import connection

from siapekspor.core.backup import BackupError, backup, database_counts, restore, verify
from siapekspor.registry.models import Enterprise
from siapekspor.registry.tests.factories import make_enterprise


def _digest_of_enterprises(settings_dict) -> str:
    """SHA-256 of every enterprise row (sealed personal data included), in id order."""
    sql = "SELECT id, name, nik_sealed, phone_sealed, nik_hmac FROM registry_enterprise ORDER BY id"
    if settings_dict["ENGINE"].endswith("sqlite3"):
        import sqlite3

        conn = sqlite3.connect(settings_dict["NAME"])
        rows = conn.execute(sql).fetchall()
        conn.close()
    else:
        import psycopg

        with psycopg.connect(
            host=settings_dict.get("HOST") or "127.0.0.1",
            port=settings_dict.get("PORT") or 5432,
            user=settings_dict.get("USER") or None,
            dbname=settings_dict["NAME"],
        ) as conn:
            rows = conn.execute(sql).fetchall()
    return hashlib.sha256(repr([tuple(map(str, r)) for r in rows]).encode()).hexdigest()


@pytest.fixture
def target(tmp_path):
    """A fresh, empty database of the same kind as the test database."""
    sd = dict(connection.settings_dict)
    if connection.vendor == "sqlite":
        sd["NAME"] = str(tmp_path / "restored.sqlite3")
        yield sd
        return
    import psycopg

    name = f"{sd['NAME']}_restore"[:63]
    admin = {"host": sd.get("HOST") or "127.0.0.1", "port": sd.get("PORT") or 5432}
    with psycopg.connect(**admin, user=sd.get("USER") or None, dbname="postgres") as conn:
        conn.autocommit = True
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    sd["NAME"] = name
    yield sd
    with psycopg.connect(**admin, user=sd.get("USER") or None, dbname="postgres") as conn:
        conn.autocommit = True
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_restore_drill_counts_and_checksums_match(users, settings, tmp_path, target):
    for i in range(5):
        make_enterprise(users["admin"], name=f"Usaha Cadangan {i}", nib=f"93000000000{i:02d}")
    (tmp_path / "media" / "imports").mkdir(parents=True)
    (tmp_path / "media" / "imports" / "a.csv").write_text("Nama Usaha\nUji\n", encoding="utf-8")
    (tmp_path / "trade").mkdir(exist_ok=True)
    (tmp_path / "trade" / "flows.parquet").write_bytes(b"PAR1-not-really")

    folder = backup(tmp_path / "backups")
    manifest = verify(folder)
    assert manifest["tables"]["registry_enterprise"] == Enterprise.objects.count() >= 5
    assert set(manifest["files"]) == {"database", "media", "trade"}
    assert oct(folder.stat().st_mode)[-3:] == "700"

    restored_media, restored_trade = tmp_path / "r-media", tmp_path / "r-trade"
    result = restore(folder, database=target, media_root=restored_media, trade_dir=restored_trade)
    assert result.counts == database_counts(target)
    assert result.counts == manifest["tables"]
    assert _digest_of_enterprises(target) == _digest_of_enterprises(connection.settings_dict)
    assert (restored_media / "imports" / "a.csv").read_text(encoding="utf-8") == "Nama Usaha\nUji\n"
    assert (restored_trade / "flows.parquet").read_bytes() == b"PAR1-not-really"


@pytest.mark.django_db(transaction=True)
def test_a_damaged_backup_is_refused_before_anything_is_restored(users, tmp_path, target):
    make_enterprise(users["admin"])
    folder = backup(tmp_path / "backups", media=False, trade=False)
    dump = folder / json.loads((folder / "manifest.json").read_text())["files"]["database"]
    data = bytearray(dump.read_bytes())
    data[len(data) // 2] ^= 0xFF
    dump.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="SHA-256"):
        restore(folder, database=target)
    if connection.vendor == "sqlite":
        from pathlib import Path

        assert not Path(target["NAME"]).exists()  # nothing touched
    else:
        assert database_counts(target) == {}


@pytest.mark.django_db(transaction=True)
def test_the_commands_back_up_and_verify(tmp_path):
    out = io.StringIO()
    call_command("backup", "--output", str(tmp_path), "--no-trade", stdout=out)
    folder = next(tmp_path.glob("siapekspor-*"))
    assert str(folder) in out.getvalue()
    out = io.StringIO()
    call_command("restore", str(folder), "--verify-only", stdout=out)
    assert "SHA-256" not in out.getvalue() and str(len(verify(folder)["tables"])) in out.getvalue()
