"""Reports of an import batch, rebuilt from the stored row outcomes."""

from __future__ import annotations

import json

from django.utils.translation import gettext as _

from siapekspor.core.crypto import unseal
from siapekspor.core.tabular import RowOutcome, write_report
from siapekspor.registry.models_import import ImportBatch


def batch_outcomes(batch: ImportBatch):
    for row in batch.rows.order_by("row_number").iterator(chunk_size=5000):
        values = json.loads(unseal(row.values_sealed)) if row.values_sealed else []
        problems = [(col, _(msg) if msg else "") for col, msg in row.problems]
        yield RowOutcome(
            sheet=row.sheet,
            row=row.row_number,
            outcome=row.outcome,
            problems=problems,
            values=values,
            target_id=row.enterprise_id,
        )


def write_batch_report(batch: ImportBatch, out, fmt: str = "xlsx") -> None:
    headers = batch.column_mapping.get("headers", [])
    write_report(out, headers, batch_outcomes(batch), fmt=fmt)
