"""Reads of the EUDR app: plots in the user's scope, the operator's export (GeoJSON and CSV)
and the offline map's geometry."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Count, Q, QuerySet, Sum

from siapekspor.accounts.roles import Actor
from siapekspor.core.crypto import mask_name, unseal
from siapekspor.eudr import access, geometry
from siapekspor.eudr.models import HS_HEADING, Commodity, ProductionPlot
from siapekspor.registry.models import Enterprise

ISO2 = {"IDN": "ID"}


def enterprise_plots(
    enterprise: Enterprise, *, commodity: str = "", lot: str = ""
) -> QuerySet[ProductionPlot]:
    """An enterprise's plots, optionally of one commodity and one shipment lot."""
    qs = ProductionPlot.objects.filter(enterprise=enterprise).select_related("regency")
    if commodity in Commodity.values:
        qs = qs.filter(commodity=commodity)
    if lot:
        qs = qs.filter(lot=lot)
    return qs.order_by("id")


def enterprise_lots(enterprise: Enterprise) -> list[str]:
    """The shipment lots named on the enterprise's plots."""
    return list(
        ProductionPlot.objects.filter(enterprise=enterprise)
        .exclude(lot="")
        .values_list("lot", flat=True)
        .distinct()
        .order_by("lot")
    )


def masked_supplier(plot: ProductionPlot) -> str:
    """The supplier's initials only (lists, exports without consent)."""
    return mask_name(unseal(plot.supplier_name_sealed)) if plot.supplier_name_sealed else ""


@dataclass
class EnterpriseSummary:
    enterprise: Enterprise
    plots: int
    area_ha: Decimal


def plot_overview(user: Actor) -> list[EnterpriseSummary]:
    """Per enterprise in the user's scope that has plots: how many and their total area."""
    rows = (
        access.plot_scope(user)
        .values("enterprise")
        .annotate(n=Count("id"), area=Sum("area_ha"))
        .order_by("enterprise")
    )
    counts = {r["enterprise"]: (r["n"], r["area"] or Decimal(0)) for r in rows[:500]}
    enterprises = Enterprise.objects.filter(pk__in=counts).select_related("regency")
    return [
        EnterpriseSummary(enterprise=e, plots=counts[e.pk][0], area_ha=counts[e.pk][1])
        for e in enterprises.order_by("name")
    ]


def feature_of(plot: ProductionPlot, *, with_names: bool = False) -> dict[str, Any]:
    """One plot as the EU information system reads it: the geometry (WGS84, longitude first)
    and the properties of the Commission's GeoJSON file description (ProducerCountry as ISO
    alpha-2, ProductionPlace, Area in hectares for a point), plus ours (plot id, commodity,
    HS heading, production period). ProducerName only with the supplier's recorded consent
    and when names were asked for."""
    props: dict[str, Any] = {
        "ProducerCountry": ISO2.get(plot.country, plot.country),
        "ProductionPlace": plot.place or (plot.regency.name if plot.regency else ""),
        "PlotId": plot.reference,
        "Commodity": plot.commodity,
        "HSHeading": plot.hs_heading,
        "ProductionStartDate": plot.production_start.isoformat(),
        "ProductionEndDate": plot.production_end.isoformat(),
        "AreaHa": float(plot.area_ha),
    }
    if plot.kind == "point":
        props["Area"] = float(plot.area_ha)
    if with_names and plot.name_consent and plot.supplier_name_sealed:
        props["ProducerName"] = unseal(plot.supplier_name_sealed)
    return {
        "type": "Feature",
        "id": plot.reference,
        "properties": props,
        "geometry": json.loads(plot.geometry),
    }


def export_geojson(plots: QuerySet[ProductionPlot], *, with_names: bool = False) -> dict[str, Any]:
    """A FeatureCollection of the plots, for the operator's due-diligence statement."""
    return {
        "type": "FeatureCollection",
        "features": [feature_of(p, with_names=with_names) for p in plots],
    }


CSV_HEADER = [
    "plot_id",
    "commodity",
    "hs_heading",
    "country",
    "regency",
    "place",
    "shape",
    "area_ha",
    "latitude",
    "longitude",
    "production_start",
    "production_end",
    "lot",
    "legality_evidence",
    "producer_name",
]


def _cell(value: Any) -> str:
    text = str(value)
    return (
        "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _numeric(text) else text
    )


