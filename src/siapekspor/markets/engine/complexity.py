"""Economic complexity, vectorised: RCA, RPOP, presence, proximity, density, ECI, PCI, COI, COG.

Definitions follow MARKETS.md and, to the last detail that changes a number, the reference
implementation `ecomplexity` 0.5.3 (Harvard Growth Lab), so that both agree to 1e-6:

* Per year, locations and products whose total value is zero are dropped, the rest is made
  rectangular (missing pairs = 0). Dropped input rows come back with NaN indicators.
* RCA = (x_cp / X_c) / (X_p / X), computed in that floating-point order so that M_cp = RCA ≥ 1
  flips at exactly the same cells as the reference. RPOP = (x_cp / pop_c) / (X_p / Σ pop).
* Proximity φ_pp' = (MᵀM)_pp' / max(u_p, u_p'); density d_cp = Σ_p' M_cp' φ_pp' / Σ_p' φ_pp'.
* ECI/PCI: eigenvector of the second-largest eigenvalue of M̃ (product or country form).
  Sign: ECI correlates positively with diversity. PCI is standardised with the **ECI** mean
  and standard deviation (ddof = 0), which keeps "ECI = mean PCI of the products a country
  makes"; ECI is then standardised with its own.
* COI_c = Σ_p d_cp (1 − M_cp) PCI_p (PCI before standardisation), standardised;
  COG_cp = (1 − M_cp) Σ_p' (1 − M_cp') φ_pp' PCI_p' / Σ_p'' φ_p'p'', divided by the standard
  deviation of the unstandardised ECI.

Differences from the reference, on purpose (see docs/markets.md): duplicate (time, loc, prod)
rows are summed (the reference keeps the first), and the eigenproblem is solved in its smaller
symmetric form with `scipy.linalg.eigh` (the reference calls `numpy.linalg.eig` on the
products × products matrix, which is where its time goes). Means and standard deviations
ignore NaN, so one degenerate location does not blank a whole year.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import linalg

DEFAULT_COLS = {"time": "time", "loc": "loc", "prod": "prod", "val": "val"}
OUTPUT_COLUMNS = [
    "time",
    "loc",
    "prod",
    "val",
    "diversity",
    "ubiquity",
    "rca",
    "mcp",
    "density",
    "eci",
    "pci",
    "coi",
    "cog",
]


@dataclass
class YearResult:
    """Indicators for one year as arrays: rows = locations, columns = products."""

    locs: np.ndarray
    prods: np.ndarray
    values: np.ndarray
    rca: np.ndarray
    mcp: np.ndarray
    diversity: np.ndarray
    ubiquity: np.ndarray
    proximity: np.ndarray | None
    density: np.ndarray
    eci: np.ndarray
    pci: np.ndarray
    coi: np.ndarray
    cog: np.ndarray
    rpop: np.ndarray | None = None


def rca_matrix(values: np.ndarray) -> np.ndarray:
    """Balassa RCA of a locations × products matrix (same operation order as the reference)."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        num = values / np.nansum(values, axis=1)[:, np.newaxis]
        prod_total = np.nansum(values, axis=0)[np.newaxis, :]
        world_total = np.nansum(prod_total, axis=1)[:, np.newaxis]
        return num / (prod_total / world_total)


def rpop_matrix(values: np.ndarray, population: np.ndarray) -> np.ndarray:
    """RPOP = (x_cp / pop_c) / (X_p / Σ pop): exports per head relative to the world's."""
    with np.errstate(divide="ignore", invalid="ignore"):
        num = values / population[:, np.newaxis]
        prod_total = np.nansum(values, axis=0)[np.newaxis, :]
        return num / (prod_total / np.nansum(population))


def presence(index: np.ndarray, threshold: float = 1.0) -> np.ndarray:
    """M = 1 where the index (RCA or RPOP) is at least the threshold; NaN counts as absent."""
    return np.where(np.nan_to_num(index) >= threshold, 1.0, 0.0)


