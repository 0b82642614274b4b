"""Pages of the markets app: product search and the product's market page."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from siapekspor.core import charts
from siapekspor.core.errors import DomainError
from siapekspor.markets import access, selectors
from siapekspor.markets.engine.texts import money, normalise_language
from siapekspor.markets.errors import ProductNotFound, TradeStoreEmpty
from siapekspor.markets.forms import WEIGHT_LABELS, ProductSearchForm, WeightsForm


def _trend_chart(frame, names: dict[str, str], usd) -> dict | None:
    """Imports per year of each market, one line per market (core.charts.time_chart)."""
    if frame.empty:
        return None
    years = sorted(int(y) for y in frame["year"].unique())
    lines = []
    for importer, rows in frame.groupby("importer", sort=False):
        by_year = {int(r.year): float(r.imports_usd) for r in rows.itertuples()}
        values = [by_year.get(y) for y in years]
        lines.append({"key": importer, "label": names.get(importer, importer), "values": values})
    return charts.time_chart([str(y) for y in years], lines, value_text=usd)


@login_required
def product_search(request):
    form = ProductSearchForm(request.GET or None)
    results = []
    query = ""
    if form.is_valid():
        query = form.cleaned_data["q"]
        results = list(selectors.product_search(query))
        digits = query.replace(".", "").replace(" ", "")
        if len(results) == 1 and len(results[0].code) == 6 and digits == results[0].code:
            return redirect("markets:product-detail", hs=results[0].code)
    return render(
        request,
        "markets/product_search.html",
        {
            "form": form,
            "query": query,
            "results": results,
            "status": selectors.store_status(),
            "can_load_trade": access.can_load_trade_data(request.user),
        },
    )


@login_required
def product_detail(request, hs: str):
    hs = hs.replace(".", "")
    if not (hs.isdigit() and len(hs) == 6):
        raise Http404
    try:
        product = selectors.product_get(hs)
    except ProductNotFound as exc:  # a code the HS list does not have: say so, as a 404
        return render(
            request,
            "markets/product_detail.html",
            {"hs": hs, "product": None, "error": exc.message, "status": None},
            status=404,
        )
    language = normalise_language(get_language())
    weights_form = WeightsForm(request.GET or None)
    context = {
        "hs": hs,
        "product": product,
        "weights_form": weights_form,
        "weight_labels": WEIGHT_LABELS,
        "status": selectors.store_status(),
        "can_load_trade": access.can_load_trade_data(request.user),
    }
    try:
        ranking = selectors.product_markets(
            hs, top=10, weights=weights_form.weights(), language=language
        )
    except TradeStoreEmpty as exc:
        context["error"] = (
            exc.message
            if context["can_load_trade"]
            else _("No trade data is loaded yet; the province office adds it.")
        )
        return render(request, "markets/product_detail.html", context)
    except DomainError as exc:
        context["error"] = exc.message
        return render(request, "markets/product_detail.html", context)
    rows = ranking.markets
    points, approximate = selectors.map_points(rows, exporter=ranking.exporter, language=language)
    top5 = rows[:5]
    trend = selectors.product_trend(hs, [r.importer for r in top5], exporter=ranking.exporter)

    def usd(value: float) -> str:
        return money(value, language)

    context.update(
        {
            "ranking": ranking,
            "rows": rows,
            "bars": charts.bars(
                [{"name": r.country, "count": r.imports_usd} for r in rows], text=usd
            ),
            "map": charts.world_map(points, value_text=usd),
            "map_approximate": approximate,
            "trend": _trend_chart(trend, {r.importer: r.country for r in top5}, usd),
            "missing_texts": ranking.caveats,
            "province": selectors.province_view(hs, exporter=ranking.exporter),
            "weights_used": [(WEIGHT_LABELS[k], v) for k, v in ranking.weights.items()],
        }
    )
    return render(request, "markets/product_detail.html", context)
