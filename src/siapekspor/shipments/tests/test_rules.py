"""The export-status rules as pure functions: window edges (29 February, month and year
ends), lapse, repeat, and the status at past points in time."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from siapekspor.core import dates
from siapekspor.shipments import rules

D = dt.date


def test_window_is_the_trailing_twelve_months():
    as_of = D(2025, 6, 30)
    assert rules.window_start(as_of) == D(2024, 6, 30)
    # An export exactly one year earlier is outside; the day after is inside.
    assert rules.derive([D(2024, 6, 30)], [], as_of).status == "lapsed"
    assert rules.derive([D(2024, 7, 1)], [], as_of).status == "exporting"


def test_month_arithmetic_clamps_the_day_and_keeps_month_ends():
    assert rules.add_months(D(2024, 3, 31), -1) == D(2024, 2, 29)
    assert rules.add_months(D(2024, 3, 30), -1) == D(2024, 2, 29)
    assert rules.add_months(D(2024, 1, 30), 1) == D(2024, 2, 29)
    assert rules.add_months(D(2024, 2, 29), 1) == D(2024, 3, 31)  # a month end stays one
    assert rules.add_months(D(2024, 2, 28), 1) == D(2024, 3, 28)


@pytest.mark.parametrize(
    ("as_of", "start"),
    [
        (D(2028, 2, 29), D(2027, 2, 28)),  # 29 February: no error, whole months
        (D(2028, 2, 28), D(2027, 2, 28)),  # not a month end in a leap year: same day
        (D(2029, 2, 28), D(2028, 2, 29)),  # a month end: the end of February 2028
        (D(2025, 3, 1), D(2024, 3, 1)),
        (D(2025, 4, 30), D(2024, 4, 30)),
        (D(2025, 5, 31), D(2024, 5, 31)),
        (D(2025, 12, 31), D(2024, 12, 31)),  # year end: 1 January to 31 December
        (D(2026, 1, 1), D(2025, 1, 1)),
    ],
)
def test_trailing_twelve_months_by_day_exact_rules(as_of, start):
    assert rules.window_start(as_of) == start


def test_an_export_on_29_february_counts_for_exactly_twelve_whole_months():
    leap = [D(2024, 2, 29)]
    assert rules.derive(leap, [], D(2025, 2, 27)).status == "exporting"
    # 28 February 2025 ends February: its 12 months are March 2024 to February 2025.
    assert rules.derive(leap, [], D(2025, 2, 28)).status == "lapsed"
    assert rules.derive([D(2024, 3, 1)], [], D(2025, 2, 28)).status == "exporting"
    assert rules.derive([D(2027, 2, 28)], [], D(2028, 2, 29)).status == "lapsed"
    assert rules.derive([D(2027, 3, 1)], [], D(2028, 2, 29)).status == "exporting"


def test_year_end_window():
    assert rules.derive([D(2024, 12, 31)], [], D(2025, 12, 31)).status == "lapsed"
    assert rules.derive([D(2025, 1, 1)], [], D(2025, 12, 31)).status == "exporting"


def test_indirect_exports_count_like_direct_ones():
    d = rules.derive([], [D(2025, 5, 1)], D(2025, 6, 1))
    assert d.status == "exporting"
    assert d.last_direct_date is None and d.last_indirect_date == D(2025, 5, 1)


def test_history_first_date_repeat_and_lapse():
    dates = [D(2022, 1, 10), D(2022, 1, 20), D(2023, 3, 5)]
    d = rules.derive(dates, [], D(2025, 1, 1))
    assert d.status == "lapsed"
    assert d.first_export_date == D(2022, 1, 10)
    assert d.last_export_date == D(2023, 3, 5)
    assert d.is_repeat  # shipments 419 days apart
    close = rules.derive([D(2024, 5, 1), D(2024, 5, 30)], [], D(2024, 6, 1))
    assert not close.is_repeat  # 29 days apart


def test_repeat_exporter_needs_shipments_the_stated_days_apart(settings):
    settings.REPEAT_EXPORT_MIN_DAYS = 30
    new_year = rules.derive([D(2024, 12, 31)], [D(2025, 1, 1)], D(2025, 6, 1))
    assert not new_year.is_repeat  # two calendar months, one day apart: not a second order
    assert rules.derive([D(2025, 1, 1), D(2025, 1, 31)], [], D(2025, 6, 1)).is_repeat
    assert not rules.derive([D(2025, 1, 1), D(2025, 1, 30)], [], D(2025, 6, 1)).is_repeat
    # Exports after the date asked for do not count.
    assert not rules.derive([D(2025, 1, 1), D(2025, 7, 1)], [], D(2025, 6, 1)).is_repeat
    settings.REPEAT_EXPORT_MIN_DAYS = 90
    assert not rules.derive([D(2025, 1, 1), D(2025, 3, 1)], [], D(2025, 6, 1)).is_repeat


def test_future_exports_are_ignored_and_never_is_none():
    assert rules.derive([D(2026, 1, 1)], [], D(2025, 1, 1)) is None
    assert rules.derive([], [], D(2025, 1, 1)) is None


days = st.dates(min_value=D(2021, 1, 1), max_value=D(2028, 12, 31))


@hypothesis_settings(max_examples=300, deadline=None)
@given(
    direct=st.lists(days, max_size=5),
    indirect=st.lists(days, max_size=5),
    as_of=st.dates(min_value=D(2025, 1, 1), max_value=D(2028, 12, 31)),
)
def test_status_at_past_points_agrees_with_the_status_on_that_day(direct, indirect, as_of):
    """The trend's points (month ends, then the day itself) say "exporting" exactly when the
    status computed on that day does, channel by channel."""
    last = dates.month_index(as_of)
    points = [dates.month_end(dates.month_start(m)) for m in range(last - 35, last)] + [as_of]
    events = [(1, d, "direct", i, 0, 0, "", "") for i, d in enumerate(direct)] + [
        (1, d, "indirect", 100 + i, 0, 0, "", "") for i, d in enumerate(indirect)
    ]
    profile = rules.derive_all(events, as_of, points).get(1)
    at_points = {k: (dr, ind) for k, dr, ind in profile.exporting_at_points()} if profile else {}
    for k, point in enumerate(points):
        on_day = rules.derive(direct, indirect, point)
        start = rules.window_start(point)
        expected = (False, False)
        if on_day is not None and on_day.status == "exporting":
            expected = (
                any(start < d <= point for d in direct),
                any(start < d <= point for d in indirect),
            )
        assert at_points.get(k, (False, False)) == expected, (point, direct, indirect)
