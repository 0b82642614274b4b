"""Plot geometry for the EUDR, in pure Python: reading a GeoJSON Point or Polygon (WGS84,
longitude before latitude as RFC 7946 says), the checks the EU information system applies,
and the plot's area on the WGS84 ellipsoid.

Rules (Regulation (EU) 2023/1115 art. 2(28) and 9(1)(d); the Commission's "EUDR GeoJSON file
description"): coordinates in decimal degrees with six decimal places; a polygon is closed
(first position = last), has at least four positions and its sides do not cross; a plot of
more than four hectares is given as a polygon, not a point. Ours: the plot lies in Indonesia
(a warning, not an error, when it lies outside Lampung).

Area: the ellipsoid is mapped to the sphere of equal area through the authalic latitude
(exact for areas), where a polygon's area is the area it encloses in the (longitude,
sin(authalic latitude)) plane times R_q². Sides are straight in that plane rather than
geodesics: for plots of a few hundred metres the difference is far below a square metre.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext_lazy as _

from siapekspor.core.errors import ValidationFailed

DECIMALS = 6
POINT_MAX_HA = 4  # art. 2(28): more than four hectares → a polygon
MAX_POSITIONS = 1000  # positions in one polygon (the crossing check is quadratic)
MAX_AREA_HA = 100_000  # larger is not a plot but a mistake
# Indonesia's extent (Weh island to Merauke, Miangas to Rote), with a small margin.
INDONESIA = (94.7, -11.2, 141.1, 6.2)  # west, south, east, north
# Lampung's extent (about 103°35'–106°0' E, 3°40'–6°15' S), with a small margin.
LAMPUNG = (103.5, -6.3, 106.1, -3.6)

# WGS84
_A = 6378137.0
_F = 1 / 298.257223563
_E2 = _F * (2 - _F)
_E = math.sqrt(_E2)


class GeometryError(ValidationFailed):
    """A geometry the EU information system would refuse; `message` says why."""


@dataclass
class Plot:
    """A checked geometry: its GeoJSON (coordinates rounded to six decimals), kind, area."""

    kind: str  # "point" or "polygon"
    geojson: dict[str, Any]
    area_ha: float | None  # computed for polygons; None for points
    warnings: list[str] = field(default_factory=list)

    @property
    def centre(self) -> tuple[float, float]:
        """(longitude, latitude) of the point, or the mean of the polygon's vertices."""
        if self.kind == "point":
            lon, lat = self.geojson["coordinates"]
            return lon, lat
        ring = self.geojson["coordinates"][0][:-1]
        return (
            round(sum(p[0] for p in ring) / len(ring), DECIMALS),
            round(sum(p[1] for p in ring) / len(ring), DECIMALS),
        )


def _q(sin_phi: float) -> float:
    es = _E * sin_phi
    return (1 - _E2) * (
        sin_phi / (1 - _E2 * sin_phi * sin_phi) - (1 / (2 * _E)) * math.log((1 - es) / (1 + es))
    )


_QP = _q(1.0)
_RQ2 = _A * _A * _QP / 2  # R_q², the authalic sphere's radius squared


def ring_area_m2(ring: list[list[float]]) -> float:
    """Area enclosed by a closed ring of [lon, lat] positions, in square metres (WGS84)."""
    lam = [math.radians(p[0]) for p in ring]
    y = [_q(math.sin(math.radians(p[1]))) / _QP for p in ring]  # sin(authalic latitude)
    twice = 0.0
    for i in range(len(ring) - 1):
        twice += (lam[i + 1] - lam[i]) * (y[i + 1] + y[i])
    return abs(twice) / 2 * _RQ2


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _decimals(value: Any) -> int:
    text = repr(float(value))
    if "e" in text or "E" in text:
        return DECIMALS
    return len(text.partition(".")[2].rstrip("0"))


def _position(raw: Any, *, where: str) -> tuple[list[float], int]:
    """[lon, lat] checked and rounded, and how many decimals it was given with."""
    if not isinstance(raw, list | tuple) or len(raw) < 2:
        raise GeometryError(
            _("%(where)s: a position is [longitude, latitude] in decimal degrees.")
            % {"where": where}
        )
    lon, lat = _number(raw[0]), _number(raw[1])
    if lon is None or lat is None:
        raise GeometryError(
            _("%(where)s: coordinates must be numbers in decimal degrees.") % {"where": where}
        )
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise GeometryError(
            _(
                "%(where)s: longitude must be between -180 and 180 and latitude between -90 "
                "and 90 (GeoJSON gives longitude first)."
            )
            % {"where": where}
        )
    west, south, east, north = INDONESIA
    if not (west <= lon <= east and south <= lat <= north):
        raise GeometryError(
            _(
                "%(where)s: the position %(lat).6f, %(lon).6f is outside Indonesia. Check "
                "that longitude comes first and latitude is negative south of the equator."
            )
            % {"where": where, "lat": lat, "lon": lon}
        )
    given = min(_decimals(raw[0]), _decimals(raw[1]))
    return [round(lon, DECIMALS), round(lat, DECIMALS)], given


