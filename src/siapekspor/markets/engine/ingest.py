"""Parsing for the trade store: SQL that turns BACI, Comtrade and long CSV files into flows.

Everything here builds DuckDB SQL; no row of trade data passes through Python. `store.py`
orchestrates (locking, manifest, atomic replacement); this module knows the file formats.
"""

from __future__ import annotations

import atexit
import codecs
import dataclasses
import datetime as dt
import gzip
import hashlib
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import duckdb

from .countries import code_table, iso3_codes

BACI_NAME = re.compile(r"BACI_HS(?P<rev>\d{2})_Y(?P<year>\d{4})_V(?P<version>\d+)", re.I)
HS6 = re.compile(r"^\d{6}$")
LONG_FIELDS = ("exporter", "importer", "product", "year", "value", "quantity")
COMTRADE_REVISIONS = {
    "H0": "HS92",
    "H1": "HS96",
    "H2": "HS02",
    "H3": "HS07",
    "H4": "HS12",
    "H5": "HS17",
    "H6": "HS22",
}


class TradeStoreError(ValueError):
    """Input the store cannot load: unreadable file, missing column, bad mapping."""


class TradeCodeError(TradeStoreError):
    """A product code that is not six digits."""


class TradeNoImporters(TradeStoreError):
    """Nobody imports the product in the loaded data."""


class TradeWeightsError(TradeStoreError):
    """Ranking weights that cannot be read (not name=value, unknown, negative, all zero)."""


@dataclasses.dataclass
class ValidationSummary:
    """What one load did to one file. `rows_kept` rows were written (after merging duplicates)."""

    source: str
    kind: str
    files: list[str]
    rows_read: int = 0
    rows_kept: int = 0
    rows_written: int = 0
    unknown_country_rows: int = 0
    unknown_countries: dict[str, int] = dataclasses.field(default_factory=dict)
    unknown_product_rows: int | None = None  # None: no product list to check against
    unknown_products: dict[str, int] = dataclasses.field(default_factory=dict)
    malformed_products: int = 0
    missing_years: int = 0
    missing_values: int = 0
    negative_values: int = 0
    zero_values: int = 0
    aggregate_rows: int = 0
    self_trade_rows: int = 0
    duplicate_rows: int = 0
    years: list[int] = dataclasses.field(default_factory=list)
    hs_revision: str | None = None
    value_note: str = ""
    synthetic: bool = False
    replaced: list[str] = dataclasses.field(default_factory=list)
    sha256: str = ""
    seconds: float = 0.0

    @property
    def rows_dropped(self) -> int:
        return self.rows_read - self.rows_kept

    def as_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["rows_dropped"] = self.rows_dropped
        return data


def q(text: str | os.PathLike[str]) -> str:
    """A SQL string literal (paths, codes that were already validated)."""
    return "'" + str(text).replace("'", "''") + "'"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:80] or "source"


def stem(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".zip", ".csv", ".txt", ".tsv"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name


def sha256_file(path: Path, chunk: int = 1 << 22) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(chunk), b""):
            digest.update(block)
    return digest.hexdigest()


def parse_mapping(text: str | Mapping[str, str] | None, allowed: Sequence[str]) -> dict[str, str]:
    """Parse `exporter=col_a,importer=col_b,…` into a dict; unknown keys raise."""
    if text is None:
        return {}
    if isinstance(text, Mapping):
        pairs = dict(text)
    else:
        pairs = {}
        for part in filter(None, (p.strip() for p in text.split(","))):
            if "=" not in part:
                raise TradeStoreError(f"mapping item {part!r} is not of the form key=column")
            key, column = (s.strip() for s in part.split("=", 1))
            pairs[key] = column
    unknown = sorted(set(pairs) - set(allowed))
    if unknown:
        raise TradeStoreError(f"unknown mapping keys {unknown}; allowed: {list(allowed)}")
    return pairs


def guess_format(path: Path, columns: Any) -> str:
    if columns:
        return "long"
    if BACI_NAME.search(path.name) or path.suffix.lower() == ".zip":
        return "baci"
    if "comtrade" in path.name.lower():
        return "comtrade"
    con = duckdb.connect()
    try:
        names = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {csv_src(path)}").fetchall()]
    except duckdb.Error as exc:
        raise TradeStoreError(f"{path}: unreadable as CSV ({exc})") from exc
    finally:
        con.close()
    found = {norm(n) for n in names}
    if {"t", "i", "j", "k", "v"} <= found:
        return "baci"
    if found & {"reporteriso", "reportercode", "reporteriso3"}:
        return "comtrade"
    raise TradeStoreError(f"{path}: format not recognised; pass --format and --columns")


