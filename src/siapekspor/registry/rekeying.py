"""Re-sealing personal data under the current key, and recomputing the blind indexes.

Every place that keeps a sealed value is listed here, so a rotation misses none of them:

| where                              | sealed values                                  |
|------------------------------------|------------------------------------------------|
| `Enterprise`                       | owner_name_sealed, nik_sealed, phone_sealed    |
| `ImportRowOutcome.values_sealed`   | a rejected row's cells                         |
| `EnterpriseMerge.snapshot`         | both records' sealed columns (what undo puts back) |
| `training.Enrollment`              | participant_name_sealed (the certificate's name) |
| `buyers.Buyer`, `buyers.Inquiry`   | contact name, e-mail, phone (`buyers.services.contacts_reseal`) |
| `eudr.ProductionPlot`              | supplier_name_sealed (a coffee or cocoa farmer) |

`personal_data_reseal` opens every value that is not in the current format under the current
sealing key (`core.crypto.sealed_with_primary`) and seals it again: after it, the older keys
of SIAPEKSPOR_PII_KEYS can be removed. `blind_indexes_recompute` recomputes nik_hmac,
phone_hmac and owner_name_index from the opened values with the current pepper: after
SIAPEKSPOR_PII_HMAC_KEY changed. Both work in batches, each its own transaction, and can be
run again (a second run finds nothing to do).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from siapekspor.core.audit import audit_record
from siapekspor.core.crypto import blind_index, seal, sealed_with_primary, unseal
from siapekspor.registry.models import Enterprise
from siapekspor.registry.models_import import EnterpriseMerge, ImportRowOutcome
from siapekspor.registry.services import owner_name_tokens

SEALED_COLUMNS = ("owner_name_sealed", "nik_sealed", "phone_sealed")
INDEX_COLUMNS = ("owner_name_index", "nik_hmac", "phone_hmac")


@dataclass
class RekeySummary:
    enterprises: int = 0
    rows: int = 0
    merges: int = 0
    participants: int = 0
    buyers: int = 0
    plots: int = 0


def _fresh(token: str) -> str:
    """`token` sealed under the current key (unchanged when it already is)."""
    return token if not token or sealed_with_primary(token) else seal(unseal(token))


def _batches(queryset, batch_size: int):
    last = 0
    while True:
        with transaction.atomic():
            batch = list(queryset.filter(pk__gt=last).order_by("pk")[:batch_size])
            if not batch:
                return
            yield batch
        last = batch[-1].pk


def _indexes(sealed: dict[str, str], memo: dict[str, str]) -> dict[str, str]:
    owner, nik, phone = (unseal(sealed.get(c) or "") for c in SEALED_COLUMNS)
    return {
        "owner_name_index": owner_name_tokens(owner, memo),
        "nik_hmac": blind_index(nik, purpose="nik"),
        "phone_hmac": blind_index(phone, purpose="phone"),
    }


def personal_data_reseal(
    *, batch_size: int = 2000, progress: Callable[[int], None] | None = None
) -> RekeySummary:
    """Re-seal every sealed value not yet under the current key and format; audited.
    Returns how many records changed. Blind indexes do not change."""
    done = RekeySummary()
    for batch in _batches(Enterprise.objects.only("pk", *SEALED_COLUMNS), batch_size):
        stale = []
        for enterprise in batch:
            fresh = {c: _fresh(getattr(enterprise, c)) for c in SEALED_COLUMNS}
            if any(fresh[c] != getattr(enterprise, c) for c in SEALED_COLUMNS):
                for column, value in fresh.items():
                    setattr(enterprise, column, value)
                stale.append(enterprise)
        Enterprise.objects.bulk_update(stale, list(SEALED_COLUMNS))
        done.enterprises += len(stale)
        if progress:
            progress(len(batch))
    rows = ImportRowOutcome.objects.exclude(values_sealed="").only("pk", "values_sealed")
    for batch in _batches(rows, batch_size):
        stale = [r for r in batch if not sealed_with_primary(r.values_sealed)]
        for row in stale:
            row.values_sealed = _fresh(row.values_sealed)
        ImportRowOutcome.objects.bulk_update(stale, ["values_sealed"])
        done.rows += len(stale)
    for batch in _batches(EnterpriseMerge.objects.only("pk", "snapshot"), batch_size):
        stale = []
        for merge in batch:
            changed = False
            for side in ("survivor", "merged"):
                record = merge.snapshot.get(side) or {}
                for column in SEALED_COLUMNS:
                    token = record.get(column) or ""
                    if token and not sealed_with_primary(token):
                        record[column] = _fresh(token)
                        changed = True
            if changed:
                stale.append(merge)
        EnterpriseMerge.objects.bulk_update(stale, ["snapshot"])
        done.merges += len(stale)
    done.participants = _reseal_participants(batch_size)
    from siapekspor.buyers.services import contacts_reseal

    done.buyers = contacts_reseal(batch_size=batch_size)
    done.plots = _reseal_plots(batch_size)
    audit_record(
        actor=None,
        action="registry.personal_data.rekeyed",
        target_type="registry.enterprise",
        target_id="*",
        label=_("%(count)s enterprises re-sealed") % {"count": done.enterprises},
        changes={
            "enterprises": done.enterprises,
            "rows": done.rows,
            "merges": done.merges,
            "participants": done.participants,
            "plots": done.plots,
        },
    )
    return done


def _reseal_participants(batch_size: int) -> int:
    """Class participants' names (training.Enrollment.participant_name_sealed)."""
    from siapekspor.training.models import Enrollment

    changed = 0
    sealed = Enrollment.objects.exclude(participant_name_sealed="").only(
        "pk", "participant_name_sealed"
    )
    for batch in _batches(sealed, batch_size):
        stale = [e for e in batch if not sealed_with_primary(e.participant_name_sealed)]
        for enrollment in stale:
            enrollment.participant_name_sealed = _fresh(enrollment.participant_name_sealed)
        Enrollment.objects.bulk_update(stale, ["participant_name_sealed"])
        changed += len(stale)
    return changed


