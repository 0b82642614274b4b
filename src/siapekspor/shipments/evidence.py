"""Evidence files (PEB scans) through the shared upload mechanism (`core.uploads.record_files`):
PDF, PNG or JPEG sniffed from the content, at most 10 MB, stored encrypted under names the
server makes, and read back only through a permission-checked view."""

from __future__ import annotations

from siapekspor.core import uploads

FILES = uploads.record_files("shipments/evidence", model="shipments.Shipment")
EVIDENCE = FILES.area


def remove(name: str) -> None:
    """Delete a stored scan now (the owner's data deletion, `forum.services`)."""
    uploads.delete(name, area=EVIDENCE)
