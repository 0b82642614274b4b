"""Forecast arithmetic: pace, band and the target simulator."""

import pytest

from siapekspor.reporting import forecast


def test_pace_mean_band_and_months_to_target():
    series = [100, 110, 118, 130, 140]  # changes 10, 8, 12, 10
    p = forecast.pace(series, target=240)
    assert p.monthly_mean == 10
    assert p.months_to_target == 10
    assert p.monthly_low < 10 < p.monthly_high
    assert p.months_to_target_early < 10 < p.months_to_target_late


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
