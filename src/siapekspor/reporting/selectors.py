"""Reads of the precomputed KPI tables for the dashboard, reports and the KPI API.

Everything comes from the newest `Snapshot`; results are cached under its generation token
(`<id>.<creation µs>`), read from the database on every request (one indexed query), so a
rebuild by the worker shows at once in every web process, whatever the cache backend."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.core.cache import cache
from django.db.models import Sum
from django.utils import translation

from siapekspor.accounts.roles import Actor
from siapekspor.core import countries, dates
from siapekspor.registry.selectors import hs_descriptions, kbli_division_titles, regency_labels
from siapekspor.reporting import access, forecast
from siapekspor.reporting.models import (
    GroupDimension,
    KpiCell,
    KpiGroup,
    KpiTrend,
    KpiValue,
    Snapshot,
    ValueDimension,
)
from siapekspor.reporting.services import (
    COUNT_FIELDS,
    TREND_FIELDS,
    generation_token,
    trend_points,
)
from siapekspor.training.selectors import published_anchors

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from siapekspor.reporting.models import KpiCell

CACHE_SECONDS = 24 * 3600


@dataclass(frozen=True)
class Filters:
    regency: str = ""
    sector: str = ""
    year: int | None = None

    def key(self) -> str:
        return f"{self.regency}:{self.sector}:{self.year or ''}"


def effective_filters(user: Actor, filters: Filters) -> Filters:
    """Regency officers see their own regency's figures."""
    lock = access.regency_lock(user)
    if lock:
        return Filters(regency=lock, sector=filters.sector, year=filters.year)
    return filters


def generation() -> str | None:
    """The newest snapshot's generation token ("<id>.<created µs>"), or None."""
    row = Snapshot.objects.order_by("-id").values_list("pk", "created_at").first()
    return generation_token(*row) if row is not None else None


def _pct(n: float, d: float) -> float | None:
    return round(100.0 * n / d, 2) if d else None


def _cells(snapshot_id: int, f: Filters) -> QuerySet[KpiCell]:
    qs = KpiCell.objects.filter(snapshot_id=snapshot_id)
    if f.regency:
        qs = qs.filter(regency=f.regency)
    if f.sector:
        qs = qs.filter(division=f.sector)
    return qs


def _sum(qs: QuerySet[KpiCell], group: str | None = None) -> Any:
    sums = {name: Sum(name) for name in COUNT_FIELDS}
    if group:
        return list(qs.values(group).annotate(**sums).order_by(group))
    row = qs.aggregate(**sums)
    return {k: v or 0 for k, v in row.items()}


def _trend(snapshot: Snapshot, f: Filters) -> list[dict[str, Any]]:
    """Every month of the snapshot's trend, oldest first (zeros where nobody exported)."""
    qs = KpiTrend.objects.filter(snapshot_id=snapshot.pk)
    if f.regency:
        qs = qs.filter(regency=f.regency)
    if f.sector:
        qs = qs.filter(division=f.sector)
    rows: dict[Any, dict[str, Any]] = {
        r["month"]: dict(r)
        for r in qs.values("month")
        .annotate(**{name: Sum(name) for name in TREND_FIELDS})
        .order_by("month")
    }
    _first, points = trend_points(snapshot.as_of)
    months = [dates.month_start(dates.month_index(p)) for p in points]
    return [
        {"month": m.isoformat(), **{k: (rows[m][k] or 0) if m in rows else 0 for k in TREND_FIELDS}}
        for m in months
    ]


def _values(
    snapshot_id: int, f: Filters, dimension: str, year: int, limit: int = 10
) -> list[dict[str, Any]]:
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


