"""Land-legality evidence of a plot (land certificate, SPPT, village letter) through the
shared upload mechanism (`core.uploads.record_files`): PDF, PNG or JPEG sniffed from the
content, at most `EUDR_EVIDENCE_MAX_BYTES` (10 MB), stored encrypted under server-made names,
served only after the access check."""

from __future__ import annotations

from siapekspor.core import uploads

FILES = uploads.record_files(
    "eudr/evidence", model="eudr.ProductionPlot", max_bytes_setting="EUDR_EVIDENCE_MAX_BYTES"
)
EVIDENCE = FILES.area
