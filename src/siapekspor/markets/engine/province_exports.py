"""The province's own exports: BPS tables by province of origin and e-SKA certificate records.

Three layouts are read (column names are matched case-, space- and punctuation-insensitively;
Indonesian and English headers both work):

1. **BPS exports by province of origin, HS × destination × value × year** — the layout of
   BPS's "Ekspor Menurut Provinsi Asal Barang" tables and of BPS Provinsi Lampung's
   "Nilai Ekspor menurut Kode HS dan Negara Tujuan": `Provinsi` (optional; rows of other
   provinces are dropped), `Kode HS` / `HS` (2 to 10 digits, dots allowed), `Negara Tujuan`
   (a country name in Indonesian or English, or an ISO code), `Tahun`, `Nilai FOB (US$)`
   (or `Nilai (Juta US$)` — then × 1,000,000), optional `Berat Bersih (kg)`.
2. **e-SKA certificate-of-origin records** (the office's own issuance records): `Tanggal` /
   `Tanggal SKA` (date), `Kode HS`, `Negara Tujuan`, `Nilai FOB (US$)`, optional `Nomor SKA`
   (duplicates of one certificate number are counted once), optional `Berat Bersih (kg)`.
   Records are summed per HS, destination and year.
3. **BPS sector exports by province** (`year, province, sector, export_value_usd_million`,
   shared/data/lampung_exports/bps_agri_sector_exports_by_province_2014_2024.csv): the
   province's share of national agriculture-sector exports, a fallback share for products
   with neither own HS figures nor a production share.

Stored: `ref/province_exports/<source>.parquet` (source, kind, hs, importer, year, value_usd,
kg, records) and `ref/province_sector.parquet`. Countries go through
`siapekspor.core.countries.lookup`; unknown names are counted and reported, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from siapekspor.core.countries import lookup

from .ingest import TradeStoreError, slug, stem
from .store import TradeStore

ALIASES = {
    "province": ("provinsi", "province", "provinsiasal", "provinsiasalbarang"),
    "hs": ("kodehs", "hs", "hscode", "kodehs8", "hs8", "hs6", "kodebarang", "kodeharmonizedsystem"),
    "destination": ("negaratujuan", "negara", "destination", "tujuan", "country", "negaratujuanekspor"),
    "year": ("tahun", "year"),
    "date": ("tanggal", "tanggalska", "tanggalterbit", "date", "tglska", "tanggalpenerbitan"),
    "value_usd": ("nilaifobus", "nilaifobusd", "nilaius", "nilaiusd", "fobus", "fobusd", "value",
                  "valueusd", "nilai", "nilaifob"),
    "value_musd": ("nilaijutaus", "nilaijutausd", "nilaifobjutaus", "valueusdmillion",
                   "exportvalueusdmillion"),
    "kg": ("beratbersihkg", "beratbersih", "netweightkg", "berat", "kg", "netto"),
    "certificate": ("nomorska", "noska", "nomor", "certificateno", "nomorsertifikat"),
}  # fmt: skip


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _columns(frame: pd.DataFrame) -> dict[str, str]:
    by_norm = {_norm(c): c for c in frame.columns}
    found: dict[str, str] = {}
    for field, names in ALIASES.items():
        for name in names:
            if name in by_norm:
                found[field] = by_norm[name]
                break
    return found


def detect(frame: pd.DataFrame) -> str | None:
    """'bps_hs', 'eska' or 'sector' from the columns; None when it is none of them."""
    cols = _columns(frame)
    norm = {_norm(c) for c in frame.columns}
    if {"year", "province"} <= set(cols) and "sector" in norm and "hs" not in cols:
        return "sector"
    has_value = "value_usd" in cols or "value_musd" in cols
    if {"hs", "destination"} <= set(cols) and has_value:
        if "date" in cols and "year" not in cols:
            return "eska"
        if "year" in cols:
            return "bps_hs"
    return None


def _read(path: Path) -> pd.DataFrame:
    if not path.exists():
        raise TradeStoreError(f"{path}: file not found")
    try:
        if path.suffix.lower() in {".xlsx", ".xls"}:
            return pd.read_excel(path, dtype=str)
        return pd.read_csv(path, dtype=str, keep_default_na=False, sep=None, engine="python")
    except (ValueError, OSError, UnicodeDecodeError, ImportError) as exc:
        raise TradeStoreError(f"{path.name}: not a readable table ({exc})") from exc


def _number(series: pd.Series) -> pd.Series:
    """Numbers as BPS prints them: '1.234.567,89' or '1,234,567.89' or '1234567.89'."""
    text = series.astype(str).str.strip().str.replace(r"[\s\u00a0]", "", regex=True)
    both = text.str.contains(r"\.") & text.str.contains(",")
    comma_decimal = both & (text.str.rfind(",") > text.str.rfind("."))
    text = text.where(~comma_decimal, text.str.replace(".", "", regex=False).str.replace(",", "."))
    text = text.where(comma_decimal | ~both, text.str.replace(",", "", regex=False))
    only_comma = ~both & text.str.fullmatch(r"-?\d+,\d{1,2}")
    text = text.where(~only_comma, text.str.replace(",", "."))
    text = text.where(~(~both & text.str.contains(",")), text.str.replace(",", ""))
    dotted = text.str.fullmatch(r"-?\d{1,3}(\.\d{3})+")  # Indonesian thousands: 474.270.000
    text = text.where(~dotted, text.str.replace(".", "", regex=False))
    return pd.to_numeric(text.replace({"": None, "-": None}), errors="coerce")


def load_province_exports(
    store: TradeStore,
    paths: Sequence[str | Path],
    *,
    province: str = "Lampung",
    reader: Callable[[Path], pd.DataFrame] | None = None,
) -> list[dict[str, Any]]:
    """Load BPS HS × destination tables, e-SKA records or BPS sector tables (one source each).

    `reader` turns a path into a frame of text cells (the app passes one built on
    `core.tabular.open_table`, which checks the file first); the default reads CSV/Excel.
    """
    results = []
    for raw in paths:
        path = Path(raw)
        frame = (reader or _read)(path)
        kind = detect(frame)
        if kind is None:
            raise TradeStoreError(
                f"{path.name}: expected a BPS table (Kode HS, Negara Tujuan, Tahun, Nilai FOB), "
                "e-SKA records (Tanggal, Kode HS, Negara Tujuan, Nilai FOB) or the BPS sector "
                f"table (year, province, sector, export_value_usd_million); has {list(frame.columns)}"
            )
        if kind == "sector":
            results.append(_load_sector(store, path, frame, province))
        else:
            results.append(_load_flows(store, path, frame, kind, province))
    return results


def _province_rows(frame: pd.DataFrame, cols: dict[str, str], province: str) -> pd.DataFrame:
    if "province" not in cols:
        return frame
    names = frame[cols["province"]].astype(str).str.lower()
    return frame[names.str.contains(province.lower(), regex=False)]


def _load_flows(
    store: TradeStore, path: Path, frame: pd.DataFrame, kind: str, province: str
) -> dict[str, Any]:
    cols = _columns(frame)
    rows_read = len(frame)
    frame = _province_rows(frame, cols, province)
    other_province = rows_read - len(frame)
    hs = frame[cols["hs"]].astype(str).str.replace(r"[^0-9]", "", regex=True)
    hs = hs.where(hs.str.len() % 2 == 0, "0" + hs)  # "90111" lost its leading zero
    if "value_usd" in cols:
        value = _number(frame[cols["value_usd"]])
    else:
        value = _number(frame[cols["value_musd"]]) * 1_000_000
    if kind == "eska":
        dates = pd.to_datetime(frame[cols["date"]], errors="coerce", dayfirst=True)
        year = dates.dt.year
    else:
        year = pd.to_numeric(frame[cols["year"]].astype(str).str[:4], errors="coerce")
    destination_text = frame[cols["destination"]].astype(str).str.strip()
    codes = {text: lookup(text) for text in destination_text.unique()}
    importer = destination_text.map(codes)
    kg = _number(frame[cols["kg"]]) if "kg" in cols else pd.Series(float("nan"), index=frame.index)
    tidy = pd.DataFrame(
        {
            "hs": hs.to_numpy(),
            "importer": importer.to_numpy(),
            "year": year.to_numpy(),
            "value_usd": value.to_numpy(),
            "kg": kg.to_numpy(),
            "certificate": (
                frame[cols["certificate"]].astype(str).to_numpy() if "certificate" in cols else None
            ),
        }
    )
    unknown = sorted(t for t, c in codes.items() if c is None and t)
    bad = (
        tidy["importer"].isna()
        | tidy["year"].isna()
        | ~(tidy["value_usd"] > 0)
        | (tidy["hs"].str.len() < 2)
    )
    dropped = int(bad.sum())
    tidy = tidy[~bad]
    duplicates = 0
    if kind == "eska" and "certificate" in cols:
        before = len(tidy)
        tidy = tidy.drop_duplicates(["certificate", "hs", "importer"])
        duplicates = before - len(tidy)
    grouped = tidy.groupby(["hs", "importer", "year"], as_index=False).agg(
        value_usd=("value_usd", "sum"),
        kg=("kg", lambda s: s.sum(min_count=1)),
        records=("value_usd", "size"),
    )
    key = slug(stem(path))
    grouped.insert(0, "kind", kind)
    grouped.insert(0, "source", key)
    grouped["year"] = grouped["year"].astype("int64")
    folder = store.ref_dir / "province_exports"
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{key}.tmp"
    grouped.to_parquet(tmp, index=False)
    tmp.replace(folder / f"{key}.parquet")
    info = {
        "source": key,
        "kind": kind,
        "file": path.name,
        "rows_read": rows_read,
        "rows_kept": len(tidy),
        "rows_other_province": int(other_province),
        "rows_dropped": dropped,
        "duplicate_certificates": duplicates,
        "unknown_destinations": unknown[:20],
        "years": sorted(int(y) for y in grouped["year"].unique()),
        "value_usd": float(grouped["value_usd"].sum()),
    }
    record = dict(store.manifest()["reference"].get("province_exports", {}))
    record[key] = info
    store.record_reference("province_exports", record)
    return info


def _load_sector(
    store: TradeStore, path: Path, frame: pd.DataFrame, province: str
) -> dict[str, Any]:
    cols = _columns(frame)
    value_col = cols.get("value_musd") or cols.get("value_usd")
    if value_col is None:
        raise TradeStoreError(f"{path.name}: no value column")
    scale = 1_000_000 if "value_musd" in cols else 1
    sector_col = next(c for c in frame.columns if _norm(c) == "sector")
    tidy = pd.DataFrame(
        {
            "year": pd.to_numeric(frame[cols["year"]], errors="coerce"),
            "province": frame[cols["province"]].astype(str),
            "sector": frame[sector_col].astype(str),
            "value_usd": _number(frame[value_col]) * scale,
        }
    ).dropna(subset=["year", "value_usd"])
    tidy["year"] = tidy["year"].astype("int64")
    tidy["is_province"] = tidy["province"].str.lower().str.contains(province.lower(), regex=False)
    if not tidy["is_province"].any():
        raise TradeStoreError(f"{path.name}: no rows for {province}")
    target = store.ref_dir / "province_sector.parquet"
    store.ref_dir.mkdir(parents=True, exist_ok=True)
    tidy.to_parquet(target, index=False)
    shares = sector_shares(tidy)
    info = {
        "source": "province_sector",
        "kind": "sector",
        "file": path.name,
        "rows": len(tidy),
        "years": sorted(int(y) for y in tidy["year"].unique()),
        "shares": {int(k): round(float(v), 4) for k, v in shares.items()},
    }
    store.record_reference("province_sector", info)
    return info


def sector_shares(table: pd.DataFrame) -> pd.Series:
    """The province's share of the national sector total, per year."""
    total = table.groupby("year")["value_usd"].sum()
    own = table[table["is_province"]].groupby("year")["value_usd"].sum()
    return (own / total).dropna()


