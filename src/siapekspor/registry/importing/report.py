"""Reports of an import batch, rebuilt from the stored row outcomes.

The source cells of rejected rows are stored sealed (they may hold a NIK). The report shows
them `masked` (NIK, phone and owner-name columns, and any cell that looks like a NIK or a
phone number), in `full` only after a reason was given and audited
(`batch.batch_reveal_rows`), or not at all (`none`) to users outside the batch's scope.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Literal

from django.utils.translation import gettext as _

from siapekspor.core.crypto import unseal
from siapekspor.core.tabular import RowOutcome, write_report
from siapekspor.registry.importing.batch import mask_row, personal_columns
from siapekspor.registry.models_import import ImportBatch

Cells = Literal["full", "masked", "none"]


def batch_outcomes(batch: ImportBatch, *, cells: Cells = "masked") -> Iterator[RowOutcome]:
    personal = personal_columns(batch)
    for row in batch.rows.order_by("row_number").iterator(chunk_size=5000):
        values = []
        if cells != "none" and row.values_sealed:
            values = json.loads(unseal(row.values_sealed))
            if cells == "masked":
                values = mask_row(values, personal)
        problems = [(col, _(msg) if msg else "") for col, msg in row.problems]
        yield RowOutcome(
            sheet=row.sheet,
            row=row.row_number,
            outcome=row.outcome,
            problems=problems,
            values=values,
            target_id=row.enterprise_id,
        )


def write_batch_report(
    batch: ImportBatch, out, fmt: str = "xlsx", *, cells: Cells = "masked"
) -> None:
    headers = batch.column_mapping.get("headers", []) if cells != "none" else []
    write_report(out, headers, batch_outcomes(batch, cells=cells), fmt=fmt)
