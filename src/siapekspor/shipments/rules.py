"""The export-status rules (ARCHITECTURE.md), as pure functions over export dates.

An enterprise is *exporting* on a date D when it has at least one verified export (direct, or
indirect with a share above zero) in the trailing 12 months of D: after `window_start(D)`
(`core.dates.year_before`: the same day one year earlier; when D is a month end, the end of
the same month a year earlier, so 29 February and 28 February 2029 are exact) up to and
including D. It is *lapsed* when it exported before but not in the window, and a *repeat
exporter* once two of its verified shipments are at least `settings.REPEAT_EXPORT_MIN_DAYS`
days apart (a second order, not one consignment split over several declarations or two
shipments on 31 December and 1 January).

This module is the only place that derives a status: `shipments.services` stores it
(`ExportStatus`), `shipments.selectors.export_profiles` hands it, with the status at past
month ends, to the indicators.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from django.conf import settings

from siapekspor.core import dates
from siapekspor.shipments.models import ShipmentKind, StatusCode

WINDOW_MONTHS = 12


def add_months(day: dt.date, months: int) -> dt.date:
    return dates.add_months(day, months)


def window_start(as_of: dt.date) -> dt.date:
    """Exports strictly after this date and up to `as_of` count."""
    return dates.add_months(as_of, -WINDOW_MONTHS)


def month_index(day: dt.date) -> int:
    return dates.month_index(day)


def repeat_min_days() -> int:
    return settings.REPEAT_EXPORT_MIN_DAYS


@dataclass
class Derived:
    status: str
    first_export_date: dt.date
    last_export_date: dt.date
    last_direct_date: dt.date | None
    last_indirect_date: dt.date | None
    shipments: int
    is_repeat: bool


def derive(
    direct: Iterable[dt.date],
    indirect: Iterable[dt.date],
    as_of: dt.date,
    shipments: int | None = None,
) -> Derived | None:
    """The status from the dates of an enterprise's verified exports (None: never exported).

    Each date is one shipment (an enterprise appears once per shipment). Exports dated after
    `as_of` are ignored (a status "as of" a past date)."""
    direct = [d for d in direct if d <= as_of]
    indirect = [d for d in indirect if d <= as_of]
    every = direct + indirect
    if not every:
        return None
    first, last = min(every), max(every)
    status = StatusCode.EXPORTING if last > window_start(as_of) else StatusCode.LAPSED
    return Derived(
        status=str(status),
        first_export_date=first,
        last_export_date=last,
        last_direct_date=max(direct) if direct else None,
        last_indirect_date=max(indirect) if indirect else None,
        shipments=shipments if shipments is not None else len(every),
        is_repeat=(last - first).days >= repeat_min_days(),
    )


def points_mask(days: Iterable[dt.date], points: Sequence[dt.date], starts: Sequence[dt.date]):
    """Bit i set when one of `days` falls in the trailing 12 months of `points[i]`
    (`starts[i] = window_start(points[i])`; both ascending)."""
    mask = 0
    for day in days:
        lo = bisect_left(points, day)  # first point on or after the export
        hi = bisect_left(starts, day)  # points whose window starts before the export
        if hi > lo:
            mask |= ((1 << hi) - 1) ^ ((1 << lo) - 1)
    return mask


@dataclass
class Profile:
    """An enterprise's export record as of a date: its status and the points in time at which
    it was exporting, by channel (bit i of `direct_points`/`indirect_points`: exporting
    directly/indirectly at `points[i]`)."""

    enterprise_id: int
    derived: Derived
    direct_points: int = 0
    indirect_points: int = 0

    def exporting_at_points(self) -> Iterator[tuple[int, bool, bool]]:
        """(point index, directly?, indirectly?) for every point at which it was exporting."""
        both = self.direct_points | self.indirect_points
        while both:
            low = both & -both
            both ^= low
            directly, indirectly = bool(self.direct_points & low), bool(self.indirect_points & low)
            yield low.bit_length() - 1, directly, indirectly


def derive_all(
    events: Iterable[tuple], as_of: dt.date, points: Sequence[dt.date] = ()
) -> dict[int, Profile]:
    """Every enterprise's profile from `selectors.verified_export_events()` rows (enterprise,
    date, channel, shipment, FOB USD, FOB Rp, HS, destination); `points` (ascending, at most `as_of`) are the dates at which
    the status is also wanted (the month ends of a trend)."""
    direct: dict[int, list[dt.date]] = defaultdict(list)
    indirect: dict[int, list[dt.date]] = defaultdict(list)
    shipments: dict[int, set[int]] = defaultdict(set)
    kind_direct = ShipmentKind.DIRECT.value
    for ent, day, channel, ship, _usd, _idr, _hs, _dest in events:
        if day > as_of:
            continue
        (direct if channel == kind_direct else indirect)[ent].append(day)
        shipments[ent].add(ship)
    starts = [window_start(p) for p in points]
    out: dict[int, Profile] = {}
    for ent in direct.keys() | indirect.keys():
        d, i = direct.get(ent, []), indirect.get(ent, [])
        derived = derive(d, i, as_of, shipments=len(shipments[ent]))
        if derived is None:
            continue
        out[ent] = Profile(
            enterprise_id=ent,
            derived=derived,
            direct_points=points_mask(d, points, starts) if points else 0,
            indirect_points=points_mask(i, points, starts) if points else 0,
        )
    return out
