"""The plot geometry rules (pure Python): what the EU information system would refuse is
refused with a message naming it, and areas are right."""

from __future__ import annotations

import math

import pytest
from django.utils import translation

from siapekspor.eudr import geometry
from siapekspor.eudr.geometry import GeometryError, parse_geometry, parse_typed


@pytest.fixture(autouse=True)
def _english():
    """The messages are checked by their English msgids (Indonesian: test_plots.py)."""
    with translation.override("en"):
        yield


A, F = 6378137.0, 1 / 298.257223563
E2 = F * (2 - F)


def _square(lon: float, lat: float, side_m: float) -> list[list[float]]:
    """A square of `side_m` metres from (lon, lat), built with the ellipsoid's radii of
    curvature (an independent way to the same area)."""
    phi = math.radians(lat)
    w = 1 - E2 * math.sin(phi) ** 2
    meridian = A * (1 - E2) / w**1.5  # metres per radian of latitude
    normal = A / math.sqrt(w)  # prime vertical
    dlat = math.degrees(side_m / meridian)
    dlon = math.degrees(side_m / (normal * math.cos(phi)))
    return [[lon, lat], [lon + dlon, lat], [lon + dlon, lat + dlat], [lon, lat + dlat], [lon, lat]]


def test_a_hundred_metre_square_in_lampung_is_one_hectare_within_one_percent():
    ring = _square(104.95, -5.05, 100.0)
    plot = parse_geometry({"type": "Polygon", "coordinates": [ring]})
    assert plot.kind == "polygon"
    assert plot.area_ha == pytest.approx(1.0, rel=0.01)
    assert geometry.ring_area_m2(ring) == pytest.approx(10_000, rel=0.001)


def test_a_one_degree_cell_at_the_equator_has_its_ellipsoidal_area():
    # WGS84: the 1° × 1° cell north of the equator is 12,308.8 km² (a sphere of 6371 km
    # would give 12,363.7 km²).
    ring = [[100, 0], [101, 0], [101, 1], [100, 1], [100, 0]]
    assert geometry.ring_area_m2(ring) / 1e6 == pytest.approx(12_308.8, rel=0.0005)


def test_orientation_does_not_change_the_area():
    ring = _square(105.1, -5.3, 250.0)
    assert geometry.ring_area_m2(ring) == pytest.approx(geometry.ring_area_m2(ring[::-1]))


def test_a_point_is_rounded_to_six_decimals_and_needs_its_declared_area():
    plot = parse_geometry({"type": "Point", "coordinates": [105.26213912345, -5.4182721]})
    assert plot.geojson == {"type": "Point", "coordinates": [105.262139, -5.418272]}
    assert plot.warnings == []
    with pytest.raises(GeometryError, match="hectares"):
        geometry.check_area_rule(plot, None)
    assert geometry.check_area_rule(plot, 4.0) == 4.0


def test_a_point_for_more_than_four_hectares_is_refused():
    plot = parse_geometry({"type": "Point", "coordinates": [105.262139, -5.418272]})
    with pytest.raises(GeometryError, match=r"2\(28\)"):
        geometry.check_area_rule(plot, 4.5)


def test_a_polygon_of_more_than_four_hectares_is_accepted():
    ring = _square(104.95, -5.05, 300.0)  # 9 ha
    plot = parse_geometry({"type": "Polygon", "coordinates": [ring]})
    assert geometry.check_area_rule(plot, None) == pytest.approx(9.0, rel=0.01)


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (None, "no geometry"),
        ({"type": "LineString", "coordinates": [[105, -5], [105.1, -5]]}, "Point and Polygon"),
        ({"type": "Point", "coordinates": [105.1]}, "[longitude, latitude]"),
        ({"type": "Point", "coordinates": ["105.1", -5.2]}, "numbers"),
        ({"type": "Point", "coordinates": [205.1, -5.2]}, "between -180 and 180"),
        ({"type": "Point", "coordinates": [-5.418272, 105.262139]}, "between -180 and 180"),
        ({"type": "Point", "coordinates": [2.35, 48.85]}, "outside Indonesia"),
        ({"type": "Point", "coordinates": [105.262139, 5.418272]}, None),  # Aceh-side latitude
    ],
)
def test_bad_points(raw, words):
    if words is None:
        plot = parse_geometry(raw)
        assert any("Lampung" in w for w in plot.warnings)
        return
    with pytest.raises(GeometryError) as info:
        parse_geometry(raw)
    assert words in str(info.value.message)


def _poly(ring):
    return {"type": "Polygon", "coordinates": [ring]}


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (_poly([[105.1, -5.1], [105.11, -5.1], [105.1, -5.1]]), "at least four positions"),
        (
            _poly([[105.1, -5.1], [105.11, -5.1], [105.11, -5.11], [105.1, -5.11]]),
            "not closed",
        ),
        (
            # a bow tie: sides 1 and 3 cross
            _poly([[105.1, -5.1], [105.11, -5.11], [105.11, -5.1], [105.1, -5.11], [105.1, -5.1]]),
            "cross",
        ),
        (
            _poly([[105.1, -5.1], [105.11, -5.1], [105.12, -5.1], [105.1, -5.1]]),
            "no area",  # three corners on a line
        ),
        (
            {
                "type": "Polygon",
                "coordinates": [
                    [[105.1, -5.1], [105.2, -5.1], [105.2, -5.2], [105.1, -5.1]],
                    [[105.15, -5.12], [105.16, -5.12], [105.16, -5.13], [105.15, -5.12]],
                ],
            },
            "holes",
        ),
        (
            _poly([[105.1, -5.1], [105.1, -5.1], [105.11, -5.1], [105.11, -5.11], [105.1, -5.1]]),
            "twice in a row",
        ),
        ({"type": "Polygon", "coordinates": "105,-5"}, "list of rings"),
    ],
)
def test_bad_polygons(raw, words):
    with pytest.raises(GeometryError) as info:
        parse_geometry(raw, where="Fitur 2")
    message = str(info.value.message)
    assert message.startswith("Fitur 2: ")
    assert words in message


def test_self_intersection_check():
    square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]
    assert not geometry.self_intersects(square)
    assert geometry.self_intersects([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]])
    # a figure eight touching itself at one corner
    assert geometry.self_intersects([[0, 0], [2, 0], [1, 1], [2, 2], [0, 2], [1, 1], [0, 0]])


def test_warnings_outside_lampung_and_few_decimals():
    plot = parse_geometry({"type": "Point", "coordinates": [106.8, -6.2]})  # Jakarta
    assert len(plot.warnings) == 2
    assert "Lampung" in plot.warnings[0]
    assert "six" in plot.warnings[1]


def test_typed_coordinates_latitude_first_with_points_or_decimal_commas():
    assert parse_typed("-5.418272, 105.262139") == {
        "type": "Point",
        "coordinates": [105.262139, -5.418272],
    }
    assert parse_typed("-5,418272; 105,262139")["coordinates"] == [105.262139, -5.418272]
    polygon = parse_typed("-5.1 105.1\n-5.1 105.11\n-5.11 105.11\n")
    ring = polygon["coordinates"][0]
    assert polygon["type"] == "Polygon" and len(ring) == 4 and ring[0] == ring[-1]
    with pytest.raises(GeometryError, match="Line 2"):
        parse_typed("-5.1, 105.1\nabc\n-5.2, 105.2")
    with pytest.raises(GeometryError, match="three corners"):
        parse_typed("-5.1, 105.1\n-5.2, 105.2")
