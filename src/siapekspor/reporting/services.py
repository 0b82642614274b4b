"""Rebuilding the KPI snapshot: export status first, then the cells the dashboards read."""

from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from siapekspor.core import bulk
from siapekspor.core.audit import audit_record
from siapekspor.registry.models import Enterprise
from siapekspor.reporting import sources
from siapekspor.reporting.models import KpiCell, KpiGroup, KpiTrend, KpiValue, Snapshot
from siapekspor.shipments import rules
from siapekspor.shipments import services as shipment_services
from siapekspor.shipments.selectors import verified_export_events

TREND_MONTHS = 36
KEEP_SNAPSHOTS = 2
GENERATION_KEY = "reporting:generation"


def month_start(index: int) -> dt.date:
    return dt.date(index // 12, index % 12 + 1, 1)


def month_end(index: int) -> dt.date:
    return month_start(index + 1) - dt.timedelta(days=1)


def rebuild_indicators(*, as_of: dt.date | None = None, actor=None) -> Snapshot:
    """Recompute every enterprise's export status and a new KPI snapshot as of `as_of`, then
    move the dashboards' generation key to it (cached pages of older snapshots are dropped)."""
    snapshot = _rebuild(as_of=as_of, actor=actor)
    cache.set(GENERATION_KEY, generation_token(snapshot.pk, snapshot.created_at), None)
    return snapshot


def generation_token(pk: int, created_at) -> str:
    """Snapshot id and creation time: unique even if an id is ever reused."""
    return f"{pk}.{int(created_at.timestamp() * 1_000_000)}"


@transaction.atomic
def _rebuild(*, as_of: dt.date | None, actor) -> Snapshot:
    started = time.perf_counter()
    as_of = as_of or timezone.localdate()
    events = [e for e in verified_export_events() if e[1] <= as_of]
    shipment_services.status_recompute(as_of, events=events)
    start = rules.window_start(as_of)

    enterprises = list(
        Enterprise.objects.values_list(
            "id", "regency_id", "kbli_division", "size_class", "is_demo"
        ).iterator(chunk_size=20000)
    )
    attrs = {e[0]: (e[1], e[2] or "", e[3] or "") for e in enterprises}
    has_demo = any(e[4] for e in enterprises)
    levels = sources.readiness_levels()
    participation = sources.training_participation()
    trained = {p["enterprise_id"] for p in participation if p["completed"]}
    certified = {p["enterprise_id"] for p in participation if p["certified"]}

    # Per enterprise: export dates by channel.
    direct_dates: dict[int, list[dt.date]] = defaultdict(list)
    indirect_dates: dict[int, list[dt.date]] = defaultdict(list)
    values: dict[tuple, list] = defaultdict(lambda: [Decimal(0), Decimal(0), 0])
    for ent, day, channel, _ship, usd, idr, hs, dest in events:
        (direct_dates if channel == "direct" else indirect_dates)[ent].append(day)
        a = attrs.get(ent)
        if a is None:
            continue
        for dim, key in (("product", (hs or "")[:4]), ("destination", dest)):
            cell = values[(day.year, a[0], a[1], dim, key)]
            cell[0] += usd
            cell[1] += idr
            cell[2] += 1

    snapshot = Snapshot.objects.create(
        as_of=as_of,
        baseline=settings.TARGET_BASELINE_ENTERPRISES,
        target_share=Decimal(str(settings.TARGET_EXPORTING_SHARE)),
        has_demo=has_demo,
    )

    # Current cube.
    cube: dict[tuple, list[int]] = defaultdict(lambda: [0] * 11)
    first_export: dict[int, dt.date] = {}
    exporting_now: set[int] = set()
    for ent, (regency, division, size) in attrs.items():
        row = cube[(regency, division, size, levels.get(ent, ""))]
        row[0] += 1
        row[1] += ent in levels
        row[2] += ent in trained
        row[3] += ent in certified
        d, i = direct_dates.get(ent), indirect_dates.get(ent)
        if not d and not i:
            continue
        derived = rules.derive(d or [], i or [], as_of)
        first_export[ent] = derived.first_export_date
        row[4] += 1
        if derived.status == "exporting":
            exporting_now.add(ent)
            row[5] += 1
            row[6] += bool(derived.last_direct_date and derived.last_direct_date > start)
            row[7] += bool(derived.last_indirect_date and derived.last_indirect_date > start)
        else:
            row[8] += 1
        row[9] += derived.is_repeat
        row[10] += derived.first_export_date > start
    bulk.insert_rows(
        KpiCell,
        [
            "snapshot_id",
            "regency",
            "division",
            "size_class",
            "level",
            "enterprises",
            "assessed",
            "trained",
            "certified",
            "ever_exported",
            "exporting",
            "direct",
            "indirect",
            "lapsed",
            "repeat",
            "new_exporters",
        ],
        ((snapshot.pk, *k, *v) for k, v in cube.items()),
    )

    # Trend: exporting at each month end (a month counts for the 12 months from it).
    last = rules.month_index(as_of)
    first = last - TREND_MONTHS + 1
    trend: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for ent in set(direct_dates) | set(indirect_dates):
        a = attrs.get(ent)
        if a is None:
            continue
        months = {}
        for channel, dates in ((1, direct_dates.get(ent, ())), (2, indirect_dates.get(ent, ()))):
            for m in {rules.month_index(d) for d in dates}:
                for covered in range(max(m, first), min(m + 12, last + 1)):
                    months[covered] = months.get(covered, 0) | channel
        for m, channels in months.items():
            cell = trend[(m, a[0], a[1])]
            cell[0] += 1
            cell[1] += bool(channels & 1)
            cell[2] += bool(channels & 2)
        fm = rules.month_index(first_export[ent])
        if first <= fm <= last:
            trend[(fm, a[0], a[1])][3] += 1
    bulk.insert_rows(
        KpiTrend,
        [
            "snapshot_id",
            "month",
            "regency",
            "division",
            "exporting",
            "direct",
            "indirect",
            "new_exporters",
        ],
        ((snapshot.pk, month_start(k[0]), k[1], k[2], *v) for k, v in trend.items()),
    )

    bulk.insert_rows(
        KpiValue,
        [
            "snapshot_id",
            "year",
            "regency",
            "division",
            "dimension",
            "key",
            "value_usd",
            "value_idr",
            "shipments",
        ],
        ((snapshot.pk, *k, round(v[0], 2), round(v[1]), v[2]) for k, v in values.items()),
    )

    # Training cohorts: who took part, and who exported for the first time after the start.
    groups: dict[tuple, dict] = {}
    for p in participation:
        for dim, key, label, regency in (
            ("programme", p["programme_id"], p["programme_name"], ""),
            ("class", p["class_id"], p["class_name"], p["regency"]),
        ):
            g = groups.setdefault(
                (dim, key),
                {
                    "label": label,
                    "regency": regency,
                    "members": set(),
                    "certified": set(),
                    "first": set(),
                },
            )
            ent = p["enterprise_id"]
            g["members"].add(ent)
            if p["certified"]:
                g["certified"].add(ent)
            fe = first_export.get(ent)
            if fe and p["start"] and fe >= p["start"]:
                g["first"].add(ent)
    KpiGroup.objects.bulk_create(
        [
            KpiGroup(
                snapshot=snapshot,
                dimension=dim,
                key=str(key),
                label=g["label"][:300],
                regency=g["regency"],
                participants=len(g["members"]),
                certified=len(g["certified"]),
                exporting=len(g["members"] & exporting_now),
                first_exporters=len(g["first"]),
            )
            for (dim, key), g in groups.items()
        ],
        batch_size=2000,
    )

    snapshot.seconds = round(time.perf_counter() - started, 3)
    snapshot.save(update_fields=["seconds"])
    old = list(
        Snapshot.objects.exclude(pk=snapshot.pk)
        .order_by("-id")
        .values_list("pk", flat=True)[KEEP_SNAPSHOTS - 1 :]
    )
    if old:
        for model in (KpiCell, KpiTrend, KpiValue, KpiGroup):
            model.objects.filter(snapshot_id__in=old).delete()
        Snapshot.objects.filter(pk__in=old).delete()
    audit_record(
        actor=actor,
        action="reporting.snapshot.rebuild",
        target=snapshot,
        changes={"seconds": snapshot.seconds},
    )
    return snapshot
