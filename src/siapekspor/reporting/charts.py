"""Server-side SVG chart geometry: charts work offline, need no JavaScript, and mirror for RTL."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Bar:
    label: str
    value: float
    width_pct: float
    code: str = ""

    @property
    def rtl_x(self) -> float:
        """Start of the bar when the layout is mirrored (right-to-left)."""
        return 100.0 - self.width_pct


def bars(
    rows: list[dict], *, label: str = "name", value: str = "count", limit: int | None = None
) -> list[Bar]:
    """Horizontal bars scaled to the largest value (0–100 % of the track)."""
    data = rows[:limit] if limit else rows
    top = max((float(r[value]) for r in data), default=0.0) or 1.0
    return [
        Bar(
            label=str(r[label]),
            value=float(r[value]),
            width_pct=round(100.0 * float(r[value]) / top, 2),
            code=str(r.get("code", "")),
        )
        for r in data
    ]


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    exp = 10 ** int(f"{value:e}".split("e")[1])
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * exp:
            return step * exp
    return 10 * exp


def time_chart(
    labels: list[str],
    lines: list[dict],
    *,
    target: float | None = None,
    band: tuple[list[float], list[float]] | None = None,
    width: int = 640,
    height: int = 260,
    rtl: bool = False,
) -> dict:
    """Geometry of a line chart: `lines` = [{"key", "label", "values"}] over `labels`.

    Returns polyline point strings, axis ticks, the target line and an uncertainty band, in
    a `width` × `height` viewBox with margins; mirrored when `rtl`."""
    left, right, top, bottom = 56, 12, 12, 28
    n = max(len(labels), 2)
    peak = max(
        [v for line in lines for v in line["values"] if v is not None]
        + ([target] if target else [])
        + (band[1] if band else [])
        + [1]
    )
    ymax = _nice_max(peak)

    def x(i: int) -> float:
        pos = left + (width - left - right) * i / (n - 1)
        return round(width - pos if rtl else pos, 1)

    def y(v: float) -> float:
        return round(top + (height - top - bottom) * (1 - v / ymax), 1)

    out_lines = []
    for line in lines:
        pts = " ".join(f"{x(i)},{y(v)}" for i, v in enumerate(line["values"]) if v is not None)
        out_lines.append(
            {
                **line,
                "points": pts,
                "colour": LINE_COLOURS.get(line["key"], "#333"),
                "last_x": x(len(line["values"]) - 1),
                "last_y": y(line["values"][-1]) if line["values"] else 0,
            }
        )
    step = max(1, (n - 1) // 6)
    x_ticks = [{"x": x(i), "label": labels[i]} for i in range(0, len(labels), step)]
    y_ticks = [{"y": y(ymax * k / 4), "value": ymax * k / 4} for k in range(5)]
    band_pts = ""
    if band:
        low, high = band
        upper = [f"{x(i)},{y(v)}" for i, v in enumerate(high) if v is not None]
        lower = [f"{x(i)},{y(v)}" for i, v in enumerate(low) if v is not None]
        band_pts = " ".join(upper + list(reversed(lower)))
    return {
        "width": width,
        "height": height,
        "lines": out_lines,
        "x_ticks": x_ticks,
        "y_ticks": y_ticks,
        "target_y": y(target) if target else None,
        "target": target,
        "band": band_pts,
        "axis_x": width - left if rtl else left,
        "axis_x2": right if rtl else width - right,
        "base_y": height - bottom,
        "label_x": width - 4 if rtl else 4,
    }


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
# Also written as SVG presentation attributes, so that the PDF renderer (which ignores CSS
# fill/stroke on inline SVG) draws the same colours as the browser.
SHADE_COLOURS = ["#eef2f3", "#c7e6d6", "#8fcfae", "#4aa97f", "#0b6e4f"]
LINE_COLOURS = {
    "total": "#0b6e4f",
    "scenario": "#0b6e4f",
    "direct": "#1f5fa8",
    "pace": "#1f5fa8",
    "indirect": "#e0a526",
    "classes": "#e0a526",
}


def shade(share: float | None, top: float) -> int:
    """Colour class 0..4 of a share relative to the highest share on the map."""
    if not share or top <= 0:
        return 0
    return min(SHADES - 1, 1 + int((SHADES - 1) * share / top * 0.999))


def tile_map(rows: list[dict], *, rtl: bool = False, size: int = 72, gap: int = 6) -> dict:
    """rows: [{"code", "name", "share", "exporting", "enterprises"}] → positioned tiles."""
    top = max((r["share"] or 0 for r in rows), default=0)
    cols = 1 + max(c for c, _r in TILES.values())
    nrows = 1 + max(r for _c, r in TILES.values())
    width, height = cols * (size + gap), nrows * (size + gap)
    tiles = []
    for r in rows:
        if r["code"] not in TILES:
            continue
        col, row = TILES[r["code"]]
        if rtl:
            col = cols - 1 - col
        tiles.append(
            {
                **r,
                "x": col * (size + gap),
                "y": row * (size + gap),
                "cx": col * (size + gap) + size / 2,
                "cy": row * (size + gap) + size / 2,
                "shade": shade(r["share"], top),
                "fill": SHADE_COLOURS[shade(r["share"], top)],
            }
        )
    return {"width": width, "height": height, "size": size, "tiles": tiles, "top": top}


def shape_map(rows: list[dict], shapes: dict[str, dict]) -> dict:
    """rows with outlines (from a loaded GeoJSON) → coloured paths."""
    top = max((r["share"] or 0 for r in rows), default=0)
    regions = [
        {
            **r,
            **shapes[r["code"]],
            "shade": shade(r["share"], top),
            "fill": SHADE_COLOURS[shade(r["share"], top)],
        }
        for r in rows
        if r["code"] in shapes
    ]
    return {"width": 1000, "height": GEO_HEIGHT, "regions": regions, "top": top}


GEO_HEIGHT = 1000
