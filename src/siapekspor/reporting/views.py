"""The home page, the outcomes dashboard, the forecast and target simulator, the monthly
report (PDF and xlsx)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from siapekspor.catalogue import selectors as catalogue_selectors
from siapekspor.core import dates
from siapekspor.core.charts import bars, shape_map, tile_map, time_chart
from siapekspor.forum import selectors as forum_selectors
from siapekspor.readiness.models import Level
from siapekspor.registry import selectors as registry_selectors
from siapekspor.registry.models import SizeClass
from siapekspor.reporting import access, forecast, geo, narrative, report, selectors
from siapekspor.reporting.forms import DashboardFilterForm, ReportMonthForm, SimulatorForm
from siapekspor.reporting.labels import FUNNEL_LABELS
from siapekspor.shipments import selectors as shipment_selectors
from siapekspor.training import selectors as training_selectors


def _todo(user) -> list[dict]:
    """The officer's to-do list: each count read through its app's selector, in the user's
    scope; items with nothing to do are left out."""
    items = [
        (
            shipment_selectors.shipments_to_verify_count(user),
            _("Shipments to verify"),
            reverse("shipments:list") + "?verification=pending",
        ),
        (
            registry_selectors.imports_needing_attention_count(user),
            _("Imports that failed or stalled"),
            reverse("registry:batch-list"),
        ),
        (
            registry_selectors.open_duplicates_count(user),
            _("Possible duplicates to review"),
            reverse("registry:dedup-list"),
        ),
        (
            registry_selectors.products_to_review_count(user),
            _("Products with an HS code to check"),
            reverse("registry:products-to-review"),
        ),
        (
            training_selectors.invitations_awaiting_count(user),
            _("Class invitations awaiting an answer"),
            reverse("training:home"),
        ),
        (
            forum_selectors.overdue_actions_count(user),
            _("Forum actions past their deadline"),
            reverse("forum:meeting-list"),
        ),
        (
            forum_selectors.open_requests_count(user),
            _("Owners' data requests to answer"),
            reverse("forum:request-list"),
        ),
    ]
    return [{"count": n, "label": label, "url": url} for n, label, url in items if n]


def home(request):
    if not request.user.is_authenticated:
        # Visitors (buyers abroad) land on the public page of the export catalogue.
        return render(
            request, "catalogue/landing.html", {"products": catalogue_selectors.published_count()}
        )
    owned = access.home_enterprise_id(request.user)
    if owned:
        return redirect("registry:enterprise-detail", pk=owned)
    figures = selectors.dashboard_data(request.user, selectors.Filters())
    by_regency = registry_selectors.enterprise_counts_by_regency(request.user)
    by_sector = registry_selectors.enterprise_counts_by_sector(request.user)
    total = sum(r["count"] for r in by_regency)
    share = settings.TARGET_EXPORTING_SHARE
    # A regency officer's figures are the regency's: its registered enterprises and the
    # same share of them as its target (docs/outcomes.md), never the province's baseline.
    lock = access.regency_lock(request.user)
    area = next((r["name"] for r in by_regency if r["code"] == lock), lock) if lock else ""
    return render(
        request,
        "reporting/home.html",
        {
            "total": total,
            "area": area,
            "area_target": round(total * share),
            "by_regency": by_regency,
            "by_sector": by_sector,
            "regency_bars": bars(by_regency),
            "sector_bars": bars(by_sector, limit=12),
            "baseline": settings.TARGET_BASELINE_ENTERPRISES,
            "target_share": share,
            "has_demo": registry_selectors.enterprise_has_demo_data(),
            "todo": _todo(request.user),
            "figures": figures,
            # Fractions for the one percentage format (markets_format `pct`).
            "shares": {
                k: (figures[f"{k}_pct"] or 0) / 100 if figures else 0
                for k in ("share_of_registered", "share_of_baseline", "progress")
            },
        },
    )


def _filters(request):
    lock = access.regency_lock(request.user) or ""
    years = selectors.available_years()
    form = DashboardFilterForm(request.GET or None, years=years, lock_regency=lock or "")
    f = selectors.Filters()
    if form.is_valid():
        c = form.cleaned_data
        f = selectors.Filters(regency=c["regency"] or "", sector=c["sector"] or "", year=c["year"])
    return form, f


def _trend_chart(data: dict) -> dict | None:
    trend = data["trend"]
    return time_chart(
        [t["month"][:7] for t in trend],
        [
            {"key": "total", "label": _("Total"), "values": [t["exporting"] for t in trend]},
            {"key": "direct", "label": _("Direct"), "values": [t["direct"] for t in trend]},
            {"key": "indirect", "label": _("Indirect"), "values": [t["indirect"] for t in trend]},
        ],
        # Narrower drawing, larger text: the card is about 300 px wide on a phone.
        width=420,
        height=220,
    )


def dashboard_context(request) -> dict:
    form, f = _filters(request)
    data = selectors.dashboard_data(request.user, f)
    ctx = {"form": form, "data": data}
    if data is None:
        return ctx
    ctx["as_of_date"] = dt.date.fromisoformat(data["snapshot"]["as_of"])
    shapes = geo.shapes()
    ctx["map"] = (
        shape_map(data["regencies"], shapes) if len(shapes) >= 10 else tile_map(data["regencies"])
    )
    ctx["map_is_geo"] = len(shapes) >= 10
    ctx["trend_chart"] = _trend_chart(data)
    ctx["sector_bars"] = bars(
        [
            {"name": f"{s['code']} {s['name']}".strip(), "count": s["exporting"]}
            for s in sorted(data["sectors"], key=lambda s: -s["exporting"])
        ],
        limit=10,
    )
    ctx["product_bars"] = bars(
        [{"name": f"{p['key']} {p['name']}", "count": p["usd"]} for p in data["products"]]
    )
    ctx["destination_bars"] = bars(
        [{"name": d["name"], "count": d["usd"]} for d in data["destinations"]]
    )
    funnel = [{"name": FUNNEL_LABELS[s["key"]], "count": s["count"]} for s in data["funnel"]]
    ctx["funnel_bars"] = bars(funnel)
    sizes = dict(SizeClass.choices)
    ctx["size_rows"] = [{**s, "name": sizes.get(s["code"], s["code"])} for s in data["sizes"]]
    levels = dict(Level.choices)
    ctx["level_rows"] = [{**s, "name": levels.get(s["code"], "")} for s in data["levels"]]
    ctx["anchors"] = data["anchors"]
    ctx["pace"] = data["pace"]
    width = min(100.0, max(0.0, data["progress_pct"] or 0.0))
    ctx["progress_width"] = f"{width:.2f}"
    ctx["progress_rtl_x"] = f"{100 - width:.2f}"
    ctx["month_form"] = ReportMonthForm(months=selectors.report_months(data))
    return ctx


@login_required
def dashboard(request):
    if not access.can_see_dashboard(request.user):
        raise PermissionDenied
    return render(request, "reporting/dashboard.html", dashboard_context(request))


def _defaults(data: dict) -> dict:
    programmes = data["programmes"]
    participants = sum(p["participants"] for p in programmes)
    own = sum(p["first_exporters"] for p in programmes)
    if participants >= 30:
        conversion, source = 100.0 * own / participants, "programme"
    else:
        conversion, source = 100.0 * forecast.pooled_anchor_conversion(data["anchors"]), "anchors"
    classes = training_selectors.classes_started_after(dates.year_before(timezone.localdate())) or 6
    return {
        "classes_per_year": classes,
        "class_size": settings.CLASS_CAPACITY_DEFAULT,
        "class_conversion": Decimal(f"{conversion:.1f}"),
        "self_service_per_year": 0,
        "self_service_conversion": Decimal("2.0"),
        "indirect_per_year": 0,
        "_source": source,
    }


@login_required
def forecast_view(request):
    if not access.can_see_dashboard(request.user):
        raise PermissionDenied
    data = selectors.dashboard_data(request.user, selectors.Filters())
    if data is None:
        return render(request, "reporting/forecast.html", {"data": None})
    defaults = _defaults(data)
    source = defaults.pop("_source")
    form = SimulatorForm(request.GET or None, initial=defaults)
    values = dict(defaults)
    if request.GET and form.is_valid():
        values = form.cleaned_data
        source = "user"
    current, target = data["totals"]["exporting"], data["target"]
    scenario = forecast.simulate(
        classes_per_year=values["classes_per_year"],
        class_size=values["class_size"],
        class_conversion=float(values["class_conversion"]) / 100,
        conversion_source=source,
        self_service_per_year=values["self_service_per_year"],
        self_service_conversion=float(values["self_service_conversion"]) / 100,
        indirect_per_year=values["indirect_per_year"],
        current=current,
        target=target,
    )
    pace = forecast.Pace.from_dict(data["pace"])
    years = list(range(scenario.years + 1))
    band = [pace.interval(12 * y) for y in years]
    year0 = timezone.localdate().year
    chart = time_chart(
        [str(year0 + y) for y in years],
        [
            {
                "key": "pace",
                "label": _("At the current pace (with its 95 % prediction interval)"),
                "values": [current + pace.monthly_mean * 12 * y for y in years],
            },
            {
                "key": "classes",
                "label": _("Classes alone"),
                "values": [current + scenario.from_classes * y for y in years],
            },
            {
                "key": "scenario",
                "label": _("Scenario"),
                "values": [v for _y, v in scenario.path],
            },
        ],
        target=target,
        target_label=_("Target"),
        band=([max(0, low) for low, _high in band], [high for _low, high in band]),
        width=420,
        height=240,
    )
    return render(
        request,
        "reporting/forecast.html",
        {
            "data": data,
            "form": form,
            "scenario": scenario,
            "pace": pace,
            "chart": chart,
            "conversion_source": source,
            "anchors": data["anchors"],
            "gap": max(0, target - current),
            "conversion_pct": scenario.class_conversion * 100,
        },
    )


def _regency_map(rows: list[dict]) -> tuple[dict, bool]:
    shapes = geo.shapes()
    if len(shapes) >= 10:
        return shape_map(rows, shapes), True
    return tile_map(rows), False


def report_context(request, data: dict) -> dict:
    """What the monthly report (PDF and xlsx) shows for `data` (selectors.monthly_data)."""
    m = data["month"]
    trend = m["trend"]
    ctx: dict = {"data": data, "m": m}
    ctx["narrative"] = narrative.paragraph(data, html=True)
    ctx["month_label"] = narrative.month_name(m["month"])
    ctx["previous_label"] = narrative.month_name(m["previous"]["month"]) if m["previous"] else ""
    ctx["map"], ctx["map_is_geo"] = _regency_map(m["regencies"])
    ctx["as_of_label"] = date_format(dt.date.fromisoformat(data["snapshot"]["as_of"]))
    ctx["trend_chart"] = time_chart(
        [t["month"][:7] for t in trend],
        [
            {"key": "total", "label": _("Total"), "values": [t["exporting"] for t in trend]},
            {"key": "direct", "label": _("Direct"), "values": [t["direct"] for t in trend]},
            {"key": "indirect", "label": _("Indirect"), "values": [t["indirect"] for t in trend]},
        ],
        height=200,
    )
    ctx["new_chart"] = time_chart(
        [t["month"][:7] for t in trend],
        [
            {
                "key": "new",
                "label": _("First exports in the month"),
                "values": [t["new_exporters"] for t in trend],
                "colour": "#6a4c93",
            }
        ],
        height=170,
    )
    ctx["regency_rows"] = [
        {**r, "change_text": narrative.signed(r["change"]) if r["change"] is not None else ""}
        for r in sorted(m["regencies"], key=lambda r: (-r["exporting"], str(r["name"])))
        if not data["filters"]["regency"] or r["code"] == data["filters"]["regency"]
    ]
    ctx["regency_bars"] = bars(
        [{"name": r["name"], "count": r["exporting"]} for r in ctx["regency_rows"]],
        colour="#1b6ca8",
    )
    funnel = [{"name": FUNNEL_LABELS[s["key"]], "count": s["count"]} for s in data["funnel"]]
    ctx["funnel_bars"] = bars(funnel, colour="#0b6e4f")
    ctx["product_bars"] = bars(
        [{"name": f"{p['key']} {p['name']}", "count": p["usd"]} for p in m["products"]],
        colour="#a86a00",
    )
    ctx["destination_bars"] = bars(
        [{"name": d["name"], "count": d["usd"]} for d in m["destinations"]], colour="#00798c"
    )
    ctx["scope"] = _scope_names(data)
    ctx["method_note"] = report.method_note()
    return ctx


def _scope_names(data: dict) -> list[str]:
    f = data["filters"]
    names = []
    if f["regency"]:
        names += [str(r["name"]) for r in data["regencies"] if r["code"] == f["regency"]]
    if f["sector"]:
        names += [f"{s['code']} {s['name']}" for s in data["sectors"] if s["code"] == f["sector"]]
    return names


@login_required
def monthly_report(request, fmt: str):
    if not access.can_see_dashboard(request.user):
        raise PermissionDenied
    form, f = _filters(request)
    data = selectors.monthly_data(request.user, f)
    if data is None:
        return render(request, "reporting/dashboard.html", {"form": form, "data": None}, status=404)
    month_form = ReportMonthForm(request.GET, months=data["months"])
    if not month_form.is_valid():
        ctx = dashboard_context(request)
        ctx["month_form"] = month_form
        return render(request, "reporting/dashboard.html", ctx, status=400)
    month = month_form.cleaned_data["month"]
    if month and month != data["months"][0]:
        data = selectors.monthly_data(request.user, f, month)
    ctx = report_context(request, data)
    name = f"siapekspor-laporan-{data['month']['month'][:7]}"
    if fmt == "pdf":
        body, content_type = report.pdf(request, ctx), "application/pdf"
    else:
        body = report.xlsx(ctx)
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    response["Cache-Control"] = "private, no-store"
    return response
