"""Find duplicates in the registry, keep a review queue, merge (keeping everything) and undo."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siapekspor.core.audit import audit_record, diff_fields
from siapekspor.core.errors import ConflictError, PermissionDeniedError
from siapekspor.registry import access
from siapekspor.registry.dedup.scoring import THRESHOLD, Pair, Record, clean_address, find_pairs
from siapekspor.registry.identifiers import normalize_name
from siapekspor.registry.models import Enterprise, Product
from siapekspor.registry.models_import import (
    CandidateStatus,
    DuplicateCandidate,
    DuplicateRun,
    DuplicateRunStatus,
    EnterpriseMerge,
)
from siapekspor.registry.services import (
    ENTERPRISE_VALUE_COLUMNS,
    PERSONAL_FIELDS,
    _snapshot,
    enterprise_apply,
    enterprise_data_from,
)

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from siapekspor.accounts.models import User
    from siapekspor.registry.models import Enterprise

FILLABLE = (
    "nib",
    "owner_name",
    "nik",
    "phone",
    "address",
    "district",
    "latitude",
    "longitude",
    "kbli",
    "annual_revenue",
    "workforce",
)


def merged_away_ids() -> set[int]:
    """Enterprises merged into another (and not undone): left out of detection."""
    return set(
        EnterpriseMerge.objects.filter(undone_at__isnull=True).values_list("merged_id", flat=True)
    )


def load_records(queryset: QuerySet[Enterprise] | None = None) -> list[Record]:
    """Plain records of the registry (blind indexes only; no personal data is decrypted)."""
    qs = queryset if queryset is not None else Enterprise.objects.all()
    skip = merged_away_ids()
    products: dict[int, set[str]] = {}
    for eid, name in Product.objects.values_list("enterprise_id", "name").iterator(
        chunk_size=20000
    ):
        products.setdefault(eid, set()).add(normalize_name(name))
    out = []
    for pk, name, regency, district, nib, nik, phone, owner, address, kbli in qs.values_list(
        "id",
        "name_normalized",
        "regency_id",
        "district_id",
        "nib",
        "nik_hmac",
        "phone_hmac",
        "owner_name_index",
        "address",
        "kbli_id",
    ).iterator(chunk_size=20000):
        if pk in skip:
            continue
        out.append(
            Record(
                id=pk,
                name=name,
                regency=regency or "",
                district=district or "",
                nib=nib or "",
                nik=nik or "",
                phone=phone or "",
                owner=frozenset(owner.split()) if owner else frozenset(),
                address=clean_address(address),
                kbli=kbli or "",
                products=frozenset(products.get(pk, ())),
            )
        )
    return out


@dataclass
class FindSummary:
    records: int
    pairs: list[Pair]
    new_candidates: int


WRITE_CHUNK = 2000  # candidates per write transaction: each commits in well under a second


def duplicates_find(
    *,
    actor: User | None = None,
    threshold: float = THRESHOLD,
    save: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> FindSummary:
    """Score the registry; store new pairs in the review queue (decided pairs stay decided).

    Scoring reads and computes outside any transaction (minutes on a large registry); the
    new pairs are then written in short transactions of WRITE_CHUNK rows, so sign-ins and
    other writers never wait behind it. A run stopped half-way leaves some new pairs stored:
    the next run adds the rest (a stored pair is never stored twice). `progress(done,
    total)` follows the scoring of candidate pairs (`scoring.find_pairs`).
    """
    records = load_records()
    pairs = find_pairs(records, threshold, progress)
    created = 0
    if save:
        existing = set(DuplicateCandidate.objects.values_list("first_id", "second_id"))
        new = [
            DuplicateCandidate(
                first_id=p.first, second_id=p.second, score=p.score, reasons=p.reasons
            )
            for p in pairs
            if (p.first, p.second) not in existing
        ]
        for start in range(0, len(new), WRITE_CHUNK):
            with transaction.atomic():
                # A pair stored meanwhile (another run) is skipped by the unique constraint.
                DuplicateCandidate.objects.bulk_create(
                    new[start : start + WRITE_CHUNK], ignore_conflicts=True
                )
        created = len(new)
        with transaction.atomic():
            audit_record(
                actor=actor,
                action="registry.duplicates.found",
                target_type="registry.duplicatecandidate",
                target_id="*",
                label=f"{len(pairs)} pairs",
                changes={"records": len(records), "pairs": len(pairs), "new": created},
            )
    return FindSummary(records=len(records), pairs=pairs, new_candidates=created)


# --- The background run, started from the duplicates page ----------------------------------

HEARTBEAT_SECONDS = 2  # at most one progress write per this many seconds


def duplicate_run_latest() -> DuplicateRun | None:
    """The latest run of duplicate detection (any status), or None."""
    return DuplicateRun.objects.order_by("-created_at", "-id").first()


def duplicate_run_last_completed() -> DuplicateRun | None:
    """The latest run that completed: the page's "last run"."""
    return (
        DuplicateRun.objects.filter(status=DuplicateRunStatus.COMPLETED)
        .order_by("-finished_at", "-id")
        .first()
    )


