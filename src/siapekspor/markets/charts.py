"""Geometry for the server-rendered SVG charts (bar chart, world dot map, trend lines).

Only numbers and labels are computed here; templates draw the SVG, so Django escapes every
label. No JavaScript and no CDN: the charts are plain inline SVG.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from siapekspor.markets.engine.texts import money

PALETTE = ("#1b6ca8", "#d1495b", "#edae49", "#00798c", "#6a4c93")


@dataclass
class Bar:
    label: str
    value: float
    text: str
    width_pct: float
    rtl_x: float


def bars(items: list[tuple[str, float]], language: str) -> list[Bar]:
    """Horizontal bars scaled to the largest value (width in % of the track)."""
    top = max((v for _, v in items), default=0.0) or 1.0
    out = []
    for label, value in items:
        width = max(100.0 * value / top, 0.5)
        out.append(Bar(label, value, money(value, language), width, 100.0 - width))
    return out


@dataclass
class Dot:
    x: float
    y: float
    r: float
    label: str
    title: str
    rank: int | None
    is_exporter: bool

    @property
    def corner_x(self) -> float:
        return round(self.x - self.r, 1)

    @property
    def corner_y(self) -> float:
        return round(self.y - self.r, 1)


@dataclass
class WorldMap:
    width: int
    height: int
    meridians: list[float]
    parallels: list[float]
    dots: list[Dot]


def world_map(points: list, language: str, *, width: int = 720, height: int = 360) -> WorldMap:
    """Equirectangular dot map of capitals: x from longitude, y from latitude; dot area ∝ imports."""
    top = max((p.value for p in points), default=0.0) or 1.0

    def x(lon: float) -> float:
        return round((lon + 180.0) / 360.0 * width, 1)

    def y(lat: float) -> float:
        return round((90.0 - lat) / 180.0 * height, 1)

    dots = []
    for p in sorted(points, key=lambda p: -p.value):
        exporter = p.rank is None
        radius = 5.0 if exporter else 3.0 + 11.0 * math.sqrt(max(p.value, 0.0) / top)
        title = p.name if exporter else f"{p.rank}. {p.name}: {money(p.value, language)}"
        dots.append(Dot(x(p.lon), y(p.lat), round(radius, 1), p.iso3, title, p.rank, exporter))
    return WorldMap(
        width,
        height,
        [x(lon) for lon in range(-150, 181, 30)],
        [y(lat) for lat in range(-60, 91, 30)],
        dots,
    )


@dataclass
class Line:
    label: str
    color: str
    points: str
    last_x: float
    last_y: float


@dataclass
class TrendChart:
    width: int
    height: int
    left: int
    bottom: int
    lines: list[Line]
    x_ticks: list[tuple[float, str]]
    y_ticks: list[tuple[float, str]]


def trend_chart(
    frame: pd.DataFrame,
    names: dict[str, str],
    language: str,
    *,
    width: int = 640,
    height: int = 260,
) -> TrendChart | None:
    """One line per market: imports per year. None when the data has fewer than two years."""
    if frame.empty or frame["year"].nunique() < 2:
        return None
    left, right, top_pad, bottom = 90, 20, 10, 30
    years = sorted(int(y) for y in frame["year"].unique())
    peak = float(frame["imports_usd"].max()) or 1.0
    step = _nice(peak / 4)
    y_max = step * math.ceil(peak / step)
    plot_w, plot_h = width - left - right, height - top_pad - bottom

    def px(year: int) -> float:
        return round(left + plot_w * (year - years[0]) / max(years[-1] - years[0], 1), 1)

    def py(value: float) -> float:
        return round(top_pad + plot_h * (1 - value / y_max), 1)

    lines = []
    for index, (importer, rows) in enumerate(frame.groupby("importer", sort=False)):
        rows = rows.sort_values("year")
        coords = [(px(int(r.year)), py(float(r.imports_usd))) for r in rows.itertuples()]
        lines.append(
            Line(
                names.get(importer, importer),
                PALETTE[index % len(PALETTE)],
                " ".join(f"{a},{b}" for a, b in coords),
                coords[-1][0],
                coords[-1][1],
            )
        )
    y_ticks = [(py(v), money(v, language)) for v in _arange(0.0, y_max, step)]
    return TrendChart(
        width, height, left, height - bottom, lines, [(px(y), str(y)) for y in years], y_ticks
    )


def _nice(value: float) -> float:
    if value <= 0:
        return 1.0
    exponent = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        if value <= factor * exponent:
            return factor * exponent
    return 10 * exponent


def _arange(start: float, stop: float, step: float) -> list[float]:
    count = round((stop - start) / step)
    return [start + i * step for i in range(count + 1)]
