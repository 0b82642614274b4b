"""The export-status rules (ARCHITECTURE.md), as pure functions over export dates.

An enterprise is *exporting* on a date when it has at least one verified export (direct, or
indirect with a share above zero) in the trailing 12 months: after the same day one year
earlier, up to and including that date. It is *lapsed* when it exported before but not in the
window, and a *repeat exporter* once its verified exports fall in two or more distinct
calendar months (a second order, not one consignment split over several declarations).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

WINDOW_MONTHS = 12


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    # Clamp the day (31 March - 1 month = 28/29 February).
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, d))
        except ValueError:
            continue
    raise ValueError(day)


def window_start(as_of: dt.date) -> dt.date:
    """Exports strictly after this date and up to `as_of` count."""
    return add_months(as_of, -WINDOW_MONTHS)


def month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


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

    Exports dated after `as_of` are ignored (a status "as of" a past date)."""
    direct = [d for d in direct if d <= as_of]
    indirect = [d for d in indirect if d <= as_of]
    every = direct + indirect
    if not every:
        return None
    last = max(every)
    status = "exporting" if last > window_start(as_of) else "lapsed"
    return Derived(
        status=status,
        first_export_date=min(every),
        last_export_date=last,
        last_direct_date=max(direct) if direct else None,
        last_indirect_date=max(indirect) if indirect else None,
        shipments=shipments if shipments is not None else len(every),
        is_repeat=len({month_index(d) for d in every}) >= 2,
    )