def _compute(snapshot: Snapshot, f: Filters) -> dict[str, Any]:
    cells = _cells(snapshot.pk, f)
    total = _sum(cells)
    target = round(snapshot.baseline * float(snapshot.target_share))
    by_regency = {r["regency"]: r for r in _sum(cells, "regency")}
    by_sector = _sum(cells, "division")
    by_size = _sum(cells, "size_class")
    by_level = _sum(cells, "level")
    trend = _trend(snapshot, f)
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
    regencies: list[dict[str, Any]] = [
        {
            "code": code,
            "name": name,
            "short_name": short_name,  # without Kab./Kota: what fits on a map tile
            "enterprises": by_regency.get(code, {}).get("enterprises", 0) or 0,
            "exporting": by_regency.get(code, {}).get("exporting", 0) or 0,
            "direct": by_regency.get(code, {}).get("direct", 0) or 0,
            "indirect": by_regency.get(code, {}).get("indirect", 0) or 0,
        }
        for code, name, short_name in regency_labels()
    ]
    for r in regencies:
        r["share"] = _pct(r["exporting"], r["enterprises"])
    participation: list[dict[str, Any]] = [
        dict(row)
        for row in KpiGroup.objects.filter(
            snapshot_id=snapshot.pk, dimension=GroupDimension.PROGRAMME
        )
        .order_by("label")
        .values("key", "label", "participants", "certified", "exporting", "first_exporters")
    ]
    for p in participation:
        p["conversion"] = _pct(p["first_exporters"], p["participants"])
    anchors = [
        {**a, "conversion": _pct(a["first_exporters"], a["participants"])}
        for a in published_anchors()
    ]
    # The province target applies to the whole registry; a filtered view compares with
    # the same share of its own enterprises.
    filtered = bool(f.regency or f.sector)
    scope_target = (
        round(total["enterprises"] * float(snapshot.target_share)) if filtered else target
    )
    # The pace from whole months; it starts from the count shown (the current one, or the
    # status at the end of the chosen year).
    complete = trend if dates.is_month_end(snapshot.as_of) else trend[:-1]
    pace = forecast.pace(
        [t["exporting"] for t in complete], scope_target, current=total["exporting"]
    )
    return {
        "snapshot": {
            "id": snapshot.pk,
            "as_of": snapshot.as_of.isoformat(),
            "computed_at": snapshot.created_at.isoformat(),
            "computed": snapshot.created_at,
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
                ("assisted", "assisted"),
                ("improved", "improved"),
                ("financed", "financed"),
                ("coached", "coached"),
                ("first_export", "ever_exported"),
                ("lead_export", "lead_exported"),
                ("repeat", "repeat"),
            )
        ],
        "trend": trend,
        "products": _values(snapshot.pk, f, ValueDimension.PRODUCT, year),
        "destinations": _values(snapshot.pk, f, ValueDimension.DESTINATION, year),
        "programmes": participation,
        "anchors": anchors,
        "pace": pace.as_dict(),
    }


def _current_snapshot(gen: str) -> Snapshot | None:
    snapshot = Snapshot.objects.filter(pk=int(gen.split(".")[0])).first()
    if snapshot is None or generation_token(snapshot.pk, snapshot.created_at) != gen:
        return None
    return snapshot


def dashboard_data(user: Actor, filters: Filters) -> dict[str, Any] | None:
    """The dashboard's figures (numbers and codes; labels added by `labelled`), or None
    before the first rebuild."""
    f = effective_filters(user, filters)
    gen = generation()
    if gen is None:
        return None
    lang = translation.get_language() or "id"
    key = f"reporting:dash:{gen}:{lang}:{f.key()}"
    data: dict[str, Any] | None = cache.get(key)
    if data is None:
        snapshot = _current_snapshot(gen)
        if snapshot is None:  # replaced between the two reads: no figures this time
            return None
        data = labelled(_compute(snapshot, f))
        cache.set(key, data, CACHE_SECONDS)
    return data


def labelled(data: dict[str, Any]) -> dict[str, Any]:
    """Add names in the current language: sectors (KBLI), products (HS) and countries."""
    titles = kbli_division_titles()
    for row in data["sectors"]:
        row["name"] = titles.get(row["code"], "")
    hs = hs_descriptions(p["key"] for p in data["products"])
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
    years: list[int] | None = cache.get(key)
    if years is None:
        from django.db.models import Max, Min

        span = KpiTrend.objects.filter(snapshot_id=int(gen.split(".")[0])).aggregate(
            first=Min("month"), last=Max("month")
        )
        years = list(range(span["last"].year, span["first"].year - 1, -1)) if span["first"] else []
        cache.set(key, years, CACHE_SECONDS)
    return years


# --- the monthly report ------------------------------------------------------------------------

REPORT_TREND_MONTHS = 24  # the months drawn in the report's trend chart, ending with its month


def report_months(data: dict[str, Any]) -> list[dt.date]:
    """The months a monthly report can cover (the snapshot's trend), newest first."""
    return [dt.date.fromisoformat(t["month"]) for t in reversed(data["trend"])]


