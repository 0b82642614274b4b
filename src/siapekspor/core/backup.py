"""Backups and restores: the database, the uploaded files and the trade store, checksummed.

A backup is a directory `siapekspor-YYYYmmdd-HHMMSS/`:

- `database.sqlite3` (SQLite online backup API: consistent while the site runs) or
  `database.pgdump` (pg_dump, custom format, from an exported snapshot);
- `media.tar.gz` (MEDIA_ROOT) and `trade.tar` (the Parquet trade store) when present;
- `manifest.json`: vendor, time, version and the row count of every table, counted in the
  same snapshot as the dump;
- `SHA256SUMS`: the SHA-256 of every other file (`sha256sum -c` reads it).

A restore verifies every checksum first and refuses a backup that does not match, restores
the database (SQLite: page by page into the target file; PostgreSQL: pg_restore --clean in a
single transaction), unpacks the files, then counts every table again against the manifest.
The keys (`SIAPEKSPOR_PII_KEYS`, the HMAC pepper) are not in a backup unless asked for
(`with_secrets`, embedded mode): keep them apart from the data they protect.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess  # nosec B404: pg_dump/pg_restore with argument lists, never a shell
import tarfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils.translation import gettext as _

SUMS = "SHA256SUMS"
MANIFEST = "manifest.json"


class BackupError(Exception):
    """A backup or a restore could not be made; the message says why."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sqlite_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    # Table names come from the database's own catalogue, quoted.
    return {
        n: conn.execute(f"SELECT COUNT(*) FROM {_quote(n)}").fetchone()[0]  # noqa: S608  # nosec B608
        for n in names
    }


def _pg_env(sd: dict) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PGHOST=str(sd.get("HOST") or "127.0.0.1"),
        PGPORT=str(sd.get("PORT") or 5432),
        PGUSER=str(sd.get("USER") or ""),
        PGDATABASE=str(sd["NAME"]),
    )
    if sd.get("PASSWORD"):
        env["PGPASSWORD"] = str(sd["PASSWORD"])
    return env


def _pg_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            _("%(tool)s is not installed (Debian: postgresql-client).") % {"tool": name}
        )
    return path


def _run(args: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)  # noqa: S603  # nosec B603
    if result.returncode != 0:
        raise BackupError(
            _("%(tool)s failed: %(error)s")
            % {"tool": Path(args[0]).name, "error": result.stderr.strip()[-2000:]}
        )


def _tar(source: Path, target: Path, *, compress: bool) -> bool:
    if not source.is_dir() or not any(source.iterdir()):
        return False
    with tarfile.open(target, "w:gz" if compress else "w") as tar:
        tar.add(source, arcname=".")
    return True


def _untar(archive: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")  # nosec B202: the "data" filter refuses escapes


# --- backup ------------------------------------------------------------------------------


def _backup_sqlite(out: Path) -> dict[str, int]:
    target = out / "database.sqlite3"
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        connection.connection.backup(copy)
        return _sqlite_counts(copy)
    finally:
        copy.close()


def _backup_postgresql(out: Path) -> dict[str, int]:
    from django.db import connections

    sd = connection.settings_dict
    target = out / "database.pgdump"
    # Count the tables in a snapshot and dump that very snapshot: the manifest matches.
    conn = connections.create_connection("default")
    try:
        conn.ensure_connection()
        raw = conn.connection
        raw.autocommit = False
        with raw.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            cursor.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            )
            names = [r[0] for r in cursor.fetchall()]
            counts = {}
            for name in names:
                cursor.execute(f"SELECT COUNT(*) FROM {_quote(name)}")  # noqa: S608  # nosec B608
                counts[name] = cursor.fetchone()[0]
            _run(
                [
                    _pg_tool("pg_dump"),
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    f"--snapshot={snapshot}",
                    f"--file={target}",
                ],
                _pg_env(sd),
            )
        raw.rollback()
    finally:
        conn.close()
    return counts


def backup(
    directory: Path | str,
    *,
    media: bool = True,
    trade: bool = True,
    with_secrets: bool = False,
    now: dt.datetime | None = None,
) -> Path:
    """Write a backup into a new folder under `directory`; returns that folder."""
    now = now or dt.datetime.now(dt.UTC)
    out = Path(directory) / f"siapekspor-{now:%Y%m%d-%H%M%S}"
    out.mkdir(parents=True, exist_ok=False)
    out.chmod(0o700)
    vendor = connection.vendor
    if vendor == "sqlite":
        counts = _backup_sqlite(out)
    elif vendor == "postgresql":
        counts = _backup_postgresql(out)
    else:
        raise BackupError(
            _("Backups of %(vendor)s databases are not supported.") % {"vendor": vendor}
        )
    files = {"database": "database.sqlite3" if vendor == "sqlite" else "database.pgdump"}
    if media and _tar(Path(settings.MEDIA_ROOT), out / "media.tar.gz", compress=True):
        files["media"] = "media.tar.gz"
    if trade and _tar(Path(settings.TRADE_STORE_DIR), out / "trade.tar", compress=False):
        files["trade"] = "trade.tar"
    secrets_file = Path(settings.VAR_DIR) / "dev-secrets.json"
    if with_secrets and secrets_file.exists():
        shutil.copy2(secrets_file, out / "dev-secrets.json")
        files["secrets"] = "dev-secrets.json"
    manifest = {
        "format": 1,
        "created_at": now.isoformat(),
        "version": settings.SIAPEKSPOR_VERSION,
        "vendor": vendor,
        "files": files,
        "tables": counts,
    }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    names = sorted([*files.values(), MANIFEST])
    (out / SUMS).write_text("".join(f"{_sha256(out / n)}  {n}\n" for n in names), encoding="utf-8")
    for path in out.iterdir():
        path.chmod(0o600)
    return out


