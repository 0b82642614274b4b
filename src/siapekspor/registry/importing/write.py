"""Write a decided import in one transaction: nothing half-written.

New enterprises go through `core.bulk` (rows built by `services.enterprise_columns` and
`personal_columns`, so sealing, blind indexes and derived fields live in one place), updates
through `services.enterprise_apply` with an audit entry per changed enterprise, then
products, field provenance, every row's outcome (a rejected row's cells sealed: they may
hold a NIK), the batch's counts and one `registry.import.completed` (or `.refused`) entry.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from siapekspor.core.audit import audit_record, diff_fields
from siapekspor.core.bulk import RawJSON, insert_rows, reserve_ids, sync_sequence
from siapekspor.core.bulk import now as bulk_now
from siapekspor.core.crypto import seal
from siapekspor.core.errors import ConflictError
from siapekspor.core.models import AuditEntry
from siapekspor.core.signals import announce_figures_changed
from siapekspor.core.tabular import Outcome, OutcomeCounts
from siapekspor.registry.importing.match import KeyIndex
from siapekspor.registry.importing.parse import IMPORTED_FIELDS, ParsedRow
from siapekspor.registry.models import Enterprise, Product
from siapekspor.registry.models_import import (
    BatchStatus,
    EnterpriseProvenance,
    ImportBatch,
    ImportRowOutcome,
)
from siapekspor.registry.services import (
    ENTERPRISE_INSERT_COLUMNS,
    PERSONAL_FIELDS,
    enterprise_apply,
    enterprise_columns,
    enterprise_data_from,
    personal_columns,
)
from siapekspor.registry.services import _snapshot as snapshot

PRODUCT_INSERT_COLUMNS = [
    "created_at",
    "updated_at",
    "enterprise_id",
    "hs_code_id",
    "name",
    "description",
    "monthly_capacity",
    "capacity_unit",
    "hs_code_to_review",
]
OUTCOME_COLUMNS = [
    "batch_id",
    "sheet",
    "row_number",
    "outcome",
    "enterprise_id",
    "problems",
    "values_sealed",
]
# Columns an update may change (bulk_update), derived ones included.
UPDATED_COLUMNS = sorted(
    {
        "updated_at",
        "nib",
        "name",
        "name_normalized",
        "legal_form",
        "owner_name_sealed",
        "owner_name_index",
        "owner_gender",
        "nik_sealed",
        "nik_hmac",
        "phone_sealed",
        "phone_hmac",
        "address",
        "regency",
        "district",
        "latitude",
        "longitude",
        "kbli",
        "kbli_division",
        "size_class",
        "annual_revenue",
        "workforce",
    }
)


def msgid_of(message: Any) -> str:
    """The untranslated message (stored; translated again when shown)."""
    if isinstance(message, Promise):
        with translation.override(None):
            return str(message)
    return str(message)


def jsonable(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


@dataclass
class Decided:
    """What the write needs: the batch, the parsed rows with outcomes, their counts."""

    batch: ImportBatch
    sheet: str
    rows: list[ParsedRow]
    counts: OutcomeCounts
    refuse: bool  # all or nothing, and a row was rejected: write only the outcomes


@transaction.atomic
def write_import(
    *,
    actor,
    index: KeyIndex,
    decided: Decided,
    progress: Callable[[str, int], None] | None = None,
) -> None:
    """Write everything of one batch, or nothing (one transaction)."""
    batch = decided.batch
    _lock(batch)
    stamp = bulk_now()
    if not decided.refuse:
        creates = [p for p in decided.rows if p.outcome == Outcome.CREATED]
        _insert_enterprises(index, batch, creates, stamp)
        if progress:
            progress("writing", len(creates))
        product_rows = [_product_row(stamp, p.enterprise_id, p) for p in creates if p.product]
        updates = [p for p in decided.rows if p.outcome == Outcome.UPDATED]
        _apply_updates(actor, batch, updates, product_rows, stamp)
        insert_rows(Product, PRODUCT_INSERT_COLUMNS, product_rows)
        _insert_provenance(batch, creates)
    _insert_outcomes(decided)
    _finish(actor, decided)
    if progress:
        progress("writing", len(decided.rows))


def _lock(batch: ImportBatch) -> None:
    # Two runs of one batch (a worker thought dead was only slow) must not both write: the
    # batch row is locked, and a batch that already has its row outcomes is finished.
    locked = ImportBatch.objects.select_for_update().only("status").get(pk=batch.pk)
    if (
        locked.status in (BatchStatus.COMPLETED, BatchStatus.REFUSED)
        or ImportRowOutcome.objects.filter(batch_id=batch.pk).exists()
    ):
        raise ConflictError(_("This import batch has already been completed by another run."))


def _insert_enterprises(index: KeyIndex, batch: ImportBatch, creates: list[ParsedRow], stamp):
    ids = reserve_ids(Enterprise, len(creates))
    for pk, p in zip(ids, creates, strict=True):
        p.enterprise_id = pk
    source = (batch.source or str(_("Import: %(file)s") % {"file": batch.file_name}))[:200]

    def enterprise_rows():
        for p in creates:
            p.data.source = source
            values = enterprise_columns(p.data)
            values.update(personal_columns(p.data, hmacs=p.hmacs, word_memo=index.word_memo))
            values.update(id=p.enterprise_id, created_at=stamp, updated_at=stamp)
            values["is_demo"] = False
            yield tuple(values[c] for c in ENTERPRISE_INSERT_COLUMNS)

    # Rows are generated while they are inserted: memory stays flat however large the file.
    insert_rows(Enterprise, ENTERPRISE_INSERT_COLUMNS, enterprise_rows())
    sync_sequence(Enterprise)


def _product_row(stamp, enterprise_id: int, p: ParsedRow) -> tuple:
    name, hs, capacity, unit, review = p.product
    return (stamp, stamp, enterprise_id, hs, name, "", capacity, unit, review)


def _insert_provenance(batch: ImportBatch, creates: list[ParsedRow]) -> None:
    templates: dict[frozenset[str], str] = {}  # one JSON shape per set of present fields
    for present in {p.present for p in creates}:
        templates[present] = (
            json.dumps({f: [batch.pk, -1] for f in sorted(present)})
            .replace("%", "%%")
            .replace("-1]", "%(row)d]")
        )
    insert_rows(
        EnterpriseProvenance,
        ["enterprise_id", "fields"],
        ((p.enterprise_id, RawJSON(templates[p.present] % {"row": p.row})) for p in creates),
    )


def _insert_outcomes(decided: Decided) -> None:
    batch_id, no_problems = decided.batch.pk, RawJSON("[]")

    def outcome_rows():
        for p in decided.rows:
            if p.outcome == Outcome.REJECTED:
                problems = [[str(c), msgid_of(m)] for c, m in p.problems]
                sealed = seal(json.dumps([jsonable(v) for v in p.values], ensure_ascii=False))
            else:
                problems, sealed = no_problems, ""
            target = None if decided.refuse else p.enterprise_id
            yield (batch_id, decided.sheet, p.row, p.outcome, target, problems, sealed)

    insert_rows(ImportRowOutcome, OUTCOME_COLUMNS, outcome_rows())


def _finish(actor, decided: Decided) -> None:
    batch, counts = decided.batch, decided.counts
    batch.status = BatchStatus.REFUSED if decided.refuse else BatchStatus.COMPLETED
    batch.finished_at = timezone.now()
    batch.rows_done = len(decided.rows)
    if decided.refuse:
        batch.created = batch.updated = batch.unchanged = 0
    else:
        batch.created, batch.updated = counts.created, counts.updated
        batch.unchanged = counts.unchanged
    batch.rejected = counts.rejected
    batch.save(
        update_fields=[
            "status",
            "finished_at",
            "rows_done",
            "created",
            "updated",
            "unchanged",
            "rejected",
        ]
    )
    audit_record(
        actor=actor,
        action="registry.import." + ("refused" if decided.refuse else "completed"),
        target=batch,
        label=f"{batch.file_name} ({batch.file_sha256[:12]})",
        changes={
            "created": batch.created,
            "updated": batch.updated,
            "unchanged": batch.unchanged,
            "rejected": batch.rejected,
            "rows": len(decided.rows),
            "sha256": batch.file_sha256,
        },
    )
    if not decided.refuse:
        announce_figures_changed("registry.import")


def _apply_updates(
    actor, batch: ImportBatch, updates: list[ParsedRow], product_rows: list[tuple], stamp
) -> None:
    """Merge the non-empty cells of each row into its enterprise; audit each diff."""
    if not updates:
        return
    by_id = {p.enterprise_id: p for p in updates}
    ids = list(by_id)
    audit_rows: list[AuditEntry] = []
    provenance = {
        pv.enterprise_id: pv for pv in EnterpriseProvenance.objects.filter(enterprise_id__in=ids)
    }
    new_provenance = []
    for start in range(0, len(ids), 1000):
        chunk = list(
            Enterprise.objects.filter(pk__in=ids[start : start + 1000]).select_related(
                "regency", "district", "kbli"
            )
        )
        for e in chunk:
            p = by_id[e.pk]
            audit = _merge(actor, batch, e, p, stamp)
            if audit is not None:
                audit_rows.append(audit)
            if p.product:
                product_rows.append(_product_row(stamp, e.pk, p))
            fields = {f: [batch.pk, p.row] for f in p.changes}
            if e.pk in provenance:
                provenance[e.pk].fields.update(fields)
            else:
                new_provenance.append(EnterpriseProvenance(enterprise_id=e.pk, fields=fields))
        Enterprise.objects.bulk_update(chunk, UPDATED_COLUMNS)
    EnterpriseProvenance.objects.bulk_update(list(provenance.values()), ["fields"])
    EnterpriseProvenance.objects.bulk_create(new_provenance)
    AuditEntry.objects.bulk_create(audit_rows)


def _merge(actor, batch: ImportBatch, e: Enterprise, p: ParsedRow, stamp) -> AuditEntry | None:
    before = snapshot(e)
    data = enterprise_data_from(e)
    for name in IMPORTED_FIELDS:
        if name in p.present:
            setattr(data, name, getattr(p.data, name))
    data.size_class = None if "annual_revenue" in p.present else e.size_class
    enterprise_apply(e, data)
    e.updated_at = stamp
    changes = diff_fields(before, snapshot(e), secret_fields=PERSONAL_FIELDS)
    if not changes:
        return None
    return AuditEntry(
        actor=actor if getattr(actor, "pk", None) else None,
        action="registry.enterprise.updated",
        target_type="registry.enterprise",
        target_id=str(e.pk),
        target_label=str(e)[:255],
        changes=changes,
        reason=f"import #{batch.pk}, row {p.row}",
    )