def _regency_months(
    snapshot_id: int, f: Filters, months: list[dt.date]
) -> dict[tuple[str, dt.date], Any]:
    qs = KpiTrend.objects.filter(snapshot_id=snapshot_id, month__in=months)
    if f.regency:
        qs = qs.filter(regency=f.regency)
    if f.sector:
        qs = qs.filter(division=f.sector)
    return {
        (r["regency"], r["month"]): r
        for r in qs.values("regency", "month").annotate(
            exporting=Sum("exporting"), new_exporters=Sum("new_exporters")
        )
    }


def _labelled_values(snapshot_id: int, f: Filters, year: int) -> tuple[list[Any], list[Any]]:
    products = _values(snapshot_id, f, ValueDimension.PRODUCT, year)
    hs = hs_descriptions(p["key"] for p in products)
    for row in products:
        row["name"] = hs.get(row["key"], "")
    destinations = _values(snapshot_id, f, ValueDimension.DESTINATION, year)
    for row in destinations:
        row["name"] = countries.name(row["key"])
    return products, destinations


def _compute_month(data: dict[str, Any], f: Filters, chosen: dt.date) -> dict[str, Any]:
    trend = data["trend"]
    months = [dt.date.fromisoformat(t["month"]) for t in trend]
    i = months.index(chosen)
    point = trend[i]
    previous = trend[i - 1] if i else None
    year_ago = trend[i - 12] if i >= 12 else None
    as_of = dt.date.fromisoformat(data["snapshot"]["as_of"])
    is_current = i == len(months) - 1
    end = as_of if is_current else dates.month_end(chosen)
    lookup = [m for m in (chosen, months[i - 1] if i else None) if m]
    by_month = _regency_months(data["snapshot"]["id"], f, lookup)
    regencies = []
    for r in data["regencies"]:
        now = by_month.get((r["code"], chosen), {})
        before = by_month.get((r["code"], months[i - 1]), {}) if i else {}
        exporting = now.get("exporting") or 0
        row = {
            "code": r["code"],
            "name": r["name"],
            "short_name": r["short_name"],
            "enterprises": r["enterprises"],
            "exporting": exporting,
            "previous": (before.get("exporting") or 0) if previous else None,
            "new_exporters": now.get("new_exporters") or 0,
            "share": _pct(exporting, r["enterprises"]),
        }
        row["change"] = exporting - row["previous"] if previous else None
        regencies.append(row)
    # The pace from the whole months up to the chosen one (its own when it is complete).
    whole = trend[: i + 1] if (not is_current or dates.is_month_end(as_of)) else trend[:i]
    target = data["scope_target"]
    p = forecast.pace([t["exporting"] for t in whole], target, current=point["exporting"])
    products, destinations = _labelled_values(data["snapshot"]["id"], f, chosen.year)
    return {
        "month": chosen.isoformat(),
        "end": end.isoformat(),
        "is_current": is_current,
        "exporting": point["exporting"],
        "direct": point["direct"],
        "indirect": point["indirect"],
        "new_exporters": point["new_exporters"],
        "assisted": point["assisted"],
        "improved": point["improved"],
        "financed": point["financed"],
        "coached": point["coached"],
        "lead_exported": point["lead_exported"],
        "new_12m": sum(t["new_exporters"] for t in trend[max(0, i - 11) : i + 1]),
        "previous": previous,
        "year_ago": year_ago,
        "target": target,
        "progress_pct": _pct(point["exporting"], target),
        "regencies": regencies,
        "trend": trend[max(0, i - REPORT_TREND_MONTHS + 1) : i + 1],
        "pace": p.as_dict(),
        "products": products,
        "destinations": destinations,
    }


def monthly_data(
    user: Actor, filters: Filters, month: dt.date | None = None
) -> dict[str, Any] | None:
    """The dashboard's figures plus `month`: the figures at the end of the chosen month (the
    newest when None or not covered), its change from the month before and from a year
    earlier, each regency's movement, the pace up to that month and the values of its year.
    None before the first rebuild."""
    f = effective_filters(user, Filters(regency=filters.regency, sector=filters.sector))
    data = dashboard_data(user, f)
    if data is None:
        return None
    months = report_months(data)
    chosen = month if month in months else months[0]
    key = f"reporting:month:{generation()}:{translation.get_language() or 'id'}:{f.key()}:{chosen}"
    figures = cache.get(key)
    if figures is None:
        figures = _compute_month(data, f, chosen)
        cache.set(key, figures, CACHE_SECONDS)
    return {**data, "month": figures, "months": months}