def _cross(o: list[float], a: list[float], b: list[float]) -> float:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _on_segment(p: list[float], q: list[float], r: list[float]) -> bool:
    return min(p[0], r[0]) <= q[0] <= max(p[0], r[0]) and min(p[1], r[1]) <= q[1] <= max(p[1], r[1])


def segments_cross(p1: list[float], p2: list[float], q1: list[float], q2: list[float]) -> bool:
    """Do the segments p1–p2 and q1–q2 meet (touching counts)?"""
    d1, d2 = _cross(q1, q2, p1), _cross(q1, q2, p2)
    d3, d4 = _cross(p1, p2, q1), _cross(p1, p2, q2)
    if ((d1 > 0 > d2) or (d1 < 0 < d2)) and ((d3 > 0 > d4) or (d3 < 0 < d4)):
        return True
    return (
        (d1 == 0 and _on_segment(q1, p1, q2))
        or (d2 == 0 and _on_segment(q1, p2, q2))
        or (d3 == 0 and _on_segment(p1, q1, p2))
        or (d4 == 0 and _on_segment(p1, q2, p2))
    )


def self_intersects(ring: list[list[float]]) -> bool:
    """Whether two sides of a closed ring cross or touch, other than neighbours at their
    shared corner (O(n²); plots have tens of corners)."""
    sides = len(ring) - 1
    boxes = [
        (
            min(ring[k][0], ring[k + 1][0]),
            max(ring[k][0], ring[k + 1][0]),
            min(ring[k][1], ring[k + 1][1]),
            max(ring[k][1], ring[k + 1][1]),
        )
        for k in range(sides)
    ]
    for i in range(sides):
        x0, x1, y0, y1 = boxes[i]
        for j in range(i + 2, sides):
            if i == 0 and j == sides - 1:
                continue  # neighbours share a corner
            u0, u1, v0, v1 = boxes[j]
            if u0 > x1 or u1 < x0 or v0 > y1 or v1 < y0:
                continue  # their boxes do not meet
            if segments_cross(ring[i], ring[i + 1], ring[j], ring[j + 1]):
                return True
    return False


def _warnings(positions: list[list[float]], decimals: int) -> list[str]:
    out = []
    west, south, east, north = LAMPUNG
    if any(not (west <= p[0] <= east and south <= p[1] <= north) for p in positions):
        out.append(str(_("The plot lies outside Lampung: check the coordinates.")))
    if decimals < 5:
        out.append(
            str(
                _(
                    "The coordinates were given with %(n)s decimal places; the EU asks for six "
                    "(about 10 cm). Measure again with a GPS if you can."
                )
                % {"n": decimals}
            )
        )
    return out


def _polygon(coords: Any, *, where: str) -> Plot:
    if not isinstance(coords, list) or not coords:
        raise GeometryError(
            _("%(where)s: a polygon needs a list of rings of positions.") % {"where": where}
        )
    if len(coords) > 1:
        raise GeometryError(
            _("%(where)s: polygons with holes are not accepted; give the outer boundary only.")
            % {"where": where}
        )
    raw_ring = coords[0]
    if not isinstance(raw_ring, list) or len(raw_ring) < 4:
        raise GeometryError(
            _("%(where)s: a polygon needs at least four positions, the last equal to the first.")
            % {"where": where}
        )
    if len(raw_ring) > MAX_POSITIONS:
        raise GeometryError(
            _("%(where)s: a polygon may have at most %(n)s positions.")
            % {"where": where, "n": MAX_POSITIONS}
        )
    ring, decimals = [], DECIMALS
    for raw in raw_ring:
        position, given = _position(raw, where=where)
        ring.append(position)
        decimals = min(decimals, given)
    if ring[0] != ring[-1]:
        raise GeometryError(
            _("%(where)s: the polygon is not closed: its last position must equal the first.")
            % {"where": where}
        )
    corners = {tuple(p) for p in ring}
    if len(corners) < 3:
        raise GeometryError(
            _("%(where)s: a polygon needs at least three different corners.") % {"where": where}
        )
    if any(ring[i] == ring[i + 1] for i in range(len(ring) - 1)):
        raise GeometryError(
            _("%(where)s: the polygon repeats a position twice in a row.") % {"where": where}
        )
    if self_intersects(ring):
        raise GeometryError(
            _("%(where)s: the sides of the polygon cross each other.") % {"where": where}
        )
    area_m2 = ring_area_m2(ring)
    if area_m2 / 10000 > MAX_AREA_HA:
        raise GeometryError(
            _("%(where)s: the polygon covers more than 100,000 ha; check the coordinates.")
            % {"where": where}
        )
    if area_m2 < 1:
        raise GeometryError(
            _("%(where)s: the polygon has no area (its corners lie on a line).") % {"where": where}
        )
    return Plot(
        kind="polygon",
        geojson={"type": "Polygon", "coordinates": [ring]},
        area_ha=area_m2 / 10000,
        warnings=_warnings(ring, decimals),
    )


