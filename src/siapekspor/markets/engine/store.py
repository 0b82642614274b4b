"""The trade store: bilateral trade flows as Parquet under one directory, queried with DuckDB.

Layout of a store directory (default `var/trade/`)::

    manifest.json            what was loaded: one entry per source, with file SHA-256s
    flows/<source>.parquet   year, exporter, importer, product, value (USD), quantity, source
    products/<HSxx>.parquet  product codes and descriptions shipped with the data
    ref/…                    reference tables (GeoDist, GDP/population, WEO growth, tariffs):
                             see reference.py; destination schedules ref/schedules/ and the
                             tariff-factor tables ref/tariffs/dest_<iso3>.parquet: schedules.py;
                             the province's own exports ref/province_exports/: province_exports.py
    cache/…                  derived tables keyed by the manifest digest (safe to delete)

Guarantees:

* Countries are ISO 3166-1 alpha-3 codes, products 6-character zero-padded HS codes, values
  US dollars. CEPII BACI publishes `v` in **thousands** of USD: the loader multiplies by 1,000.
  BACI `q` is metric tonnes and is kept as is; Comtrade net weight (kg) is divided by 1,000.
* Loading is idempotent: each file becomes one source (`flows/<source>.parquet`) that a re-load
  replaces atomically (write to `tmp/`, then rename). A BACI year keeps its key across releases
  (`baci_hs22_y2019`), so a newer release replaces the older one; a file whose SHA-256 is
  already stored under another name replaces that entry too. Nothing is ever counted twice.
* Every load returns a `ValidationSummary`: rows read and kept, unknown country and product
  codes, negative, missing and zero values, rows merged as duplicates.
* All parsing happens in DuckDB (`read_csv` with explicit column types), never row by row.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from .ingest import (
    BACI_NAME,
    HS6,
    TradeCodeError,
    TradeNoImporters,
    TradeStoreError,
    TradeWeightsError,
    ValidationSummary,
    country_map,
    csv_src,
    guess_format,
    is_synthetic,
    q,
    select_sql,
    sha256_file,
    slug,
    stem,
    summarise,
    timestamp,
    unzip,
)

try:  # POSIX file lock so two loads cannot interleave; Windows laptops simply skip it.
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "DEFAULT_STORE",
    "TradeCodeError",
    "TradeNoImporters",
    "TradeStore",
    "TradeStoreError",
    "TradeWeightsError",
    "ValidationSummary",
]

DEFAULT_STORE = Path("var/trade")
ProgressCallback = Callable[[str, int, int], None]

# Which source wins when two cover the same year and product (lower first).
KIND_PRIORITY = {"baci": 1, "comtrade": 2, "long": 3}


class TradeStore:
    """A directory of Parquet files plus a manifest. Cheap to construct; holds no connection."""

    def __init__(
        self,
        root: str | os.PathLike[str] = DEFAULT_STORE,
        *,
        threads: int | None = None,
        memory_limit: str | None = None,
    ) -> None:
        self.root = Path(root)
        self.threads = threads
        self.memory_limit = memory_limit

    # ------------------------------------------------------------------ paths and manifest
    @property
    def flows_dir(self) -> Path:
        return self.root / "flows"

    @property
    def ref_dir(self) -> Path:
        return self.root / "ref"

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    @property
    def manifest_path(self) -> Path:
        return self.root / "manifest.json"

    def manifest(self) -> dict[str, Any]:
        if not self.manifest_path.exists():
            return {"version": 1, "sources": {}, "reference": {}}
        data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        data.setdefault("sources", {})
        data.setdefault("reference", {})
        return data

    def _write_manifest(self, data: dict[str, Any]) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.manifest_path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(data, indent=2, sort_keys=True, default=str), encoding="utf-8")
        os.replace(tmp, self.manifest_path)

    def digest(self) -> str:
        """Changes whenever anything in the store changes: the key for cached derived tables."""
        data = self.manifest()
        return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[
            :16
        ]

    def is_synthetic(self, sources: Sequence[str] | None = None) -> bool:
        """True when any (selected) flow source is synthetic: the UI must say so."""
        entries = self.manifest()["sources"]
        return any(
            v.get("synthetic") for k, v in entries.items() if sources is None or k in sources
        )

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        with (self.root / ".lock").open("w") as handle:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                if fcntl is not None:
                    fcntl.flock(handle, fcntl.LOCK_UN)

    def connect(self) -> duckdb.DuckDBPyConnection:
        """A fresh in-memory DuckDB connection that spills to `<store>/tmp` when needed."""
        con = duckdb.connect()
        tmp = self.root / "tmp"
        tmp.mkdir(parents=True, exist_ok=True)
        con.execute(f"SET temp_directory = {q(tmp)}")
        con.execute("SET preserve_insertion_order = false")
        con.execute("SET enable_progress_bar = false")
        if self.threads:
            con.execute(f"SET threads = {int(self.threads)}")
        if self.memory_limit:
            con.execute(f"SET memory_limit = {q(self.memory_limit)}")
        return con

    # ------------------------------------------------------------------ reading
    def sources(self) -> dict[str, dict[str, Any]]:
        return dict(self.manifest()["sources"])

    def years(self) -> list[int]:
        years: set[int] = set()
        for entry in self.sources().values():
            years.update(entry.get("years", []))
        return sorted(years)

    def flows_sql(
        self,
        *,
        years: Sequence[int] | None = None,
        products: Sequence[str] | None = None,
        sources: Sequence[str] | None = None,
    ) -> str:
        """A SQL subquery over the stored flows, filtered, one source per (year, product).

        When several sources cover the same year and product (say a BACI year and a Comtrade
        extract), only the highest-priority one is used (BACI, then Comtrade, then other long
        tables; the most recently loaded first), so values are never summed across sources.
        """
        entries = self.sources()
        if sources is not None:
            entries = {k: v for k, v in entries.items() if k in set(sources)}
        files = [self.flows_dir / f"{k}.parquet" for k in sorted(entries)]
        files = [f for f in files if f.exists()]
        empty = (
            "SELECT NULL::INTEGER AS year, NULL::VARCHAR AS exporter, NULL::VARCHAR AS importer,"
            " NULL::VARCHAR AS product, NULL::DOUBLE AS value, NULL::DOUBLE AS quantity,"
            " NULL::VARCHAR AS source WHERE false"
        )
        if not files:
            return empty
        where = []
        if years is not None:
            ys = sorted({int(y) for y in years})
            if not ys:
                return empty
            where.append(f"year IN ({', '.join(map(str, ys))})")
        if products is not None:
            ps = sorted({p for p in products if HS6.match(p)})
            if not ps:
                return empty
            where.append(f"product IN ({', '.join(map(q, ps))})")
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        base = (
            f"SELECT year, exporter, importer, product, value, quantity, source FROM read_parquet("
            f"[{', '.join(q(f) for f in files)}]){clause}"
        )
        if not self._overlapping(entries):
            return base
        ranked = sorted(
            entries.items(),
            key=lambda kv: (
                KIND_PRIORITY.get(kv[1].get("kind", "long"), 9),
                -timestamp(kv[1].get("loaded_at")),
            ),
        )
        prio = ", ".join(f"({q(k)}, {i})" for i, (k, _) in enumerate(ranked))
        return (
            f"SELECT f.* FROM ({base}) f JOIN (VALUES {prio}) r(source, prio) USING (source) "
            f"JOIN (SELECT year, product, min(r2.prio) AS best FROM ({base}) f2 "
            f"JOIN (VALUES {prio}) r2(source, prio) USING (source) GROUP BY ALL) b "
            f"USING (year, product) WHERE r.prio = b.best"
        )

    @staticmethod
    def _overlapping(entries: Mapping[str, Mapping[str, Any]]) -> bool:
        seen: set[int] = set()
        for entry in entries.values():
            years = set(entry.get("years", []))
            if years & seen:
                return True
            seen |= years
        return False

    def query(self, sql: str) -> pd.DataFrame:
        """Run SQL in which `{flows}` may appear (all flows); returns a DataFrame."""
        con = self.connect()
        try:
            return con.execute(sql.replace("{flows}", f"({self.flows_sql()})")).df()
        finally:
            con.close()

    def exports_by_product(
        self, years: Sequence[int] | None = None, sources: Sequence[str] | None = None
    ) -> pd.DataFrame:
        """Exports summed over importers: columns time, loc, prod, val (for complexity)."""
        con = self.connect()
        try:
            flows = self.flows_sql(years=years, sources=sources)
            return con.execute(
                f"SELECT year AS time, exporter AS loc, product AS prod, sum(value) AS val "
                f"FROM ({flows}) GROUP BY ALL"
            ).df()
        finally:
            con.close()

    def product_descriptions(self) -> pd.DataFrame:
        """Product codes and descriptions that came with loaded data (code, description, revision)."""
        files = sorted((self.root / "products").glob("*.parquet"))
        if not files:
            return pd.DataFrame(columns=["code", "description", "revision"])
        con = self.connect()
        try:
            return con.execute(
                f"SELECT code, any_value(description) AS description, any_value(revision) AS revision "
                f"FROM read_parquet([{', '.join(q(f) for f in files)}]) GROUP BY code"
            ).df()
        finally:
            con.close()

    def status(self) -> dict[str, Any]:
        """Sources, years, rows and reference tables: what `siapekspor trade status` prints."""
        data = self.manifest()
        sources = []
        for key, entry in sorted(data["sources"].items()):
            sources.append(
                {
                    "source": key,
                    "kind": entry.get("kind"),
                    "years": entry.get("years"),
                    "rows": entry.get("rows"),
                    "hs_revision": entry.get("hs_revision"),
                    "synthetic": bool(entry.get("synthetic")),
                    "loaded_at": entry.get("loaded_at"),
                    "files": [f.get("name") for f in entry.get("files", [])],
                }
            )
        return {
            "root": str(self.root),
            "sources": sources,
            "reference": data["reference"],
            "years": self.years(),
            "synthetic": self.is_synthetic(),
            "rows": sum(int(s["rows"] or 0) for s in sources),
        }

    def remove(self, source: str) -> bool:
        """Delete one source (its Parquet file and manifest entry). True if it existed."""
        with self._lock():
            data = self.manifest()
            existed = data["sources"].pop(source, None) is not None
            (self.flows_dir / f"{source}.parquet").unlink(missing_ok=True)
            self._write_manifest(data)
            return existed

    # ------------------------------------------------------------------ loading
    def load(
        self,
        paths: Sequence[str | os.PathLike[str]],
        *,
        format: str = "auto",
        columns: str | Mapping[str, str] | None = None,
        value_scale: float = 1.0,
        quantity_scale: float = 1.0,
        hs_revision: str | None = None,
        country_codes: str | os.PathLike[str] | None = None,
        product_codes: str | os.PathLike[str] | None = None,
        progress: ProgressCallback | None = None,
    ) -> list[ValidationSummary]:
        """Load several files; `format` is baci, comtrade, long or auto (guessed per file)."""
        summaries: list[ValidationSummary] = []
        expanded = self._expand(paths)
        total = len(expanded) * 4
        step = 0

        def tick(message: str) -> None:
            nonlocal step
            step += 1
            if progress is not None:
                progress(message, step, total)

        with self._lock(), tempfile.TemporaryDirectory(dir=self._tmp()) as scratch:
            for path in expanded:
                kind = format if format != "auto" else guess_format(path, columns)
                if path.suffix.lower() == ".zip":
                    for member, cc, pc in unzip(path, Path(scratch)):
                        summaries.append(
                            self._load_one(
                                member,
                                kind="baci",
                                columns=None,
                                value_scale=value_scale,
                                quantity_scale=quantity_scale,
                                hs_revision=hs_revision,
                                country_codes=Path(country_codes) if country_codes else cc,
                                product_codes=Path(product_codes) if product_codes else pc,
                                tick=tick,
                                origin=path,
                            )
                        )
                    continue
                summaries.append(
                    self._load_one(
                        path,
                        kind=kind,
                        columns=columns,
                        value_scale=value_scale,
                        quantity_scale=quantity_scale,
                        hs_revision=hs_revision,
                        country_codes=Path(country_codes) if country_codes else None,
                        product_codes=Path(product_codes) if product_codes else None,
                        tick=tick,
                    )
                )
        return summaries

    def _tmp(self) -> Path:
        tmp = self.root / "tmp"
        tmp.mkdir(parents=True, exist_ok=True)
        return tmp

    @staticmethod
    def _expand(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
        out: list[Path] = []
        for raw in paths:
            path = Path(raw)
            if path.is_dir():
                members = sorted(p for p in path.iterdir() if BACI_NAME.search(p.name))
                if not members:
                    raise TradeStoreError(f"{path}: no BACI_HSxx_Yyyyy_Vxxxxxx files in directory")
                out.extend(members)
            elif path.exists():
                out.append(path)
            else:
                raise TradeStoreError(f"{path}: file not found")
        return out

    def _load_one(
        self,
        path: Path,
        *,
        kind: str,
        columns: Any,
        value_scale: float,
        quantity_scale: float,
        hs_revision: str | None,
        country_codes: Path | None,
        product_codes: Path | None,
        tick: Callable[[str], None],
        origin: Path | None = None,
    ) -> ValidationSummary:
        started = time.perf_counter()
        tick(f"{path.name}: SHA-256")
        sha = sha256_file(path)
        match = BACI_NAME.search(path.name)
        if kind == "baci" and match:
            key = f"baci_hs{match['rev']}_y{match['year']}"
            hs_revision = hs_revision or f"HS{match['rev']}"
        else:
            name = slug(stem(path))
            key = name if name.startswith(f"{kind}_") else f"{kind}_{name}"
        summary = ValidationSummary(
            source=key, kind=kind, files=[path.name], sha256=sha, hs_revision=hs_revision
        )
        summary.synthetic = is_synthetic(path, sha)
        con = self.connect()
        try:
            cmap = country_map(con, kind, path, country_codes)
            plist = self._product_list(con, kind, path, product_codes, hs_revision)
            tick(f"{path.name}: parse")
            select, note, aggregate_flag = select_sql(
                con,
                path,
                kind=kind,
                columns=columns,
                value_scale=value_scale,
                quantity_scale=quantity_scale,
                summary=summary,
            )
            summary.value_note = note
            con.execute(f"""
                CREATE TEMP TABLE staged AS
                SELECT s.year, CASE WHEN ce.iso3 IS NULL THEN s.exp_code END AS exp_code,
                       CASE WHEN ci.iso3 IS NULL THEN s.imp_code END AS imp_code,
                       ce.iso3 AS exporter, ci.iso3 AS importer,
                       CASE WHEN regexp_full_match(s.product_raw, '[0-9]{{6}}') THEN s.product_raw END
                           AS product,
                       s.value, s.quantity, {aggregate_flag} AS is_aggregate
                FROM ({select}) s
                LEFT JOIN {cmap} ce ON ce.code = s.exp_key
                LEFT JOIN {cmap} ci ON ci.code = s.imp_key""")
            tick(f"{path.name}: validate")
            summarise(con, summary, plist)
            tick(f"{path.name}: write")
            self._write_flows(con, key, summary)
        except duckdb.Error as exc:
            raise TradeStoreError(f"{path}: {exc}") from exc
        finally:
            con.close()
        summary.seconds = round(time.perf_counter() - started, 3)
        self._record(key, kind, path if origin is None else origin, path, sha, summary)
        return summary

    def _product_list(
        self,
        con: duckdb.DuckDBPyConnection,
        kind: str,
        path: Path,
        product_codes: Path | None,
        revision: str | None,
    ) -> bool:
        """Create temp table `plist(code)` when a product list is known; store descriptions."""
        codes_file = product_codes
        if codes_file is None and kind == "baci":
            pattern = f"product_codes_{revision}*.csv" if revision else "product_codes*.csv"
            found = sorted(path.parent.glob(pattern)) or sorted(
                path.parent.glob("product_codes*.csv")
            )
            codes_file = found[-1] if found else None
        if codes_file is not None:
            con.execute(f"""
                CREATE TEMP TABLE plist AS
                SELECT lpad(trim(code), 6, '0') AS code, any_value(description) AS description
                FROM {csv_src(codes_file)}
                GROUP BY 1""")
            target = self.root / "products" / f"{slug(revision or stem(codes_file))}.parquet"
            target.parent.mkdir(parents=True, exist_ok=True)
            con.execute(
                f"COPY (SELECT code, description, {q(revision or '')} AS revision FROM plist) "
                f"TO {q(target)} (FORMAT parquet)"
            )
            return True
        stored = self.root / "products" / f"{slug(revision)}.parquet" if revision else None
        if stored is not None and stored.exists():
            con.execute(f"CREATE TEMP TABLE plist AS SELECT code FROM read_parquet({q(stored)})")
            return True
        return False

    def _write_flows(
        self, con: duckdb.DuckDBPyConnection, key: str, summary: ValidationSummary
    ) -> None:
        self.flows_dir.mkdir(parents=True, exist_ok=True)
        tmp = self._tmp() / f"{key}.{os.getpid()}.parquet"
        result = con.execute(f"""
            COPY (SELECT year::SMALLINT AS year, exporter, importer, product, sum(value) AS value,
                         sum(quantity) AS quantity, {q(key)} AS source
                  FROM kept GROUP BY year, exporter, importer, product
                  ORDER BY year, product, importer, exporter)
            TO {q(tmp)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)""").fetchone()
        summary.rows_written = int(result[0]) if result else 0
        summary.duplicate_rows = summary.rows_kept - summary.rows_written
        os.replace(tmp, self.flows_dir / f"{key}.parquet")

    def _record(
        self, key: str, kind: str, origin: Path, path: Path, sha: str, summary: ValidationSummary
    ) -> None:
        data = self.manifest()
        sources = data["sources"]
        for other, entry in list(sources.items()):
            if other != key and any(f.get("sha256") == sha for f in entry.get("files", [])):
                sources.pop(other)
                (self.flows_dir / f"{other}.parquet").unlink(missing_ok=True)
                summary.replaced.append(other)
        if key in sources:
            summary.replaced.append(key)
        match = BACI_NAME.search(path.name)
        sources[key] = {
            "kind": kind,
            "hs_revision": summary.hs_revision,
            "years": summary.years,
            "rows": summary.rows_written,
            "synthetic": summary.synthetic,
            "release": f"V{match['version']}" if match else None,
            "loaded_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "files": [
                {
                    "name": path.name,
                    "origin": str(origin),
                    "sha256": sha,
                    "bytes": path.stat().st_size,
                }
            ],
            "summary": {
                k: v
                for k, v in summary.as_dict().items()
                if k not in {"files", "unknown_products", "unknown_countries"}
            },
        }
        self._write_manifest(data)

    def record_reference(self, name: str, info: dict[str, Any]) -> None:
        """Manifest entry for a reference table (called by reference.py loaders)."""
        with self._lock():
            data = self.manifest()
            info = dict(info, loaded_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
            data["reference"][name] = info
            self._write_manifest(data)
