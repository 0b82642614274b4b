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


def bars(rows: list[dict], *, label: str = "name", value: str = "count",
         limit: int | None = None) -> list[Bar]:
    """Horizontal bars scaled to the largest value (0–100 % of the track)."""
    data = rows[:limit] if limit else rows
    top = max((float(r[value]) for r in data), default=0.0) or 1.0
    return [Bar(label=str(r[label]), value=float(r[value]),
                width_pct=round(100.0 * float(r[value]) / top, 2), code=str(r.get("code", "")))
            for r in data]
