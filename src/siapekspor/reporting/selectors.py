"""Reads of the precomputed KPI tables for the dashboard, reports and the KPI API.

Everything comes from the current `Snapshot`; results are cached under the generation key
(the snapshot id), which a rebuild replaces."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Sum
from django.utils import translation

from siapekspor.registry.models import HsCode, KbliCode, Regency
from siapekspor.reporting import access, forecast, sources
from siapekspor.reporting.models import KpiCell, KpiGroup, KpiTrend, KpiValue, Snapshot
from siapekspor.reporting.services import GENERATION_KEY, generation_token
from siapekspor.shipments import countries

CACHE_SECONDS = 24 * 3600
COUNT_FIELDS = [
    "enterprises",
    "assessed",
    "trained",
    "certified",
    "ever_exported",
    "exporting",
    "direct",
    "indirect",
    "lapsed",
    "repeat",
    "new_exporters",
]


@dataclass(frozen=True)
class Filters:
    regency: str = ""
    sector: str = ""
    year: int | None = None

    def key(self) -> str:
        return f"{self.regency}:{self.sector}:{self.year or ''}"


def effective_filters(user, filters: Filters) -> Filters:
    """Regency officers see their own regency's figures."""
    lock = access.regency_lock(user)
    if lock:
        return Filters(regency=lock, sector=filters.sector, year=filters.year)
    return filters


def generation() -> str | None:
    """The current snapshot's generation token ("<id>.<created µs>"), or None."""
    gen = cache.get(GENERATION_KEY)
    if gen is None:
        row = Snapshot.objects.order_by("-id").values_list("pk", "created_at").first()
        if row is not None:
            gen = generation_token(*row)
            cache.set(GENERATION_KEY, gen, None)
    return gen


def _pct(n: float, d: float) -> float | None:
    return round(100.0 * n / d, 2) if d else None


def _cells(snapshot_id: int, f: Filters):
    qs = KpiCell.objects.filter(snapshot_id=snapshot_id)
    if f.regency:
        qs = qs.filter(regency=f.regency)
    if f.sector:
        qs = qs.filter(division=f.sector)
    return qs


def _sum(qs, group: str | None = None):
    sums = {name: Sum(name) for name in COUNT_FIELDS}
    if group:
        return list(qs.values(group).annotate(**sums).order_by(group))
    row = qs.aggregate(**sums)
    return {k: v or 0 for k, v in row.items()}


def _trend(snapshot_id: int, f: Filters) -> list[dict]:
    qs = KpiTrend.objects.filter(snapshot_id=snapshot_id)
    if f.regency:
        qs = qs.filter(regency=f.regency)
    if f.sector:
        qs = qs.filter(division=f.sector)
    rows = {
        r["month"]: r
        for r in qs.values("month")
        .annotate(
            exporting=Sum("exporting"),
            direct=Sum("direct"),
            indirect=Sum("indirect"),
            new_exporters=Sum("new_exporters"),
        )
        .order_by("month")
    }
    return [
        {
            "month": m.isoformat(),
            **{k: rows[m][k] or 0 for k in ("exporting", "direct", "indirect", "new_exporters")},
        }
        for m in sorted(rows)
    ]


def _values(snapshot_id: int, f: Filters, dimension: str, year: int, limit: int = 10):
    qs = KpiValue.objects.filter(snapshot_id=snapshot_id, dimension=dimension, year=year)
    if f.regency:
        qs = qs.filter(regency=f.regency)
    if f.sector:
        qs = qs.filter(division=f.sector)
    rows = list(
        qs.values("key")
        .annotate(usd=Sum("value_usd"), idr=Sum("value_idr"), shipments=Sum("shipments"))
        .order_by("-usd")[:limit]
    )
    return [
        {
            "key": r["key"],
            "usd": float(r["usd"] or 0),
            "idr": float(r["idr"] or 0),
            "shipments": r["shipments"] or 0,
        }
        for r in rows
    ]


