"""The chart kit: geometry of the server-rendered SVG charts, drawn by core/templates/includes/.

Bars (`bars` → includes/bar_chart.html), lines over time (`time_chart` → time_chart.html),
the world dot map of capitals (`world_map` → world_map.html) and the maps of Lampung's
regencies (`tile_map`, `shape_map` → regency_map.html). Only numbers and labels are computed
here; templates draw the SVG, so Django escapes every label. No JavaScript and no CDN.

Right-to-left pages: bars mirror (a magnitude has no direction), but geography and time never
do: maps and time axes are drawn left to right, west and earlier on the left, with `dir="ltr"`
on the SVG so that their labels keep their anchors. Colours are SVG presentation attributes,
so that the PDF renderer (which ignores CSS fill and stroke on inline SVG) draws the same
picture as the browser; text on a coloured fill takes the colour that meets WCAG AA contrast.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from django.utils.formats import number_format

PALETTE = ("#1b6ca8", "#d1495b", "#a86a00", "#00798c", "#6a4c93")
BAR_COLOUR = "#0b6e4f"
TEXT_DARK = "#1d2a33"
TEXT_LIGHT = "#ffffff"
AA_CONTRAST = 4.5  # WCAG 2.x level AA for normal text

# --- colour and contrast --------------------------------------------------------------------


def _luminance(colour: str) -> float:
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_colour(fill: str) -> str:
    """Dark or white text, whichever reads better on `fill`."""
    dark, light = contrast_ratio(fill, TEXT_DARK), contrast_ratio(fill, TEXT_LIGHT)
    return TEXT_DARK if dark >= light else TEXT_LIGHT


def _text_width(text: str, font_size: float) -> float:
    """A generous estimate of a label's width (no font metrics on the server)."""
    return len(text) * font_size * 0.62


# --- bars -----------------------------------------------------------------------------------


@dataclass
class Bar:
    label: str
    value: float
    width_pct: float
    code: str = ""
    text: str = ""  # the value as shown; empty: the template formats `value`
    colour: str = BAR_COLOUR

    @property
    def rtl_x(self) -> float:
        """Start of the bar when the layout is mirrored (right-to-left)."""
        return round(100.0 - self.width_pct, 2)


def bars(
    rows: Sequence[dict[str, Any]],
    *,
    label: str = "name",
    value: str = "count",
    limit: int | None = None,
    text: Callable[[float], str] | None = None,
    colour: str = BAR_COLOUR,
) -> list[Bar]:
    """Horizontal bars scaled to the largest value (0–100 % of the track); a value above zero
    keeps a sliver so that it stays visible. `text` formats the value (money, percent);
    `colour` fills the bars (an SVG attribute: the PDF draws it too)."""
    data = rows[:limit] if limit else rows
    top = max((float(r[value] or 0) for r in data), default=0.0) or 1.0
    out = []
    for r in data:
        amount = float(r[value] or 0)
        width = 100.0 * amount / top
        out.append(
            Bar(
                label=str(r[label]),
                value=amount,
                width_pct=round(max(width, 0.5) if amount > 0 else 0.0, 2),
                code=str(r.get("code", "")),
                text=text(amount) if text else "",
                colour=colour,
            )
        )
    return out


# --- lines over time ------------------------------------------------------------------------

LINE_COLOURS = {
    "total": "#0b6e4f",
    "scenario": "#0b6e4f",
    "direct": "#1f5fa8",
    "pace": "#1f5fa8",
    "indirect": "#a86a00",
    "classes": "#a86a00",
}
TARGET_COLOUR = "#b3261e"
BAND_COLOUR = "#1f5fa8"
TICK_FONT = 11