def proximity_matrix(mcp: np.ndarray) -> np.ndarray:
    """φ = (MᵀM) / max(u_p, u_p').

    Co-occurrence counts and ubiquities are small integers, exact in float32, so the product
    runs in single precision (half the time) and only the division is done in float64, into one
    preallocated array: the products × products matrices are the only large objects here.
    Products with zero ubiquity get proximity 0.
    """
    m32 = np.ascontiguousarray(mcp, dtype=np.float32)
    co = m32.T @ m32
    ubiquity = m32.sum(axis=0)
    largest = np.maximum.outer(ubiquity, ubiquity)
    largest[largest == 0] = np.inf
    phi = np.empty(co.shape, dtype=np.float64)
    np.divide(co, largest, out=phi, dtype=np.float64)
    return phi


def density_matrix(mcp: np.ndarray, phi: np.ndarray) -> np.ndarray:
    """d_cp = Σ_p' M_cp' φ_pp' / Σ_p' φ_pp' (works for any rows of M, e.g. a province)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return (np.atleast_2d(mcp) @ phi.T) / phi.sum(axis=1)[np.newaxis, :]


def density_and_cog(
    mcp: np.ndarray, pci0: np.ndarray, block: int = 1024
) -> tuple[np.ndarray, np.ndarray]:
    """Density and unscaled COG in one pass over blocks of proximity rows.

    φ is symmetric, so for a block B of products: density[:, B] = M φ[B]ᵀ / Σφ[B], and COG
    gathers (1 − M)[:, B] · diag(PCI[B] / Σφ[B]) · φ[B] — each block's row sums are all it
    needs. Buffers are reused, so no products × products array is ever allocated (on 5,000
    products that is 200 MB per array, and allocating it costs more than the arithmetic).
    """
    m32 = np.ascontiguousarray(mcp, dtype=np.float32)
    m32t = np.ascontiguousarray(m32.T)
    ubiquity = m32.sum(axis=0)
    n_loc, n_prod = mcp.shape
    block = max(1, min(block, n_prod))
    absent = 1.0 - mcp
    density = np.empty((n_loc, n_prod))
    cog = np.zeros((n_loc, n_prod))
    co = np.empty((block, n_prod), dtype=np.float32)
    largest = np.empty((block, n_prod), dtype=np.float32)
    phi = np.empty((block, n_prod))
    for start in range(0, n_prod, block):
        stop = min(start + block, n_prod)
        b = stop - start
        np.matmul(m32t[start:stop], m32, out=co[:b])
        np.maximum(ubiquity[start:stop, np.newaxis], ubiquity[np.newaxis, :], out=largest[:b])
        largest[:b][largest[:b] == 0] = np.inf
        np.divide(co[:b], largest[:b], out=phi[:b], dtype=np.float64)
        rowsum = phi[:b].sum(axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            density[:, start:stop] = (mcp @ phi[:b].T) / rowsum[np.newaxis, :]
            scale = np.nan_to_num(pci0[start:stop] / rowsum)
        cog += (absent[:, start:stop] * scale[np.newaxis, :]) @ phi[:b]
    return density, absent * cog


def eci_pci_raw(
    mcp: np.ndarray, diversity: np.ndarray, ubiquity: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Unstandardised ECI (k_c) and PCI (k_p), signed so that ECI rises with diversity.

    Solved as a symmetric eigenproblem on the smaller side: for countries
    S = D^-1/2 M U^-1 Mᵀ D^-1/2 has the eigenvalues of M̃ = D^-1 M U^-1 Mᵀ, and an eigenvector
    w of S gives k_c = D^-1/2 w and k_p = U^-1 Mᵀ k_c (up to a positive factor).
    """
    n_loc, n_prod = mcp.shape
    if n_loc < 2 or n_prod < 2:
        return np.full(n_loc, np.nan), np.full(n_prod, np.nan)
    d_isqrt = 1.0 / np.sqrt(diversity)
    u_isqrt = 1.0 / np.sqrt(ubiquity)
    a = mcp * d_isqrt[:, np.newaxis] * u_isqrt[np.newaxis, :]
    if n_loc <= n_prod:
        s = a @ a.T
        _, vecs = linalg.eigh(s, subset_by_index=[n_loc - 2, n_loc - 1])
        kc_dir = d_isqrt * vecs[:, 0]
        kp = (mcp.T @ kc_dir) / ubiquity
    else:
        t = a.T @ a
        _, vecs = linalg.eigh(t, subset_by_index=[n_prod - 2, n_prod - 1])
        kp = u_isqrt * vecs[:, 0]
    kc = (mcp @ kp) / diversity  # = M̃ k_c, the reference's `mcp1 @ kp`
    with np.errstate(divide="ignore", invalid="ignore"):
        sign = np.sign(np.corrcoef(diversity, kc)[0, 1])
    if sign == 0 or np.isnan(sign):
        sign = 1.0
    return sign * kc, sign * kp