def unzip(path: Path, scratch: Path) -> Iterator[tuple[Path, Path | None, Path | None]]:
    """Extract a BACI zip's year files and code lists one at a time (streamed to disk)."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        extracted: dict[str, Path] = {}
        for name in names:
            base = Path(name).name
            if base.lower().startswith(("country_codes", "product_codes")):
                target = scratch / base
                with archive.open(name) as src, target.open("wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 22)
                extracted[base.lower().split("_")[0]] = target
        for name in sorted(n for n in names if BACI_NAME.search(Path(n).name)):
            target = scratch / Path(name).name
            with archive.open(name) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 22)
            try:
                yield target, extracted.get("country"), extracted.get("product")
            finally:
                target.unlink(missing_ok=True)


def country_map(
    con: duckdb.DuckDBPyConnection, kind: str, path: Path, country_codes: Path | None
) -> str:
    """Create temp table `cmap(code, iso3)`; BACI's own code list wins over ISO numeric."""
    con.execute("CREATE TEMP TABLE cmap_base(code VARCHAR, iso3 VARCHAR)")
    con.executemany("INSERT INTO cmap_base VALUES (?, ?)", code_table())
    codes_file = country_codes
    if codes_file is None and kind == "baci":
        found = sorted(path.parent.glob("country_codes*.csv"))
        codes_file = found[-1] if found else None
    if codes_file is not None:
        raw = [
            r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {csv_src(codes_file)}").fetchall()
        ]
        by_norm = {norm(c): c for c in raw}
        code_col = by_norm.get("countrycode")
        iso_col = by_norm.get("countryiso3") or by_norm.get("iso3digitalpha")
        if code_col is None or iso_col is None:
            raise TradeStoreError(f"{codes_file}: expected country_code and country_iso3 columns")
        valid = ", ".join(q(c) for c in sorted(iso3_codes()))
        con.execute(f"""
            CREATE TEMP TABLE cmap AS
            WITH f AS (
                SELECT ltrim(trim("{code_col}"), '0') AS code, upper(trim("{iso_col}")) AS iso3
                FROM {csv_src(codes_file)})
            SELECT coalesce(b.code, f.code) AS code,
                   CASE WHEN f.iso3 IN ({valid}) THEN f.iso3 ELSE b.iso3 END AS iso3
            FROM f FULL OUTER JOIN cmap_base b USING (code)""")
    else:
        con.execute("CREATE TEMP TABLE cmap AS SELECT * FROM cmap_base")
    return "cmap"


def select_sql(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    *,
    kind: str,
    columns: Any,
    value_scale: float,
    quantity_scale: float,
    summary: ValidationSummary,
) -> tuple[str, str, str]:
    """SQL yielding year, exp_code, imp_code, exp_key, imp_key, product_raw, value, quantity."""
    if kind == "baci":
        src = (
            f"read_csv({q(path)}, header=true, delim=',', quote='\"', compression='auto', "
            "columns={'t':'INTEGER','i':'VARCHAR','j':'VARCHAR','k':'VARCHAR',"
            "'v':'VARCHAR','q':'VARCHAR'})"
        )
        select = f"""
            SELECT t AS year, trim(i) AS exp_code, trim(j) AS imp_code,
                   ltrim(trim(i), '0') AS exp_key, ltrim(trim(j), '0') AS imp_key,
                   {_product_expr("k")} AS product_raw,
                   TRY_CAST(NULLIF(NULLIF(trim(v), 'NA'), '') AS DOUBLE) * 1000 AS value,
                   TRY_CAST(NULLIF(NULLIF(trim(q), 'NA'), '') AS DOUBLE) AS quantity
            FROM {src}"""
        note = (
            "BACI v is in thousand USD; stored value = v × 1,000 USD. "
            "BACI q is metric tonnes, stored unchanged."
        )
        return select, note, "false"
    names = header(con, path)
    if kind == "comtrade":
        return comtrade_sql(path, names, summary)
    if kind == "long":
        mapping = parse_mapping(columns, LONG_FIELDS)
        missing = [
            f for f in ("exporter", "importer", "product", "year", "value") if f not in mapping
        ]
        if missing:
            raise TradeStoreError(f"--columns must map {missing} (have {sorted(mapping)})")
        absent = [c for c in mapping.values() if c not in names]
        if absent:
            raise TradeStoreError(f"{path.name}: columns {absent} not found; file has {names}")
        qty = (
            f"TRY_CAST(NULLIF(trim(\"{mapping['quantity']}\"), '') AS DOUBLE) * {float(quantity_scale)!r}"
            if "quantity" in mapping
            else "NULL::DOUBLE"
        )
        src = csv_src(path)
        select = f"""
            SELECT TRY_CAST(trim("{mapping["year"]}") AS DOUBLE)::INTEGER AS year,
                   trim("{mapping["exporter"]}") AS exp_code, trim("{mapping["importer"]}") AS imp_code,
                   {_key_expr(mapping["exporter"])} AS exp_key, {_key_expr(mapping["importer"])} AS imp_key,
                   {_product_expr(mapping["product"])} AS product_raw,
                   TRY_CAST(NULLIF(NULLIF(trim("{mapping["value"]}"), 'NA'), '') AS DOUBLE)
                       * {float(value_scale)!r} AS value,
                   {qty} AS quantity
            FROM {src}"""
        note = f"value column {mapping['value']!r} × {value_scale:g} = USD" + (
            " (thousand USD converted)" if value_scale == 1000 else ""
        )
        return select, note, "false"
    raise TradeStoreError(f"unknown format {kind!r}: use baci, comtrade or long")


