"""Rank destination markets for a product: a 0–100 score a person can follow.

Each candidate market j (every importer of the HS6 in the year) gets seven components, each
normalised to 0–1 across the candidates of that product:

| component     | from                                      | normalisation                        |
|---------------|-------------------------------------------|--------------------------------------|
| market_size   | imports of k by j in the year             | √(x / largest x)                     |
| untapped      | untapped potential U (potential.py)       | √(U / largest U)                     |
| growth        | CAGR of j's imports of k                  | clipped to −20 %…+30 %, linear       |
| foothold      | exporter's sales to j                     | √(x_ij / largest x_ij)               |
| openness      | 1 − HHI of j's suppliers                  | as is                                |
| proximity     | distance exporter → j (GeoDist)           | −log distance, min–max               |
| tariff        | tariff advantage ((1+t̄)/(1+t_i))^σ        | log2, clipped to ±1, mapped to 0–1   |
| price_fit     | j's import unit value / exporter's        | (ratio − 0.5) / 0.5, clipped 0–1     |

Score = 100 · Σ w_c n_c / Σ w_c. A component with no data for any candidate is left out and
its weight spread over the others (`attrs["components_missing"]`); a market lacking one value
gets the neutral middle (0% growth, 0.5) and the factor is named in its `factors_missing`.
Default weights (`DEFAULT_WEIGHTS`) put the most on size and untapped potential, following the
US Market Diversification Tool's emphasis on historic imports; all are adjustable.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from siapekspor.core.countries import name as country_name

from . import schedules
from .ingest import HS6, q
from .potential import PotentialParams, potential_table
from .store import (
    TradeCodeError,
    TradeNoImporters,
    TradeStore,
    TradeWeightsError,
)
from .texts import explain, extras, normalise_language

DEFAULT_WEIGHTS: dict[str, float] = {
    "market_size": 0.25,
    "untapped": 0.10,
    "growth": 0.15,
    "foothold": 0.20,
    "price_fit": 0.10,
    "openness": 0.05,
    "proximity": 0.10,
    "tariff": 0.05,
}
COMPONENTS = tuple(DEFAULT_WEIGHTS)


def parse_weights(text: str | Mapping[str, float] | None) -> dict[str, float]:
    """`market_size=0.4,growth=0.2` → full weight dict (unnamed components keep defaults)."""
    weights = dict(DEFAULT_WEIGHTS)
    if not text:
        return weights
    items = (
        text.items()
        if isinstance(text, Mapping)
        else (part.split("=", 1) for part in str(text).split(",") if part.strip())
    )
    for item in items:
        if len(item) != 2:
            raise TradeWeightsError(f"weight {item!r} is not name=value")
        name, raw = item
        name = str(name).strip()
        if name not in weights:
            raise TradeWeightsError(f"unknown weight {name!r}; known: {', '.join(COMPONENTS)}")
        try:
            value = float(raw)
        except ValueError as exc:
            raise TradeWeightsError(f"weight {name} must be a number, got {raw!r}") from exc
        if value < 0 or not math.isfinite(value):
            raise TradeWeightsError(f"weight {name} must be ≥ 0")
        weights[name] = value
    if sum(weights.values()) <= 0:
        raise TradeWeightsError("at least one weight must be positive")
    return weights


def _sqrt_of_max(values: pd.Series, groups: pd.Series) -> pd.Series:
    """√(x / largest x of the product): the largest market is 1, one a quarter its size 0.5."""
    x = values.clip(lower=0).fillna(0.0)
    top = x.groupby(groups).transform("max")
    return np.sqrt(x / top.where(top > 0)).fillna(0.0)


def _group_minmax(values: pd.Series, groups: pd.Series) -> pd.Series:
    lo = values.groupby(groups).transform("min")
    hi = values.groupby(groups).transform("max")
    span = hi - lo
    return ((values - lo) / span.where(span > 0)).fillna(1.0).where(values.notna())


def score_markets(
    table: pd.DataFrame, weights: str | Mapping[str, float] | None = None
) -> pd.DataFrame:
    """Add n_<component>, score and lead_reason to potential rows (any number of products)."""
    w = parse_weights(weights)
    t = table.copy()
    g = t["product"]
    n: dict[str, pd.Series] = {}
    n["market_size"] = _sqrt_of_max(t["imports_usd"], g)
    n["untapped"] = _sqrt_of_max(t["untapped_usd"], g)
    n["growth"] = (t["cagr"].clip(-0.2, 0.3) + 0.2) / 0.5
    # Foothold: what the exporter already sells there, √ of its largest market (a share alone
    # would put a US$45,000 market where the exporter is the only supplier on top).
    n["foothold"] = _sqrt_of_max(t["exporter_usd"], g)
    n["openness"] = 1.0 - t["hhi"]
    n["proximity"] = 1.0 - _group_minmax(np.log(t["distance_km"]), g)
    adv = t["tariff_advantage"].where(~t["factors_missing"].map(lambda f: "tariff" in f))
    n["tariff"] = (np.log2(adv).clip(-1, 1) + 1) / 2
    # Price fit: the market's import unit value against the exporter's. At or above the
    # exporter's price → 1 (its segment sells there); half of it or less → 0.
    if "unit_value_ratio" in t:
        n["price_fit"] = ((t["unit_value_ratio"] - 0.5) / 0.5).clip(0, 1)
    else:
        n["price_fit"] = pd.Series(np.nan, index=t.index)
    neutral = {"growth": 0.4, "openness": 0.5, "proximity": 0.5, "tariff": 0.5, "price_fit": 0.5}
    available: dict[str, pd.Series] = {}
    for c in COMPONENTS:
        has = n[c].notna().groupby(g).transform("any")
        available[c] = has
        t[f"n_{c}"] = n[c].fillna(neutral.get(c, 0.0))
    total = sum(w[c] * available[c] for c in COMPONENTS)
    weighted = sum(w[c] * available[c] * t[f"n_{c}"] for c in COMPONENTS)
    t["score"] = (100.0 * weighted / total.where(total > 0)).fillna(0.0)
    # Lead reason: the component that lifts this market most above the product's average.
    lift = pd.DataFrame(
        {
            c: w[c] * available[c] * (t[f"n_{c}"] - t[f"n_{c}"].groupby(g).transform("mean"))
            for c in COMPONENTS
        }
    )
    t["lead_reason"] = lift.idxmax(axis=1)
    missing_growth = n["growth"].isna()
    if missing_growth.any():
        t["factors_missing"] = [
            [*f, "growth"] if mg and "growth" not in f else f
            for f, mg in zip(t["factors_missing"], missing_growth, strict=True)
        ]
    return t


OUTPUT = [
    "rank",
    "product",
    "importer",
    "country",
    "score",
    "imports_usd",
    "cagr",
    "cagr_years",
    "exporter_usd",
    "exporter_share",
    "exporter_rank",
    "n_suppliers",
    "hhi",
    "equivalent_suppliers",
    "distance_km",
    "tariff_applied",
    "preference_margin",
    "potential_usd",
    "untapped_usd",
    "realised_share",
    "import_unit_value",
    "exporter_unit_value",
    "exporter_unit_value_here",
    "unit_value_ratio",
    "other_segment",
    "potential_capped",
    *[f"n_{c}" for c in COMPONENTS],
    "lead_reason",
    "reason",
    "factors_missing",
]


def competitors(
    store: TradeStore,
    pairs: pd.DataFrame,
    year: int,
    exporter: str,
    top: int = 3,
) -> dict[tuple[str, str], list[tuple[str, float, float | None]]]:
    """Main suppliers of each (product, importer) pair in `year`, other than the exporter:
    (ISO3, share of the importer's imports of the product, unit value USD/kg). One query."""
    keys = pairs[["product", "importer"]].drop_duplicates()
    keys = keys[
        keys["importer"].str.fullmatch(r"[A-Z]{3}") & keys["product"].str.fullmatch(r"\d{6}")
    ]
    if keys.empty:
        return {}
    flows = store.flows_sql(years=[year], products=sorted(set(keys["product"])))
    values = ", ".join(f"({q(p)}, {q(i)})" for p, i in keys.itertuples(index=False))
    con = store.connect()
    try:
        frame = con.execute(f"""
            WITH f AS ({flows}), k(product, importer) AS (VALUES {values}), m AS (
                SELECT f.product, f.importer, f.exporter, sum(f.value) AS v,
                       sum(f.value) FILTER (WHERE f.quantity > 0)
                           / NULLIF(sum(f.quantity) FILTER (WHERE f.quantity > 0), 0) / 1000.0
                           AS uv
                FROM f JOIN k USING (product, importer) GROUP BY ALL)
            SELECT product, importer, exporter,
                   v / sum(v) OVER (PARTITION BY product, importer) AS share, uv
            FROM m QUALIFY row_number() OVER (
                PARTITION BY product, importer ORDER BY (exporter = {q(exporter)}), v DESC
            ) <= {int(top)}""").df()
    finally:
        con.close()
    out: dict[tuple[str, str], list[tuple[str, float, float | None]]] = {}
    ordered = frame.sort_values(["product", "importer", "share"], ascending=[True, True, False])
    for r in ordered.itertuples(index=False):
        if r.exporter == exporter:
            continue
        uv = None if pd.isna(r.uv) else float(r.uv)
        out.setdefault((r.product, r.importer), []).append((r.exporter, float(r.share), uv))
    return out


def _explain_rows(
    ranked: pd.DataFrame,
    exporter: str,
    language: str,
    store: TradeStore | None = None,
) -> list[str]:
    extra = [""] * len(ranked)
    largest = ranked.groupby("product")["imports_usd"].transform("max")
    if store is not None and len(ranked):
        loaded = schedules.loaded_markets(store)
        rivals: dict[tuple[str, str], list[tuple[str, float, float | None]]] = {}
        for year, part in ranked.groupby("year"):
            rivals.update(competitors(store, part, int(year), exporter))
        tariff_table = (
            schedules.rates_many(
                store,
                [(p, i) for p, i in zip(ranked["product"], ranked["importer"], strict=True)
                 if i in loaded],
                partner=exporter,
            )
            if exporter == "IDN" and loaded
            else {}
        )  # fmt: skip
        extra = []
        for row, big in zip(ranked.itertuples(index=False), largest, strict=True):
            rates = tariff_table.get((row.product, row.importer))
            tariffs = (
                [
                    (r.scheme, None if r.rate_pct is None else float(r.rate_pct), r.text)
                    for r in rates
                ]
                if rates
                else None
            )
            extra.append(
                extras(
                    language,
                    exporter=exporter,
                    largest=bool(row.imports_usd >= big) and row.lead_reason != "market_size",
                    other_segment=bool(getattr(row, "other_segment", False)),
                    market_uv=_opt(getattr(row, "import_unit_value", None)),
                    exporter_uv=_opt(getattr(row, "exporter_unit_value", None)),
                    uv_here=_opt(getattr(row, "exporter_unit_value_here", None)),
                    competitors=rivals.get((row.product, row.importer)),
                    tariffs=tariffs,
                    tariff_missing=tariffs is None and bool(loaded) and row.importer not in loaded,
                )
            )
    sentences = [
        explain(
            row.lead_reason,
            language,
            country=row.importer,
            exporter=exporter,
            rank=int(row.rank),
            score=float(row.score),
            imports=float(row.imports_usd),
            cagr=None if pd.isna(row.cagr) else float(row.cagr),
            cagr_years=int(row.cagr_years),
            share=float(row.exporter_share),
            supplier_rank=None if pd.isna(row.exporter_rank) else int(row.exporter_rank),
            n_suppliers=int(row.n_suppliers),
            untapped=float(row.untapped_usd),
            equivalent=None
            if pd.isna(row.equivalent_suppliers)
            else float(row.equivalent_suppliers),
            distance=None if pd.isna(row.distance_km) else float(row.distance_km),
            tariff=None if pd.isna(row.tariff_applied) else float(row.tariff_applied),
            largest=bool(row.imports_usd >= big),
        )
        for row, big in zip(ranked.itertuples(index=False), largest, strict=True)
    ]
    return [f"{a} {b}".strip() if b else a for a, b in zip(sentences, extra, strict=True)]


def _opt(value: object) -> float | None:
    if value is None or pd.isna(value):
        return None
    return float(value)  # type: ignore[arg-type]


def _finish(
    scored: pd.DataFrame,
    top: int | None,
    exporter: str,
    language: str,
    store: TradeStore | None = None,
) -> pd.DataFrame:
    # A market buying far below the exporter's unit value (another segment, a re-processing
    # hub) never outranks one where the exporter's segment sells.
    scored = scored.assign(
        other_segment=scored.get("other_segment", pd.Series(False, index=scored.index))
        .fillna(False)
        .astype(bool)
    )
    ranked = scored.sort_values(
        ["product", "other_segment", "score", "imports_usd"], ascending=[True, True, False, False]
    ).copy()
    ranked["rank"] = ranked.groupby("product").cumcount() + 1
    if top:
        ranked = ranked[ranked["rank"] <= top]
    lang = normalise_language(language)
    ranked["country"] = [country_name(c, lang) for c in ranked["importer"]]
    ranked["reason"] = _explain_rows(ranked, exporter, lang, store)
    return ranked[[c for c in OUTPUT if c in ranked]].reset_index(drop=True)


def recommend(
    store: TradeStore,
    hs: str,
    *,
    exporter: str = "IDN",
    year: int | None = None,
    top: int | None = 10,
    weights: str | Mapping[str, float] | None = None,
    language: str = "id",
    params: PotentialParams | None = None,
    min_imports: float = 0.0,
) -> pd.DataFrame:
    """Ranked importers for one HS6 with score, components, untapped USD and a sentence each.

    Raises TradeStoreError for a malformed code or when the product has no importers.
    """
    hs = str(hs).strip().replace(".", "")
    if not HS6.match(hs):
        raise TradeCodeError(f"HS code must have 6 digits, got {hs!r}")
    table = potential_table(store, exporter, year, params, products=[hs])
    rows = table[(table["product"] == hs) & (table["imports_usd"].fillna(0) > min_imports)]
    if rows.empty:
        raise TradeNoImporters(f"no importers of {hs} in {table.attrs.get('year')} in the store")
    w = parse_weights(weights)
    scored = score_markets(rows, w)
    out = _finish(scored, top, exporter.upper(), language, store)
    out.attrs.update(table.attrs)
    out.attrs["weights"] = w
    out.attrs["components_missing"] = [
        c for c in COMPONENTS if scored[f"n_{c}"].nunique() <= 1 and _absent(rows, c)
    ]
    return out


def recommend_all(
    store: TradeStore,
    *,
    exporter: str = "IDN",
    year: int | None = None,
    top: int | None = 10,
    weights: str | Mapping[str, float] | None = None,
    language: str = "id",
    params: PotentialParams | None = None,
    products: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Recommendations for every product the exporter sells (or `products`), in one pass."""
    table = potential_table(store, exporter, year, params)
    if products is None:
        sold = table.loc[table["exporter_avg"] > 0, "product"].unique()
    else:
        sold = [p for p in products if HS6.match(p)]
    rows = table[table["product"].isin(sold) & (table["imports_usd"].fillna(0) > 0)]
    scored = score_markets(rows, weights)
    out = _finish(scored, top, exporter.upper(), language, store)
    out.attrs.update(table.attrs)
    out.attrs["weights"] = parse_weights(weights)
    return out


def _absent(rows: pd.DataFrame, component: str) -> bool:
    column = {"growth": "cagr", "proximity": "distance_km", "tariff": "tariff_applied"}.get(
        component
    )
    return column is not None and bool(rows[column].isna().all())