def duplicate_run_active() -> DuplicateRun | None:
    """A queued or running run whose worker still reports (a dead one does not block)."""
    stale = timezone.now() - dt.timedelta(minutes=settings.IMPORT_STALE_MINUTES)
    return (
        DuplicateRun.objects.filter(
            status__in=[DuplicateRunStatus.QUEUED, DuplicateRunStatus.RUNNING],
            created_at__gte=stale,
        )
        .exclude(heartbeat_at__lt=stale)
        .order_by("-created_at")
        .first()
    )


@transaction.atomic
def duplicate_run_start(*, actor: User) -> DuplicateRun:
    """Queue duplicate detection over the whole registry for the worker; a run already
    queued or running (and alive) is returned instead of starting a second one."""
    _check(actor)
    active = duplicate_run_active()
    if active is not None:
        return active
    run = DuplicateRun.objects.create(created_by=actor, heartbeat_at=timezone.now())
    audit_record(
        actor=actor,
        action="registry.duplicates.run_started",
        target=run,
        label=str(_("Duplicate detection")),
    )

    def enqueue() -> None:
        from siapekspor.registry import tasks

        tasks.find_duplicates.enqueue(run.pk)

    transaction.on_commit(enqueue)
    return run


def duplicate_run_execute(run_id: int) -> str:
    """Worker: score the registry for run `run_id`, reporting progress on the run. Safe to
    repeat (pairs already stored are skipped; a finished run is left alone)."""
    run = DuplicateRun.objects.select_related("created_by").filter(pk=run_id).first()
    if run is None or run.status in (DuplicateRunStatus.COMPLETED, DuplicateRunStatus.FAILED):
        return "nothing to do"
    DuplicateRun.objects.filter(pk=run_id).update(
        status=DuplicateRunStatus.RUNNING, heartbeat_at=timezone.now()
    )
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - last[0] < HEARTBEAT_SECONDS:
            return
        last[0] = now
        DuplicateRun.objects.filter(pk=run_id).update(
            pairs_done=done, pairs_total=total, heartbeat_at=timezone.now()
        )

    summary = _run_recorded(run_id, run.created_by, progress)
    return f"records={summary.records} pairs={len(summary.pairs)} new={summary.new_candidates}"


def _run_recorded(
    run_id: int, actor: Any, progress: Callable[[int, int], None] | None
) -> FindSummary:
    try:
        summary = duplicates_find(actor=actor, progress=progress)
    except Exception as exc:
        DuplicateRun.objects.filter(pk=run_id).update(
            status=DuplicateRunStatus.FAILED, finished_at=timezone.now(), error=str(exc)[:2000]
        )
        raise
    DuplicateRun.objects.filter(pk=run_id).update(
        status=DuplicateRunStatus.COMPLETED,
        finished_at=timezone.now(),
        heartbeat_at=timezone.now(),
        records=summary.records,
        found=len(summary.pairs),
        new_candidates=summary.new_candidates,
    )
    return summary


def duplicates_find_recorded(*, actor: Any = None) -> FindSummary:
    """`duplicates_find` (saving) run in the foreground — the `find-duplicates` command —
    recorded as a run, so the duplicates page's "last run" counts it too."""
    run = DuplicateRun.objects.create(
        created_by=actor, status=DuplicateRunStatus.RUNNING, heartbeat_at=timezone.now()
    )
    return _run_recorded(run.pk, actor, None)


def _check(actor: User) -> None:
    if not access.can_review_duplicates(actor):
        raise PermissionDeniedError(_("Only officers can review duplicates."))


def _in_scope(actor: User, *enterprises: Enterprise) -> None:
    if access.can_merge(actor, *enterprises):
        return
    raise PermissionDeniedError(_("Both enterprises must be in your regency."))


def _raw(e: Enterprise) -> dict[str, Any]:
    """The stored columns exactly as stored (sealed values stay sealed): what undo restores."""
    out = {}
    for name in ENTERPRISE_VALUE_COLUMNS:
        value = getattr(e, name)
        out[name] = (
            str(value)
            if value is not None and name in ("latitude", "longitude", "annual_revenue")
            else value
        )
    return out


