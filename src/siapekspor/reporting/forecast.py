"""When is the target reached at the current pace, and what would it take.

Pace: exporting enterprises are modelled as a random walk with drift over whole months: the
drift μ is the mean of the last (up to) 24 monthly changes, σ their standard deviation, n their
number. The level h months after the current count y₀ is forecast as y₀ + h·μ with a 95 %
**prediction interval** (where the count itself is expected to fall, not where the mean pace
lies):

    y₀ + h·μ ± t(0.975; n − 1) · σ · √(h · (1 + h / n))

(the h monthly shocks still to come, h·σ², plus the uncertainty of the estimated drift,
h²·σ²/n). Months to target: y₀ + h·μ reaches the target (central); the first whole month in
which the upper bound reaches it (earliest) and in which the lower bound does (latest; never
within 100 years when the pace is not clearly positive).

The simulator adds, per year, trained firms × conversion + self-service reach × its
conversion + new indirect exporters through aggregators; it keeps today's exporters (no lapse
modelled, which flatters the scenario — the page says so).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import asdict, dataclass, field, fields

PUBLISHED_CONVERSION_NOTE = "pooled published anchors"
LEVEL = 0.95
HORIZON_MONTHS = 1200


def t_quantile(df: int, level: float = LEVEL) -> float:
    """The two-sided Student t quantile for `df` degrees of freedom."""
    from scipy.stats import t

    return float(t.ppf(0.5 + level / 2, df))


@dataclass
class Pace:
    current: int
    target: int
    months_observed: int
    monthly_mean: float
    monthly_sd: float
    t_factor: float
    months_to_target: float | None
    months_to_target_early: float | None
    months_to_target_late: float | None
    interval_12m_low: float
    interval_12m_high: float

    def interval(self, months: float) -> tuple[float, float]:
        """The 95 % prediction interval of the count `months` after now."""
        centre = self.current + self.monthly_mean * months
        n = self.months_observed
        if n < 2 or months <= 0:
            return centre, centre
        half = self.t_factor * self.monthly_sd * math.sqrt(months * (1 + months / n))
        return centre - half, centre + half

    def as_dict(self) -> dict:
        return {**asdict(self), "level": LEVEL}

    @classmethod
    def from_dict(cls, data: dict) -> Pace:
        return cls(**{f.name: data[f.name] for f in fields(cls)})


def _months(gap: float, pace: float) -> float | None:
    if gap <= 0:
        return 0.0
    if pace <= 0:
        return None
    return gap / pace


def _first_month(reaches) -> float | None:
    return next((float(h) for h in range(1, HORIZON_MONTHS + 1) if reaches(h)), None)


def pace(series: list[int], target: int, window: int = 24, current: int | None = None) -> Pace:
    """`series`: exporting enterprises at successive month ends (oldest first); `current`:
    the count now (default: the last month end)."""
    if current is None:
        current = series[-1] if series else 0
    recent = series[-(window + 1) :]
    deltas = [b - a for a, b in itertools.pairwise(recent)]
    n = len(deltas)
    mean = sum(deltas) / n if n else 0.0
    sd = math.sqrt(sum((d - mean) ** 2 for d in deltas) / (n - 1)) if n > 1 else 0.0
    p = Pace(
        current=current,
        target=target,
        months_observed=n,
        monthly_mean=mean,
        monthly_sd=sd,
        t_factor=t_quantile(n - 1) if n > 1 else 0.0,
        months_to_target=_months(target - current, mean),
        months_to_target_early=None,
        months_to_target_late=None,
        interval_12m_low=0.0,
        interval_12m_high=0.0,
    )
    p.interval_12m_low, p.interval_12m_high = p.interval(12)
    if current >= target:
        p.months_to_target_early = p.months_to_target_late = 0.0
    elif n >= 2:
        p.months_to_target_early = _first_month(lambda h: p.interval(h)[1] >= target)
        p.months_to_target_late = _first_month(lambda h: p.interval(h)[0] >= target)
    return p


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
