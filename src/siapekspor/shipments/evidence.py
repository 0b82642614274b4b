"""Evidence files (PEB scans): type sniffed from the content, size-capped, stored under names
the server makes, and read back only through a permission-checked view."""

from __future__ import annotations

import secrets
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from siapekspor.core.errors import ValidationFailed

MAX_EVIDENCE_BYTES = 10 * 1024 * 1024
# (magic bytes, MIME type, extension)
SIGNATURES = [
    (b"%PDF-", "application/pdf", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
]


def sniff(head: bytes) -> tuple[str, str] | None:
    for magic, mime, ext in SIGNATURES:
        if head.startswith(magic):
            return mime, ext
    return None


def evidence_dir() -> Path:
    return Path(settings.MEDIA_ROOT) / "shipments" / "evidence"


def store(upload) -> tuple[str, str, int]:
    """Check and store an uploaded file; returns (stored name, MIME type, size)."""
    size = getattr(upload, "size", None) or 0
    if size > MAX_EVIDENCE_BYTES:
        raise ValidationFailed(_("The evidence file is larger than 10 MB."), field="evidence")
    if size == 0:
        raise ValidationFailed(_("The evidence file is empty."), field="evidence")
    upload.seek(0)
    head = upload.read(16)
    kind = sniff(head)
    if kind is None:
        raise ValidationFailed(_("The evidence must be a PDF, PNG or JPEG file."), field="evidence")
    mime, ext = kind
    name = f"{secrets.token_hex(16)}.{ext}"
    folder = evidence_dir()
    folder.mkdir(parents=True, exist_ok=True)
    upload.seek(0)
    written = 0
    with open(folder / name, "xb") as out:
        for chunk in upload.chunks() if hasattr(upload, "chunks") else [upload.read()]:
            written += len(chunk)
            if written > MAX_EVIDENCE_BYTES:
                out.close()
                (folder / name).unlink(missing_ok=True)
                raise ValidationFailed(
                    _("The evidence file is larger than 10 MB."), field="evidence"
                )
            out.write(chunk)
    return name, mime, written


def path_of(name: str) -> Path | None:
    """The stored file for a server-made name (never a path from the user)."""
    if not name or "/" in name or "\\" in name or name.startswith("."):
        return None
    path = evidence_dir() / name
    return path if path.is_file() else None


def remove(name: str) -> None:
    path = path_of(name)
    if path is not None:
        path.unlink(missing_ok=True)