def complexity_year(
    values: np.ndarray,
    *,
    threshold: float = 1.0,
    population: np.ndarray | None = None,
    rpop_threshold: float = 1.0,
    presence_test: str = "rca",
    keep_proximity: bool = False,
) -> YearResult:
    """All indicators for one dense matrix whose rows and columns have non-zero totals.

    The products × products proximity matrix is only kept when `keep_proximity` (the province
    view needs it); otherwise density and COG are computed block by block without it.
    """
    rca = rca_matrix(values)
    rpop = rpop_matrix(values, population) if population is not None else None
    if presence_test == "rca":
        mcp = presence(rca, threshold)
    elif presence_test == "rpop" and rpop is not None:
        mcp = presence(rpop, rpop_threshold)
    elif presence_test == "both" and rpop is not None:
        mcp = presence(rca, threshold) + presence(rpop, rpop_threshold)
    else:
        raise ValueError("presence_test must be 'rca', or 'rpop'/'both' with population")
    diversity = mcp.sum(axis=1)
    ubiquity = mcp.sum(axis=0)
    loc_ok, prod_ok = diversity > 0, ubiquity > 0
    eci_raw = np.full(mcp.shape[0], np.nan)
    pci_raw = np.full(mcp.shape[1], np.nan)
    sub = mcp[np.ix_(loc_ok, prod_ok)]
    eci_raw[loc_ok], pci_raw[prod_ok] = eci_pci_raw(sub, diversity[loc_ok], ubiquity[prod_ok])
    absent = 1.0 - mcp
    pci0 = np.nan_to_num(pci_raw)
    density, cog = density_and_cog(mcp, pci0)
    coi = np.nansum(density * absent * pci0[np.newaxis, :], axis=1)
    phi = proximity_matrix(mcp) if keep_proximity else None
    with np.errstate(divide="ignore", invalid="ignore"):
        eci_mean, eci_std = np.nanmean(eci_raw), np.nanstd(eci_raw)
        pci = (pci_raw - eci_mean) / eci_std
        cog = cog / eci_std
        eci = (eci_raw - eci_mean) / eci_std
        coi = (coi - np.nanmean(coi)) / np.nanstd(coi)
    return YearResult(
        locs=np.array([]),
        prods=np.array([]),
        values=values,
        rca=rca,
        mcp=mcp,
        diversity=diversity,
        ubiquity=ubiquity,
        proximity=phi,
        density=density,
        eci=eci,
        pci=pci,
        coi=coi,
        cog=cog,
        rpop=rpop,
    )


