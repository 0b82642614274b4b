"""Certificate evidence through the shared upload mechanism (`core.uploads.record_files`):
PDF, PNG or JPEG sniffed from the content, at most `COMPLIANCE_EVIDENCE_MAX_BYTES` (10 MB),
stored encrypted under server-made names and served only after the access check."""

from __future__ import annotations

from siapekspor.core import uploads

FILES = uploads.record_files(
    "compliance/certificates",
    model="compliance.Certificate",
    max_bytes_setting="COMPLIANCE_EVIDENCE_MAX_BYTES",
)
EVIDENCE = FILES.area
