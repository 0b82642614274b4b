"""The chart kit (core.charts): bars, lines over time, the world map and the regency maps.

Geography and time are never mirrored in a right-to-left page; labels are not clipped; text on
a coloured tile meets WCAG AA contrast."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pytest
from django.utils import translation

from siapekspor.core import charts
from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.reporting.services import rebuild_indicators
from siapekspor.shipments.tests.factories import direct

REGENCIES = [
    ("18.04", "Kab. Lampung Barat", "Lampung Barat"),
    ("18.07", "Kab. Lampung Timur", "Lampung Timur"),
    ("18.12", "Kab. Tulang Bawang Barat", "Tulang Bawang Barat"),
    ("18.71", "Kota Bandar Lampung", "Bandar Lampung"),
]


def _rows(shares=(10.0, 2.0, 0.0, None)):
    return [
        {
            "code": code,
            "name": name,
            "short_name": short,
            "share": share,
            "exporting": 5,
            "enterprises": 50,
        }
        for (code, name, short), share in zip(REGENCIES, shares, strict=True)
    ]


def test_bars_scale_to_the_largest_value_and_keep_small_values_visible():
    rows = [{"name": "a", "count": 200}, {"name": "b", "count": 1}, {"name": "c", "count": 0}]
    a, b, c = charts.bars(rows, text=lambda v: f"US${v:.0f}")
    assert (a.width_pct, a.rtl_x, a.text) == (100.0, 0.0, "US$200")
    assert b.width_pct == 0.5 and c.width_pct == 0.0
    assert [bar.label for bar in charts.bars(rows, limit=2)] == ["a", "b"]
    assert {bar.colour for bar in charts.bars(rows)} == {charts.BAR_COLOUR}
    assert {bar.colour for bar in charts.bars(rows, colour="#1b6ca8")} == {"#1b6ca8"}


def test_map_shares_are_rounded_as_the_tables_round_them():
    rows = [
        {"code": "18.04", "name": "Lampung Barat", "share": 66.67, "exporting": 2, "enterprises": 3}
    ]
    with translation.override("id"):
        (tile,) = charts.tile_map(rows)["tiles"]
    assert tile["value_text"] == "66,7 %"  # not 66,6 % (cut) beside 66,7 in the table


@pytest.mark.parametrize("language", ["id", "ar"])
def test_time_runs_left_to_right_in_every_language(language):
    with translation.override(language):
        chart = charts.time_chart(
            ["2024-01", "2024-02", "2024-03"],
            [{"key": "total", "label": "Total", "values": [10, 20, 15000]}],
            target=20000,
            target_label="Target",
        )
    xs = [t["x"] for t in chart["x_ticks"]]
    assert xs == sorted(xs) and xs[0] == chart["left"]
    points = [float(p.split(",")[0]) for p in chart["lines"][0]["points"].split()]
    assert points == sorted(points)
    # The longest value label fits in the left margin; no time label leaves the picture.
    widest = max(len(t["text"]) for t in chart["y_ticks"]) * charts.TICK_FONT * 0.55
    assert chart["tick_x"] - widest >= 0
    for tick in chart["x_ticks"]:
        half = len(tick["label"]) * charts.TICK_FONT * 0.31
        left = {"start": tick["x"], "middle": tick["x"] - half, "end": tick["x"] - 2 * half}
        assert left[tick["anchor"]] >= 0 and left[tick["anchor"]] + 2 * half <= chart["width"]
    assert [item["label"] for item in chart["legend"]] == ["Total", "Target"]
    assert chart["y_ticks"][-1]["value"] >= 20000  # the target is inside the picture


def test_small_counts_get_whole_ticks_without_repeats():
    chart = charts.time_chart(
        ["2026-01", "2026-02"], [{"key": "total", "label": "n", "values": [0, 2]}]
    )
    texts = [t["text"] for t in chart["y_ticks"]]
    assert texts == ["0", "1", "2"]


def test_a_time_chart_needs_two_points_in_time():
    assert charts.time_chart(["2024"], [{"key": "a", "label": "a", "values": [1]}]) is None


def test_long_money_labels_widen_the_margin_instead_of_being_clipped():
    def words(value):
        return f"US${value / 1e6:.1f} juta"

    chart = charts.time_chart(
        ["2021", "2022"], [{"key": "USA", "label": "USA", "values": [1e6, 4e6]}], value_text=words
    )
    assert chart["left"] > len("US$4.0 juta") * charts.TICK_FONT * 0.55
    assert chart["lines"][0]["colour"] == charts.PALETTE[0]


def test_the_tile_map_keeps_west_on_the_left_and_names_the_regencies():
    with translation.override("ar"):
        tiles = {t["code"]: t for t in charts.tile_map(_rows())["tiles"]}
    assert tiles["18.04"]["x"] < tiles["18.07"]["x"]  # Lampung Barat is west of Lampung Timur
    assert [line["text"] for line in tiles["18.04"]["lines"]] == ["Lampung", "Barat"]
    assert [line["text"] for line in tiles["18.12"]["lines"]] == ["Tulang", "Bawang", "Barat"]
    assert charts.tile_lines("Kabupaten Tulangbawangbaratlaut", "18.99", size=96) == ["18.99"]
    assert tiles["18.71"]["title"].startswith("Kota Bandar Lampung (18.71): ")


def test_text_on_every_map_colour_meets_wcag_aa():
    for fill in charts.SHADE_COLOURS:
        assert charts.contrast_ratio(fill, charts.text_colour(fill)) >= charts.AA_CONTRAST, fill
    tiles = charts.tile_map(_rows(shares=(10.0, 7.0, 4.5, 2.0)))["tiles"]
    assert {t["shade"] for t in tiles} == {1, 2, 3, 4}
    for t in tiles:
        assert charts.contrast_ratio(t["fill"], t["ink"]) >= charts.AA_CONTRAST
    world = charts.world_map([])
    assert charts.contrast_ratio(world.dot_colour, world.rank_colour) >= charts.AA_CONTRAST
    # Lines and swatches are graphics: at least 3:1 against the white card (WCAG 1.4.11).
    for colour in (*charts.PALETTE, *charts.LINE_COLOURS.values(), charts.TARGET_COLOUR):
        assert charts.contrast_ratio(colour, "#ffffff") >= 3, colour


@dataclass
class _Place:
    iso3: str
    name: str
    lat: float
    lon: float
    value: float
    rank: int | None


def test_the_world_map_keeps_west_on_the_left():
    usa = _Place("USA", "Amerika Serikat", 38.9, -77.0, 2e9, 1)
    chn = _Place("CHN", "Tiongkok", 39.9, 116.4, 1e9, 2)
    idn = _Place("IDN", "Indonesia", -6.2, 106.8, 0.0, None)
    with translation.override("ar"):
        world = charts.world_map([chn, idn, usa], value_text=lambda v: f"{v:.0e}")
    dots = {d.label: d for d in world.dots}
    assert dots["USA"].x < dots["IDN"].x < dots["CHN"].x
    assert dots["USA"].r > dots["CHN"].r and dots["IDN"].is_exporter
    assert dots["USA"].title == "1. Amerika Serikat: 2e+09"


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/ar"])
def test_dashboard_map_and_trend_are_drawn_left_to_right(client, users, prefix):
    today = dt.date.today()
    west, east = make_enterprise(regency="18.04"), make_enterprise(regency="18.07")
    for months in (2, 5, 9):
        direct(west, today - dt.timedelta(days=30 * months))
    direct(east, today - dt.timedelta(days=40))
    rebuild_indicators()
    client.force_login(users["province_officer"])
    page = client.get(f"{prefix}/outcomes/").content.decode()
    svgs = re.findall(r'<svg class="chart-ltr" dir="ltr"[^>]*>', page)
    assert len(svgs) == 2  # the map and the trend
    xs = {
        code: float(x)
        for code, x in re.findall(
            r'href="\?regency=(18\.\d\d)"><g class="tile">\s*<rect[^>]* x="([\d.]+)"', page
        )
    }
    assert len(xs) == 15 and xs["18.04"] < xs["18.07"]
    assert ">Lampung</text>" in page and ">Barat</text>" in page  # names, not 18.04
    assert 'class="tile-name"' in page and not re.search(r'tile-name"[^>]*>18\.', page)