def _reseal_plots(batch_size: int) -> int:
    """EUDR suppliers' names (eudr.ProductionPlot.supplier_name_sealed)."""
    from siapekspor.eudr.models import ProductionPlot

    changed = 0
    sealed = ProductionPlot.objects.exclude(supplier_name_sealed="").only(
        "pk", "supplier_name_sealed"
    )
    for batch in _batches(sealed, batch_size):
        stale = [p for p in batch if not sealed_with_primary(p.supplier_name_sealed)]
        for plot in stale:
            plot.supplier_name_sealed = _fresh(plot.supplier_name_sealed)
        ProductionPlot.objects.bulk_update(stale, ["supplier_name_sealed"])
        changed += len(stale)
    return changed


def blind_indexes_recompute(
    *, batch_size: int = 2000, progress: Callable[[int], None] | None = None
) -> RekeySummary:
    """Recompute every blind index (NIK, phone, owner-name words) from the sealed values with
    the current pepper, in the registry and in the merge snapshots; audited. Returns how
    many records changed."""
    done = RekeySummary()
    memo: dict[str, str] = {}
    columns = ("pk", *SEALED_COLUMNS, *INDEX_COLUMNS)
    for batch in _batches(Enterprise.objects.only(*columns), batch_size):
        stale = []
        for enterprise in batch:
            new = _indexes({c: getattr(enterprise, c) for c in SEALED_COLUMNS}, memo)
            if any(new[c] != getattr(enterprise, c) for c in INDEX_COLUMNS):
                for column, value in new.items():
                    setattr(enterprise, column, value)
                stale.append(enterprise)
        Enterprise.objects.bulk_update(stale, list(INDEX_COLUMNS))
        done.enterprises += len(stale)
        if progress:
            progress(len(batch))
    for batch in _batches(EnterpriseMerge.objects.only("pk", "snapshot"), batch_size):
        stale = []
        for merge in batch:
            changed = False
            for side in ("survivor", "merged"):
                record = merge.snapshot.get(side)
                if not record:
                    continue
                new = _indexes(record, memo)
                if any(record.get(c) != new[c] for c in INDEX_COLUMNS):
                    record.update(new)
                    changed = True
            if changed:
                stale.append(merge)
        EnterpriseMerge.objects.bulk_update(stale, ["snapshot"])
        done.merges += len(stale)
    from siapekspor.buyers.services import contacts_reindex

    done.buyers = contacts_reindex(batch_size=batch_size)
    audit_record(
        actor=None,
        action="registry.personal_data.reindexed",
        target_type="registry.enterprise",
        target_id="*",
        label=_("%(count)s enterprises re-indexed") % {"count": done.enterprises},
        changes={"enterprises": done.enterprises, "merges": done.merges},
    )
    return done
