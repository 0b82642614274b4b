"""Calendar arithmetic by day-exact rules, in one place (29 February, month ends, year ends).

- `month_end(day)`: the last day of `day`'s month.
- `add_months(day, n)`: the same day n months later or earlier; a day that does not exist there
  (31 → 30 April, 29/30/31 → February) becomes that month's last day, and a month end stays a
  month end (28 February 2029 − 12 months = 29 February 2028).
- `year_before(day)`: `add_months(day, -12)`. "The trailing 12 months" of D are the days after
  `year_before(D)` up to and including D: 12 whole calendar months when D is a month end
  (and on 29 February), the same day a year earlier otherwise.
- `month_index(day)` / `month_start(index)`: months as consecutive integers.

Never write `day.replace(year=day.year - 1)`: it raises on 29 February.
"""

from __future__ import annotations

import calendar
import datetime as dt

_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    return 29 if month == 2 and calendar.isleap(year) else _DAYS[month - 1]


def month_end(day: dt.date) -> dt.date:
    """The last day of `day`'s month."""
    return day.replace(day=days_in_month(day.year, day.month))


def is_month_end(day: dt.date) -> bool:
    return day.day == days_in_month(day.year, day.month)


def month_index(day: dt.date) -> int:
    """Months as consecutive integers (year × 12 + month − 1)."""
    return day.year * 12 + day.month - 1


def month_start(index: int) -> dt.date:
    """The first day of the month `index` (see `month_index`)."""
    return dt.date(index // 12, index % 12 + 1, 1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (or earlier); month ends map to month ends."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = days_in_month(year, month0 + 1)
    if is_month_end(day):
        return dt.date(year, month0 + 1, last)
    return dt.date(year, month0 + 1, min(day.day, last))


def year_before(day: dt.date) -> dt.date:
    """The start (exclusive) of the trailing 12 months that end on `day`."""
    return add_months(day, -12)
