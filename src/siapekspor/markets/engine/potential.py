"""Market indicators and export potential per (exporter, product, importer).

For one exporter i and year y, every (product k, importer j) with imports gets:

* market size (imports of k by j in y, and the average over the window), CAGR over
  `growth_years`, supplier concentration (HHI = Σ s², equivalent suppliers = 1/HHI),
  i's sales, share and rank among j's suppliers;
* distance d_ij and the value-weighted distance of j's suppliers of k (GeoDist, when loaded);
  the tariff j applies to i and the preference margin (MFN − applied), when tariffs are loaded;
* the ITC export potential (Decreux & Spies 2016): PV_ijk = S_ik · D_jk(i) · B_ij, with
  S_ik = i's share of world exports of k over the window (× real GDP growth of i relative to
  the world when IMF WEO forecasts are loaded), D_jk(i) = j's average imports of k (× real
  GDP growth forecast) × ((1 + t̄_jk)/(1 + t_ijk))^σ × (d_ij / d̄_jk)^−δ, and the ease of trade
  B_ij = Σ_k x̄_ijk / Σ_k S_ik D_jk(i) from unprojected values;
  untapped potential U = max(PV − x̄_ijk, 0) and realised share x̄/PV.

A factor whose input is missing is set to 1 (dropped) and named in the row's
`factors_missing`; `DataFrame.attrs["notes"]` says why. Ease of trade needs total bilateral
trade, so it is dropped when the store holds fewer than `min_products_for_ease` products
(for example the shrimp-only extract in the tests).

The whole table for an exporter and year is computed in three DuckDB queries and a few
vectorised pandas steps, then cached under `<store>/cache/` keyed by the store digest.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from . import reference
from .ingest import HS6, q
from .store import TradeStore, TradeStoreError

CACHE_VERSION = 6  # bump when the computation changes, so cached tables are not reused
FACTORS = (
    "supply_projection",
    "demand_projection",
    "tariff",
    "distance",
    "ease_of_trade",
    "unit_value",
)

# Distance elasticity δ by product group (HS chapters). Storable goods: 0.91, the mean of
# 1,467 estimates in Disdier & Head (2008), "The Puzzling Persistence of the Distance Effect
# on Bilateral Trade", Review of Economics and Statistics 90(1), 37–48. Perishable foods (fresh,
# chilled or frozen meat, fish and crustaceans, dairy, fresh fruit and vegetables, cut flowers):
# 1.14, the median of structural gravity estimates in Head & Mayer (2014), "Gravity Equations:
# Workhorse, Toolkit, and Cookbook", Handbook of International Economics vol. 4, ch. 3 — the
# upper of the two literature anchors, for goods whose cold chain makes distance cost more.
# The split into the two groups is our judgement; docs/markets.md says so.
DISTANCE_ELASTICITY_DEFAULT = 0.91
DISTANCE_ELASTICITY_PERISHABLE = 1.14
PERISHABLE_CHAPTERS = ("02", "03", "04", "06", "07", "08")


def distance_elasticity(product: str, params: PotentialParams | None = None) -> float:
    """δ for a product: the parameter when set, else by product group (see above)."""
    if params is not None and params.distance_elasticity is not None:
        return float(params.distance_elasticity)
    return (
        DISTANCE_ELASTICITY_PERISHABLE
        if str(product)[:2] in PERISHABLE_CHAPTERS
        else DISTANCE_ELASTICITY_DEFAULT
    )


def _delta_sql(column: str, params: PotentialParams) -> str:
    if params.distance_elasticity is not None:
        return repr(float(params.distance_elasticity) or 1.0)
    chapters = ", ".join(f"'{c}'" for c in PERISHABLE_CHAPTERS)
    return (
        f"(CASE WHEN left({column}, 2) IN ({chapters}) THEN {DISTANCE_ELASTICITY_PERISHABLE!r} "
        f"ELSE {DISTANCE_ELASTICITY_DEFAULT!r} END)"
    )


@dataclasses.dataclass(frozen=True)
class PotentialParams:
    """Method parameters; defaults are documented in docs/markets.md."""

    window: int = 5  # years averaged for supply and demand (y − window + 1 … y)
    growth_years: int = 5  # CAGR span
    sigma: float = 5.0  # elasticity of substitution in the tariff advantage
    distance_elasticity: float | None = None  # δ; None = by product group (DISTANCE_ELASTICITY)
    income_elasticity: float = 1.0  # ε in (real GDP growth)^ε
    horizon: int = 5  # projection horizon, years
    min_products_for_ease: int = 1000  # products needed to trust total bilateral trade
    ease_pseudo_count: float = 1.0  # κ of the ease-of-trade fallback (see _ease_fallback)
    segment_ratio: float = 0.6  # market unit value below this × exporter's → other segment
    cap_potential: bool = True  # cap PV at the exporter's share in its largest market

    def key(self) -> str:
        payload = dict(dataclasses.asdict(self), cache_version=CACHE_VERSION)
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:10]


def latest_year(store: TradeStore) -> int:
    years = store.years()
    if not years:
        raise TradeStoreError("the trade store is empty: load data with `siapekspor trade load`")
    return years[-1]


def potential_table(
    store: TradeStore,
    exporter: str,
    year: int | None = None,
    params: PotentialParams | None = None,
    *,
    use_cache: bool = True,
    products: Sequence[str] | None = None,
) -> pd.DataFrame:
    """All products × importers for one exporter and year (cached). See module docstring.

    `products` only filters what is returned: the table is always computed whole (ease of
    trade needs every product), then read back from the cache one row group at a time.
    """
    params = params or PotentialParams()
    exporter = exporter.upper()
    if len(exporter) != 3 or not exporter.isalpha():
        raise TradeStoreError(f"exporter must be an ISO3 code, got {exporter!r}")
    y = int(year) if year is not None else latest_year(store)
    cache = store.cache_dir / f"potential_{exporter}_{y}_{store.digest()}_{params.key()}.parquet"
    wanted = sorted({p for p in products if HS6.match(p)}) if products is not None else None
    if not (use_cache and cache.exists()):
        table, attrs = _compute(store, exporter, y, params)
        table.attrs.update(attrs)
        if use_cache:
            _write_cache(cache, table, attrs)
        return with_factor_lists(table if wanted is None else _subset(table, wanted))
    filters = [("product", "in", wanted)] if wanted is not None else None
    table = (
        pd.read_parquet(cache, filters=filters) if wanted != [] else pd.read_parquet(cache).head(0)
    )
    table.attrs.update(json.loads(cache.with_suffix(".json").read_text(encoding="utf-8")))
    return with_factor_lists(table)


def _subset(table: pd.DataFrame, products: list[str]) -> pd.DataFrame:
    out = table[table["product"].isin(products)].reset_index(drop=True)
    out.attrs.update(table.attrs)
    return out


def export_potential(
    store: TradeStore,
    exporter: str,
    year: int | None = None,
    products: Sequence[str] | None = None,
    params: PotentialParams | None = None,
) -> pd.DataFrame:
    """Rows of `potential_table` for some products, sorted by potential (largest first)."""
    table = potential_table(store, exporter, year, params, products=products)
    out = table.sort_values(
        ["product", "potential_usd", "imports_usd"], ascending=[True, False, False]
    ).reset_index(drop=True)
    out.attrs.update(table.attrs)
    return out


def market_trend(
    store: TradeStore,
    product: str,
    importers: Sequence[str],
    exporter: str,
    years: Sequence[int] | None = None,
) -> pd.DataFrame:
    """Imports of `product` by each importer per year, and the exporter's sales to it."""
    if not HS6.match(product):
        raise TradeStoreError(f"product must be a 6-digit HS code, got {product!r}")
    codes = [c for c in importers if len(c) == 3 and c.isalpha()]
    if not codes:
        return pd.DataFrame(columns=["year", "importer", "imports_usd", "exporter_usd"])
    flows = store.flows_sql(years=years, products=[product])
    con = store.connect()
    try:
        return con.execute(f"""
            SELECT year, importer, sum(value) AS imports_usd,
                   coalesce(sum(value) FILTER (WHERE exporter = {q(exporter.upper())}), 0)
                       AS exporter_usd
            FROM ({flows}) WHERE importer IN ({", ".join(q(c.upper()) for c in codes)})
            GROUP BY ALL ORDER BY importer, year""").df()
    finally:
        con.close()