# --- restore -----------------------------------------------------------------------------


def verify(folder: Path | str) -> dict:
    """Check every checksum of a backup; returns its manifest. Raises BackupError."""
    folder = Path(folder)
    sums = folder / SUMS
    if not sums.exists():
        raise BackupError(_("%(file)s is missing: not a SiapEkspor backup.") % {"file": sums})
    listed = {}
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, _sep, name = line.partition("  ")
        if not name or "/" in name or name.startswith("."):
            raise BackupError(
                _("%(file)s has a malformed line: %(line)r") % {"file": SUMS, "line": line}
            )
        listed[name] = digest
    for name, digest in listed.items():
        path = folder / name
        if not path.exists():
            raise BackupError(_("%(file)s is missing from the backup.") % {"file": name})
        if _sha256(path) != digest:
            raise BackupError(
                _("%(file)s does not match its SHA-256 checksum: the backup is damaged.")
                % {"file": name}
            )
    if MANIFEST not in listed:
        raise BackupError(
            _("%(file)s is not covered by %(sums)s.") % {"file": MANIFEST, "sums": SUMS}
        )
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    if any(name not in listed for name in manifest["files"].values()):
        raise BackupError(_("A file of the manifest is not covered by the checksums."))
    return manifest


@dataclass
class RestoreResult:
    manifest: dict
    counts: dict[str, int]


def database_counts(settings_dict: dict) -> dict[str, int]:
    """Row counts of every table of the database described by `settings_dict`."""
    if settings_dict["ENGINE"].endswith("sqlite3"):
        conn = sqlite3.connect(settings_dict["NAME"])
        try:
            return _sqlite_counts(conn)
        finally:
            conn.close()
    import psycopg

    sd = settings_dict
    with (
        psycopg.connect(
            host=sd.get("HOST") or "127.0.0.1",
            port=sd.get("PORT") or 5432,
            user=sd.get("USER") or None,
            password=sd.get("PASSWORD") or None,
            dbname=sd["NAME"],
        ) as conn,
        conn.cursor() as cursor,
    ):
        cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        )
        counts = {}
        for (name,) in cursor.fetchall():
            cursor.execute(f"SELECT COUNT(*) FROM {_quote(name)}")  # noqa: S608  # nosec B608
            counts[name] = cursor.fetchone()[0]
        return counts


def restore(
    folder: Path | str,
    *,
    database: dict | None = None,
    media_root: Path | None = None,
    trade_dir: Path | None = None,
    files: bool = True,
) -> RestoreResult:
    """Restore a verified backup into `database` (default: this site's database)."""
    folder = Path(folder)
    manifest = verify(folder)
    sd = database or connection.settings_dict
    vendor = "sqlite" if sd["ENGINE"].endswith("sqlite3") else "postgresql"
    if manifest["vendor"] != vendor:
        raise BackupError(
            _("This backup is of a %(backup)s database; the target is %(target)s.")
            % {"backup": manifest["vendor"], "target": vendor}
        )
    source = folder / manifest["files"]["database"]
    if vendor == "sqlite":
        Path(sd["NAME"]).parent.mkdir(parents=True, exist_ok=True)
        src, dst = sqlite3.connect(source), sqlite3.connect(sd["NAME"])
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
    else:
        _run(
            [
                _pg_tool("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                f"--dbname={sd['NAME']}",
                str(source),
            ],
            _pg_env(sd),
        )
    if files:
        if "media" in manifest["files"]:
            _untar(folder / manifest["files"]["media"], Path(media_root or settings.MEDIA_ROOT))
        if "trade" in manifest["files"]:
            _untar(folder / manifest["files"]["trade"], Path(trade_dir or settings.TRADE_STORE_DIR))
    counts = database_counts(sd)
    wrong = {
        table: (expected, counts.get(table))
        for table, expected in manifest["tables"].items()
        if counts.get(table) != expected
    }
    if wrong:
        raise BackupError(
            _("Restored row counts differ from the backup: %(tables)s") % {"tables": wrong}
        )
    return RestoreResult(manifest=manifest, counts=counts)
