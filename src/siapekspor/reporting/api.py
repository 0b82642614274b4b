"""/api/v1/kpi/…: the aggregate indicators for partners and officers (from the snapshot)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from ninja import Query, Router, Schema

from siapekspor.api.params import code_field, year_field
from siapekspor.api.schemas import ERRORS
from siapekspor.reporting import access, selectors

router = Router(tags=["kpi"])


class KpiFilter(Schema):
    regency: str = code_field()
    sector: str = code_field()
    year: int | None = year_field()


def _data(request, filters: KpiFilter) -> dict:
    if not access.can_see_dashboard(request.auth):
        raise PermissionDenied
    data = selectors.dashboard_data(
        request.auth,
        selectors.Filters(regency=filters.regency, sector=filters.sector, year=filters.year),
    )
    if data is None:
        raise Http404
    return data


class SummaryOut(Schema):
    as_of: str
    computed_at: str
    has_demo: bool
    filters: dict
    baseline: int
    target_share: float
    target: int
    scope_target: int
    exporting: int
    direct: int
    indirect: int
    lapsed: int
    repeat: int
    new_exporters_12m: int
    registered: int
    share_of_baseline_pct: float | None
    share_of_registered_pct: float | None
    progress_pct: float | None


@router.get("/kpi/summary", response={200: SummaryOut, **ERRORS}, summary="Progress to the target")
def kpi_summary(request, filters: Query[KpiFilter]):
    """Exporting enterprises (direct, indirect), share of the baseline and progress to the
    target; filters by regency code, KBLI division and year (status at the end of the year)."""
    d = _data(request, filters)
    t = d["totals"]
    return {
        "as_of": d["snapshot"]["as_of"],
        "computed_at": d["snapshot"]["computed_at"],
        "has_demo": d["snapshot"]["has_demo"],
        "filters": d["filters"],
        "baseline": d["baseline"],
        "target_share": d["target_share"],
        "target": d["target"],
        "scope_target": d["scope_target"],
        "exporting": t["exporting"],
        "direct": t["direct"],
        "indirect": t["indirect"],
        "lapsed": t["lapsed"],
        "repeat": t["repeat"],
        "new_exporters_12m": t["new_exporters"],
        "registered": t["enterprises"],
        "share_of_baseline_pct": d["share_of_baseline_pct"],
        "share_of_registered_pct": d["share_of_registered_pct"],
        "progress_pct": d["progress_pct"],
    }


@router.get("/kpi/regencies", response={200: list[dict], **ERRORS}, summary="By regency")
def kpi_regencies(request, filters: Query[KpiFilter]):
    return [
        {k: r[k] for k in ("code", "enterprises", "exporting", "direct", "indirect", "share")}
        for r in _data(request, filters)["regencies"]
    ]


@router.get("/kpi/sectors", response={200: list[dict], **ERRORS}, summary="By KBLI division")
def kpi_sectors(request, filters: Query[KpiFilter]):
    return [
        {k: r[k] for k in ("code", "enterprises", "exporting")}
        for r in _data(request, filters)["sectors"]
    ]


@router.get("/kpi/funnel", response={200: list[dict], **ERRORS}, summary="Funnel")
def kpi_funnel(request, filters: Query[KpiFilter]):
    """registered → assessed → trained → certified → assisted to certify → capacity or quality
    improved → financed → coached by LPEI → first export → exported through a forum lead →
    repeat exporter."""
    return _data(request, filters)["funnel"]


@router.get("/kpi/trend", response={200: list[dict], **ERRORS}, summary="Monthly trend")
def kpi_trend(request, filters: Query[KpiFilter]):
    return _data(request, filters)["trend"]


@router.get("/kpi/values", response={200: dict, **ERRORS}, summary="Export value")
def kpi_values(request, filters: Query[KpiFilter]):
    """Top products (HS heading) and destinations (ISO3) by FOB value in USD for the year."""
    d = _data(request, filters)
    keep = ("key", "usd", "idr", "shipments")
    return {
        "year": d["filters"]["year"],
        "products": [{k: p[k] for k in keep} for p in d["products"]],
        "destinations": [{k: p[k] for k in keep} for p in d["destinations"]],
    }


@router.get("/kpi/cohorts", response={200: dict, **ERRORS}, summary="Cohort conversion")
def kpi_cohorts(request, filters: Query[KpiFilter]):
    d = _data(request, filters)
    return {"programmes": d["programmes"], "published": d["anchors"]}


@router.get("/kpi/forecast", response={200: dict, **ERRORS}, summary="Pace and forecast")
def kpi_forecast(request, filters: Query[KpiFilter]):
    """Mean monthly change of exporting enterprises, its 95 % band, and months to target."""
    return _data(request, filters)["pace"]