def _compute(snapshot: Snapshot, f: Filters) -> dict:
    cells = _cells(snapshot.pk, f)
    total = _sum(cells)
    target = round(snapshot.baseline * float(snapshot.target_share))
    by_regency = {r["regency"]: r for r in _sum(cells, "regency")}
    by_sector = _sum(cells, "division")
    by_size = _sum(cells, "size_class")
    by_level = _sum(cells, "level")
    trend = _trend(snapshot.pk, f)
    year = f.year or snapshot.as_of.year
    status_source = "current"
    if f.year and f.year < snapshot.as_of.year:
        # Status at the end of the chosen year, from the monthly trend.
        month = dt.date(f.year, 12, 1).isoformat()
        past = next((t for t in trend if t["month"] == month), None)
        status_source = "trend" if past else "unavailable"
        for k in ("exporting", "direct", "indirect"):
            total[k] = past[k] if past else 0
        tq = KpiTrend.objects.filter(snapshot_id=snapshot.pk, month=dt.date(f.year, 12, 1))
        if f.sector:
            tq = tq.filter(division=f.sector)
        past_regency = {
            r["regency"]: r["n"] for r in tq.values("regency").annotate(n=Sum("exporting"))
        }
        for code, row in by_regency.items():
            row["exporting"] = past_regency.get(code, 0)
    regencies = [
        {
            "code": code,
            "name": name,
            "enterprises": by_regency.get(code, {}).get("enterprises", 0) or 0,
            "exporting": by_regency.get(code, {}).get("exporting", 0) or 0,
            "direct": by_regency.get(code, {}).get("direct", 0) or 0,
            "indirect": by_regency.get(code, {}).get("indirect", 0) or 0,
        }
        for code, name in _regency_names()
    ]
    for r in regencies:
        r["share"] = _pct(r["exporting"], r["enterprises"])
    participation = list(
        KpiGroup.objects.filter(snapshot_id=snapshot.pk, dimension="programme")
        .order_by("label")
        .values("key", "label", "participants", "certified", "exporting", "first_exporters")
    )
    for p in participation:
        p["conversion"] = _pct(p["first_exporters"], p["participants"])
    anchors = [
        {**a, "conversion": _pct(a["first_exporters"], a["participants"])}
        for a in sources.published_anchors()
    ]
    series = [t["exporting"] for t in trend]
    # The province target applies to the whole registry; a filtered view compares with
    # the same share of its own enterprises.
    filtered = bool(f.regency or f.sector)
    scope_target = (
        round(total["enterprises"] * float(snapshot.target_share)) if filtered else target
    )
    p = forecast.pace(series, scope_target)
    return {
        "snapshot": {
            "id": snapshot.pk,
            "as_of": snapshot.as_of.isoformat(),
            "computed_at": snapshot.created_at.isoformat(),
            "has_demo": snapshot.has_demo,
        },
        "filters": {"regency": f.regency, "sector": f.sector, "year": year},
        "status_source": status_source,
        "baseline": snapshot.baseline,
        "target_share": float(snapshot.target_share),
        "target": target,
        "scope_target": scope_target,
        "filtered": filtered,
        "totals": total,
        "share_of_baseline_pct": _pct(total["exporting"], snapshot.baseline),
        "share_of_registered_pct": _pct(total["exporting"], total["enterprises"]),
        "progress_pct": _pct(total["exporting"], scope_target),
        "regencies": regencies,
        "sectors": [
            {
                "code": r["division"],
                "enterprises": r["enterprises"] or 0,
                "exporting": r["exporting"] or 0,
            }
            for r in by_sector
        ],
        "sizes": [
            {
                "code": r["size_class"],
                "enterprises": r["enterprises"] or 0,
                "exporting": r["exporting"] or 0,
            }
            for r in by_size
        ],
        "levels": [
            {
                "code": r["level"],
                "enterprises": r["enterprises"] or 0,
                "exporting": r["exporting"] or 0,
            }
            for r in by_level
        ],
        "funnel": [
            {"key": k, "count": total[src]}
            for k, src in (
                ("registered", "enterprises"),
                ("assessed", "assessed"),
                ("trained", "trained"),
                ("certified", "certified"),
                ("first_export", "ever_exported"),
                ("repeat", "repeat"),
            )
        ],
        "trend": trend,
        "products": _values(snapshot.pk, f, "product", year),
        "destinations": _values(snapshot.pk, f, "destination", year),
        "programmes": participation,
        "anchors": anchors,
        "pace": p.__dict__,
    }


def _regency_names() -> list[tuple[str, str]]:
    return [(r.code, r.display_name) for r in Regency.objects.all()]


def _current_snapshot(gen: str) -> Snapshot | None:
    snapshot = Snapshot.objects.filter(pk=int(gen.split(".")[0])).first()
    if snapshot is None or generation_token(snapshot.pk, snapshot.created_at) != gen:
        return None
    return snapshot


def dashboard_data(user, filters: Filters) -> dict | None:
    """The dashboard's figures (numbers and codes; labels added by `labelled`), or None
    before the first rebuild."""
    f = effective_filters(user, filters)
    gen = generation()
    if gen is None:
        return None
    lang = translation.get_language() or "id"
    key = f"reporting:dash:{gen}:{lang}:{f.key()}"
    data = cache.get(key)
    if data is None:
        snapshot = _current_snapshot(gen)
        if snapshot is None:  # a stale generation key: read it again from the database
            cache.delete(GENERATION_KEY)
            gen = generation()
            snapshot = _current_snapshot(gen) if gen else None
            if snapshot is None:
                return None
            key = f"reporting:dash:{gen}:{lang}:{f.key()}"
        data = labelled(_compute(snapshot, f))
        cache.set(key, data, CACHE_SECONDS)
    return data


def labelled(data: dict) -> dict:
    """Add names in the current language: sectors (KBLI), products (HS) and countries."""
    titles = dict(KbliCode.objects.filter(level=2).values_list("code", "title"))
    for row in data["sectors"]:
        row["name"] = titles.get(row["code"], "")
    hs = dict(
        HsCode.objects.filter(code__in=[p["key"] for p in data["products"]]).values_list(
            "code", "description"
        )
    )
    for row in data["products"]:
        row["name"] = hs.get(row["key"], "")
    for row in data["destinations"]:
        row["name"] = countries.name(row["key"])
    return data


def available_years() -> list[int]:
    """Years the trend covers in the current snapshot (newest first), cached per generation."""
    gen = generation()
    if gen is None:
        return []
    key = f"reporting:years:{gen}"
    years = cache.get(key)
    if years is None:
        from django.db.models import Max, Min

        span = KpiTrend.objects.filter(snapshot_id=int(gen.split(".")[0])).aggregate(
            first=Min("month"), last=Max("month")
        )
        years = list(range(span["last"].year, span["first"].year - 1, -1)) if span["first"] else []
        cache.set(key, years, CACHE_SECONDS)
    return years