def province_flows(store: TradeStore) -> pd.DataFrame | None:
    """All loaded province export rows (BPS tables first, then e-SKA), or None."""
    folder = store.ref_dir / "province_exports"
    files = sorted(folder.glob("*.parquet")) if folder.exists() else []
    if not files:
        return None
    return pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)


def province_sector(store: TradeStore) -> pd.DataFrame | None:
    path = store.ref_dir / "province_sector.parquet"
    return pd.read_parquet(path) if path.exists() else None


def flows_for(flows: pd.DataFrame, codes: Sequence[str]) -> pd.DataFrame:
    """Rows whose HS code matches one of `codes` at the coarser of the two levels.

    A BPS table at HS2 ("09") covers coffee, tea and spices together; at HS6 or HS8 it is
    exact. Per year, one kind is used (BPS tables over e-SKA records), never the sum.
    """
    prefixes = tuple(codes)
    hs = flows["hs"].astype(str)
    mask = hs.map(lambda h: any(p.startswith(h) or h.startswith(p) for p in prefixes))
    rows = flows[mask.to_numpy()]
    if rows.empty:
        return rows
    best = rows.groupby("year")["kind"].transform(
        lambda k: "bps_hs" if (k == "bps_hs").any() else "eska"
    )
    return rows[rows["kind"] == best]
