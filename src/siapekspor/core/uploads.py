"""Uploaded files, in one place: every page that accepts a file stores it through here.

- **Areas.** A caller declares an `UploadArea`: a folder under `MEDIA_ROOT`, the kinds of file
  it accepts and a size cap (import spreadsheets, shipment evidence, later certificate
  evidence and catalogue photos).
- **Type from the content**, never from the name or the browser's content type: magic bytes
  for PDF, PNG and JPEG; the zip directory for xlsx and ods; text without NUL bytes for csv.
- **Size caps** checked against the declared size and again while the bytes are written.
- **Server-made names** (`<32 hex>.<ext>`); a name from a request is never a path
  (`path_of` refuses anything else).
- **Encrypted at rest**: AES-256-GCM in 1 MB chunks with the personal-data key ring
  (`core.crypto.seal_bytes`), each chunk bound to its file and its place. Folders are 0700,
  files 0600, written to `*.part` and renamed when complete.
- **Served only after a permission check**: `file_response(..., permitted=...)` raises
  PermissionDenied unless the caller's check passed; the response is an attachment with a
  safe `Content-Disposition`, `nosniff` and `no-store`.
- **Swept**: `sweep_orphans(area, keep=…)` deletes files no record points to (an upload killed
  half-way, a transaction rolled back after the file was written).
- **Files a record points to** (evidence scans): `record_files(folder, model=…)` declares the
  area and returns a `RecordFiles`, the one place that stores a record's file into its
  `<prefix>_file/_type/_size` columns (`attach`), deletes it after the record
  (`delete_on_commit`) and serves it after the caller's access check (`response`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import secrets
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from django.apps import apps
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, StreamingHttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _

from siapekspor.core.crypto import seal_bytes, unseal_bytes
from siapekspor.core.errors import ValidationFailed

CHUNK = 1 << 20
MAGIC = b"SEF1"  # SiapEkspor encrypted file, version 1
_ID_BYTES = 16
_NAME = re.compile(r"^[0-9a-f]{32}\.[a-z0-9]{1,5}$")


@dataclass(frozen=True)
class FileKind:
    name: str
    label: str
    mime: str
    extension: str


KINDS = {
    k.name: k
    for k in (
        FileKind("pdf", "PDF", "application/pdf", "pdf"),
        FileKind("png", "PNG", "image/png", "png"),
        FileKind("jpeg", "JPEG", "image/jpeg", "jpg"),
        FileKind(
            "xlsx",
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
        ),
        FileKind("ods", "ods", "application/vnd.oasis.opendocument.spreadsheet", "ods"),
        FileKind("csv", "csv", "text/csv", "csv"),
    )
}
SPREADSHEETS = frozenset({"xlsx", "ods", "csv"})
IMAGES_AND_PDF = frozenset({"pdf", "png", "jpeg"})
_SIGNATURES = ((b"%PDF-", "pdf"), (b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"))


@dataclass(frozen=True)
class UploadArea:
    """Where one kind of upload lives and what it accepts.

    `max_bytes` is a callable so that a setting read at upload time applies (tests and
    deployments change it). `referenced` returns the stored names that records still point
    to: every other file of the area is an orphan, swept by `sweep_registered_orphans`.
    """

    folder: str
    kinds: frozenset[str]
    max_bytes: Callable[[], int]
    referenced: Callable[[], Iterable[str]] | None = None

    @property
    def path(self) -> Path:
        return Path(settings.MEDIA_ROOT) / self.folder


_AREAS: dict[str, UploadArea] = {}
# A file younger than this is never an orphan: its upload may still be in progress.
ORPHAN_AGE = dt.timedelta(hours=1)


def register(area: UploadArea) -> UploadArea:
    """Declare an area so that the periodic sweep looks after its orphans."""
    _AREAS[area.folder] = area
    return area


def referenced_by(model: str, column: str) -> Callable[[], set[str]]:
    """An area's `referenced`: the stored names in one column of one model (`"app.Model"`)."""

    def names() -> set[str]:
        rows = apps.get_model(model).objects.exclude(**{column: ""})
        return set(rows.values_list(column, flat=True))

    return names