@transaction.atomic
def candidate_dismiss(*, actor: User, candidate: DuplicateCandidate) -> DuplicateCandidate:
    """Mark a duplicate candidate as two different businesses (officers in scope); audited."""
    _check(actor)
    _in_scope(actor, candidate.first, candidate.second)
    if candidate.status != CandidateStatus.OPEN:
        raise ConflictError(_("This pair has already been decided."))
    candidate.status, candidate.decided_by = CandidateStatus.DISMISSED, actor
    candidate.decided_at = timezone.now()
    candidate.save(update_fields=["status", "decided_by", "decided_at"])
    audit_record(
        actor=actor,
        action="registry.duplicates.dismissed",
        target=candidate.first,
        changes={"other": candidate.second_id, "score": candidate.score},
    )
    return candidate


@transaction.atomic
def enterprise_merge(
    *,
    actor: User,
    survivor: Enterprise,
    merged: Enterprise,
    candidate: DuplicateCandidate | None = None,
) -> EnterpriseMerge:
    """Fold `merged` into `survivor`: blank fields of the survivor are filled, products move,
    the merged record is deactivated (not deleted). Undo restores both exactly."""
    _check(actor)
    survivor = Enterprise.objects.select_for_update().get(pk=survivor.pk)
    merged = Enterprise.objects.select_for_update().get(pk=merged.pk)
    _in_scope(actor, survivor, merged)
    if survivor.pk == merged.pk:
        raise ConflictError(_("An enterprise cannot be merged with itself."))
    if {survivor.pk, merged.pk} & merged_away_ids():
        raise ConflictError(_("One of these enterprises has already been merged."))
    snapshot = {
        "survivor": _raw(survivor),
        "merged": _raw(merged),
        "products": list(merged.products.values_list("pk", flat=True)),
    }
    before = _snapshot(survivor)
    data, other = enterprise_data_from(survivor), enterprise_data_from(merged)
    taken_nib = None
    for name in FILLABLE:
        if getattr(data, name) in (None, "") and getattr(other, name) not in (None, ""):
            setattr(data, name, getattr(other, name))
            if name == "nib":
                taken_nib = other.nib
    if taken_nib:  # the NIB is unique: it moves from the merged record to the survivor
        merged.nib = None
    merged.is_active = False
    merged.source = (str(_("Merged into #%(id)s") % {"id": survivor.pk}) + " — " + merged.source)[
        :200
    ]
    merged.save(update_fields=["nib", "is_active", "source", "updated_at"])
    survivor.save(update_fields=enterprise_apply(survivor, data))
    Product.objects.filter(enterprise=merged).update(enterprise=survivor)
    record = EnterpriseMerge.objects.create(
        created_by=actor, survivor=survivor, merged=merged, candidate=candidate, snapshot=snapshot
    )
    if candidate is not None:
        candidate.status, candidate.decided_by = CandidateStatus.MERGED, actor
        candidate.decided_at = timezone.now()
        candidate.save(update_fields=["status", "decided_by", "decided_at"])
    audit_record(
        actor=actor,
        action="registry.enterprise.merged",
        target=survivor,
        changes={
            **diff_fields(before, _snapshot(survivor), secret_fields=PERSONAL_FIELDS),
            "merged_from": merged.pk,
            "merge": record.pk,
        },
    )
    return record


@transaction.atomic
def merge_undo(*, actor: User, merge: EnterpriseMerge) -> EnterpriseMerge:
    """Undo a merge from its snapshot: products and both records as they were; audited."""
    _check(actor)
    merge = EnterpriseMerge.objects.select_for_update().get(pk=merge.pk)
    if merge.undone_at:
        raise ConflictError(_("This merge has already been undone."))
    _in_scope(actor, merge.survivor, merge.merged)
    snap = merge.snapshot
    Product.objects.filter(pk__in=snap["products"]).update(enterprise=merge.merged)
    # NIB first off the survivor, then back on the merged record (unique constraint).
    Enterprise.objects.filter(pk=merge.survivor_id).update(**snap["survivor"])
    Enterprise.objects.filter(pk=merge.merged_id).update(**snap["merged"])
    merge.undone_at, merge.undone_by = timezone.now(), actor
    merge.save(update_fields=["undone_at", "undone_by"])
    if merge.candidate_id:
        DuplicateCandidate.objects.filter(pk=merge.candidate_id).update(
            status=CandidateStatus.OPEN, decided_by=None, decided_at=None
        )
    audit_record(
        actor=actor,
        action="registry.enterprise.merge_undone",
        target=merge.survivor,
        changes={"merged_from": merge.merged_id, "merge": merge.pk},
    )
    return merge