def year_matrix(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Dense locations × products matrix (summing duplicates) of one year's `loc, prod, val`.

    Locations and products with a zero total are left out, as in the reference.
    """
    vals = pd.to_numeric(frame["val"], errors="coerce").fillna(0.0).to_numpy(np.float64)
    loc_codes, locs = pd.factorize(frame["loc"], sort=True)
    prod_codes, prods = pd.factorize(frame["prod"], sort=True)
    flat = np.bincount(
        loc_codes * len(prods) + prod_codes, weights=vals, minlength=len(locs) * len(prods)
    )
    matrix = flat.reshape(len(locs), len(prods))
    keep_loc = matrix.sum(axis=1) != 0
    keep_prod = matrix.sum(axis=0) != 0
    matrix = np.ascontiguousarray(matrix[np.ix_(keep_loc, keep_prod)])
    return matrix, np.asarray(locs)[keep_loc], np.asarray(prods)[keep_prod]


def compute_complexity(
    df: pd.DataFrame,
    cols: Mapping[str, str] | None = None,
    *,
    rca_threshold: float = 1.0,
    presence_test: str = "rca",
    pop: pd.DataFrame | None = None,
    rpop_threshold: float = 1.0,
    keep_dropped: bool = True,
) -> pd.DataFrame:
    """Complexity indicators for a long table; same contract as `ecomplexity.ecomplexity`.

    `cols` maps our names to the frame's columns: {'time': 'year', 'loc': 'exporter',
    'prod': 'hs6', 'val': 'value'}. Returns one row per location × product present in a year
    (the rectangle), columns `OUTPUT_COLUMNS` (+ `rpop` with `pop`), plus — when
    `keep_dropped` — input rows of zero-total locations or products with NaN indicators.
    `pop` is a frame with columns time, loc, pop (same names as `cols`).
    """
    mapping = {**DEFAULT_COLS, **(cols or {})}
    missing = [v for v in mapping.values() if v not in df.columns]
    if missing:
        raise KeyError(f"columns {missing} not in the input (have {list(df.columns)})")
    data = pd.DataFrame({k: df[v].to_numpy() for k, v in mapping.items()})
    frames: list[pd.DataFrame] = []
    for time, group in data.groupby("time", sort=True):
        matrix, locs, prods = year_matrix(group)
        if matrix.size == 0:
            continue
        population = None
        if pop is not None and presence_test in {"rpop", "both"}:
            p = pop.rename(columns={mapping["time"]: "time", mapping["loc"]: "loc"})
            p = p[p["time"] == time].set_index("loc")["pop"]
            population = p.reindex(locs).to_numpy(np.float64)
            if np.isnan(population).any():
                raise ValueError(f"year {time}: population missing for some locations")
        res = complexity_year(
            matrix,
            threshold=rca_threshold,
            population=population,
            rpop_threshold=rpop_threshold,
            presence_test=presence_test,
        )
        n_loc, n_prod = matrix.shape
        out = {
            "time": np.full(n_loc * n_prod, time),
            # Categoricals: a million-row rectangle of repeated strings would cost more than
            # all the arithmetic above.
            "loc": pd.Categorical.from_codes(np.repeat(np.arange(n_loc), n_prod), locs),
            "prod": pd.Categorical.from_codes(np.tile(np.arange(n_prod), n_loc), prods),
            "val": matrix.ravel(),
            "diversity": np.repeat(res.diversity, n_prod),
            "ubiquity": np.tile(res.ubiquity, n_loc),
            "rca": res.rca.ravel(),
            "mcp": res.mcp.ravel(),
            "density": res.density.ravel(),
            "eci": np.repeat(res.eci, n_prod),
            "pci": np.tile(res.pci, n_loc),
            "coi": np.repeat(res.coi, n_prod),
            "cog": res.cog.ravel(),
        }
        if res.rpop is not None:
            out["rpop"] = res.rpop.ravel()
        frames.append(pd.DataFrame(out))
        if keep_dropped:
            dropped = group[~group["loc"].isin(locs) | ~group["prod"].isin(prods)]
            if len(dropped):
                frames.append(
                    dropped.groupby(["time", "loc", "prod"], as_index=False)["val"]
                    .sum()
                    .reindex(columns=list(out))
                )
    if not frames:
        return pd.DataFrame(columns=OUTPUT_COLUMNS)
    out = pd.concat(frames, ignore_index=True)
    for column in ("loc", "prod"):
        if not isinstance(out[column].dtype, pd.CategoricalDtype):
            out[column] = out[column].astype("category")
    return out


# --------------------------------------------------------------------------- files and filters
OUTPUT_FILE_COLUMNS = ["time", "loc", "prod", "rca", "mcp", "density", "pci", "eci", "coi", "cog"]

# Atlas of Economic Complexity country-ranking filters (Growth Lab): a location enters the
# ranking when its population is at least 1 million and its average total exports at least
# US$1 billion; data reliability is checked here as "present with exports in every year of
# the table" (the Atlas also drops a short named list of countries with unreliable data:
# pass them in `exclude`).
ATLAS_MIN_POPULATION = 1_000_000
ATLAS_MIN_EXPORTS = 1_000_000_000.0


@dataclass
class FilterReport:
    kept: list[str]
    dropped: dict[str, str]  # location → reason
    applied: list[str]  # which filters could be applied
    missing: list[str]  # which filters lacked their input


def atlas_filter(
    df: pd.DataFrame,
    cols: Mapping[str, str] | None = None,
    *,
    population: pd.DataFrame | None = None,
    min_population: float = ATLAS_MIN_POPULATION,
    min_exports: float = ATLAS_MIN_EXPORTS,
    exclude: tuple[str, ...] = (),
) -> tuple[pd.DataFrame, FilterReport]:
    """Keep the locations that pass the Atlas-style filters; say which were dropped and why.

    `population`: columns loc (ISO3) and pop, optionally time (the mean is used). Without it
    the population filter is named in `missing`.
    """
    m = {**DEFAULT_COLS, **(cols or {})}
    loc, time, val = df[m["loc"]].astype(str), df[m["time"]], df[m["val"]].astype(float)
    years = time.nunique()
    per_year = (
        pd.DataFrame({"loc": loc, "time": time, "val": val}).groupby(["loc", "time"])["val"].sum()
    )
    totals = per_year.groupby(level="loc").sum() / max(years, 1)
    present = (per_year > 0).groupby(level="loc").sum()
    dropped: dict[str, str] = {}
    applied = ["exports", "reliability"]
    missing: list[str] = []
    for code, total in totals.items():
        if total < min_exports:
            dropped[str(code)] = f"average exports US${total:,.0f} < US${min_exports:,.0f}"
        elif present.get(code, 0) < years:
            dropped[str(code)] = f"exports in {present.get(code, 0)} of {years} years"
        elif code in exclude:
            dropped[str(code)] = "excluded (data reliability)"
    if population is not None and len(population):
        applied.append("population")
        pops = population.groupby(population["loc"].astype(str))["pop"].mean()
        for code in totals.index:
            if str(code) in dropped:
                continue
            p = pops.get(code)
            if p is None or not np.isfinite(p):
                dropped[str(code)] = "population unknown"
            elif p < min_population:
                dropped[str(code)] = f"population {p:,.0f} < {min_population:,.0f}"
    else:
        missing.append("population")
    keep = ~loc.isin(set(dropped))
    kept = sorted(set(totals.index.astype(str)) - set(dropped))
    return df[keep.to_numpy()], FilterReport(kept, dropped, applied, missing)


def read_table(path: str | Path, cols: Mapping[str, str]) -> pd.DataFrame:
    """A CSV (gzip allowed) or Parquet long table with the mapped columns, read with Arrow."""
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    path = Path(path)
    wanted = list(dict.fromkeys(cols.values()))
    if path.suffix == ".parquet":
        return pq.read_table(path, columns=wanted).to_pandas()
    types = {cols["loc"]: "string", cols["prod"]: "string"}
    import pyarrow as pa

    table = pacsv.read_csv(
        path,
        convert_options=pacsv.ConvertOptions(
            include_columns=wanted, column_types={k: pa.string() for k in types}
        ),
    )
    return table.to_pandas()


def write_table(frame: pd.DataFrame, path: str | Path) -> None:
    """Parquet for `.parquet`, CSV for `.csv` / `.csv.gz`; anything else is refused."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    path = Path(path)
    name = path.name.lower()
    table = pa.Table.from_pandas(frame, preserve_index=False)
    if name.endswith(".parquet"):
        pq.write_table(table, path, compression="zstd")
    elif name.endswith(".csv") or name.endswith(".csv.gz"):
        table = table.cast(
            pa.schema(
                [
                    pa.field(f.name, pa.string()) if pa.types.is_dictionary(f.type) else f
                    for f in table.schema
                ]
            )
        )
        if name.endswith(".gz"):
            with pa.CompressedOutputStream(str(path), "gzip") as stream:
                pacsv.write_csv(table, stream)
        else:
            pacsv.write_csv(table, path)
    else:
        raise ValueError(f"{path.name}: the output must end in .parquet, .csv or .csv.gz")


def complexity_file(
    input_path: str | Path,
    cols: Mapping[str, str],
    out_path: str | Path,
    *,
    rca_threshold: float = 1.0,
    filters: bool = False,
    population: pd.DataFrame | None = None,
) -> tuple[pd.DataFrame, FilterReport | None]:
    """Read → (filter) → compute → write, the `markets complexity` pipeline."""
    frame = read_table(input_path, cols)
    report = None
    if filters:
        frame, report = atlas_filter(frame, cols, population=population)
    out = compute_complexity(frame, cols, rca_threshold=rca_threshold)
    out = out[OUTPUT_FILE_COLUMNS]
    write_table(out, out_path)
    return out, report
