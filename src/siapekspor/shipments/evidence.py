"""Evidence files (PEB scans) through the shared upload mechanism (`core.uploads`): type
sniffed from the content, size-capped, stored encrypted under names the server makes, and
read back only through a permission-checked view."""

from __future__ import annotations

from siapekspor.core import uploads

MAX_EVIDENCE_BYTES = 10 * 1024 * 1024


def _referenced() -> set[str]:
    from siapekspor.shipments.models import Shipment

    return set(Shipment.objects.exclude(evidence_file="").values_list("evidence_file", flat=True))


EVIDENCE = uploads.register(
    uploads.UploadArea(
        folder="shipments/evidence",
        kinds=uploads.IMAGES_AND_PDF,
        max_bytes=lambda: MAX_EVIDENCE_BYTES,
        referenced=_referenced,
    )
)


def store(upload) -> tuple[str, str, int]:
    """Check and store an uploaded file; returns (stored name, MIME type, size)."""
    stored = uploads.store(upload, area=EVIDENCE, field="evidence")
    return stored.name, stored.mime, stored.size


def remove(name: str) -> None:
    uploads.delete(name, area=EVIDENCE)