def _numeric(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def export_csv(plots: QuerySet[ProductionPlot], *, with_names: bool = False) -> str:
    """A CSV summary of the plots, one line each (cells that start like a formula are
    escaped; the producer's name only with consent)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for p in plots:
        name = ""
        if with_names and p.name_consent and p.supplier_name_sealed:
            name = unseal(p.supplier_name_sealed)
        row = [
            p.reference,
            p.commodity,
            HS_HEADING[Commodity(p.commodity)],
            p.country,
            p.regency.name if p.regency else "",
            p.place,
            p.kind,
            f"{p.area_ha:.4f}",
            f"{p.latitude:.6f}",
            f"{p.longitude:.6f}",
            p.production_start.isoformat(),
            p.production_end.isoformat(),
            p.lot,
            "yes" if p.evidence_file else "no",
            name,
        ]
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()


# ---- The offline map ------------------------------------------------------------------------

MAP_WIDTH = 1000


def _project(lon: float, lat: float, height: float) -> tuple[float, float]:
    west, south, east, north = geometry.LAMPUNG
    x = (lon - west) / (east - west) * MAP_WIDTH
    y = (north - lat) / (north - south) * height
    return round(x, 2), round(y, 2)


def plot_map(plots: list[ProductionPlot], *, focus: bool = False) -> dict[str, Any]:
    """A plain longitude/latitude map of Lampung's extent: a grid every half degree with its
    labels and the plots (polygon outlines, points as dots). The page's script uses
    `west`, `north` and `scale` to turn a click into coordinates. `focus` frames the plots
    (a plot's page) instead of the whole province."""
    west, south, east, north = geometry.LAMPUNG
    height = round(MAP_WIDTH * (north - south) / (east - west), 2)
    grid = []
    step = 0.5
    lon = (int(west / step) + 1) * step
    while lon < east:
        x, _y = _project(lon, north, height)
        grid.append({"x1": x, "y1": 0, "x2": x, "y2": height, "label": f"{lon:.1f}°E"})
        lon += step
    lat = (int(north / step)) * step
    while lat > south:
        _x, y = _project(west, lat, height)
        grid.append({"x1": 0, "y1": y, "x2": MAP_WIDTH, "y2": y, "label": f"{-lat:.1f}°S"})
        lat -= step
    shapes, xs, ys = [], [], []
    for p in plots:
        geo = json.loads(p.geometry)
        if p.kind == "point":
            lon, lat = geo["coordinates"]
            x, y = _project(lon, lat, height)
            xs.append(x)
            ys.append(y)
            shapes.append({"kind": "point", "x": x, "y": y, "label": p.reference})
        else:
            corners = [_project(lon, lat, height) for lon, lat in geo["coordinates"][0]]
            xs += [c[0] for c in corners]
            ys += [c[1] for c in corners]
            points = " ".join(f"{a},{b}" for a, b in corners)
            shapes.append({"kind": "polygon", "points": points, "label": p.reference})
    box = [0.0, 0.0, float(MAP_WIDTH), float(height)]
    if xs and focus:
        span = max(max(xs) - min(xs), max(ys) - min(ys), 2.0) * 1.4
        box = [
            round((max(xs) + min(xs)) / 2 - span / 2, 3),
            round((max(ys) + min(ys)) / 2 - span / 2, 3),
            round(span, 3),
            round(span, 3),
        ]
    return {
        "width": MAP_WIDTH,
        "height": height,
        "viewbox": " ".join(str(v) for v in box),
        "dot": round(box[2] / 120, 3),
        "grid": grid,
        "shapes": shapes,
        "west": west,
        "north": north,
        "scale": MAP_WIDTH / (east - west),
    }


def enterprise_summary(enterprise: Enterprise) -> dict[str, Any]:
    """Plots, their total area and how many lack legality evidence (one query)."""
    row = ProductionPlot.objects.filter(enterprise=enterprise).aggregate(
        plots=Count("id"),
        area_ha=Sum("area_ha"),
        without_evidence=Count("id", filter=Q(evidence_file="")),
    )
    return {
        "plots": row["plots"],
        "area_ha": row["area_ha"] or Decimal(0),
        "without_evidence": row["without_evidence"],
    }


def sells_eudr_commodity(enterprise: Enterprise) -> bool:
    """Whether one of the enterprise's products is coffee (0901) or cocoa beans (1801)."""
    return enterprise.products.filter(
        Q(hs_code__code__startswith="0901") | Q(hs_code__code__startswith="1801")
    ).exists()
