"""Regency outlines from a GeoJSON file, projected once to the dashboard map's SVG space."""

from __future__ import annotations

import json
import math
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from siapekspor.core.charts import GEO_HEIGHT
from siapekspor.core.errors import ValidationFailed
from siapekspor.registry.selectors import regency_names
from siapekspor.reporting.models import RegionShape

CODE_KEYS = ("kode", "code", "kode_kab", "KODE", "regency_code")
MAX_BYTES = 50 * 1024 * 1024


def _rings(geometry: dict) -> list[list[list[float]]]:
    kind = geometry.get("type")
    coords = geometry.get("coordinates") or []
    if kind == "Polygon":
        return list(coords)
    if kind == "MultiPolygon":
        return [ring for polygon in coords for ring in polygon]
    return []


@transaction.atomic
def load_regions_geojson(path: Path) -> tuple[int, list[str]]:
    """Store the outline of every known regency found in `path`; returns (count, problems)."""
    path = Path(path)
    if not path.is_file():
        raise ValidationFailed(_("File not found: %(path)s") % {"path": path})
    if path.stat().st_size > MAX_BYTES:
        raise ValidationFailed(_("The GeoJSON file is larger than 50 MB."))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        features = data["features"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidationFailed(_("The file is not a GeoJSON FeatureCollection.")) from exc
    known = {code for code, _name in regency_names()}
    problems, shapes = [], {}
    for feature in features:
        props = feature.get("properties") or {}
        code = next((str(props[k]) for k in CODE_KEYS if props.get(k)), "")
        if code not in known:
            problems.append(
                _("Skipped a feature with unknown regency code %(code)r.") % {"code": code}
            )
            continue
        rings = _rings(feature.get("geometry") or {})
        if not rings:
            problems.append(_("Regency %(code)s has no polygon.") % {"code": code})
            continue
        shapes.setdefault(code, []).extend(rings)
    points = [p for rings in shapes.values() for ring in rings for p in ring]
    if not points:
        raise ValidationFailed(_("No regency of the province was found in the file."))
    min_x, max_x = min(p[0] for p in points), max(p[0] for p in points)
    min_y, max_y = min(p[1] for p in points), max(p[1] for p in points)
    kx = math.cos(math.radians((min_y + max_y) / 2))
    span = max((max_x - min_x) * kx, max_y - min_y) or 1.0
    scale = (GEO_HEIGHT - 20) / span

    def proj(p):
        return (round(10 + (p[0] - min_x) * kx * scale, 1), round(10 + (max_y - p[1]) * scale, 1))

    RegionShape.objects.all().delete()
    for code, rings in shapes.items():
        parts, xs, ys = [], [], []
        for ring in rings:
            pts = [proj(p) for p in ring]
            xs += [q[0] for q in pts]
            ys += [q[1] for q in pts]
            parts.append("M" + "L".join(f"{a},{b}" for a, b in pts) + "Z")
        RegionShape.objects.create(
            regency=code,
            path="".join(parts),
            label_x=round(sum(xs) / len(xs), 1),
            label_y=round(sum(ys) / len(ys), 1),
            source=path.name[:300],
        )
    return len(shapes), problems


def shapes() -> dict[str, dict]:
    return {
        s.regency: {"path": s.path, "label_x": s.label_x, "label_y": s.label_y}
        for s in RegionShape.objects.all()
    }