@dataclass(frozen=True)
class StoredFile:
    name: str
    kind: str
    mime: str
    size: int
    sha256: str


def sniff(fh: IO[bytes]) -> str | None:
    """The kind of a file from its content: pdf, png, jpeg, xlsx, ods, csv, or None."""
    fh.seek(0)
    head = fh.read(4096)
    fh.seek(0)
    for magic, kind in _SIGNATURES:
        if head.startswith(magic):
            return kind
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(fh)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return None  # old .xls, .doc: no reader accepts them
    return "csv" if _looks_like_text(head) else None


_CONTROL = bytes(set(range(32)) - {9, 10, 13})


def _looks_like_text(head: bytes) -> bool:
    """UTF-8/cp1252 text without control bytes, or UTF-16 (with a BOM, or ASCII-range text
    whose every other byte is zero)."""
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        even, odd = head[0::2], head[1::2]
        return len(head) >= 8 and (odd.count(0) == len(odd) or even.count(0) == len(even))
    controls = sum(head.count(c) for c in _CONTROL)
    return controls <= len(head) // 100


def _sniff_zip(fh: IO[bytes]) -> str | None:
    try:
        with zipfile.ZipFile(fh) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return None
    finally:
        fh.seek(0)
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names and "mimetype" in names:
        return "ods"
    return None


def _kinds_label(kinds: Iterable[str]) -> str:
    return ", ".join(KINDS[k].label for k in sorted(kinds))


def _too_large(limit: int, field: str) -> ValidationFailed:
    return ValidationFailed(
        _("The file is too large (at most %(limit)s MB).") % {"limit": round(limit / 1e6, 1)},
        field=field,
    )


def _ensure_folder(area: UploadArea) -> Path:
    """MEDIA_ROOT and the area's folder, owner-only (0700) even if they existed before."""
    root = Path(settings.MEDIA_ROOT)
    folder = area.path
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder
    while True:
        os.chmod(path, 0o700)
        if path == root or path == path.parent:
            return folder
        path = path.parent


def store(upload: Any, *, area: UploadArea, field: str = "file") -> StoredFile:
    """Check an uploaded file (size, kind from content) and store it encrypted under a
    server-made name. Raises ValidationFailed (for `field`) with what to fix."""
    limit = area.max_bytes()
    size = getattr(upload, "size", None) or 0
    if size > limit:
        raise _too_large(limit, field)
    if size == 0:
        raise ValidationFailed(_("The file is empty."), field=field)
    fh = upload.file if hasattr(upload, "file") else upload
    kind = sniff(fh)
    if kind not in area.kinds:
        raise ValidationFailed(
            _("This type of file is not accepted here. Accepted: %(kinds)s.")
            % {"kinds": _kinds_label(area.kinds)},
            field=field,
        )
    folder = _ensure_folder(area)
    name = f"{secrets.token_hex(16)}.{KINDS[kind].extension}"
    chunks = (
        upload.chunks(CHUNK) if hasattr(upload, "chunks") else iter(lambda: fh.read(CHUNK), b"")
    )
    written, digest = _write_encrypted(folder / name, chunks, limit, field)
    return StoredFile(
        name=name, kind=kind, mime=KINDS[kind].mime, size=written, sha256=digest.hexdigest()
    )


def store_path(source: Path, *, area: UploadArea, field: str = "file") -> StoredFile:
    """Store a local file (the command line) exactly as an upload is stored."""

    class _Local:
        def __init__(self, fh):
            self.file = fh
            self.size = source.stat().st_size

        def chunks(self, size):
            self.file.seek(0)
            return iter(lambda: self.file.read(size), b"")

    with open(source, "rb") as fh:
        return store(_Local(fh), area=area, field=field)


def _aad(file_id: bytes, index: int, last: bool) -> bytes:
    return file_id + index.to_bytes(8, "big") + (b"\x01" if last else b"\x00")


