"""The export-status rules as pure functions: window edges, lapse, repeat."""

import datetime as dt

from siapekspor.shipments import rules

D = dt.date


def test_window_is_the_trailing_twelve_months():
    as_of = D(2025, 6, 30)
    assert rules.window_start(as_of) == D(2024, 6, 30)
    # An export exactly one year earlier is outside; the day after is inside.
    assert rules.derive([D(2024, 6, 30)], [], as_of).status == "lapsed"
    assert rules.derive([D(2024, 7, 1)], [], as_of).status == "exporting"


def test_month_arithmetic_clamps_the_day():
    assert rules.add_months(D(2024, 3, 31), -1) == D(2024, 2, 29)
    assert rules.window_start(D(2025, 2, 28)) == D(2024, 2, 28)


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
    assert d.is_repeat  # two distinct months
    single_month = rules.derive([D(2024, 5, 1), D(2024, 5, 30)], [], D(2024, 6, 1))
    assert not single_month.is_repeat


def test_future_exports_are_ignored_and_never_is_none():
    assert rules.derive([D(2026, 1, 1)], [], D(2025, 1, 1)) is None
    assert rules.derive([], [], D(2025, 1, 1)) is None
