"""Signals that let an app tell others that something happened without importing them.

`figures_changed` (keyword `topic`, e.g. "shipments.verified"): facts that the aggregate
figures read have changed — a shipment verified, rejected, changed or deleted after
verification; certificates issued; an import finished; an assessment submitted. Emitting apps
call `announce_figures_changed(topic)`, which sends the signal once their transaction has
committed (never for a rolled-back change). Reporting subscribes and rebuilds its indicators,
debounced (`reporting.services.request_rebuild`); the emitters never import reporting.
"""

from __future__ import annotations

from django.db import transaction
from django.dispatch import Signal

figures_changed = Signal()


def announce_figures_changed(topic: str) -> None:
    """Send `figures_changed(topic=…)` after the current transaction commits (at once outside
    a transaction). A failing receiver is logged, never undoes the caller's work."""
    transaction.on_commit(lambda: figures_changed.send_robust(sender=None, topic=topic))