def nice_step(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above `value`."""
    if value <= 0:
        return 1.0
    exponent = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        if value <= factor * exponent:
            return factor * exponent
    return 10 * exponent


def _grouped(value: float) -> str:
    return number_format(round(value), decimal_pos=0, force_grouping=True)


def time_chart(
    labels: Sequence[str],
    lines: Sequence[dict[str, Any]],
    *,
    target: float | None = None,
    target_label: str = "",
    band: tuple[Sequence[float | None], Sequence[float | None]] | None = None,
    band_label: str = "",
    value_text: Callable[[float], str] | None = None,
    width: int = 640,
    height: int = 260,
) -> dict[str, Any] | None:
    """Geometry of a line chart over time: `lines` = [{"key", "label", "values"[, "colour"]}],
    one value (or None) per label. None when there are fewer than two points in time.

    Time runs left to right in every language. The left margin fits the longest value label,
    and the first and last time labels are anchored so that they are not clipped.
    """
    if len(labels) < 2:
        return None
    fmt = value_text or _grouped
    values = [v for line in lines for v in line["values"]]
    values += [target, *(band[1] if band else [])]
    peak = max((float(v) for v in values if v is not None), default=0.0) or 1.0
    step = nice_step(peak / 4)
    if value_text is None:  # whole counts: no step below one (0, 0, 1, 1, 2 read as a bug)
        step = max(step, 1.0)
    y_max = step * math.ceil(peak / step)
    y_ticks_values = [step * k for k in range(round(y_max / step) + 1)]
    y_texts = [fmt(v) for v in y_ticks_values]
    left = int(max(_text_width(t, TICK_FONT) for t in y_texts)) + 14
    right, top, bottom = 16, 12, 30
    n = len(labels)

    def x(i: int) -> float:
        return round(left + (width - left - right) * i / (n - 1), 1)

    def y(v: float) -> float:
        return round(top + (height - top - bottom) * (1 - v / y_max), 1)

    out_lines = []
    for index, line in enumerate(lines):
        coords = [(x(i), y(v)) for i, v in enumerate(line["values"]) if v is not None]
        if not coords:
            continue
        colour = line.get("colour") or LINE_COLOURS.get(line["key"]) or PALETTE[index % 5]
        out_lines.append(
            {
                **line,
                "colour": colour,
                "points": " ".join(f"{a},{b}" for a, b in coords),
                "last_x": coords[-1][0],
                "last_y": coords[-1][1],
            }
        )
    every = max(1, math.ceil(n / 7))
    x_ticks = []
    for i in range(0, n, every):
        half = _text_width(labels[i], TICK_FONT) / 2
        anchor = "middle"
        if x(i) - half < 0:
            anchor = "start"
        elif x(i) + half > width:
            anchor = "end"
        x_ticks.append({"x": x(i), "label": labels[i], "anchor": anchor})
    band_points = ""
    if band:
        low, high = band
        upper = [f"{x(i)},{y(v)}" for i, v in enumerate(high) if v is not None]
        lower = [f"{x(i)},{y(v)}" for i, v in enumerate(low) if v is not None]
        band_points = " ".join(upper + list(reversed(lower)))
    legend = [{"label": line["label"], "colour": line["colour"]} for line in out_lines]
    if band_points and band_label:
        legend.append({"label": band_label, "colour": BAND_COLOUR, "kind": "band"})
    if target and target_label:
        legend.append({"label": target_label, "colour": TARGET_COLOUR, "kind": "target"})
    return {
        "width": width,
        "height": height,
        "left": left,
        "right": width - right,
        "base_y": height - bottom,
        "label_y": height - 10,
        "tick_x": left - 6,
        "lines": out_lines,
        "x_ticks": x_ticks,
        "y_ticks": [
            {"y": y(v), "value": v, "text": t} for v, t in zip(y_ticks_values, y_texts, strict=True)
        ],
        "target": target,
        "target_y": y(target) if target else None,
        "band": band_points,
        "legend": legend,
        "font_size": TICK_FONT,
        "colours": {"target": TARGET_COLOUR, "band": BAND_COLOUR, "text": "#4f5f6a"},
    }


# --- the world dot map ----------------------------------------------------------------------


class Place(Protocol):
    iso3: str
    name: str
    lat: float
    lon: float
    value: float
    rank: int | None


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
    dot_colour: str = PALETTE[0]
    rank_colour: str = TEXT_LIGHT


def world_map(
    points: Iterable[Place],
    *,
    value_text: Callable[[float], str] = _grouped,
    width: int = 720,
    height: int = 360,
) -> WorldMap:
    """Equirectangular dot map of capitals: x from longitude, y from latitude; dot area ∝
    value. A point without rank is the exporter (a black square). West is always left."""
    points = list(points)
    top = max((p.value for p in points), default=0.0) or 1.0

    def x(lon: float) -> float:
        return round((lon + 180.0) / 360.0 * width, 1)

    def y(lat: float) -> float:
        return round((90.0 - lat) / 180.0 * height, 1)

    dots = []
    for p in sorted(points, key=lambda p: -p.value):
        exporter = p.rank is None
        radius = 5.0 if exporter else 3.0 + 11.0 * math.sqrt(max(p.value, 0.0) / top)
        title = p.name if exporter else f"{p.rank}. {p.name}: {value_text(p.value)}"
        dots.append(Dot(x(p.lon), y(p.lat), round(radius, 1), p.iso3, title, p.rank, exporter))
    return WorldMap(
        width,
        height,
        [x(lon) for lon in range(-150, 181, 30)],
        [y(lat) for lat in range(-60, 91, 30)],
        dots,
    )


# --- maps of Lampung's regencies ------------------------------------------------------------

# A tile cartogram of Lampung's 15 regencies and cities: (column, row), north up, west left.
TILES = {
    "18.08": (1, 0),
    "18.11": (3, 0),
    "18.04": (0, 1),
    "18.03": (1, 1),
    "18.12": (2, 1),
    "18.05": (3, 1),
    "18.13": (0, 2),
    "18.06": (1, 2),
    "18.02": (2, 2),
    "18.07": (3, 2),
    "18.10": (1, 3),
    "18.09": (2, 3),
    "18.72": (3, 3),
    "18.71": (2, 4),
    "18.01": (3, 4),
}
SHADES = 5
SHADE_COLOURS = ["#eef2f3", "#c7e6d6", "#8fcfae", "#4aa97f", "#0b6e4f"]
GEO_HEIGHT = 1000
TILE_FONT = 12
TILE_LINES = 3


def _share_text(share: float | None) -> str:
    # number_format cuts digits off: round first (66.67 → 66.7, as the tables show it).
    return "—" if share is None else f"{number_format(round(share, 1), decimal_pos=1)} %"


def _region_title(r: dict[str, Any]) -> str:
    counts = f"{_grouped(r.get('exporting') or 0)} / {_grouped(r.get('enterprises') or 0)}"
    return f"{r.get('name') or r['code']} ({r['code']}): {_share_text(r['share'])} ({counts})"


def shade(share: float | None, top: float) -> int:
    """Colour class 0..4 of a share relative to the highest share on the map."""
    if not share or top <= 0:
        return 0
    return min(SHADES - 1, 1 + int((SHADES - 1) * share / top * 0.999))


def tile_lines(name: str, code: str, *, size: int, font_size: float = TILE_FONT) -> list[str]:
    """The regency's name in at most three lines that fit the tile; the code when it does not."""
    room = size - 10
    lines: list[str] = []
    for word in name.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and _text_width(candidate, font_size) <= room:
            lines[-1] = candidate
        else:
            lines.append(word)
    if not lines or len(lines) > TILE_LINES or any(_text_width(w, font_size) > room for w in lines):
        return [code]
    return lines


def tile_map(rows: list[dict[str, Any]], *, size: int = 96, gap: int = 6) -> dict[str, Any]:
    """rows: [{"code", "name", "share", "exporting", "enterprises"[, "short_name"]}] →
    positioned tiles, each with its name in lines (`short_name`, the bare regency name, when
    given), its fill and a text colour that meets AA contrast on that fill."""
    top = max((r["share"] or 0 for r in rows), default=0)
    cols = 1 + max(c for c, _r in TILES.values())
    nrows = 1 + max(r for _c, r in TILES.values())
    pitch = size + gap
    tiles = []
    for r in rows:
        if r["code"] not in TILES:
            continue
        col, row = TILES[r["code"]]
        level = shade(r["share"], top)
        name = str(r.get("short_name") or r.get("name") or r["code"])
        lines = tile_lines(name, r["code"], size=size)
        x0, y0 = col * pitch, row * pitch
        value_y = y0 + size - 14
        # Centre the name's lines in the room above the value (baselines, 2 px leading).
        block = len(lines) * (TILE_FONT + 2)
        first = y0 + (size - 14 - TILE_FONT - 6 - block) / 2 + TILE_FONT
        tiles.append(
            {
                **r,
                "x": x0,
                "y": y0,
                "cx": x0 + size / 2,
                "lines": [
                    {"text": t, "y": round(first + i * (TILE_FONT + 2), 1)}
                    for i, t in enumerate(lines)
                ],
                "value_y": value_y,
                "value_text": _share_text(r["share"]),
                "title": _region_title(r),
                "shade": level,
                "fill": SHADE_COLOURS[level],
                "ink": text_colour(SHADE_COLOURS[level]),
            }
        )
    return {
        "width": cols * pitch - gap,
        "height": nrows * pitch - gap,
        "size": size,
        "tiles": tiles,
        "top": top,
        "font_size": TILE_FONT,
        "key": [{"shade": i, "fill": c} for i, c in enumerate(SHADE_COLOURS)],
    }


def shape_map(rows: list[dict[str, Any]], shapes: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """rows with outlines (from a loaded GeoJSON, see reporting.geo) → coloured paths."""
    top = max((r["share"] or 0 for r in rows), default=0)
    regions = [
        {
            **r,
            **shapes[r["code"]],
            "shade": shade(r["share"], top),
            "fill": SHADE_COLOURS[shade(r["share"], top)],
            "title": _region_title(r),
        }
        for r in rows
        if r["code"] in shapes
    ]
    return {
        "width": 1000,
        "height": GEO_HEIGHT,
        "regions": regions,
        "top": top,
        "key": [{"shade": i, "fill": c} for i, c in enumerate(SHADE_COLOURS)],
    }
