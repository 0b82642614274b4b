"""Signature images of the certificate signatories, through the shared upload mechanism
(`core.uploads`): PNG or JPEG only (type sniffed from the content), at most
`MAX_SIGNATURE_BYTES`, stored encrypted under a server-made name, embedded in the PDF as a
`data:` URI (the PDF renderer fetches nothing) and served only to whoever manages them."""

from __future__ import annotations

import base64

from siapekspor.core import uploads

MAX_SIGNATURE_BYTES = 1024 * 1024


def _referenced() -> set[str]:
    from siapekspor.training.models import Signatory

    return set(Signatory.objects.values_list("signature_file", flat=True))


SIGNATURES = uploads.register(
    uploads.UploadArea(
        folder="training/signatures",
        kinds=frozenset({"png", "jpeg"}),
        max_bytes=lambda: MAX_SIGNATURE_BYTES,
        referenced=_referenced,
    )
)


def store(upload) -> uploads.StoredFile:
    """Check and store an uploaded signature image (ValidationFailed on field `signature`)."""
    return uploads.store(upload, area=SIGNATURES, field="signature")


def data_uri(name: str, mime: str) -> str:
    """The stored image as a `data:` URI for the certificate PDF ('' when it is missing)."""
    if not name or uploads.path_of(name, area=SIGNATURES) is None:
        return ""
    content = uploads.open_plain(name, area=SIGNATURES).read()
    return f"data:{mime};base64,{base64.b64encode(content).decode('ascii')}"
