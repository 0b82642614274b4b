"""Reference tables for the trade store: distances, GDP and population, tariffs.

* CEPII GeoDist: `dist_cepii` (bilateral distances, km) → `ref/dist.parquet`;
  `geo_cepii` (capital coordinates) → `ref/geo.parquet`. Retired codes (ROM, ZAR, TMP…) are
  mapped to today's ISO 3166 codes.
* World Bank indicators, long (`Country Code, Year, Value`) or the wide WDI download
  (`Country Code, Indicator Code, 1960, 1961, …`) → `ref/macro/<indicator>.parquet`
  (iso3, year, value). Aggregates (WLD, EAS, …) are not countries and are dropped.
* Tariffs, WITS/TRAINS tariff-line downloads, WTO IDB bound rates or any long table →
  `ref/tariffs/<source>.parquet` with one row per (importer, partner, product, year, regime):
  ad valorem rate in percent, simple average over the national tariff lines of the HS6.
  `partner = '*'` means every partner (MFN); preferential rates are expanded to the members of
  the agreement named in WITS's `DutyTypeDescription` (list below).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from .countries import LEGACY_ALPHA3, iso3_codes
from .ingest import TradeStoreError, csv_src, header, norm, parse_mapping, q, slug, stem
from .store import TradeStore

ASEAN = ("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM")

# Members of the agreements that appear in WITS/TRAINS DutyTypeDescription texts. Checked in
# order: partner-specific ASEAN+1 agreements first, then ASEAN itself. (ASEAN Secretariat
# membership lists: ATIGA/CEPT, ACFTA, AKFTA, AIFTA, AJCEP, AANZFTA.)
AGREEMENTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("china", "ACFTA", (*ASEAN, "CHN")),
    ("korea", "AKFTA", (*ASEAN, "KOR")),
    ("india", "AIFTA", (*ASEAN, "IND")),
    ("japan", "AJCEP", (*ASEAN, "JPN")),
    ("australia", "AANZFTA", (*ASEAN, "AUS", "NZL")),
    ("asean", "ATIGA", ASEAN),
)

TARIFF_FIELDS = ("importer", "partner", "product", "year", "rate", "regime")


def _legacy_case(column: str) -> str:
    cases = " ".join(f"WHEN {q(old)} THEN {q(new)}" for old, new in LEGACY_ALPHA3.items())
    return f"CASE upper(trim({column})) {cases} ELSE upper(trim({column})) END"


def _valid_iso3_list() -> str:
    return ", ".join(q(c) for c in sorted(iso3_codes()))


# --------------------------------------------------------------------------- GeoDist
def load_geodist(
    store: TradeStore, dist_path: str | Path | None = None, geo_path: str | Path | None = None
) -> dict[str, Any]:
    """Load CEPII GeoDist distances and/or capitals; returns row counts."""
    if dist_path is None and geo_path is None:
        raise TradeStoreError("give the dist_cepii file, the geo_cepii file, or both")
    store.ref_dir.mkdir(parents=True, exist_ok=True)
    info: dict[str, Any] = {}
    con = store.connect()
    try:
        valid = _valid_iso3_list()
        if dist_path is not None:
            path = Path(dist_path)
            raw = header(con, path)
            by_norm = {norm(c): c for c in raw}
            if not {"isoo", "isod", "dist"} <= set(by_norm):
                raise TradeStoreError(
                    f"{path.name}: expected iso_o, iso_d, dist columns (dist_cepii)"
                )

            def col(name: str, kind: str = "DOUBLE") -> str:
                source = by_norm.get(norm(name))
                if source is None:
                    return f"NULL::{kind} AS {name}"
                if kind == "DOUBLE":
                    return f"TRY_CAST(NULLIF(trim(\"{source}\"), '.') AS DOUBLE) AS {name}"
                return f'TRY_CAST("{source}" AS {kind}) AS {name}'

            target = store.ref_dir / "dist.parquet"
            row = con.execute(f"""
                COPY (SELECT * FROM (
                    SELECT {_legacy_case(by_norm["isoo"])} AS iso_o,
                           {_legacy_case(by_norm["isod"])} AS iso_d,
                           {col("dist")}, {col("distcap")}, {col("distw")}, {col("distwces")},
                           {col("contig", "INTEGER")}, {col("comlang_off", "INTEGER")},
                           {col("colony", "INTEGER")}
                    FROM {csv_src(path)})
                    WHERE iso_o IN ({valid}) AND iso_d IN ({valid})
                    QUALIFY row_number() OVER (PARTITION BY iso_o, iso_d ORDER BY dist) = 1)
                TO {q(target)} (FORMAT parquet)""").fetchone()
            info["dist_rows"] = int(row[0]) if row else 0
            info["dist_file"] = path.name
        if geo_path is not None:
            path = Path(geo_path)
            raw = header(con, path)
            by_norm = {norm(c): c for c in raw}
            if not {"iso3", "lat", "lon"} <= set(by_norm):
                raise TradeStoreError(f"{path.name}: expected iso3, lat, lon columns (geo_cepii)")

            def text(name: str) -> str:
                source = by_norm.get(norm(name))
                return f'"{source}" AS {name}' if source else f"NULL::VARCHAR AS {name}"

            def integer(name: str) -> str:
                source = by_norm.get(norm(name))
                return f'TRY_CAST("{source}" AS INTEGER) AS {name}' if source else f"1 AS {name}"

            target = store.ref_dir / "geo.parquet"
            # One point per country: the capital (cap = 1), else the main city.
            row = con.execute(f"""
                COPY (SELECT * FROM (
                    SELECT {_legacy_case(by_norm["iso3"])} AS iso3, {text("country")},
                           {text("city_en")}, TRY_CAST("{by_norm["lat"]}" AS DOUBLE) AS lat,
                           TRY_CAST("{by_norm["lon"]}" AS DOUBLE) AS lon, {text("continent")},
                           {integer("landlocked")}, {integer("cap")}, {integer("maincity")}
                    FROM {csv_src(path)})
                    WHERE iso3 IN ({valid}) AND lat IS NOT NULL
                    QUALIFY row_number() OVER (PARTITION BY iso3
                                               ORDER BY cap = 1 DESC, maincity = 1 DESC) = 1)
                TO {q(target)} (FORMAT parquet)""").fetchone()
            info["geo_rows"] = int(row[0]) if row else 0
            info["geo_file"] = path.name
    finally:
        con.close()
    store.record_reference("geodist", info)
    return info


def distances(store: TradeStore) -> pd.DataFrame | None:
    """iso_o, iso_d, dist (km; population-weighted `distw` when present, else `dist`)."""
    path = store.ref_dir / "dist.parquet"
    if not path.exists():
        return None
    con = store.connect()
    try:
        return con.execute(
            f"SELECT iso_o, iso_d, coalesce(distw, dist) AS dist FROM read_parquet({q(path)})"
        ).df()
    finally:
        con.close()


def capitals(store: TradeStore) -> pd.DataFrame | None:
    """iso3, city, lat, lon of each capital (GeoDist), or None when not loaded."""
    path = store.ref_dir / "geo.parquet"
    if not path.exists():
        return None
    con = store.connect()
    try:
        return con.execute(
            f"SELECT iso3, country AS name_en, city_en AS city, lat, lon, continent "
            f"FROM read_parquet({q(path)})"
        ).df()
    finally:
        con.close()


# --------------------------------------------------------------------------- GDP, population
WB_INDICATORS = {
    "NY.GDP.MKTP.CD": "gdp",
    "SP.POP.TOTL": "population",
    "NY.GDP.PCAP.CD": "gdp_per_capita",
    "NY.GDP.MKTP.KD": "gdp_constant",
}


def load_macro(
    store: TradeStore, path: str | Path, *, indicator: str | None = None
) -> dict[str, Any]:
    """Load a World Bank indicator (long or wide WDI layout); returns rows per indicator."""
    path = Path(path)
    con = store.connect()
    out: dict[str, Any] = {"file": path.name}
    try:
        raw = header(con, path)
        by_norm = {norm(c): c for c in raw}
        code_col = by_norm.get("countrycode") or by_norm.get("iso3")
        if code_col is None:
            raise TradeStoreError(f"{path.name}: expected a 'Country Code' column; has {raw}")
        src = csv_src(path)
        year_cols = [c for c in raw if re.fullmatch(r"\d{4}( \[YR\d{4}\])?", c.strip())]
        ind_col = by_norm.get("indicatorcode") or by_norm.get("seriescode")
        if year_cols:
            cols = ", ".join(f'"{c}"' for c in year_cols)
            long_sql = (
                f'SELECT "{code_col}" AS iso3, '
                f"{q(indicator or '') if not ind_col else chr(34) + ind_col + chr(34)} AS ind, "
                f"TRY_CAST(left(trim(y), 4) AS INTEGER) AS year, "
                f"TRY_CAST(NULLIF(NULLIF(trim(v), ''), '..') AS DOUBLE) AS value "
                f"FROM (UNPIVOT (SELECT * FROM {src}) ON {cols} INTO NAME y VALUE v)"
            )
        elif "year" in by_norm and "value" in by_norm:
            ind_expr = f'"{ind_col}"' if ind_col else q(indicator or _guess_indicator(path))
            long_sql = (
                f'SELECT "{code_col}" AS iso3, {ind_expr} AS ind, '
                f'TRY_CAST("{by_norm["year"]}" AS INTEGER) AS year, '
                f"TRY_CAST(NULLIF(trim(\"{by_norm['value']}\"), '') AS DOUBLE) AS value FROM {src}"
            )
        else:
            raise TradeStoreError(f"{path.name}: neither year columns (1960, 1961…) nor Year/Value")
        con.execute(f"CREATE TEMP TABLE macro AS {long_sql}")
        indicators = [r[0] for r in con.execute("SELECT DISTINCT ind FROM macro").fetchall()]
        target_dir = store.ref_dir / "macro"
        target_dir.mkdir(parents=True, exist_ok=True)
        valid = _valid_iso3_list()
        for ind in indicators:
            name = WB_INDICATORS.get(ind or "") or indicator or _guess_indicator(path)
            if not name:
                raise TradeStoreError(
                    f"{path.name}: cannot tell which indicator this is; pass indicator"
                )
            target = target_dir / f"{slug(name)}.parquet"
            row = con.execute(f"""
                COPY (SELECT {_legacy_case("iso3")} AS iso3, year, value FROM macro
                      WHERE ind IS NOT DISTINCT FROM {q(ind) if ind is not None else "NULL"}
                        AND value IS NOT NULL AND year IS NOT NULL
                        AND {_legacy_case("iso3")} IN ({valid}))
                TO {q(target)} (FORMAT parquet)""").fetchone()
            out[name] = int(row[0]) if row else 0
            dropped = con.execute(f"""SELECT count(DISTINCT iso3) FROM macro
                WHERE {_legacy_case("iso3")} NOT IN ({valid})""").fetchone()
            out[f"{name}_non_country_codes_dropped"] = int(dropped[0]) if dropped else 0
    finally:
        con.close()
    store.record_reference("macro", {**store.manifest()["reference"].get("macro", {}), **out})
    return out


def _guess_indicator(path: Path) -> str:
    name = path.name.lower()
    if "pop" in name:
        return "population"
    if "gdp" in name:
        return "gdp"
    return ""


def macro(store: TradeStore, indicator: str) -> pd.DataFrame | None:
    """iso3, year, value for one indicator (gdp, population, …), or None when not loaded."""
    path = store.ref_dir / "macro" / f"{slug(indicator)}.parquet"
    if not path.exists():
        return None
    return pd.read_parquet(path)


# --------------------------------------------------------------------------- IMF WEO
def load_weo(store: TradeStore, path: str | Path) -> dict[str, Any]:
    """Load IMF WEO real GDP growth (NGDP_RPCH) → ref/macro/real_gdp_growth.parquet.

    Layout read (shared/data/gdp_forecasts): `ref_area, year, real_gdp_growth_pct,
    last_actual_year, is_projection, weo_vintage`; the IMF's world aggregate G001 becomes WLD,
    other groups are dropped. A year counts as a forecast when it is after the country's
    latest actual year (`is_projection`).
    """
    path = Path(path)
    con = store.connect()
    try:
        names = {norm(c): c for c in header(con, path)}
        need = {"refarea", "year", "realgdpgrowthpct"}
        if not need <= set(names):
            raise TradeStoreError(
                f"{path.name}: expected ref_area, year, real_gdp_growth_pct columns "
                "(IMF WEO NGDP_RPCH)"
            )
        proj = names.get("isprojection")
        last = names.get("lastactualyear")
        vintage = names.get("weovintage")
        area = f'upper(trim("{names["refarea"]}"))'
        year = f'TRY_CAST("{names["year"]}" AS INTEGER)'
        projection = (
            f"""coalesce(lower(trim("{proj}")) = 'true', {year} > TRY_CAST("{last}" AS INTEGER),
                         false)"""
            if proj and last
            else "false"
        )
        valid = _valid_iso3_list()
        target_dir = store.ref_dir / "macro"
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / "real_gdp_growth.parquet"
        row = con.execute(f"""
            COPY (SELECT * FROM (
                SELECT CASE WHEN {area} = 'G001' THEN 'WLD' ELSE {_legacy_case(area)} END AS iso3,
                       {year} AS year,
                       TRY_CAST(NULLIF(trim("{names["realgdpgrowthpct"]}"), '') AS DOUBLE)
                           AS growth_pct,
                       {projection} AS is_projection,
                       {f'"{vintage}"' if vintage else "''"} AS vintage
                FROM {csv_src(path)})
                WHERE (iso3 IN ({valid}) OR iso3 = 'WLD') AND growth_pct IS NOT NULL
                  AND year IS NOT NULL)
            TO {q(target)} (FORMAT parquet)""").fetchone()
        stats = con.execute(f"""SELECT count(DISTINCT iso3), min(year) FILTER (WHERE is_projection),
            max(year), any_value(vintage) FROM read_parquet({q(target)})""").fetchone()
    finally:
        con.close()
    info = {
        "file": path.name,
        "rows": int(row[0]) if row else 0,
        "economies": int(stats[0]) if stats else 0,
        "first_forecast_year": stats[1] if stats else None,
        "last_year": stats[2] if stats else None,
        "vintage": stats[3] if stats else "",
    }
    if not info["rows"]:
        raise TradeStoreError(f"{path.name}: no real GDP growth rows for known countries")
    store.record_reference("weo", info)
    return info


def real_growth(store: TradeStore) -> pd.DataFrame | None:
    """iso3, year, growth_pct, is_projection, vintage (IMF WEO), or None when not loaded."""
    path = store.ref_dir / "macro" / "real_gdp_growth.parquet"
    return pd.read_parquet(path) if path.exists() else None


# --------------------------------------------------------------------------- tariffs
def load_tariffs(
    store: TradeStore,
    paths: Sequence[str | Path],
    *,
    columns: str | Mapping[str, str] | None = None,
) -> list[dict[str, Any]]:
    """Load WITS/TRAINS, WTO IDB or mapped long tariff files; one source per file."""
    results = []
    for raw in paths:
        path = Path(raw)
        con = store.connect()
        try:
            names = header(con, path)
            by_norm = {norm(c): c for c in names}
            src = csv_src(path)
            if columns:
                select = _long_tariff_sql(src, parse_mapping(columns, TARIFF_FIELDS), names)
                kind = "long"
            elif "tl" in by_norm and (
                "avdutyrate" in by_norm or "boundduyav" in by_norm or "bounddutyav" in by_norm
            ):
                select = _wits_sql(con, src, by_norm)
                kind = "wits" if "avdutyrate" in by_norm else "wto_bound"
            else:
                raise TradeStoreError(
                    f"{path.name}: not a WITS/TRAINS or WTO IDB file; pass columns"
                )
            con.execute(f"CREATE TEMP TABLE lines AS {select}")
            target_dir = store.ref_dir / "tariffs"
            target_dir.mkdir(parents=True, exist_ok=True)
            key = slug(stem(path))
            tmp = target_dir / f".{key}.tmp"
            # Simple average over the national lines of each HS6 within one agreement; a partner
            # in several agreements gets the lowest of them (the exporter picks the best one).
            row = con.execute(f"""
                COPY (
                    WITH per_agreement AS (
                        SELECT importer, partner, product, year, regime, agreement,
                               avg(rate) AS rate, count(*) AS lines,
                               count(*) FILTER (WHERE rate IS NULL) AS lines_without_ad_valorem
                        FROM lines
                        WHERE importer IS NOT NULL AND regexp_full_match(product, '[0-9]{{6}}')
                        GROUP BY ALL)
                    SELECT importer, partner, product, year, regime,
                           arg_min(agreement, rate) AS agreement, min(rate) AS rate,
                           max(lines) AS lines, max(lines_without_ad_valorem) AS lines_without_ad_valorem
                    FROM per_agreement GROUP BY importer, partner, product, year, regime)
                TO {q(tmp)} (FORMAT parquet)""").fetchone()
            tmp.replace(target_dir / f"{key}.parquet")
            info = {
                "source": key,
                "kind": kind,
                "file": path.name,
                "rows": int(row[0]) if row else 0,
            }
            info["years"] = [
                r[0] for r in con.execute("SELECT DISTINCT year FROM lines ORDER BY 1").fetchall()
            ]
            info["importers"] = [
                r[0]
                for r in con.execute(
                    "SELECT DISTINCT importer FROM lines WHERE importer IS NOT NULL ORDER BY 1"
                ).fetchall()
            ]
            info["regimes"] = dict(
                con.execute("SELECT regime, count(*) FROM lines GROUP BY 1 ORDER BY 1").fetchall()
            )
        finally:
            con.close()
        tariffs_info = dict(store.manifest()["reference"].get("tariffs", {}))
        tariffs_info[key] = info
        store.record_reference("tariffs", tariffs_info)
        results.append(info)
    return results


def _wits_sql(con: Any, src: str, by_norm: dict[str, str]) -> str:
    """WITS/TRAINS or WTO IDB tariff lines → importer, partner, product, year, rate, regime."""
    tl = by_norm["tl"]
    # TL was stored as an integer, so chapters 01–09 lost their leading zero. National lines
    # have one length per file; a code whose length differs from the modal length by an odd
    # number lost a zero, so pad it back (modal parity rule), then take the first 6 digits.
    modal = con.execute(f'SELECT mode(length(trim("{tl}"))) FROM {src}').fetchone()[0] or 10
    padded = (
        f'CASE WHEN (length(trim("{tl}")) % 2) <> ({int(modal)} % 2) '
        f'THEN \'0\' || trim("{tl}") ELSE trim("{tl}") END'
    )
    reporter = by_norm.get("reporter") or by_norm.get("reportercode")
    year = by_norm["year"]
    if "avdutyrate" in by_norm:
        rate = f"TRY_CAST(NULLIF(trim(\"{by_norm['avdutyrate']}\"), '') AS DOUBLE)"
        desc = (
            f"lower(coalesce(\"{by_norm.get('dutytypedescription', 'DutyTypeDescription')}\", ''))"
        )
        case_agreement = " ".join(
            f"WHEN {desc} LIKE '%{needle}%' THEN {q(name)}" for needle, name, _ in AGREEMENTS
        )
        members = ", ".join(f"({q(name)}, {q(m)})" for _, name, ms in AGREEMENTS for m in ms)
        return f"""
            WITH l AS (
                SELECT trim("{reporter}") AS rep, TRY_CAST("{year}" AS INTEGER) AS year,
                       left({padded}, 6) AS product, {rate} AS rate,
                       CASE WHEN {desc} LIKE '%mfn%' THEN 'mfn' ELSE 'pref' END AS regime,
                       CASE WHEN {desc} LIKE '%mfn%' THEN NULL ELSE CASE {case_agreement} END END
                           AS agreement
                FROM {src}),
            rep AS (SELECT l.*, c.iso3 AS importer FROM l LEFT JOIN (VALUES {_numeric_values()})
                    c(code, iso3) ON c.code = ltrim(l.rep, '0'))
            SELECT importer, '*' AS partner, product, year, rate, regime, NULL AS agreement
            FROM rep WHERE regime = 'mfn'
            UNION ALL
            SELECT importer, m.partner, product, year, rate, 'pref' AS regime, rep.agreement
            FROM rep JOIN (VALUES {members}) m(agreement, partner) USING (agreement)
            WHERE regime = 'pref' AND m.partner <> rep.importer"""
    bound = by_norm.get("bounddutyav")
    return f"""
        SELECT c.iso3 AS importer, '*' AS partner, left({padded}, 6) AS product,
               TRY_CAST("{year}" AS INTEGER) AS year,
               TRY_CAST(NULLIF(trim("{bound}"), '') AS DOUBLE) AS rate, 'bound' AS regime,
               NULL AS agreement
        FROM {src} LEFT JOIN (VALUES {_numeric_values()}) c(code, iso3)
            ON c.code = ltrim(trim("{reporter}"), '0')"""


def _numeric_values() -> str:
    from .countries import code_table

    return ", ".join(f"({q(code)}, {q(iso3)})" for code, iso3 in code_table() if code.isdigit())


def _long_tariff_sql(src: str, mapping: dict[str, str], names: list[str]) -> str:
    missing = [f for f in ("importer", "product", "year", "rate") if f not in mapping]
    if missing:
        raise TradeStoreError(f"tariff columns must map {missing}")
    absent = [c for c in mapping.values() if c not in names]
    if absent:
        raise TradeStoreError(f"tariff columns {absent} not found; file has {names}")
    partner = (
        f"coalesce(NULLIF(upper(trim(\"{mapping['partner']}\")), ''), '*')"
        if "partner" in mapping
        else "'*'"
    )
    regime = (
        f'lower(trim("{mapping["regime"]}"))'
        if "regime" in mapping
        else f"CASE WHEN {partner} = '*' THEN 'mfn' ELSE 'pref' END"
    )
    return f"""
        SELECT upper(trim("{mapping["importer"]}")) AS importer, {partner} AS partner,
               lpad(regexp_replace(trim("{mapping["product"]}"), '[^0-9]', '', 'g'), 6, '0')[:6]
                   AS product,
               TRY_CAST("{mapping["year"]}" AS INTEGER) AS year,
               TRY_CAST(NULLIF(trim("{mapping["rate"]}"), '') AS DOUBLE) AS rate,
               {regime} AS regime, NULL AS agreement
        FROM {src}"""


def tariff_files(store: TradeStore) -> list[Path]:
    folder = store.ref_dir / "tariffs"
    return sorted(folder.glob("*.parquet")) if folder.exists() else []


def tariff_importers(store: TradeStore) -> set[str]:
    """Importers for which any tariff is loaded (so a missing tariff can be named)."""
    importers: set[str] = set()
    for info in store.manifest()["reference"].get("tariffs", {}).values():
        if isinstance(info, dict):
            importers.update(info.get("importers", []))
    return importers


# --------------------------------------------------------------------------- production (BPS)
def load_production(store: TradeStore, path: str | Path) -> dict[str, Any]:
    """Store a tidy BPS production table (wilayah, komoditas, tahun, measure, value)."""
    path = Path(path)
    con = store.connect()
    try:
        names = {norm(c): c for c in header(con, path)}
        if not {"wilayah", "komoditas", "tahun", "measure", "value"} <= set(names):
            raise TradeStoreError(
                f"{path.name}: expected columns wilayah, komoditas, tahun, "
                "measure, value (BPS estate-crop table, long form)"
            )
        store.ref_dir.mkdir(parents=True, exist_ok=True)
        target = store.ref_dir / "production.parquet"
        row = con.execute(f"""
            COPY (SELECT wilayah, komoditas, TRY_CAST(tahun AS INTEGER) AS tahun, measure,
                         TRY_CAST(NULLIF(trim(value), '') AS DOUBLE) AS value
                  FROM {csv_src(path)})
            TO {q(target)} (FORMAT parquet)""").fetchone()
    finally:
        con.close()
    info = {"file": path.name, "rows": int(row[0]) if row else 0}
    store.record_reference("production", info)
    return info


def production(store: TradeStore) -> pd.DataFrame | None:
    """The stored BPS production table, or None when not loaded."""
    path = store.ref_dir / "production.parquet"
    return pd.read_parquet(path) if path.exists() else None