def parse_geometry(raw: Any, *, where: str = "") -> Plot:
    """A GeoJSON geometry (dict) → a checked Plot; GeometryError says what is wrong.

    `where` prefixes every message (e.g. "Feature 3"), so that a file's report names the
    feature."""
    where = where or str(_("Geometry"))
    if not isinstance(raw, dict):
        raise GeometryError(_("%(where)s: there is no geometry.") % {"where": where})
    kind = raw.get("type")
    coords = raw.get("coordinates")
    if kind == "Point":
        position, decimals = _position(coords, where=where)
        return Plot(
            kind="point",
            geojson={"type": "Point", "coordinates": position},
            area_ha=None,
            warnings=_warnings([position], decimals),
        )
    if kind == "Polygon":
        return _polygon(coords, where=where)
    raise GeometryError(
        _("%(where)s: only Point and Polygon geometries are accepted (found %(kind)s).")
        % {"where": where, "kind": str(kind)[:40]}
    )


def check_area_rule(plot: Plot, declared_ha: float | None, *, where: str = "") -> float:
    """The plot's area in hectares: computed for a polygon, declared for a point. A point
    needs its declared area, and a plot of more than four hectares must be a polygon."""
    where = where or str(_("Geometry"))
    if plot.kind == "polygon" and plot.area_ha is not None:
        return plot.area_ha
    if declared_ha is None:
        raise GeometryError(
            _("%(where)s: give the area of the plot in hectares for a point.") % {"where": where},
            field="area_ha",
        )
    if declared_ha <= 0 or not math.isfinite(declared_ha):
        raise GeometryError(
            _("%(where)s: the area must be more than 0 hectares.") % {"where": where},
            field="area_ha",
        )
    if declared_ha > POINT_MAX_HA:
        raise GeometryError(
            _(
                "%(where)s: a plot of more than 4 hectares must be given as a polygon (its "
                "boundary), not as a point (Regulation (EU) 2023/1115, art. 2(28))."
            )
            % {"where": where},
            field="area_ha",
        )
    return declared_ha


def parse_typed(text: str) -> dict[str, Any]:
    """Coordinates typed as lines of "latitude, longitude" (the order phones show) → a
    GeoJSON geometry: one line is a Point, three or more a Polygon (closed if it is not).
    Numbers use a decimal point, separated by a comma or a space; with decimal commas,
    separate the two numbers with ";"."""
    positions = []
    for number, line in enumerate(text.strip().splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        if ";" in line:  # "-5,123456; 105,123456": decimal commas, numbers split by ";"
            parts = [p.strip().replace(",", ".") for p in line.split(";") if p.strip()]
        else:
            parts = [p for p in line.replace(",", " ").split() if p]
        try:
            lat, lon = (float(p) for p in parts)
        except ValueError as exc:
            raise GeometryError(
                _(
                    'Line %(n)s: write "latitude, longitude" in decimal degrees, e.g. '
                    "-5.123456, 105.123456."
                )
                % {"n": number},
                field="coordinates",
            ) from exc
        positions.append([lon, lat])
    if len(positions) == 1:
        return {"type": "Point", "coordinates": positions[0]}
    if len(positions) < 3:
        raise GeometryError(
            _("Give one position for a point, or at least three corners for a polygon."),
            field="coordinates",
        )
    if positions[0] != positions[-1]:
        positions.append(list(positions[0]))
    return {"type": "Polygon", "coordinates": [positions]}