# ----------------------------------------------------------------------------- computation
def _compute(
    store: TradeStore, exporter: str, y: int, params: PotentialParams
) -> tuple[pd.DataFrame, dict[str, Any]]:
    available = set(store.years())
    window = [t for t in range(y - params.window + 1, y + 1) if t in available]
    if y not in available:
        raise TradeStoreError(f"no trade data for {y}; years in the store: {sorted(available)}")
    years = sorted(
        t for t in available if y - max(params.growth_years, params.window - 1) <= t <= y
    )
    notes: dict[str, str] = {}
    dist_file = store.ref_dir / "dist.parquet"
    tariff_files = reference.tariff_files(store)
    table = _market_query(
        store,
        exporter,
        y,
        window,
        params.growth_years,
        years,
        dist_file if dist_file.exists() else None,
        tariff_files,
        params,
    )
    n_products = int(table["product"].nunique())

    # Growth (per product: from the earliest year with data in the CAGR span) and concentration.
    span = (y - table["base_year"]).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = (table["imports_usd"] / table["imports_base"]).astype(float)
        table["cagr"] = np.where(
            (ratio > 0) & np.isfinite(ratio) & (span > 0), ratio ** (1 / span) - 1, np.nan
        )
        table["equivalent_suppliers"] = 1.0 / table["hhi"]
        table["exporter_share"] = (table["exporter_usd"] / table["imports_usd"]).fillna(0.0)
    table["cagr_years"] = span.fillna(0).astype("int64")

    missing: dict[str, np.ndarray] = {}
    ones = np.ones(len(table))

    # Projections from GDP (and population) beyond y, when loaded.
    supply_proj, demand_proj, proj_notes = _projections(
        store, exporter, y, table["importer"], params
    )
    notes.update(proj_notes)
    missing["supply_projection"] = np.isnan(supply_proj)
    missing["demand_projection"] = np.isnan(demand_proj)
    table["supply_projection"] = np.where(np.isnan(supply_proj), 1.0, supply_proj)
    table["demand_projection"] = np.where(np.isnan(demand_proj), 1.0, demand_proj)

    # Distance factor.
    if dist_file.exists():
        d = reference.distances(store)
        assert d is not None
        own = d[d["iso_o"] == exporter].set_index("iso_d")["dist"]
        table["distance_km"] = table["importer"].map(own).astype(float)
        deltas = {p: distance_elasticity(p, params) for p in table["product"].unique()}
        table["distance_elasticity"] = table["product"].map(deltas).astype(float)
        with np.errstate(divide="ignore", invalid="ignore"):
            factor = (table["distance_km"] / table["avg_supplier_distance_km"]) ** (
                -table["distance_elasticity"]
            )
        ok = np.isfinite(factor) & (factor > 0)
        table["distance_factor"] = np.where(ok, factor, 1.0)
        missing["distance"] = ~ok.to_numpy()
        if (~ok).any():
            notes["distance"] = (
                "Factor set to 1 where GeoDist lacks the pair or the market had "
                "no suppliers in the year."
            )
    else:
        table["distance_km"] = np.nan
        table["avg_supplier_distance_km"] = np.nan
        table["distance_elasticity"] = np.nan
        table["distance_factor"] = 1.0
        missing["distance"] = ones.astype(bool)
        notes["distance"] = "CEPII GeoDist not loaded (siapekspor trade load-geodist)."

    # Tariff advantage.
    if "tariff_applied" in table:
        t_i = table["tariff_applied"] / 100.0
        t_bar = table["avg_other_tariff"].fillna(table["tariff_mfn"]) / 100.0
        adv = ((1 + t_bar) / (1 + t_i)) ** params.sigma
        ok = np.isfinite(adv).to_numpy()
        table["tariff_advantage"] = np.where(ok, adv, 1.0)
        table["preference_margin"] = table["tariff_mfn"] - table["tariff_applied"]
        missing["tariff"] = ~ok
        notes["tariff"] = (
            "Tariffs are loaded only for importers "
            f"{sorted(reference.tariff_importers(store))}; other markets lack the factor."
        )
    else:
        for col in ("tariff_applied", "tariff_mfn", "preference_margin"):
            table[col] = np.nan
        table["tariff_advantage"] = 1.0
        missing["tariff"] = ones.astype(bool)
        notes["tariff"] = (
            "No tariff table loaded for these markets (siapekspor trade load-tariffs)."
        )

    # Supply, demand, ease of trade, potential.
    supply = table["supply_share"].fillna(0.0)
    demand_now = (
        table["imports_avg"].fillna(0.0) * table["tariff_advantage"] * table["distance_factor"]
    )
    expected = supply * demand_now
    if n_products >= params.min_products_for_ease:
        sums = (
            pd.DataFrame(
                {
                    "importer": table["importer"],
                    "actual": table["exporter_avg"].fillna(0.0),
                    "expected": expected,
                }
            )
            .groupby("importer")[["actual", "expected"]]
            .sum()
        )
        ease = (sums["actual"] / sums["expected"]).replace([np.inf, -np.inf], np.nan)
        table["ease_of_trade"] = table["importer"].map(ease).fillna(0.0).to_numpy()
        missing["ease_of_trade"] = np.zeros(len(table), dtype=bool)
    else:
        # Fallback (named "ease_fallback"): the observed bilateral relationship in this product,
        # shrunk towards the gravity prediction (supply × demand with the distance factor):
        # B = √((x̄ + κ·S·D) / ((1 + κ)·S·D)). One product's ratio is a single noisy observation,
        # so it is pooled with κ pseudo-observations at B = 1 and taken half-way in logs: a
        # market that buys nothing from the exporter gets √(κ/(1+κ)) = 0.71 (κ = 1), one that
        # buys exactly the predicted amount 1, the United States' shrimp (4.6 × predicted) 2.2.
        kappa = params.ease_pseudo_count
        actual_here = table["exporter_avg"].fillna(0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            ease = np.sqrt((actual_here + kappa * expected) / ((1 + kappa) * expected))
        table["ease_of_trade"] = np.where(np.isfinite(ease) & (expected > 0), ease, 1.0)
        missing["ease_of_trade"] = np.zeros(len(table), dtype=bool)
        notes["ease_fallback"] = (
            f"The store holds {n_products} products; ease of trade needs total bilateral trade "
            f"(at least {params.min_products_for_ease} products), so the observed relationship "
            f"in this product, shrunk towards the gravity prediction (κ = {kappa:g}), is used."
        )
    table["demand_usd"] = demand_now * table["demand_projection"]
    table["potential_usd"] = (
        supply * table["supply_projection"] * table["demand_usd"] * table["ease_of_trade"]
    )
    actual = table["exporter_avg"].fillna(0.0)
    # Cap: no market's potential share above the exporter's share in its own largest market
    # of the product (or its world supply share, whichever is higher) — the method cannot
    # support a share the exporter achieves nowhere.
    share_here = (actual / table["imports_avg"]).where(table["imports_avg"] > 0)
    best = (
        pd.DataFrame({"product": table["product"], "actual": actual, "share": share_here})
        .sort_values("actual", ascending=False)
        .drop_duplicates("product")
        .set_index("product")["share"]
    )
    cap_share = np.maximum(table["product"].map(best).fillna(0.0), supply)
    cap = cap_share * table["imports_avg"].fillna(0.0) * table["demand_projection"]
    cap = cap * table["supply_projection"]
    capped = (table["potential_usd"] > cap) & (cap > 0) & params.cap_potential
    table["potential_capped"] = capped.to_numpy()
    table["potential_usd"] = np.where(capped, cap, table["potential_usd"])
    if capped.any():
        notes["potential_cap"] = (
            "Potential is capped at the exporter's share in its largest market of the product "
            "(or its world share when higher) times the market's imports."
        )
    table["untapped_usd"] = np.maximum(table["potential_usd"] - actual, 0.0)
    # Unit values (USD/kg): the market's average import price against the exporter's.
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = table["import_unit_value"] / table["exporter_unit_value"]
    ok = np.isfinite(ratio) & (ratio > 0)
    table["unit_value_ratio"] = np.where(ok, ratio, np.nan)
    table["other_segment"] = (ok & (ratio < params.segment_ratio)).to_numpy()
    missing["unit_value"] = ~ok.to_numpy()
    if (~ok).any():
        notes["unit_value"] = (
            "Quantities are missing for some markets or for the exporter; their unit values "
            "cannot be compared."
        )
    with np.errstate(divide="ignore", invalid="ignore"):
        table["realised_share"] = np.where(
            table["potential_usd"] > 0, actual / table["potential_usd"], np.nan
        )
    table["exporter"] = exporter
    table["year"] = y
    for factor in FACTORS:  # booleans here; lists of names only for the rows handed out
        table[f"missing_{factor}"] = np.asarray(missing[factor], dtype=bool)
    attrs = {
        "exporter": exporter,
        "year": y,
        "window_years": window,
        "products_in_store": n_products,
        "notes": notes,
        "synthetic": store.is_synthetic(),
        "params": dataclasses.asdict(params),
    }
    return table[COLUMNS], attrs


COLUMNS = [
    "exporter",
    "year",
    "product",
    "importer",
    "imports_usd",
    "imports_avg",
    "window_years",
    "cagr",
    "cagr_years",
    "n_suppliers",
    "hhi",
    "equivalent_suppliers",
    "exporter_usd",
    "exporter_avg",
    "exporter_share",
    "exporter_rank",
    "distance_km",
    "avg_supplier_distance_km",
    "distance_factor",
    "tariff_applied",
    "tariff_mfn",
    "preference_margin",
    "tariff_advantage",
    "supply_share",
    "supply_projection",
    "demand_projection",
    "demand_usd",
    "ease_of_trade",
    "potential_usd",
    "potential_capped",
    "untapped_usd",
    "realised_share",
    "import_unit_value",
    "exporter_unit_value",
    "exporter_unit_value_here",
    "unit_value_ratio",
    "other_segment",
    "distance_elasticity",
    *[f"missing_{f}" for f in FACTORS],
]


def with_factor_lists(table: pd.DataFrame) -> pd.DataFrame:
    """Replace the missing_<factor> flags by a `factors_missing` list of names per row."""
    flags = [f"missing_{f}" for f in FACTORS]
    if "factors_missing" in table or not set(flags) <= set(table.columns):
        return table
    # Each row's flags as a bit code; one list per code (at most 2^n), copied per row.
    codes = np.zeros(len(table), dtype=np.int64)
    for bit, flag in enumerate(flags):
        codes |= table[flag].to_numpy(dtype=bool).astype(np.int64) << bit
    lists = [
        [f for bit, f in enumerate(FACTORS) if code >> bit & 1] for code in range(2 ** len(FACTORS))
    ]
    inverse = codes
    out = table.drop(columns=flags)
    out["factors_missing"] = [list(lists[k]) for k in inverse.tolist()]
    out.attrs.update(table.attrs)
    return out


def _market_query(
    store: TradeStore,
    exporter: str,
    y: int,
    window: list[int],
    growth_years: int,
    years: list[int],
    dist_file: Path | None,
    tariff_files: list[Path],
    params: PotentialParams,
) -> pd.DataFrame:
    flows = store.flows_sql(years=years)
    i = q(exporter)
    in_window = ", ".join(map(str, window))
    dist_cte = dist_join = dist_cols = ""
    if dist_file is not None:
        dist_cte = (
            f", dist AS (SELECT iso_o, iso_d, coalesce(distw, dist) AS dist "
            f"FROM read_parquet({q(dist_file)}))"
        )
        dist_join = "LEFT JOIN dist d ON d.iso_o = c.exporter AND d.iso_d = c.importer"
        # The suppliers' "average distance" is the value-weighted power mean with the same
        # exponent as the factor, so the factor averages exactly 1 over j's current suppliers:
        # it redistributes demand towards nearer suppliers without inflating the total.
        delta = _delta_sql("c.product", params)
        dist_cols = (
            f", power(sum(c.value * power(d.dist, -{delta})) FILTER (WHERE d.dist > 0) / "
            "NULLIF(sum(c.value) FILTER (WHERE d.dist > 0), 0), "
            f"-1.0 / any_value({delta})) AS avg_supplier_distance_km"
        )
    tariff_cte = tariff_join = tariff_cols = tariff_select = tariff_final = ""
    if tariff_files:
        files = ", ".join(q(f) for f in tariff_files)
        tariff_cte = f""",
            tar AS (SELECT * FROM read_parquet([{files}], union_by_name = true) WHERE regime IN ('mfn', 'pref')),
            ty AS (SELECT importer, coalesce(max(year) FILTER (WHERE year <= {y}), min(year)) AS ty
                   FROM tar GROUP BY importer),
            tsel AS (SELECT tar.* FROM tar JOIN ty ON tar.importer = ty.importer AND tar.year = ty.ty),
            mfn AS (SELECT importer, product, min(rate) AS rate FROM tsel
                    WHERE regime = 'mfn' GROUP BY ALL),
            pref AS (SELECT importer, product, partner, min(rate) AS rate FROM tsel
                     WHERE regime = 'pref' GROUP BY ALL),
            mine_t AS (SELECT mfn.importer, mfn.product, mfn.rate AS tariff_mfn,
                              least(coalesce(p.rate, mfn.rate), mfn.rate) AS tariff_applied
                       FROM mfn LEFT JOIN pref p ON p.importer = mfn.importer
                            AND p.product = mfn.product AND p.partner = {i})"""
        tariff_join = (
            "LEFT JOIN mfn tm ON tm.importer = c.importer AND tm.product = c.product "
            "LEFT JOIN pref tp ON tp.importer = c.importer AND tp.product = c.product "
            "AND tp.partner = c.exporter"
        )
        tariff_cols = (
            f", sum(c.value * least(coalesce(tp.rate, tm.rate), tm.rate)) FILTER ("
            f"WHERE c.exporter <> {i} AND tm.rate IS NOT NULL) / NULLIF(sum(c.value) "
            f"FILTER (WHERE c.exporter <> {i} AND tm.rate IS NOT NULL), 0) AS avg_other_tariff"
        )
        tariff_select = ", mt.tariff_mfn, mt.tariff_applied"
        tariff_final = "LEFT JOIN mine_t mt USING (product, importer)"
    sql = f"""
        WITH f AS NOT MATERIALIZED ({flows}){dist_cte}{tariff_cte},
        py AS (
            SELECT product, greatest(count(DISTINCT year) FILTER (WHERE year IN ({in_window})), 1) AS n_w,
                   min(year) FILTER (WHERE year >= {y - growth_years} AND year < {y}) AS base_year
            FROM f GROUP BY product),
        agg AS (
            SELECT f.product, f.importer,
                   sum(value) FILTER (WHERE year = {y}) AS imports_usd,
                   sum(value) FILTER (WHERE year IN ({in_window})) / any_value(py.n_w) AS imports_avg,
                   sum(value) FILTER (WHERE year = py.base_year) AS imports_base,
                   any_value(py.base_year) AS base_year, any_value(py.n_w) AS window_years,
                   coalesce(sum(value) FILTER (WHERE year = {y} AND exporter = {i}), 0) AS exporter_usd,
                   coalesce(sum(value) FILTER (WHERE year IN ({in_window}) AND exporter = {i}), 0)
                       / any_value(py.n_w) AS exporter_avg,
                   sum(value) FILTER (WHERE year = {y} AND quantity > 0)
                       / NULLIF(sum(quantity) FILTER (WHERE year = {y} AND quantity > 0), 0)
                       / 1000.0 AS import_unit_value,
                   sum(value) FILTER (WHERE year = {y} AND quantity > 0 AND exporter = {i})
                       / NULLIF(sum(quantity) FILTER (WHERE year = {y} AND quantity > 0
                                                      AND exporter = {i}), 0)
                       / 1000.0 AS exporter_unit_value_here
            FROM f JOIN py USING (product) WHERE importer <> {i} GROUP BY ALL),
        cur AS (SELECT product, importer, exporter, value FROM f WHERE year = {y} AND importer <> {i}),
        mine AS (SELECT product, importer, value AS xi FROM cur WHERE exporter = {i}),
        -- The exporter's rank is counted only in the markets it supplies (a semi join keeps the
        -- hash table on the small side; a plain join let the planner hash all flows).
        cand AS (SELECT product, importer, value FROM cur SEMI JOIN mine USING (product, importer)),
        ranks AS (SELECT cand.product, cand.importer,
                         1 + count(*) FILTER (WHERE cand.value > mine.xi) AS exporter_rank
                  FROM cand JOIN mine USING (product, importer) GROUP BY ALL),
        sup AS (
            SELECT c.product, c.importer, count(*) AS n_suppliers,
                   sum(c.value * c.value) / (sum(c.value) * sum(c.value)) AS hhi
                   {dist_cols}{tariff_cols}
            FROM cur c {dist_join} {tariff_join}
            GROUP BY ALL),
        supply AS (
            SELECT product, coalesce(sum(value) FILTER (WHERE exporter = {i}), 0) / sum(value)
                       AS supply_share,
                   sum(value) FILTER (WHERE exporter = {i} AND year = {y} AND quantity > 0)
                       / NULLIF(sum(quantity) FILTER (WHERE exporter = {i} AND year = {y}
                                                      AND quantity > 0), 0)
                       / 1000.0 AS exporter_unit_value
            FROM f WHERE year IN ({in_window}) GROUP BY product)
        SELECT agg.*, sup.* EXCLUDE (product, importer), ranks.exporter_rank,
               supply.supply_share, supply.exporter_unit_value{tariff_select}
        FROM agg LEFT JOIN sup USING (product, importer) LEFT JOIN ranks USING (product, importer)
        LEFT JOIN supply USING (product)
        {tariff_final}
        WHERE agg.imports_avg > 0"""
    con = store.connect()
    try:
        table = con.execute(sql).df()
    finally:
        con.close()
    if dist_file is None:
        table["avg_supplier_distance_km"] = np.nan
    table["n_suppliers"] = table["n_suppliers"].fillna(0).astype("int64")
    table["exporter_rank"] = table["exporter_rank"].astype("Int64")
    return table


def _projections(
    store: TradeStore, exporter: str, y: int, importers: pd.Series, params: PotentialParams
) -> tuple[np.ndarray, np.ndarray, dict[str, str]]:
    """Supply and demand growth factors from IMF WEO real GDP growth **forecasts**.

    Over the first `horizon` forecast years (after the IMF's latest actual year): supply ×
    Π(1 + g_i) / Π(1 + g_world), demand × (Π(1 + g_j))^ε. Constant prices, so exchange rates
    do not move it; realised current-US$ GDP is never used. No WEO file → no projection.
    """
    nan = np.full(len(importers), np.nan)
    weo = reference.real_growth(store)
    if weo is None:
        msg = "IMF WEO real GDP growth not loaded (siapekspor trade load-weo); no projection."
        return nan, nan.copy(), {"supply_projection": msg, "demand_projection": msg}
    forecasts = weo[weo["is_projection"]]
    if forecasts.empty:
        msg = "The WEO file holds no forecast years; no projection."
        return nan, nan.copy(), {"supply_projection": msg, "demand_projection": msg}
    # The WEO's forecast horizon starts after the latest actual year of most economies
    # (2025 in the October 2025 vintage); a few lagging economies start earlier.
    first = int(forecasts.groupby("iso3")["year"].min().mode().iloc[0])
    years = list(range(first, first + params.horizon))
    window = forecasts[forecasts["year"].isin(years)]
    factor = (1 + window["growth_pct"] / 100.0).groupby(window["iso3"]).prod()
    counts = window.groupby("iso3")["year"].nunique()
    factor = factor[counts == len(years)]
    world_all = weo[(weo["iso3"] == "WLD") & weo["year"].isin(years)]
    world = float(np.prod(1 + world_all["growth_pct"].to_numpy() / 100.0))
    vintage = str(weo["vintage"].iloc[0]) if "vintage" in weo else ""
    span = f"{years[0]}–{years[-1]}"
    supply = np.full(len(importers), factor.get(exporter, np.nan) / world)
    demand = importers.map(factor**params.income_elasticity).to_numpy(dtype=float)
    notes = {
        "supply_projection": (
            f"IMF WEO {vintage} real GDP growth forecasts {span} (constant prices): the "
            "exporter's growth relative to the world."
        ),
        "demand_projection": (
            f"IMF WEO {vintage} real GDP growth forecasts {span} (constant prices), "
            f"income elasticity ε = {params.income_elasticity:g}."
        ),
    }
    if np.isnan(demand).any():
        notes["demand_projection"] += " Markets without a forecast keep factor 1."
    return supply, demand, notes


def _write_cache(path: Path, table: pd.DataFrame, attrs: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in path.parent.glob(path.name.rsplit("_", 2)[0] + "_*.parquet"):
        if old != path:  # stale tables of an older store digest
            old.unlink(missing_ok=True)
            old.with_suffix(".json").unlink(missing_ok=True)
    frame = table.sort_values(["product", "importer"]).reset_index(drop=True)
    frame.attrs = {}
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    # Sorted by product with small row groups, so one product's rows are read alone.
    frame.to_parquet(tmp, index=False, row_group_size=20_000)
    meta = path.with_suffix(f".{os.getpid()}.json.tmp")
    meta.write_text(json.dumps(attrs, default=str), encoding="utf-8")
    meta.replace(path.with_suffix(".json"))
    tmp.replace(path)
