"""A deterministic, clearly labelled SYNTHETIC trade dataset shaped exactly like CEPII BACI.

It exists so that the system runs offline (`make run`) and so that benchmarks can use a full
BACI-sized year without redistributing CEPII's data. Nothing in it is real trade.

Files written to `out_dir` (names and columns as in an official BACI release):

    BACI_HS22_Y2023_V202501.csv      t,i,j,k,v,q  (v thousand USD, q tonnes, "NA" when missing)
    country_codes_V202501.csv        country_code,country_name,country_iso2,country_iso3
    product_codes_HS22_V202501.csv   code,description  (descriptions say "synthetic")
    geo_capitals_approx.csv          GeoDist-shaped capitals (built-in approximate coordinates)
    dist_capitals_approx.csv         GeoDist-shaped distances between those capitals
    SYNTHETIC.json                   the marker the loader reads: files, SHA-256, seed, size

Structure (so indicators behave like on real data): country economic mass is log-normal;
capability is correlated with mass and products have a latent complexity, so presence is nested
(diversified countries export more, and more complex, products); each exporter's product is sold
to destinations drawn with gravity-like probabilities (mass of the importer, capital-to-capital
distance); values are log-normal with heavy tails; later years grow by product-specific rates
with churn. Indonesia (360/IDN) is always present and exports a few Lampung products.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pycountry

from .countries import SPECIAL_NUMERIC
from .geo import capitals_table, distance_matrix

PRESETS: dict[str, dict[str, Any]] = {
    "tiny": {"n_countries": 30, "n_products": 60, "years": (2021, 2022, 2023), "flows": 6_000},
    "demo": {
        "n_countries": 80,
        "n_products": 400,
        "years": (2019, 2020, 2021, 2022, 2023),
        "flows": 250_000,
    },
    "small": {"n_countries": 120, "n_products": 1000, "years": (2023,), "flows": 600_000},
    "full": {"n_countries": 200, "n_products": 5000, "years": (2023,), "flows": 11_000_000},
}

# Real HS 2022 codes the demo should know, with short English descriptions (ours).
KNOWN_PRODUCTS: dict[str, str] = {
    "090111": "Coffee; not roasted, not decaffeinated",
    "090112": "Coffee; not roasted, decaffeinated",
    "090121": "Coffee; roasted, not decaffeinated",
    "090411": "Pepper of the genus Piper; neither crushed nor ground",
    "090412": "Pepper of the genus Piper; crushed or ground",
    "180100": "Cocoa beans; whole or broken, raw or roasted",
    "180400": "Cocoa butter, fat and oil",
    "030617": "Shrimps and prawns (other than cold-water); frozen",
    "151110": "Palm oil; crude",
    "400122": "Natural rubber; technically specified (TSNR)",
    "080111": "Coconuts; desiccated",
    "080430": "Pineapples; fresh or dried",
    "200820": "Pineapples; prepared or preserved",
    "080390": "Bananas (other than plantains); fresh or dried",
    "110814": "Manioc (cassava) starch",
    "071410": "Manioc (cassava); fresh, chilled, frozen or dried",
    "160414": "Tunas, skipjack and bonito; prepared or preserved, whole or in pieces",
}
LAMPUNG_PRODUCTS = ("090111", "090411", "180100", "030617", "200820", "110814", "080390")

# Large traders first so that small presets still look like world trade.
_PRIORITY = (
    "USA CHN DEU JPN GBR FRA KOR NLD ITA HKG IND CAN MEX BEL SGP ESP CHE TWN RUS AUS VNM "
    "MYS THA POL BRA IDN SAU ARE TUR SWE AUT IRL CZE DNK NOR PHL ISR ZAF CHL HUN FIN PRT "
    "ROU NZL ARG COL EGY PAK BGD NGA KAZ QAT KWT PER UKR SVK GRC MAR IRQ DZA LKA KEN ETH "
    "GHA CIV ECU OMN BHR JOR LBN TUN URY CRI PAN GTM DOM MMR KHM LAO BRN NPL PNG FJI"
)
PRIORITY = tuple(_PRIORITY.split())

ProgressCallback = Callable[[str, int, int], None]


def _countries(n: int) -> list[str]:
    known = set(capitals_table()["iso3"])
    extra = [
        c
        for c in capitals_table()["iso3"]
        if c not in PRIORITY and pycountry.countries.get(alpha_3=c) is not None
    ]
    pool = [c for c in PRIORITY if c in known] + extra
    chosen = pool[:n]
    if "IDN" not in chosen:
        chosen[-1] = "IDN"
    return chosen


def _baci_numeric(iso3: str) -> int:
    for num, code in SPECIAL_NUMERIC.items():
        if code == iso3 and num not in (58, 711):
            return num
    country = pycountry.countries.get(alpha_3=iso3)
    return int(country.numeric) if country else 999


def _products(n: int, given: Sequence[tuple[str, str]] | None) -> list[tuple[str, str]]:
    if given:
        items = [(c, d) for c, d in given if len(c) == 6 and c.isdigit()]
        known_first = [
            (c, KNOWN_PRODUCTS[c])
            for c in LAMPUNG_PRODUCTS
            if c in KNOWN_PRODUCTS and c not in {x for x, _ in items}
        ]
        return (known_first + items)[:n] if n else known_first + items
    out = list(KNOWN_PRODUCTS.items())
    seen = set(KNOWN_PRODUCTS)
    chapters = [c for c in range(1, 98) if c != 77]
    heading, sub = 1, 10
    while len(out) < n:
        for ch in chapters:
            code = f"{ch:02d}{heading:02d}{sub:02d}"
            if code not in seen:
                seen.add(code)
                out.append((code, f"Synthetic product {code[:4]}.{code[4:]} (not real trade)"))
                if len(out) >= n:
                    break
        sub += 10
        if sub > 90:
            sub, heading = 10, heading + 1
    return out[:n]


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def generate(
    out_dir: str | Path,
    *,
    size: str = "demo",
    n_countries: int | None = None,
    n_products: int | None = None,
    years: Sequence[int] | None = None,
    flows: int | None = None,
    seed: int = 20250101,
    revision: str = "HS22",
    release: str = "V202501",
    products: Sequence[tuple[str, str]] | None = None,
    progress: ProgressCallback | None = None,
) -> dict[str, Any]:
    """Write a synthetic BACI release to `out_dir`; returns what was written (rows, seconds)."""
    if size not in PRESETS:
        raise ValueError(f"size must be one of {sorted(PRESETS)}")
    preset = PRESETS[size]
    n_c = int(n_countries or preset["n_countries"])
    n_k = int(n_products or preset["n_products"])
    years = tuple(int(y) for y in (years or preset["years"]))
    target = int(flows or preset["flows"])
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rng = np.random.default_rng(seed)

    iso3 = _countries(n_c)
    n_c = len(iso3)
    codes = _products(n_k, products)
    n_k = len(codes)
    numeric = np.array([_baci_numeric(c) for c in iso3], dtype=np.int32)
    dist = distance_matrix(iso3)
    log_d = np.log(dist)
    log_d -= log_d.mean()

    # Country mass (log-normal, priority order = largest first), capability, product traits.
    log_m = np.sort(rng.normal(0.0, 1.4, n_c))[::-1].copy()
    idn = iso3.index("IDN")
    capability = 0.7 * (log_m - log_m.mean()) / log_m.std() + 0.7 * rng.normal(size=n_c)
    complexity = rng.normal(size=n_k)
    log_w = rng.normal(0.0, 1.3, n_k)  # world size of the product: heavy tails after exp
    unit_value = np.exp(rng.normal(0.0, 1.0, n_k))  # thousand USD per tonne
    growth = rng.normal(0.03, 0.05, n_k)
    lampung = np.array([c in LAMPUNG_PRODUCTS for c, _ in codes])

    # Presence: nested, about 35 % of (country, product) pairs.
    presence_logit = 1.8 * capability[:, None] - 1.2 * complexity[None, :]
    alpha = _calibrate(lambda a: _sigmoid(a + presence_logit).mean(), 0.35)
    n_pairs = _sigmoid(alpha + presence_logit).sum()
    dest_target = target / max(len(years), 1) / max(n_pairs, 1.0)
    z_m = (log_m - log_m.mean()) / log_m.std()

    def dest_logit(c: int, strength: np.ndarray) -> np.ndarray:
        return 0.9 * z_m[None, :] - 1.1 * log_d[c][None, :] + 0.6 * strength[:, None]

    sample = rng.choice(n_c, size=min(n_c, 25), replace=False)
    beta = _calibrate(
        lambda b: (
            float(
                np.mean(
                    [_sigmoid(b + dest_logit(c, rng_strength(c, seed, n_k))).mean() for c in sample]
                )
            )
            * (n_c - 1)
        ),
        dest_target,
        lo=-15,
        hi=10,
    )

    per_year: dict[int, list[pa.Table]] = {y: [] for y in years}
    k_codes = pa.array([c for c, _ in codes])
    for c in range(n_c):
        persistent = np.random.default_rng([seed, c])
        present = persistent.random(n_k) < _sigmoid(alpha + presence_logit[c])
        if c == idn:
            present |= lampung
        ks = np.flatnonzero(present)
        if ks.size == 0:
            continue
        strength = rng_strength(c, seed, n_k)[ks]
        if c == idn:  # Lampung's products: an established exporter with many destinations
            strength = np.where(lampung[ks], strength + 2.5, strength)
        q_dest = _sigmoid(beta + dest_logit(c, strength))
        q_dest[:, c] = 0.0  # no self-trade
        base_u = persistent.random(q_dest.shape)
        base_value = np.exp(4.0 + 1.1 * log_m[c] + log_w[ks] + persistent.normal(0, 1.2, ks.size))
        if c == idn:
            base_value = np.where(lampung[ks], base_value * 20.0, base_value)
        pull = np.exp(0.8 * z_m - 1.0 * log_d[c] + persistent.normal(0, 0.8, (ks.size, n_c)))
        for t_index, year in enumerate(years):
            yearly = np.random.default_rng([seed, c, year])
            churn = yearly.normal(0, 0.35, q_dest.shape)
            keep = base_u < _sigmoid(np.log(q_dest / (1 - q_dest + 1e-12) + 1e-300) + churn)
            rows, cols = np.nonzero(keep)
            if rows.size == 0:
                continue
            trend = np.exp(t_index * growth[ks] + yearly.normal(0, 0.05, ks.size))
            total = base_value * trend
            w = pull[rows, cols] * np.exp(yearly.normal(0, 0.15, rows.size))
            share = w / np.bincount(rows, weights=w, minlength=ks.size)[rows]
            v = np.maximum(np.round(total[rows] * share, 3), 0.001)
            qty = np.round(v / unit_value[ks[rows]] * np.exp(yearly.normal(0, 0.3, rows.size)), 3)
            qty_mask = yearly.random(rows.size) < 0.03
            per_year[year].append(
                pa.table(
                    {
                        "t": pa.array(np.full(rows.size, year, dtype=np.int16)),
                        "i": pa.array(np.full(rows.size, numeric[c], dtype=np.int32)),
                        "j": pa.array(numeric[cols]),
                        "k": pa.DictionaryArray.from_arrays(
                            pa.array(ks[rows].astype(np.int32)), k_codes
                        ),
                        "v": pa.array(v),
                        "q": pa.array(qty, mask=qty_mask),
                    }
                )
            )
        if progress is not None:
            progress("synthetic flows", c + 1, n_c)

    files: dict[str, str] = {}
    rows_per_year: dict[int, int] = {}
    con = duckdb.connect()
    try:
        for year in years:
            name = f"BACI_{revision}_Y{year}_{release}.csv"
            table = pa.concat_tables(per_year[year]) if per_year[year] else None
            if table is None:
                continue
            rows_per_year[year] = table.num_rows
            con.register("synthetic_flows", table)
            con.execute(
                f"COPY (SELECT t, i, j, CAST(k AS VARCHAR) AS k, v, q FROM synthetic_flows "
                f"ORDER BY i, j, k) TO '{out / name}' (HEADER, DELIMITER ',', NULLSTR 'NA')"
            )
            con.unregister("synthetic_flows")
            files[name] = _sha256(out / name)
    finally:
        con.close()
    names = {c: getattr(pycountry.countries.get(alpha_3=c), "name", c) for c in iso3}
    cc = pd.DataFrame(
        {
            "country_code": numeric,
            "country_name": [names[c] for c in iso3],
            "country_iso2": [
                getattr(pycountry.countries.get(alpha_3=c), "alpha_2", "") for c in iso3
            ],
            "country_iso3": iso3,
        }
    )
    cc_name = f"country_codes_{release}.csv"
    cc.to_csv(out / cc_name, index=False)
    pc_name = f"product_codes_{revision}_{release}.csv"
    pd.DataFrame(codes, columns=["code", "description"]).to_csv(out / pc_name, index=False)
    caps = capitals_table().set_index("iso3").reindex(iso3).reset_index()
    geo = pd.DataFrame(
        {
            "iso3": iso3,
            "country": [names[c] for c in iso3],
            "city_en": "capital",
            "lat": caps["lat"],
            "lon": caps["lon"],
            "cap": 1,
            "maincity": 1,
        }
    )
    geo.to_csv(out / "geo_capitals_approx.csv", index=False)
    ii, jj = np.meshgrid(np.arange(n_c), np.arange(n_c), indexing="ij")
    pd.DataFrame(
        {
            "iso_o": np.array(iso3)[ii.ravel()],
            "iso_d": np.array(iso3)[jj.ravel()],
            "dist": np.round(dist.ravel(), 1),
        }
    ).to_csv(out / "dist_capitals_approx.csv", index=False)
    for extra in (cc_name, pc_name, "geo_capitals_approx.csv", "dist_capitals_approx.csv"):
        files[extra] = _sha256(out / extra)
    info = {
        "synthetic": True,
        "warning": "SYNTHETIC data generated by siapekspor.markets.engine.synthetic; not real trade.",
        "size": size,
        "seed": seed,
        "countries": n_c,
        "products": n_k,
        "years": list(years),
        "rows_per_year": {str(k): v for k, v in rows_per_year.items()},
        "coordinates": "approximate capitals (built-in table, whole degrees), not GeoDist",
        "files": files,
        "seconds": round(time.perf_counter() - started, 2),
    }
    (out / "SYNTHETIC.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
    return info


def rng_strength(c: int, seed: int, n_k: int) -> np.ndarray:
    """Exporter × product competitiveness (standard normal), reproducible per exporter."""
    return np.random.default_rng([seed, c, 7]).normal(size=n_k)


def _calibrate(
    fn: Callable[[float], float], target: float, lo: float = -20.0, hi: float = 20.0
) -> float:
    """Bisection for the intercept that makes a monotone expectation hit its target."""
    for _ in range(40):
        mid = (lo + hi) / 2
        if fn(mid) < target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 22), b""):
            digest.update(block)
    return digest.hexdigest()
