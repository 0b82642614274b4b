"""Land-legality evidence of a plot (land certificate, SPPT, village letter) through the
shared upload mechanism (`core.uploads`): PDF, PNG or JPEG sniffed from the content,
size-capped, stored encrypted under server-made names, served only after the access check."""

from __future__ import annotations

from typing import Any

from django.conf import settings

from siapekspor.core import uploads

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def _max_bytes() -> int:
    return int(getattr(settings, "EUDR_EVIDENCE_MAX_BYTES", DEFAULT_MAX_BYTES))


def _referenced() -> set[str]:
    from siapekspor.eudr.models import ProductionPlot

    return set(
        ProductionPlot.objects.exclude(evidence_file="").values_list("evidence_file", flat=True)
    )


EVIDENCE = uploads.register(
    uploads.UploadArea(
        folder="eudr/evidence",
        kinds=uploads.IMAGES_AND_PDF,
        max_bytes=_max_bytes,
        referenced=_referenced,
    )
)


def store(upload: Any) -> uploads.StoredFile:
    """Check and store an uploaded evidence file (ValidationFailed on the `evidence` field)."""
    return uploads.store(upload, area=EVIDENCE, field="evidence")


def remove(name: str) -> None:
    uploads.delete(name, area=EVIDENCE)
