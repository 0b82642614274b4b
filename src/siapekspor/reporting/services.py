"""Rebuilding the KPI snapshot, and asking for a rebuild when the facts change.

Reporting is a leaf: it reads the other apps through their selectors (registry, readiness,
training, shipments, compliance, improvement, partners, buyers) and nothing imports it. The export status of
every enterprise — today and at each past month end — comes from
`shipments.selectors.export_profiles` (derived by `shipments.rules`); this module only counts.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from siapekspor.buyers.selectors import lead_shipment_ids
from siapekspor.compliance.selectors import assisted_to_certify_enterprises
from siapekspor.core import bulk, dates
from siapekspor.core.audit import audit_record
from siapekspor.improvement.selectors import improvement_dates
from siapekspor.partners.selectors import referral_outcome_dates
from siapekspor.readiness.selectors import current_levels
from siapekspor.registry.selectors import enterprise_facts
from siapekspor.reporting.models import (
    GroupDimension,
    KpiCell,
    KpiGroup,
    KpiTrend,
    KpiValue,
    RebuildRequest,
    Snapshot,
    ValueDimension,
)
from siapekspor.shipments.models import StatusCode
from siapekspor.shipments.selectors import export_profiles, verified_export_events
from siapekspor.training.selectors import participations

if TYPE_CHECKING:
    from siapekspor.accounts.models import User
    from siapekspor.registry.selectors import EnterpriseFacts

TREND_MONTHS = 36
KEEP_SNAPSHOTS = 2
# A rebuild request older than the delay plus this is taken as lost (its task never ran).
STALE_REQUEST_SECONDS = 600


def generation_token(pk: int, created_at: dt.datetime) -> str:
    """Snapshot id and creation time: unique even if an id is ever reused."""
    return f"{pk}.{int(created_at.timestamp() * 1_000_000)}"


# --- The rows of a snapshot, with named fields ---------------------------------------------------


@dataclass(slots=True)
class CellCounts:
    """Enterprise counts of one `KpiCell` (the field names are the model's columns)."""

    enterprises: int = 0
    assessed: int = 0
    trained: int = 0
    certified: int = 0
    assisted: int = 0  # a certification-assistance case granted (compliance)
    improved: int = 0  # a capacity or quality improvement plan completed (improvement)
    financed: int = 0  # a financing referral approved or disbursed (partners)
    coached: int = 0  # an LPEI coaching referral accepted or further (partners)
    ever_exported: int = 0
    exporting: int = 0
    direct: int = 0
    indirect: int = 0
    lapsed: int = 0
    repeat: int = 0
    new_exporters: int = 0
    lead_exported: int = 0  # a verified shipment a forum lead produced (buyers)


class CellKey(NamedTuple):
    regency: str
    division: str
    size_class: str
    level: str


@dataclass(slots=True)
class TrendCounts:
    exporting: int = 0
    direct: int = 0
    indirect: int = 0
    new_exporters: int = 0
    assisted: int = 0  # enterprises whose first assisted certificate was granted in the month
    improved: int = 0  # enterprises whose first improvement plan was completed in the month
    financed: int = 0  # enterprises first financed (approved or disbursed) in the month
    coached: int = 0  # enterprises whose first LPEI coaching was accepted in the month
    lead_exported: int = 0  # enterprises whose first export through a forum lead was in the month


class TrendKey(NamedTuple):
    month: int  # core.dates.month_index
    regency: str
    division: str


@dataclass(slots=True)
class ValueSums:
    value_usd: Decimal = Decimal(0)
    value_idr: Decimal = Decimal(0)
    shipments: int = 0


class ValueKey(NamedTuple):
    year: int
    regency: str
    division: str
    dimension: str
    key: str


@dataclass
class Group:
    label: str
    regency: str
    members: set[int]
    certified: set[int]
    first_exporters: set[int]


COUNT_FIELDS = [f.name for f in fields(CellCounts)]
TREND_FIELDS = [f.name for f in fields(TrendCounts)]
VALUE_FIELDS = [f.name for f in fields(ValueSums)]


def _values(obj: object, names: list[str]) -> list[Any]:
    return [getattr(obj, name) for name in names]


def trend_points(as_of: dt.date, months: int = TREND_MONTHS) -> tuple[int, list[dt.date]]:
    """The first month (index) of the trend and its points: the end of each month, except the
    current one, which is `as_of` itself (so the trend ends on the current count)."""
    last = dates.month_index(as_of)
    first = last - months + 1
    points = [dates.month_end(dates.month_start(m)) for m in range(first, last)]
    return first, [*points, as_of]


def _count_by_month(
    trend: dict[tuple[Any, ...], TrendCounts],
    name: str,
    days: dict[int, dt.date],
    facts: dict[int, EnterpriseFacts],
    months: range,
) -> None:
    """Add 1 to `name` in the trend row of each enterprise's month (regency × division)."""
    for ent, day in days.items():
        e = facts.get(ent)
        month = dates.month_index(day)
        if e is not None and month in months:
            t = trend[(month, e.regency, e.division)]
            setattr(t, name, getattr(t, name) + 1)


def _lead_export_dates(
    events: list[Any], lead_shipments: set[int], as_of: dt.date
) -> dict[int, dt.date]:
    """Each enterprise with a verified export (direct, or its share of an indirect one) in a
    shipment a forum lead produced, with the day of the first such export up to `as_of`."""
    first: dict[int, dt.date] = {}
    if not lead_shipments:
        return first
    for ent, day, _channel, ship, *_rest in events:
        if ship in lead_shipments and day <= as_of and (ent not in first or day < first[ent]):
            first[ent] = day
    return first


# --- The rebuild -----------------------------------------------------------------------------------


def rebuild_indicators(*, as_of: dt.date | None = None, actor: User | None = None) -> Snapshot:
    """Compute a new KPI snapshot as of `as_of` (default today). Dashboards, reports and the
    KPI API read the newest snapshot; a pending rebuild request is answered by this one."""
    RebuildRequest.objects.filter(pk=1, requested_at__isnull=False).update(requested_at=None)
    return _rebuild(as_of=as_of or timezone.localdate(), actor=actor)


@transaction.atomic
def _rebuild(*, as_of: dt.date, actor: User | None) -> Snapshot:
    started = time.perf_counter()
    events = list(verified_export_events())
    first_month, points = trend_points(as_of)
    profiles = export_profiles(as_of, points, events=events)
    facts = {e.id: e for e in enterprise_facts()}
    levels = current_levels()
    taking_part = participations()
    trained = {p.enterprise_id for p in taking_part if p.completed}
    certified = {p.enterprise_id for p in taking_part if p.certified}
    assisted = assisted_to_certify_enterprises(end=as_of)
    improved = improvement_dates(end=as_of)
    outcomes = referral_outcome_dates(end=as_of)
    financed, coached = outcomes["financed"], outcomes["coached_by_lpei"]
    lead_exported = _lead_export_dates(events, lead_shipment_ids(), as_of)
    window_start = dates.year_before(as_of)

    snapshot = Snapshot.objects.create(
        as_of=as_of,
        baseline=settings.TARGET_BASELINE_ENTERPRISES,
        target_share=Decimal(str(settings.TARGET_EXPORTING_SHARE)),
        has_demo=any(e.is_demo for e in facts.values()),
    )

    # Current cube: every enterprise once. (Hot loops key dicts by plain tuples in the order
    # of CellKey/TrendKey/ValueKey: a NamedTuple per row costs a Python call.)
    cube: dict[tuple[Any, ...], CellCounts] = defaultdict(CellCounts)
    exporting_code = StatusCode.EXPORTING.value
    e: EnterpriseFacts | None
    for ent, e in facts.items():
        c = cube[(e.regency, e.division, e.size_class, levels.get(ent, ""))]
        c.enterprises += 1
        c.assessed += ent in levels
        c.trained += ent in trained
        c.certified += ent in certified
        c.assisted += ent in assisted
        c.improved += ent in improved
        c.financed += ent in financed
        c.coached += ent in coached
        c.lead_exported += ent in lead_exported
        profile = profiles.get(ent)
        if profile is None:
            continue
        d = profile.derived
        c.ever_exported += 1
        if d.status == exporting_code:
            c.exporting += 1
            c.direct += bool(d.last_direct_date and d.last_direct_date > window_start)
            c.indirect += bool(d.last_indirect_date and d.last_indirect_date > window_start)
        else:
            c.lapsed += 1
        c.repeat += d.is_repeat
        c.new_exporters += d.first_export_date > window_start
    bulk.insert_rows(
        KpiCell,
        ["snapshot_id", *CellKey._fields, *COUNT_FIELDS],
        ((snapshot.pk, *k, *_values(c, COUNT_FIELDS)) for k, c in cube.items()),
    )

    # Trend: exporting at each point (month end; today for the current month), first exports
    # by month.
    trend: dict[tuple[Any, ...], TrendCounts] = defaultdict(TrendCounts)
    last_month = first_month + len(points) - 1
    for ent, profile in profiles.items():
        e = facts.get(ent)
        if e is None:
            continue
        for k, directly, indirectly in profile.exporting_at_points():
            t = trend[(first_month + k, e.regency, e.division)]
            t.exporting += 1
            t.direct += directly
            t.indirect += indirectly
        month = dates.month_index(profile.derived.first_export_date)
        if first_month <= month <= last_month:
            trend[(month, e.regency, e.division)].new_exporters += 1
    # The office's help by month: the first certificate granted with its assistance, the first
    # improvement plan completed.
    months = range(first_month, last_month + 1)
    _count_by_month(trend, "assisted", assisted, facts, months)
    _count_by_month(trend, "improved", improved, facts, months)
    # Partners' outcomes and exports that came from the forum's leads, by month.
    _count_by_month(trend, "financed", financed, facts, months)
    _count_by_month(trend, "coached", coached, facts, months)
    _count_by_month(trend, "lead_exported", lead_exported, facts, months)
    bulk.insert_rows(
        KpiTrend,
        ["snapshot_id", *TrendKey._fields, *TREND_FIELDS],
        (
            (snapshot.pk, dates.month_start(month), regency, division, *_values(t, TREND_FIELDS))
            for (month, regency, division), t in trend.items()
        ),
    )

    # Export value: direct shipments in full, indirect ones by the supplier's share.
    values: dict[tuple[Any, ...], ValueSums] = defaultdict(ValueSums)
    product, destination = ValueDimension.PRODUCT.value, ValueDimension.DESTINATION.value
    for ent, day, _channel, _ship, usd, idr, hs, dest in events:
        e = facts.get(ent)
        if e is None or day > as_of:
            continue
        for key in (
            (day.year, e.regency, e.division, product, (hs or "")[:4]),
            (day.year, e.regency, e.division, destination, dest),
        ):
            v = values[key]
            v.value_usd += usd
            v.value_idr += idr
            v.shipments += 1
    bulk.insert_rows(
        KpiValue,
        ["snapshot_id", *ValueKey._fields, *VALUE_FIELDS],
        (
            (snapshot.pk, *k, round(v.value_usd, 2), round(v.value_idr), v.shipments)
            for k, v in values.items()
        ),
    )

    # Training cohorts: who took part, and who exported for the first time after the start.
    groups: dict[tuple[str, int], Group] = {}
    for p in taking_part:
        profile = profiles.get(p.enterprise_id)
        first = profile.derived.first_export_date if profile else None
        for dimension, group_key, label, regency in (
            (GroupDimension.PROGRAMME, p.programme_id, p.programme_label, ""),
            (GroupDimension.CLASS, p.class_id, p.class_name, p.regency),
        ):
            g = groups.setdefault(
                (dimension, group_key), Group(label, regency, set(), set(), set())
            )
            g.members.add(p.enterprise_id)
            if p.certified:
                g.certified.add(p.enterprise_id)
            if first is not None and first >= p.start:
                g.first_exporters.add(p.enterprise_id)
    exporting_now = {
        ent for ent, profile in profiles.items() if profile.derived.status == StatusCode.EXPORTING
    }
    KpiGroup.objects.bulk_create(
        [
            KpiGroup(
                snapshot=snapshot,
                dimension=dimension,
                key=str(key),
                label=g.label[:300],
                regency=g.regency,
                participants=len(g.members),
                certified=len(g.certified),
                exporting=len(g.members & exporting_now),
                first_exporters=len(g.first_exporters),
            )
            for (dimension, key), g in groups.items()
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


# --- Rebuilding by themselves ----------------------------------------------------------------------

# In this process: until when a queued rebuild already covers every change (no query needed).
_queued_until: dt.datetime | None = None


def request_rebuild(topic: str) -> bool:
    """A change that the indicators read has committed (`core.signals.figures_changed`):
    queue a rebuild to run `settings.INDICATORS_REBUILD_DELAY_SECONDS` later, unless one is
    already queued — many changes within the delay give one rebuild. With a task backend that
    cannot defer (the immediate one of the tests), the rebuild runs at once. Returns whether
    this call queued a rebuild."""
    global _queued_until
    from siapekspor.reporting.tasks import rebuild_indicators_if_requested

    now = timezone.now()
    delay = dt.timedelta(seconds=settings.INDICATORS_REBUILD_DELAY_SECONDS)
    defer = delay > dt.timedelta(0) and rebuild_indicators_if_requested.get_backend().supports_defer
    if defer and _queued_until is not None and now < _queued_until:
        return False
    lost = now - delay - dt.timedelta(seconds=STALE_REQUEST_SECONDS)
    claimed = (
        RebuildRequest.objects.filter(pk=1)
        .filter(Q(requested_at__isnull=True) | Q(requested_at__lt=lost))
        .update(requested_at=now, topic=topic[:60])
    )
    if not claimed:
        _request, claimed = RebuildRequest.objects.get_or_create(
            pk=1, defaults={"requested_at": now, "topic": topic[:60]}
        )
    if not claimed:
        return False
    task = rebuild_indicators_if_requested
    if defer:
        _queued_until = now + delay
        task = task.using(run_after=_queued_until)
    task.enqueue()
    return True


def rebuild_pending() -> bool:
    """Whether a change has asked for a rebuild that has not started yet."""
    return RebuildRequest.objects.filter(pk=1, requested_at__isnull=False).exists()


def on_figures_changed(sender: object = None, *, topic: str = "", **kwargs: Any) -> None:
    """Receiver of `core.signals.figures_changed`."""
    request_rebuild(topic or "unknown")