def csv_src(path: Path) -> str:
    """`read_csv(…)` of a text file, every column VARCHAR (transcoded to UTF-8 when needed)."""
    return f"read_csv({q(readable(path))}, header=true, all_varchar=true, compression='auto')"


def header(con: duckdb.DuckDBPyConnection, path: Path) -> list[str]:
    try:
        return [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {csv_src(path)}").fetchall()]
    except duckdb.Error as exc:
        raise TradeStoreError(f"{path}: unreadable as CSV ({exc})") from exc


def comtrade_sql(path: Path, header: list[str], summary: ValidationSummary) -> tuple[str, str, str]:
    """Legacy Comtrade CSV (Reporter_ISO, Trade_Value__US__) and Comtrade Plus (reporterISO…)."""
    by_norm = {norm(h): h for h in header}

    def pick(*names: str, required: bool = True) -> str | None:
        for name in names:
            if name in by_norm:
                return by_norm[name]
        if required:
            raise TradeStoreError(
                f"{path.name}: no Comtrade column among {names}; file has {header}"
            )
        return None

    year = pick("year", "refyear", "period")
    rep = pick("reporteriso", "reporteriso3", "reportercodeiso", "reportercode")
    par = pick("partneriso", "partneriso3", "partnercodeiso", "partnercode")
    prod = pick("commoditycode", "cmdcode")
    value = pick("tradevalueus", "primaryvalue", "tradevalue", "fobvalue")
    flow = pick("tradeflowcode", "flowcode", "tradeflow", "flowdesc", required=False)
    level = pick("aggregatelevel", "aggrlevel", required=False)
    weight = pick("netweightkg", "netwgt", required=False)
    klass = pick("classification", "classificationcode", required=False)
    par_num = pick("partnercode", required=False)
    if rep is None or par is None or prod is None:  # required picks raise before this
        raise TradeStoreError(f"{path.name}: reporter, partner and product columns are needed")
    if klass and not summary.hs_revision:
        con = duckdb.connect()
        try:
            row = con.execute(f'SELECT any_value("{klass}") FROM {csv_src(path)}').fetchone()
        finally:
            con.close()
        summary.hs_revision = COMTRADE_REVISIONS.get((row or [None])[0] or "")
    is_export = f"upper(trim(\"{flow}\")) IN ('2', 'X', 'EXPORT')" if flow else "true"
    level_ok = f"coalesce(trim(\"{level}\"), '6') = '6'" if level else "true"
    world = [f"upper(trim(\"{par}\")) IN ('WLD', 'W00', '0', '000')"]
    if par_num:
        world.append(f"trim(\"{par_num}\") IN ('0', '000')")
    qty = f"TRY_CAST(NULLIF(trim(\"{weight}\"), '') AS DOUBLE) / 1000" if weight else "NULL::DOUBLE"
    src = csv_src(path)
    select = f"""
        SELECT TRY_CAST(trim("{year}") AS DOUBLE)::INTEGER AS year,
               trim("{rep}") AS exp_code, trim("{par}") AS imp_code,
               {_key_expr(rep)} AS exp_key, {_key_expr(par)} AS imp_key,
               {_product_expr(prod)} AS product_raw,
               TRY_CAST(NULLIF(NULLIF(trim("{value}"), 'NA'), '') AS DOUBLE) AS value,
               {qty} AS quantity,
               ({" OR ".join(world)}) AS world_partner
        FROM {src}
        WHERE {is_export} AND {level_ok}"""
    note = (
        "Comtrade trade value is in USD (stored unchanged); exports as reported by the "
        "exporter; net weight kg / 1,000 = tonnes; partner 'World' rows dropped."
    )
    return select, note, "s.world_partner"


def summarise(con: duckdb.DuckDBPyConnection, summary: ValidationSummary, has_plist: bool) -> None:
    ok = (
        "year IS NOT NULL AND exporter IS NOT NULL AND importer IS NOT NULL AND product IS NOT NULL "
        "AND value > 0 AND exporter <> importer AND NOT is_aggregate"
    )
    con.execute(f"CREATE TEMP VIEW kept AS SELECT * FROM staged WHERE {ok}")
    row = con.execute("""
        SELECT count(*),
               count(*) FILTER (WHERE NOT is_aggregate AND (exporter IS NULL OR importer IS NULL)),
               count(*) FILTER (WHERE product IS NULL), count(*) FILTER (WHERE year IS NULL),
               count(*) FILTER (WHERE value IS NULL), count(*) FILTER (WHERE value < 0),
               count(*) FILTER (WHERE value = 0), count(*) FILTER (WHERE is_aggregate),
               count(*) FILTER (WHERE exporter = importer)
        FROM staged""").fetchone()
    assert row is not None
    (
        summary.rows_read,
        summary.unknown_country_rows,
        summary.malformed_products,
        summary.missing_years,
        summary.missing_values,
        summary.negative_values,
        summary.zero_values,
        summary.aggregate_rows,
        summary.self_trade_rows,
    ) = map(int, row)
    summary.rows_kept = int(con.execute("SELECT count(*) FROM kept").fetchone()[0])  # type: ignore[index]
    summary.unknown_countries = dict(
        con.execute("""
        SELECT code, count(*) FROM (
            SELECT exp_code AS code FROM staged WHERE exporter IS NULL AND NOT is_aggregate
            UNION ALL SELECT imp_code FROM staged WHERE importer IS NULL AND NOT is_aggregate)
        GROUP BY code ORDER BY 2 DESC, 1 LIMIT 50""").fetchall()
    )
    summary.years = [
        int(r[0]) for r in con.execute("SELECT DISTINCT year FROM kept ORDER BY 1").fetchall()
    ]
    if has_plist:
        unknown = con.execute(
            "SELECT count(*) FROM kept WHERE product NOT IN (SELECT code FROM plist)"
        ).fetchone()
        summary.unknown_product_rows = int(unknown[0]) if unknown else 0
        summary.unknown_products = dict(
            con.execute("""
            SELECT product, count(*) FROM kept WHERE product NOT IN (SELECT code FROM plist)
            GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50""").fetchall()
        )


def encoding(path: Path) -> str:
    """'utf-8' when the first 4 MB decode as UTF-8, else 'cp1252' (older WITS/CEPII files)."""
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    with opener(path, "rb") as handle:
        head = handle.read(1 << 22)
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the 4 MB boundary
            return "cp1252"
    return "utf-8"


_TRANSCODED: dict[Path, Path] = {}


def readable(path: Path) -> Path:
    """The path itself when UTF-8; else a UTF-8 copy in a process temp directory.

    DuckDB reads UTF-8 (and strict Latin-1, which rejects the 0x80–0x9F bytes that WITS files
    contain), so Windows-1252 reference files are transcoded once, streamed, in Python.
    """
    path = Path(path)
    if encoding(path) == "utf-8":
        return path
    if path not in _TRANSCODED:
        folder = Path(tempfile.mkdtemp(prefix="siapekspor-utf8-"))
        atexit.register(shutil.rmtree, folder, True)
        target = folder / (stem(path) + ".csv")
        opener = gzip.open if path.suffix.lower() == ".gz" else open
        with opener(path, "rb") as src, target.open("w", encoding="utf-8") as dst:
            reader = codecs.getreader("cp1252")(src, "replace")
            shutil.copyfileobj(reader, dst, 1 << 20)
        _TRANSCODED[path] = target
    return _TRANSCODED[path]


def norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _key_expr(column: str) -> str:
    """Join key for a country code column: numeric codes lose leading zeros, letters upper-case."""
    return (
        f"CASE WHEN regexp_full_match(trim(\"{column}\"), '[0-9]+') "
        f"THEN coalesce(NULLIF(ltrim(trim(\"{column}\"), '0'), ''), '0') "
        f'ELSE upper(trim("{column}")) END'
    )


def _product_expr(column: str) -> str:
    """HS6 as 6 characters: integer-stored codes (90111) get their leading zero back."""
    return (
        f"CASE WHEN length(regexp_replace(trim(\"{column}\"), '[^0-9]', '', 'g')) IN (5, 6) "
        f"THEN lpad(regexp_replace(trim(\"{column}\"), '[^0-9]', '', 'g'), 6, '0') "
        f"ELSE regexp_replace(trim(\"{column}\"), '[^0-9]', '', 'g') END"
    )


def timestamp(value: str | None) -> float:
    if not value:
        return 0.0
    try:
        return dt.datetime.fromisoformat(value).timestamp()
    except ValueError:
        return 0.0


def is_synthetic(path: Path, sha: str) -> bool:
    """A file is synthetic when a SYNTHETIC.json written by synthetic.py sits next to it."""
    marker = path.parent / "SYNTHETIC.json"
    if not marker.exists():
        return False
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    files = data.get("files", {})
    return path.name in files or sha in files.values() or bool(data.get("synthetic") and not files)
