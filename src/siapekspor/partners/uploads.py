"""Signed consent forms through the shared upload mechanism (`core.uploads`): PDF, PNG or
JPEG sniffed from the content, size-capped, encrypted at rest, served after the access check."""

from __future__ import annotations

from typing import Any

from siapekspor.core import uploads

MAX_BYTES = 10 * 1024 * 1024


def _referenced() -> set[str]:
    from siapekspor.partners.models import Consent

    return set(Consent.objects.exclude(form_file="").values_list("form_file", flat=True))


CONSENT_FORMS = uploads.register(
    uploads.UploadArea(
        folder="partners/consent-forms",
        kinds=uploads.IMAGES_AND_PDF,
        max_bytes=lambda: MAX_BYTES,
        referenced=_referenced,
    )
)


def store(upload: Any) -> uploads.StoredFile:
    """Check and store a signed consent form (ValidationFailed on the `form_file` field)."""
    return uploads.store(upload, area=CONSENT_FORMS, field="form_file")
