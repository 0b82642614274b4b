"""Forecast arithmetic: pace, prediction interval and the target simulator."""

import math

import numpy as np
import pytest

from siapekspor.reporting import forecast


def test_pace_mean_prediction_interval_and_months_to_target():
    series = [100, 110, 118, 130, 140]  # changes 10, 8, 12, 10: mean 10, sd √(8/3), n 4
    p = forecast.pace(series, target=240)
    assert p.monthly_mean == 10
    assert p.monthly_sd == pytest.approx(math.sqrt(8 / 3))
    assert p.months_to_target == 10
    # 140 + 12 × 10 ± t(0.975; 3) · σ · √(12 · (1 + 12/4)) = 260 ± 3.1824 × 1.6330 × 6.9282
    assert p.t_factor == pytest.approx(3.182446, abs=1e-6)
    assert (p.interval_12m_low, p.interval_12m_high) == (
        pytest.approx(223.995, abs=1e-3),
        pytest.approx(296.005, abs=1e-3),
    )
    # The upper bound reaches 240 in month 8 (245.5), the lower one in month 15 (246.1).
    assert (p.months_to_target_early, p.months_to_target_late) == (8.0, 15.0)


def test_pace_starts_from_the_current_count_when_given():
    p = forecast.pace([100, 110, 120], target=200, current=125)
    assert p.current == 125 and p.months_to_target == pytest.approx(7.5)
    assert p.interval(0) == (125, 125)


def test_the_band_is_a_prediction_interval_not_a_confidence_interval_of_the_pace():
    """Random walks with drift 5 and monthly shocks of sd 20: the count 12 months after the
    last of 24 observed months falls inside the 95 % band about 95 % of the time (a band of
    the mean pace alone would hold it far less often)."""
    rng = np.random.default_rng(2024)
    inside = narrow_inside = 0
    runs = 2000
    for _ in range(runs):
        steps = rng.normal(5, 20, size=36)
        path = np.concatenate([[1000], 1000 + np.cumsum(steps)])
        observed, future = path[:25], path[36]
        p = forecast.pace([float(v) for v in observed], target=10_000)
        low, high = p.interval(12)
        inside += low <= future <= high
        mean_half = 12 * 1.96 * p.monthly_sd / math.sqrt(p.months_observed)
        centre = p.current + 12 * p.monthly_mean
        narrow_inside += centre - mean_half <= future <= centre + mean_half
    assert 0.93 <= inside / runs <= 0.97
    assert narrow_inside / runs < 0.8


def test_pace_that_does_not_grow_never_reaches():
    p = forecast.pace([50, 50, 49, 50], target=100)
    assert p.months_to_target is None


def test_simulator_adds_the_levers_and_is_honest_about_classes():
    s = forecast.simulate(
        classes_per_year=6,
        class_size=20,
        class_conversion=0.1,
        conversion_source="anchors",
        self_service_per_year=1000,
        self_service_conversion=0.02,
        indirect_per_year=100,
        current=1000,
        target=28_500,
    )
    assert s.trained_per_year == 120
    assert s.from_classes == pytest.approx(12)
    assert s.per_year == pytest.approx(12 + 20 + 100)
    assert s.years_to_target == pytest.approx(27_500 / 132)
    assert s.classes_only_years == pytest.approx(27_500 / 12)
    assert s.classes_needed_per_year_for == pytest.approx(27_500 / 10 / 2)
    assert s.path[0] == (0, 1000) and s.path[10][1] == pytest.approx(1000 + 1320)


def test_pooled_anchor_conversion():
    anchors = [
        {"participants": 30, "first_exporters": 16},
        {"participants": 604, "first_exporters": 50},
    ]
    assert forecast.pooled_anchor_conversion(anchors) == pytest.approx(66 / 634)
