"""When is the target reached at the current pace, and what would it take.

Pace: the mean monthly change of exporting enterprises over the last (up to) 24 months of the
trend; the band is mean ± 1.96 standard errors (sd / √n) of those monthly changes. The
simulator adds, per year, trained firms × conversion + self-service reach × its conversion +
new indirect exporters through aggregators; it keeps today's exporters (no lapse modelled,
which flatters the scenario — the page says so).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

PUBLISHED_CONVERSION_NOTE = "pooled published anchors"


@dataclass
class Pace:
    current: int
    target: int
    months_observed: int
    monthly_mean: float
    monthly_low: float
    monthly_high: float
    months_to_target: float | None
    months_to_target_early: float | None
    months_to_target_late: float | None


def _months(gap: float, pace: float) -> float | None:
    if gap <= 0:
        return 0.0
    if pace <= 0:
        return None
    return gap / pace


def pace(series: list[int], target: int, window: int = 24) -> Pace:
    """`series`: exporting enterprises at successive month ends (oldest first)."""
    current = series[-1] if series else 0
    recent = series[-(window + 1) :]
    deltas = [b - a for a, b in itertools.pairwise(recent)]
    n = len(deltas)
    mean = sum(deltas) / n if n else 0.0
    sd = math.sqrt(sum((d - mean) ** 2 for d in deltas) / (n - 1)) if n > 1 else 0.0
    half = 1.96 * sd / math.sqrt(n) if n else 0.0
    gap = target - current
    return Pace(
        current=current,
        target=target,
        months_observed=n,
        monthly_mean=mean,
        monthly_low=mean - half,
        monthly_high=mean + half,
        months_to_target=_months(gap, mean),
        months_to_target_early=_months(gap, mean + half),
        months_to_target_late=_months(gap, mean - half),
    )


@dataclass
class Scenario:
    classes_per_year: int
    class_size: int
    class_conversion: float  # share of trained firms that export within a year (0–1)
    conversion_source: str
    self_service_per_year: int
    self_service_conversion: float
    indirect_per_year: int
    current: int
    target: int
    years: int = 10
    path: list[tuple[int, float]] = field(default_factory=list)

    @property
    def trained_per_year(self) -> int:
        return self.classes_per_year * self.class_size

    @property
    def from_classes(self) -> float:
        return self.trained_per_year * self.class_conversion

    @property
    def from_self_service(self) -> float:
        return self.self_service_per_year * self.self_service_conversion

    @property
    def per_year(self) -> float:
        return self.from_classes + self.from_self_service + self.indirect_per_year

    @property
    def years_to_target(self) -> float | None:
        gap = self.target - self.current
        if gap <= 0:
            return 0.0
        return gap / self.per_year if self.per_year > 0 else None

    @property
    def classes_only_years(self) -> float | None:
        gap = self.target - self.current
        if gap <= 0:
            return 0.0
        return gap / self.from_classes if self.from_classes > 0 else None

    @property
    def classes_needed_per_year_for(self) -> float | None:
        """Classes a year needed to close the gap in `years` with classes alone."""
        per_class = self.class_size * self.class_conversion
        gap = max(0, self.target - self.current)
        return gap / self.years / per_class if per_class > 0 else None


def simulate(**kwargs) -> Scenario:
    s = Scenario(**kwargs)
    s.path = [(year, s.current + s.per_year * year) for year in range(s.years + 1)]
    return s


def pooled_anchor_conversion(anchors: list[dict]) -> float:
    people = sum(a["participants"] for a in anchors)
    return sum(a["first_exporters"] for a in anchors) / people if people else 0.0
