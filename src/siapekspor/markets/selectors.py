"""Reads of the markets app for pages, the API and commands.

Everything comes from the trade store (`settings.TRADE_STORE_DIR`, DuckDB over Parquet) and
the registry's HS reference table. Results are plain dataclasses; nothing here writes, except
the engine's own cache of the potential table under the store's `cache/` directory.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import pandas as pd
from django.conf import settings
from django.db.models import Q, QuerySet
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from siapekspor.core import i18n
from siapekspor.core.countries import name as country_name
from siapekspor.markets.engine import geo, province_exports, reference, schedules
from siapekspor.markets.engine.potential import export_potential, market_trend
from siapekspor.markets.engine.province import (
    commodity_for_product,
    diversification,
    own_exports_view,
    province_potential,
    province_shares,
)
from siapekspor.markets.engine.recommend import COMPONENTS, recommend
from siapekspor.markets.engine.store import (
    TradeCodeError,
    TradeStore,
    TradeStoreError,
    TradeWeightsError,
)
from siapekspor.markets.engine.texts import caveats as caveat_texts
from siapekspor.markets.engine.texts import normalise_language
from siapekspor.markets.errors import (
    ProductNotFound,
    TradeDataError,
    TradeStoreEmpty,
    engine_message,
)
from siapekspor.registry.models import HsCode

DEFAULT_EXPORTER = "IDN"

TariffRate = schedules.TariffRate


def trade_store() -> TradeStore:
    """The trade-data store under `settings.TRADE_STORE_DIR`."""
    return TradeStore(settings.TRADE_STORE_DIR)


def store_status() -> dict[str, Any]:
    """Sources, years and row counts in the store; `synthetic` when any source is synthetic."""
    return trade_store().status()


# --------------------------------------------------------------------------- tariffs
def destination_tariffs(
    hs6: str, destination_iso3: str, on: dt.date | None = None
) -> list[TariffRate]:
    """Duties Indonesian goods of `hs6` meet in `destination_iso3` on `on` (default today).

    From the destination schedules loaded with `siapekspor trade load-tariffs` (USA, Japan,
    Australia): "MFN" first, then the agreements open to Indonesia ("IJEPA", "AJCEP", "RCEP",
    "IA-CEPA", "AANZFTA") and, for the USA, "US-ADD" additional duties in force on `on`.
    A scheme appears once per distinct rate text among the HS6's national lines. Returns []
    when no schedule of that destination is loaded or the code is not a 6-digit HS code.
    """
    code = str(hs6 or "").replace(".", "").strip()
    iso3 = str(destination_iso3 or "").strip().upper()
    if len(code) != 6 or not code.isdigit() or len(iso3) != 3:
        return []
    return schedules.rates_for(trade_store(), code, iso3, partner=DEFAULT_EXPORTER, on=on)


# --------------------------------------------------------------------------- products
def product_search(query: str, *, limit: int = 30) -> QuerySet[HsCode]:
    """HS codes matching a code prefix ("0901", "09.01") or words in any of the six languages.

    Every word must appear (in any language column): "lada hitam" finds black pepper, "kopi"
    and "coffee" find coffee. Ordered by code, so headings come before their subheadings.
    """
    text = " ".join((query or "").split())
    if not text:
        return HsCode.objects.none()
    digits = text.replace(".", "").replace(" ", "")
    qs = HsCode.objects.all()
    if digits.isdigit():
        qs = qs.filter(code__startswith=digits)
    else:
        for word in text.split():
            match = Q()
            for column in i18n.columns("description").values():
                match |= Q(**{f"{column}__icontains": word})
            qs = qs.filter(match)
    return qs.order_by("code")[:limit]


def product_get(code: str) -> HsCode:
    """The HS code from the reference list; ProductNotFound when it is not there."""
    try:
        return HsCode.objects.get(code=str(code).replace(".", "").strip())
    except HsCode.DoesNotExist as exc:
        raise ProductNotFound() from exc


def products_in(codes: Iterable[str]) -> dict[str, HsCode]:
    """The HS codes among `codes` that the reference data knows, by code."""
    return {h.code: h for h in HsCode.objects.filter(code__in=list(codes))}


# --------------------------------------------------------------------------- markets
@dataclass
class MarketRow:
    rank: int
    importer: str
    country: str
    score: float
    imports_usd: float
    cagr: float | None
    cagr_years: int
    exporter_usd: float
    exporter_share: float
    exporter_rank: int | None
    n_suppliers: int
    equivalent_suppliers: float | None
    distance_km: float | None
    tariff_applied: float | None
    preference_margin: float | None
    potential_usd: float
    untapped_usd: float
    realised_share: float | None
    components: dict[str, float]
    reason: str
    factors_missing: list[str]
    other_segment: bool = False
    import_unit_value: float | None = None
    exporter_unit_value: float | None = None
    exporter_unit_value_here: float | None = None
    requirements_url: str | None = None


@dataclass
class ProductMarkets:
    hs: str
    exporter: str
    year: int
    synthetic: bool
    markets: list[MarketRow]
    weights: dict[str, float]
    components_missing: list[str]
    notes: dict[str, str] = field(default_factory=dict)
    caveats: list[str] = field(default_factory=list)


def _num(value: Any) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)) or pd.isna(value):
        return None
    return float(value)


def requirements_url(hs6: str, iso3: str, enterprise_id: int | str | None = None) -> str | None:
    """Link to what the market requires for the product (the compliance app's checklist).

    `reverse("compliance:checklist") + "?hs=<hs6>&market=<iso3>[&enterprise=<id>]"`, or None
    while that URL name does not resolve (the compliance app is not installed yet).
    """
    try:
        base = reverse("compliance:checklist")
    except NoReverseMatch:
        return None
    query = {"hs": str(hs6), "market": str(iso3).upper()}
    if enterprise_id is not None:
        query["enterprise"] = str(enterprise_id)
    return f"{base}?{urlencode(query)}"


def _rows(frame: pd.DataFrame, enterprise_id: int | str | None = None) -> list[MarketRow]:
    out = []
    for r in frame.to_dict("records"):
        out.append(
            MarketRow(
                rank=int(r["rank"]),
                importer=r["importer"],
                country=r["country"],
                score=float(r["score"]),
                imports_usd=float(r["imports_usd"]),
                cagr=_num(r["cagr"]),
                cagr_years=int(r["cagr_years"]),
                exporter_usd=float(r["exporter_usd"]),
                exporter_share=float(r["exporter_share"]),
                exporter_rank=None if pd.isna(r["exporter_rank"]) else int(r["exporter_rank"]),
                n_suppliers=int(r["n_suppliers"]),
                equivalent_suppliers=_num(r["equivalent_suppliers"]),
                distance_km=_num(r["distance_km"]),
                tariff_applied=_num(r["tariff_applied"]),
                preference_margin=_num(r["preference_margin"]),
                potential_usd=float(r["potential_usd"]),
                untapped_usd=float(r["untapped_usd"]),
                realised_share=_num(r["realised_share"]),
                components={c: float(r[f"n_{c}"]) for c in COMPONENTS},
                reason=r["reason"],
                factors_missing=list(r["factors_missing"]),
                other_segment=bool(r.get("other_segment", False)),
                import_unit_value=_num(r.get("import_unit_value")),
                exporter_unit_value=_num(r.get("exporter_unit_value")),
                exporter_unit_value_here=_num(r.get("exporter_unit_value_here")),
                requirements_url=requirements_url(r["product"], r["importer"], enterprise_id),
            )
        )
    return out


def _require_data(store: TradeStore) -> None:
    if not store.sources():
        raise TradeStoreEmpty()


def product_markets(
    hs: str,
    *,
    exporter: str = DEFAULT_EXPORTER,
    year: int | None = None,
    top: int | None = 10,
    weights: str | Mapping[str, float] | None = None,
    language: str | None = None,
    enterprise_id: int | str | None = None,
) -> ProductMarkets:
    """Ranked destination markets for one HS6, with components and a sentence each.

    Raises TradeStoreEmpty when no data is loaded, TradeDataError for a bad code, year or
    weights, or when nobody imports the product in the data.
    """
    store = trade_store()
    _require_data(store)
    lang = normalise_language(language or get_language())
    try:
        frame = recommend(
            store, hs, exporter=exporter, year=year, top=top, weights=weights, language=lang
        )
    except (TradeCodeError, TradeWeightsError) as exc:  # the request, not the product
        raise TradeDataError(engine_message(exc)) from exc
    except TradeStoreError as exc:
        raise TradeDataError(
            _("No market ranking for %(hs)s: %(detail)s")
            % {"hs": hs, "detail": engine_message(exc)}
        ) from exc
    attrs = frame.attrs
    return ProductMarkets(
        hs=hs,
        exporter=exporter,
        year=int(attrs["year"]),
        synthetic=bool(attrs.get("synthetic")),
        markets=_rows(frame, enterprise_id),
        weights=dict(attrs["weights"]),
        components_missing=list(attrs.get("components_missing", [])),
        notes=dict(attrs.get("notes", {})),
        caveats=caveat_texts(
            dict(attrs.get("notes", {})), list(attrs.get("components_missing", [])), lang
        ),
    )


def product_indicators(
    hs: str, *, exporter: str = DEFAULT_EXPORTER, year: int | None = None
) -> list[dict[str, Any]]:
    """Every importer's market indicators and potential for one HS6, largest potential first."""
    store = trade_store()
    _require_data(store)
    try:
        frame = export_potential(store, exporter, year, [hs])
    except TradeStoreError as exc:
        raise TradeDataError(engine_message(exc)) from exc
    frame = frame.astype(object).where(frame.notna(), None)
    records: list[dict[str, Any]] = frame.to_dict("records")
    return records


def product_trend(
    hs: str, importers: list[str], *, exporter: str = DEFAULT_EXPORTER
) -> pd.DataFrame:
    """Imports per year of the given markets, and the exporter's sales to each."""
    return market_trend(trade_store(), hs, importers, exporter)


@dataclass
class MapPoint:
    iso3: str
    name: str
    lat: float
    lon: float
    value: float
    rank: int | None


def map_points(
    rows: list[MarketRow], *, exporter: str = DEFAULT_EXPORTER, language: str | None = None
) -> tuple[list[MapPoint], bool]:
    """Capital coordinates of the markets (GeoDist when loaded, else the built-in table).

    Returns the points and whether the coordinates are the approximate built-in ones.
    """
    lang = normalise_language(language or get_language())
    caps = reference.capitals(trade_store())
    approximate = caps is None or bool(trade_store().is_synthetic())
    table = (caps if caps is not None else geo.capitals_table()).set_index("iso3")
    points = []
    for row in rows:
        if row.importer in table.index:
            pos = table.loc[row.importer]
            points.append(
                MapPoint(
                    row.importer,
                    row.country,
                    float(pos["lat"]),
                    float(pos["lon"]),
                    row.imports_usd,
                    row.rank,
                )
            )
    if exporter in table.index:
        pos = table.loc[exporter]
        points.append(
            MapPoint(
                exporter,
                country_name(exporter, lang),
                float(pos["lat"]),
                float(pos["lon"]),
                0.0,
                None,
            )
        )
    return points, approximate


# --------------------------------------------------------------------------- province
@dataclass
class ProvinceView:
    """The province's markets for a product; `basis` says which figures drive it:
    "own_exports" (BPS by province of origin or e-SKA records), "production_share" (BPS
    production share × national potential), "sector_share" (share of national
    agriculture-sector exports × national potential) or "national_only" (no province figure)."""

    commodity: str
    share: float | None
    year: int | None
    province_tonnes: float | None
    national_tonnes: float | None
    province_source: str
    national_source: str
    rows: list[dict[str, Any]]
    basis: str = "production_share"
    province_total_usd: float | None = None
    hs_levels: list[int] = field(default_factory=list)


def province_label() -> str:
    """The province's name as shown beside national figures ("Provinsi Lampung")."""
    return f"Provinsi {settings.PROVINCE_NAME}"


def province_share_table(year: int | None = None) -> pd.DataFrame | None:
    """The province's share of national production per commodity, if BPS data is loaded."""
    table = reference.production(trade_store())
    if table is None:
        return None
    shares = province_shares(table, year=year, province_label=province_label())
    return shares if len(shares) else None


def _named(rows: pd.DataFrame) -> list[dict[str, Any]]:
    lang = normalise_language(get_language())
    rows = rows.copy()
    rows["country"] = [country_name(c, lang) for c in rows["importer"]]
    rows = rows.astype(object).where(rows.notna(), None)
    records: list[dict[str, Any]] = rows.to_dict("records")
    return records


def _share_view(
    store: Any,
    hs: str,
    *,
    commodity: str,
    share: float,
    share_note: str,
    exporter: str,
    year: int | None,
    top: int,
    shown_year: int,
    **view: Any,
) -> ProvinceView | None:
    """The province's markets as `share` of the national potential (None when the store
    cannot compute it); `view` holds the remaining ProvinceView fields."""
    try:
        table = province_potential(
            store, hs, share=share, share_note=share_note, exporter=exporter, year=year
        )
    except TradeStoreError:
        return None
    return ProvinceView(
        commodity=commodity, share=share, year=shown_year, rows=_named(table.head(top)), **view
    )


def province_view(
    hs: str, *, exporter: str = DEFAULT_EXPORTER, year: int | None = None, top: int = 10
) -> ProvinceView | None:
    """The province's view of `hs` (None when the code is not one of its products).

    Own exports (`siapekspor trade load-province-exports`) drive it when loaded for the
    product; else the BPS production share; else the province's share of national
    agriculture-sector exports; else the national markets with no province figure.
    """
    commodity = commodity_for_product(hs)
    if commodity is None:
        return None
    store = trade_store()
    flows = province_exports.province_flows(store)
    matched = province_exports.flows_for(flows, [hs]) if flows is not None else None
    if matched is not None and len(matched):
        try:
            own = own_exports_view(store, hs, matched, exporter=exporter, year=year)
        except TradeStoreError:
            own = None
        if own is not None:
            attrs = own.attrs
            return ProvinceView(
                commodity=commodity.key,
                share=attrs["share"],
                year=int(attrs["year"]),
                province_tonnes=None,
                national_tonnes=None,
                province_source=", ".join(attrs["sources"]),
                national_source="",
                rows=_named(own.head(top)),
                basis="own_exports",
                province_total_usd=float(attrs["province_total_usd"]),
                hs_levels=list(attrs["hs_levels"]),
            )
    shares = province_share_table(year)
    if shares is not None and commodity.key in set(shares["commodity"]):
        share = shares.set_index("commodity").loc[commodity.key]
        return _share_view(
            store,
            hs,
            commodity=commodity.key,
            share=float(share["share"]),
            share_note=str(share["national_source"]),
            exporter=exporter,
            year=year,
            top=top,
            shown_year=int(share["year"]),
            province_tonnes=float(share["province_tonnes"]),
            national_tonnes=float(share["national_tonnes"]),
            province_source=str(share["province_source"]),
            national_source=str(share["national_source"]),
        )
    sector = province_exports.province_sector(store)
    if sector is not None:
        by_year = province_exports.sector_shares(sector)
        if len(by_year):
            years = [y for y in by_year.index if year is None or y <= year]
            chosen = int(max(years) if years else min(by_year.index))
            return _share_view(
                store,
                hs,
                commodity=commodity.key,
                share=float(by_year.loc[chosen]),
                share_note="BPS sector exports by province",
                exporter=exporter,
                year=year,
                top=top,
                shown_year=chosen,
                province_tonnes=None,
                national_tonnes=None,
                province_source=(
                    "BPS, Ekspor Menurut Provinsi Asal Barang: sektor Pertanian, Kehutanan & "
                    f"Perikanan, {chosen}"
                ),
                national_source="",
                basis="sector_share",
            )
    try:
        table = export_potential(store, exporter, year, [hs])
    except TradeStoreError:
        return None
    if table.empty:
        return None
    rows = table[["product", "importer", "imports_usd", "exporter_avg", "potential_usd",
                  "untapped_usd"]].head(top)  # fmt: skip
    return ProvinceView(
        commodity=commodity.key,
        share=None,
        year=None,
        province_tonnes=None,
        national_tonnes=None,
        province_source="",
        national_source="",
        rows=_named(rows),
        basis="national_only",
    )


def province_diversification(
    present: list[str], *, year: int | None = None, top: int = 20
) -> pd.DataFrame:
    """Products close to the province's, ranked by density then PCI (from the store)."""
    store = trade_store()
    _require_data(store)
    years = [year] if year else [store.years()[-1]]
    try:
        return diversification(store.exports_by_product(years), present, top=top)
    except TradeStoreError as exc:
        raise TradeDataError(engine_message(exc)) from exc


# --------------------------------------------------------------------------- enterprise panel
@dataclass
class EnterpriseProductMarkets:
    product_name: str
    hs: HsCode | None
    markets: list[MarketRow]
    message: str = ""
    caveats: list[str] = field(default_factory=list)


def enterprise_markets(
    enterprise: Any, *, top: int = 3, language: str | None = None
) -> list[EnterpriseProductMarkets]:
    """Recommended markets for each product of an enterprise (top `top` per HS6 code)."""
    out = []
    store = trade_store()
    has_data = bool(store.sources())
    for product in enterprise.products.select_related("hs_code").all():
        hs = product.hs_code
        if hs is None or len(hs.code) != 6:
            out.append(
                EnterpriseProductMarkets(
                    product.name,
                    hs,
                    [],
                    _("Give the product a 6-digit HS code to see recommended markets."),
                )
            )
            continue
        if not has_data:
            out.append(
                EnterpriseProductMarkets(product.name, hs, [], _("No trade data is loaded yet."))
            )
            continue
        try:
            result = product_markets(
                hs.code, top=top, language=language, enterprise_id=enterprise.pk
            )
        except (TradeDataError, TradeStoreEmpty):
            out.append(
                EnterpriseProductMarkets(
                    product.name, hs, [], _("The trade data has no importers of this product.")
                )
            )
            continue
        out.append(
            EnterpriseProductMarkets(product.name, hs, result.markets, caveats=result.caveats)
        )
    return out