def _write_encrypted(path: Path, chunks: Iterable[bytes], limit: int, field: str):
    partial = path.with_name(path.name + ".part")
    file_id = secrets.token_bytes(_ID_BYTES)
    digest = hashlib.sha256()
    written = 0
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(MAGIC + file_id)
            pending: bytes | None = None
            index = 0
            for chunk in _rechunk(chunks):
                written += len(chunk)
                if written > limit:
                    raise _too_large(limit, field)
                digest.update(chunk)
                if pending is not None:
                    _write_frame(out, seal_bytes(pending, aad=_aad(file_id, index, False)))
                    index += 1
                pending = chunk
            _write_frame(out, seal_bytes(pending or b"", aad=_aad(file_id, index, True)))
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return written, digest


def _rechunk(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Chunks of exactly CHUNK bytes (the last one shorter), whatever the source gives."""
    buffer = bytearray()
    for chunk in chunks:
        buffer += chunk
        while len(buffer) >= CHUNK:
            yield bytes(buffer[:CHUNK])
            del buffer[:CHUNK]
    if buffer:
        yield bytes(buffer)


def _write_frame(out: IO[bytes], frame: bytes) -> None:
    out.write(len(frame).to_bytes(4, "big"))
    out.write(frame)


def path_of(name: str, *, area: UploadArea) -> Path | None:
    """The stored file for a server-made name (never a path from the user), if it exists."""
    if not name or not _NAME.match(name):
        return None
    path = area.path / name
    return path if path.is_file() else None


def iter_plain(name: str, *, area: UploadArea) -> Iterator[bytes]:
    """The decrypted content, chunk by chunk. Files stored before encryption (no header)
    are read as they are. Raises Http404 for a missing file, ValueError if tampered with."""
    path = path_of(name, area=area)
    if path is None:
        raise Http404
    return _decrypt(path)


def _decrypt(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        header = fh.read(len(MAGIC) + _ID_BYTES)
        if not header.startswith(MAGIC):  # a file stored in clear before this module
            yield header
            yield from iter(lambda: fh.read(CHUNK), b"")
            return
        file_id = header[len(MAGIC) :]
        index = 0
        while True:
            size_bytes = fh.read(4)
            if len(size_bytes) < 4:
                raise ValueError("the stored file is cut short")
            frame = fh.read(int.from_bytes(size_bytes, "big"))
            last = fh.peek(1)[:1] == b"" if hasattr(fh, "peek") else False
            yield unseal_bytes(frame, aad=_aad(file_id, index, last))
            if last:
                return
            index += 1


def open_plain(name: str, *, area: UploadArea) -> IO[bytes]:
    """The decrypted content as an in-memory file (bounded by the area's size cap)."""
    buffer = io.BytesIO()
    for chunk in iter_plain(name, area=area):
        buffer.write(chunk)
    buffer.seek(0)
    return buffer


def delete(name: str, *, area: UploadArea) -> bool:
    path = path_of(name, area=area)
    if path is None:
        return False
    path.unlink(missing_ok=True)
    return True


def delete_on_commit(name: str, *, area: UploadArea) -> None:
    """Delete a stored file once the transaction that stops pointing to it commits (a
    rollback keeps it); nothing for an empty name."""
    if name:
        transaction.on_commit(lambda: delete(name, area=area))


def safe_filename(name: str, *, default: str = "file") -> str:
    """A download name without path parts, control characters or quotes."""
    name = unicodedata.normalize("NFKC", Path(str(name).replace("\\", "/")).name)
    name = "".join(ch if ch.isalnum() or ch in "-_. " else "-" for ch in name).strip(". ")
    return name[:120] or default


def file_response(
    name: str,
    *,
    area: UploadArea,
    permitted: bool,
    download_name: str,
    mime: str = "application/octet-stream",
) -> StreamingHttpResponse:
    """Serve a stored file as an attachment — only when the caller's permission check passed.

    `permitted` is the result of the caller's access check for this user and this record;
    False raises PermissionDenied (callers that hide existence raise Http404 themselves).
    """
    if not permitted:
        raise PermissionDenied
    chunks = iter_plain(name, area=area)
    response = StreamingHttpResponse(chunks, content_type=mime)
    response["Content-Disposition"] = content_disposition_header(True, safe_filename(download_name))
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


DEFAULT_RECORD_FILE_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class RecordFiles:
    """The file each record of one model may point to (an evidence scan), kept in three
    columns: `<prefix>_file` (the stored name), `<prefix>_type` (its MIME type) and
    `<prefix>_size`. Errors of an upload name the form field `prefix`."""

    area: UploadArea
    prefix: str = "evidence"

    def attach(self, record: Any, upload: Any) -> str:
        """Store `upload` (checked as `store` does) and point the record to it, unsaved; the
        file it pointed to before is deleted when the transaction commits. Returns the old
        name ("" when there was none)."""
        stored = store(upload, area=self.area, field=self.prefix)
        old = getattr(record, f"{self.prefix}_file")
        setattr(record, f"{self.prefix}_file", stored.name)
        setattr(record, f"{self.prefix}_type", stored.mime)
        setattr(record, f"{self.prefix}_size", stored.size)
        delete_on_commit(old, area=self.area)
        return old

    def delete_on_commit(self, record: Any) -> None:
        """Delete the record's file once the transaction (that deletes the record) commits."""
        delete_on_commit(getattr(record, f"{self.prefix}_file"), area=self.area)

    def response(self, record: Any, *, stem: str, permitted: bool = True) -> StreamingHttpResponse:
        """Serve the record's file as an attachment named `<stem>.<its extension>` after the
        caller's access check (`file_response`); Http404 when the record has none."""
        name = getattr(record, f"{self.prefix}_file")
        if not name:
            raise Http404
        return file_response(
            name,
            area=self.area,
            permitted=permitted,
            download_name=f"{stem}.{name.rpartition('.')[2]}",
            mime=getattr(record, f"{self.prefix}_type") or "application/octet-stream",
        )


def record_files(
    folder: str,
    *,
    model: str,
    prefix: str = "evidence",
    kinds: frozenset[str] = IMAGES_AND_PDF,
    max_bytes_setting: str = "",
    max_bytes: int = DEFAULT_RECORD_FILE_BYTES,
) -> RecordFiles:
    """Declare (and register for the sweep) the area of the files that the records of `model`
    (`"app.Model"`) point to in `<prefix>_file`: `kinds` sniffed from the content, at most
    the setting `max_bytes_setting` when given, else `max_bytes`."""

    def limit() -> int:
        return int(
            getattr(settings, max_bytes_setting, max_bytes) if max_bytes_setting else max_bytes
        )

    area = UploadArea(
        folder=folder,
        kinds=kinds,
        max_bytes=limit,
        referenced=referenced_by(model, f"{prefix}_file"),
    )
    return RecordFiles(area=register(area), prefix=prefix)


def sweep_orphans(
    area: UploadArea, *, keep: set[str], older_than: dt.timedelta, now: dt.datetime | None = None
) -> int:
    """Delete the area's files that no record keeps (and abandoned `*.part` files) once they
    are older than `older_than` (an upload in progress is never touched). Returns the count."""
    folder = area.path
    if not folder.is_dir():
        return 0
    cutoff = ((now or timezone.now()) - older_than).timestamp()
    removed = 0
    for path in folder.iterdir():
        if not path.is_file() or path.name in keep:
            continue
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            continue
    return removed


def sweep_registered_orphans(*, now: dt.datetime | None = None) -> dict[str, int]:
    """Sweep the orphans of every registered area. Returns {folder: files deleted}."""
    return {
        area.folder: sweep_orphans(
            area, keep=set(area.referenced()), older_than=ORPHAN_AGE, now=now
        )
        for area in _AREAS.values()
        if area.referenced is not None
    }
