"""Destination-market tariff schedules: the duties Indonesian goods meet in the USA, Japan, Australia.

Files read (the layouts of `../shared/data/tariffs/destination_markets/`, see its PROVENANCE.md):

* **USA** — `us_hts_*_lines.csv[.gz]` (USITC HTS flattened: `htsno, hts8, hs6, general_mfn,
  special, …`); `us_additional_duties_indonesia_by_revision.csv` (The Budget Lab's statutory
  rates for Indonesia per HTS revision: `policy_effective_date, tariff_authority, tariff_name,
  tariff_rate`); `us_ieepa_reciprocal_exempt_products.csv` (`hts10, effective_date_start,
  effective_date_end`) and `us_s122_exempt_products.csv` (`hts8`).
  Indonesia has no US FTA and GSP lapsed on 2021-01-01, so the base rate is column 1 general
  (MFN); the additional duties are returned per date as scheme `US-ADD`.
* **Japan** — `jp_customs_tariff_schedule_*_rates.csv[.gz]` (Japan Customs schedule with
  `general, temporary, wto` and one column per EPA). Applied MFN = the WTO rate unless it is
  in parentheses (then the lower temporary/general rate applies), else temporary, else general.
  For Indonesia: `epa_indonesia` (IJEPA), `epa_asean_ajcep` (AJCEP), `epa_rcep_asean_aus_nz`
  (RCEP). An empty EPA cell means no concession on that line.
* **Australia** — `au_customs_tariff_schedule3_general_rates.csv[.gz]` (general rate per
  8-digit item) and `au_customs_tariff_fta_schedules_listed_lines.csv` (FTA schedules list only
  the lines whose preferential rate is not free; other originating goods enter free). For
  Indonesia: IA-CEPA (Sch. 9A), AANZFTA (Sch. 8), RCEP (Sch. 14). Phased texts
  ("From 1 January 2022: 3%") take the latest step on or before the reference date.

Stored under `<store>/ref/schedules/`: `lines.parquet` (importer, hs6, line, scheme, partners,
text, rate_pct, source, valid_from) for every national line and scheme, `us_additional.parquet`
(authority, name, rate, valid_from, valid_to, comment) and the two US exemption lists. For the
export-potential tariff factor the loader also writes `ref/tariffs/dest_<iso3>.parquet` in the
store's tariff layout: per HS6 the simple average of the ad valorem national lines, MFN for
every partner and the best preference per partner. The US additional duties are **not** in that
factor: only Indonesia's are known, and adding them to Indonesia alone would penalise it against
competitors whose own additional duties are not loaded (they are shown in the sentences).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .ingest import TradeStoreError
from .store import TradeStore

ASEAN = ("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM")
EU27 = (
    "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
    "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP",
    "SWE",
)  # fmt: skip
CPTPP = ("AUS", "BRN", "CAN", "CHL", "JPN", "MYS", "MEX", "NZL", "PER", "SGP", "VNM", "GBR")
RCEP = (*ASEAN, "AUS", "CHN", "JPN", "KOR", "NZL")

# Japan: schedule column → (scheme code, partners).
JP_COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "epa_indonesia": ("IJEPA", ("IDN",)),
    "epa_asean_ajcep": ("AJCEP", ASEAN),
    "epa_rcep_asean_aus_nz": ("RCEP", (*ASEAN, "AUS", "NZL")),
    "epa_singapore": ("JSEPA", ("SGP",)),
    "epa_mexico": ("JMEPA", ("MEX",)),
    "epa_malaysia": ("JMYEPA", ("MYS",)),
    "epa_chile": ("JCEPA", ("CHL",)),
    "epa_thailand": ("JTEPA", ("THA",)),
    "epa_brunei": ("JBEPA", ("BRN",)),
    "epa_philippines": ("JPEPA", ("PHL",)),
    "epa_switzerland": ("JSFTEPA", ("CHE", "LIE")),
    "epa_vietnam": ("JVEPA", ("VNM",)),
    "epa_india": ("JICEPA", ("IND",)),
    "epa_peru": ("JPREPA", ("PER",)),
    "epa_australia": ("JAEPA", ("AUS",)),
    "epa_mongolia": ("JMNEPA", ("MNG",)),
    "epa_cptpp": ("CPTPP", tuple(c for c in CPTPP if c != "JPN")),
    "epa_eu": ("EU-JEPA", EU27),
    "epa_uk": ("UK-JCEPA", ("GBR",)),
    "epa_rcep_china": ("RCEP-CHN", ("CHN",)),
    "epa_rcep_korea": ("RCEP-KOR", ("KOR",)),
    "epa_us_japan": ("USJTA", ("USA",)),
}

# Australia: FTA name in the schedules file → (scheme code, partners).
AU_FTAS: dict[str, tuple[str, tuple[str, ...]]] = {
    "IA-CEPA": ("IA-CEPA", ("IDN",)),
    "AANZFTA": ("AANZFTA", (*ASEAN, "NZL")),
    "RCEP": ("RCEP", tuple(c for c in RCEP if c != "AUS")),
    "SAFTA": ("SAFTA", ("SGP",)),
    "AUSFTA": ("AUSFTA", ("USA",)),
    "TAFTA": ("TAFTA", ("THA",)),
    "Peru": ("PAFTA", ("PER",)),
    "ACI-FTA": ("ACI-FTA", ("CHL",)),
    "MAFTA": ("MAFTA", ("MYS",)),
    "KAFTA": ("KAFTA", ("KOR",)),
    "AI-ECTA": ("AI-ECTA", ("IND",)),
    "JAEPA": ("JAEPA", ("JPN",)),
    "ChAFTA": ("ChAFTA", ("CHN",)),
    "HK-FTA": ("A-HKFTA", ("HKG",)),
    "A-UKFTA": ("A-UKFTA", ("GBR",)),
    "UAE-CEPA": ("UAE-CEPA", ("ARE",)),
    "CPTPP": ("CPTPP", tuple(c for c in CPTPP if c != "AUS")),
}

# USA: program codes of the HTS "special" column that name partner countries (GSP and other
# unilateral programmes are left out: Indonesia is not a beneficiary and they have long lists).
US_PROGRAMS: dict[str, tuple[str, ...]] = {
    "AU": ("AUS",), "BH": ("BHR",), "CL": ("CHL",), "CO": ("COL",), "IL": ("ISR",),
    "JO": ("JOR",), "KR": ("KOR",), "MA": ("MAR",), "OM": ("OMN",), "P": ("CRI", "DOM", "SLV",
    "GTM", "HND", "NIC"), "PA": ("PAN",), "PE": ("PER",), "S": ("CAN", "MEX"), "SG": ("SGP",),
    "JP": ("JPN",),
}  # fmt: skip

# Section 232 product tariffs: the product lists live in HTSUS chapter 99 notes, which are not
# in the shared data, so they are mapped to HS headings (an approximation, stated in the text).
S232_HEADINGS: dict[str, tuple[str, ...]] = {
    "steel": ("72", "73"),
    "aluminum": ("76",),
    "copper": ("7407", "7408", "7409", "7410", "7411", "7412", "7413", "7419"),
    "autos": ("8703",),
    "auto_parts": ("8708",),
    "buses": ("8702",),
    "mhd_vehicles": ("8701", "8704"),
    "wood_furniture": ("940161", "940169", "940330", "940340", "940350", "940360"),
    "kitchen_cabinets": ("940340",),
    "softwood_lumber": ("440711", "440712", "440713", "440714", "440719"),
    "semiconductors": ("8541", "8542"),
    "pharmaceuticals": ("3003", "3004"),
}

AUTHORITY_NAMES = {
    "ieepa": "IEEPA",
    "s122": "Section 122",
    "s232": "Section 232",
    "s301": "Section 301",
}

SOURCES = {
    "USA": "USITC HTS {rev} (column 1 general)",
    "JPN": "Japan Customs tariff schedule {rev}",
    "AUS": "ABF Customs Tariff Act 1995 Schedule 3 (working tariff {rev})",
}


@dataclasses.dataclass(frozen=True)
class TariffRate:
    """One duty an Indonesian good meets in a destination market.

    `scheme` is "MFN", an agreement code ("IJEPA", "AJCEP", "RCEP", "IA-CEPA", "AANZFTA") or
    "US-ADD" for the US additional duties on Indonesia; `rate_pct` is None when the rate is not
    (purely) ad valorem; `text` is the schedule's own rate text.
    """

    scheme: str
    rate_pct: Decimal | None
    text: str
    source: str
    valid_from: dt.date | None
    valid_to: dt.date | None


# --------------------------------------------------------------------------- rate texts
_PCT = re.compile(r"^\(?\s*([0-9]+(?:[.,][0-9]+)?)\s*%\s*\)?$")
_FREE = {"free", "無税", "(無税)", "0%", "nil"}
_PHASE = re.compile(
    r"From\s*(\d{1,2})\s*([A-Za-z]+)\s*(\d{4})\s*(?:&#58;|:)?\s*([0-9.]+\s*%|Free)", re.I
)
_MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], start=1)}  # fmt: skip


def parse_rate(text: str | None) -> float | None:
    """Percent for a free or purely ad valorem rate text; None for specific or compound rates."""
    if text is None:
        return None
    t = str(text).strip()
    if not t or t.lower() == "nan":
        return None
    if t.lower() in _FREE:
        return 0.0
    m = _PCT.match(t)
    if m:
        return float(m.group(1).replace(",", "."))
    return None


def phased_text(text: str, on: dt.date) -> str:
    """The step of an Australian phased rate text in force on `on` (else the text's first rate)."""
    t = re.sub(r"\s+", " ", str(text).replace("&#58;", ":")).strip()
    steps = []
    for day, month, year, rate in _PHASE.findall(t):
        mon = _MONTHS.get(month.lower())
        if mon:
            steps.append((dt.date(int(year), mon, int(day)), rate.replace(" ", "")))
    if steps:
        due = [s for s in steps if s[0] <= on]
        if due:
            return max(due)[1]
        head = t.split("From")[0].strip()
        return head.split(" ")[0] if head else steps[0][1]
    # "5% DCS4% DCT5%" or "5% CAFree": the general rate is the first token.
    return t.split(" ")[0] if re.match(r"^([0-9.]+%|Free)(\s|$)", t) else t


def _jp_mfn(general: str, temporary: str, wto: str) -> str:
    w = (wto or "").strip()
    if w and not (w.startswith("(") and w.endswith(")")):
        return w
    return (temporary or "").strip() or (general or "").strip()


# --------------------------------------------------------------------------- loading
def detect(path: Path) -> str | None:
    """Which destination-schedule file this is (by name), or None."""
    name = path.name.lower()
    if name.startswith("us_hts") and "_lines" in name:
        return "us_lines"
    if name.startswith("us_additional_duties"):
        return "us_additional"
    if name.startswith("us_ieepa") and "exempt" in name:
        return "us_ieepa_exempt"
    if name.startswith("us_s122") and "exempt" in name:
        return "us_s122_exempt"
    if name.startswith("jp_customs_tariff"):
        return "jp"
    if name.startswith("au_customs_tariff_schedule3"):
        return "au_general"
    if name.startswith("au_customs_tariff_fta"):
        return "au_fta"
    return None


def expand(paths: Sequence[str | Path]) -> tuple[list[Path], list[Path]]:
    """(destination-schedule files, other files) from files and directories."""
    found: list[Path] = []
    other: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for child in sorted(p.iterdir()):
                if child.is_file() and detect(child):
                    found.append(child)
        elif detect(p):
            found.append(p)
        else:
            other.append(p)
    return found, other


def _read(path: Path) -> pd.DataFrame:
    if not path.exists():
        raise TradeStoreError(f"{path}: file not found")
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        raise TradeStoreError(f"{path.name}: not a readable CSV ({exc})") from exc


def _need(frame: pd.DataFrame, path: Path, columns: Iterable[str]) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise TradeStoreError(f"{path.name}: columns {missing} missing; has {list(frame.columns)}")


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text).strip()[:10])
    except ValueError:
        return None


def _hs6(series: pd.Series) -> pd.Series:
    return series.str.replace(r"[^0-9]", "", regex=True).str.zfill(6).str[:6]


def load_schedules(
    store: TradeStore, paths: Sequence[str | Path], *, today: dt.date | None = None
) -> list[dict[str, Any]]:
    """Load destination schedules (files or a directory); returns one summary per market."""
    today = today or dt.datetime.now(dt.UTC).date()
    files, _other = expand(paths)
    if not files:
        raise TradeStoreError("no destination tariff schedule among the given files")
    kinds: dict[str, Path] = {}
    for f in files:
        kinds[detect(f) or ""] = f
    folder = store.ref_dir / "schedules"
    folder.mkdir(parents=True, exist_ok=True)
    frames: list[pd.DataFrame] = []
    infos: list[dict[str, Any]] = []
    if "us_lines" in kinds:
        frames.append(_us_lines(kinds["us_lines"]))
    if "jp" in kinds:
        frames.append(_jp_lines(kinds["jp"]))
    if "au_general" in kinds:
        frames.append(_au_lines(kinds["au_general"], kinds.get("au_fta"), today))
    elif "au_fta" in kinds:
        raise TradeStoreError("the Australian FTA schedules need the Schedule 3 general rates")
    us_extra: dict[str, Path] = {
        k: kinds[k] for k in ("us_additional", "us_ieepa_exempt", "us_s122_exempt") if k in kinds
    }
    if us_extra:
        infos.append(_us_additional(store, us_extra))
    lines_path = folder / "lines.parquet"
    old = pd.read_parquet(lines_path) if lines_path.exists() else None
    if frames:
        new = pd.concat(frames, ignore_index=True)
        if old is not None:  # re-loading a market replaces it; other markets stay
            old = old[~old["importer"].isin(set(new["importer"]))]
            new = pd.concat([old, new], ignore_index=True)
        tmp = folder / ".lines.tmp"
        new.to_parquet(tmp, index=False)
        tmp.replace(lines_path)
        fresh = {str(i) for f in frames for i in f["importer"].unique()}
        for importer, part in new.groupby("importer"):
            if importer not in fresh:
                continue
            rows = _write_factor_table(store, str(importer), part)
            infos.append(
                {
                    "source": f"dest_{str(importer).lower()}",
                    "kind": "destination_schedule",
                    "file": ", ".join(sorted({Path(s).name for s in part["file"].unique() if s})),
                    "importers": [str(importer)],
                    "rows": rows,
                    "lines": int(part["line"].nunique()),
                    "schemes": sorted(part["scheme"].unique().tolist()),
                    "years": [int(part["year"].max())],
                }
            )
    tariffs_info = dict(store.manifest()["reference"].get("tariffs", {}))
    for info in infos:
        if info.get("kind") == "destination_schedule":
            tariffs_info[info["source"]] = info
    store.record_reference("tariffs", tariffs_info)
    sched = dict(store.manifest()["reference"].get("schedules", {}))
    for info in infos:
        sched[info["source"]] = info
    store.record_reference("schedules", sched)
    return infos


def _frame(
    importer: str,
    hs6: pd.Series,
    line: pd.Series,
    scheme: str,
    partners: Sequence[str],
    text: pd.Series,
    source: str,
    valid_from: dt.date | None,
    file: str,
) -> pd.DataFrame:
    text = text.fillna("").astype(str).str.strip()
    keep = text != ""
    out = pd.DataFrame(
        {
            "importer": importer,
            "hs6": hs6[keep].to_numpy(),
            "line": line[keep].to_numpy(),
            "scheme": scheme,
            "partners": ",".join(partners),
            "text": text[keep].to_numpy(),
        }
    )
    rates = {t: parse_rate(t) for t in out["text"].unique()}
    out["rate_pct"] = out["text"].map(rates).astype(float)
    out["source"] = source
    out["valid_from"] = pd.Timestamp(valid_from) if valid_from else pd.NaT
    out["year"] = valid_from.year if valid_from else 0
    out["file"] = file
    return out


def _us_lines(path: Path) -> pd.DataFrame:
    f = _read(path)
    _need(f, path, ("htsno", "hs6", "general_mfn", "special"))
    revision = f["hts_revision"].iloc[0] if "hts_revision" in f and len(f) else ""
    # Revision dates of the HTS (USITC): revision 10 of 2026 was published on 2026-06-08.
    published = {"2026_rev_10": dt.date(2026, 6, 8)}.get(revision)
    rev = revision.replace("_rev_", " Revision ").replace("_", " ")
    source = SOURCES["USA"].format(rev=rev)
    hs6 = _hs6(f["hs6"])
    frames = [_frame("USA", hs6, f["htsno"], "MFN", ["*"], f["general_mfn"], source, published,
                     path.name)]  # fmt: skip
    pattern = re.compile(r"(Free|[0-9.]+%)\s*\(([^)]*)\)")
    rows = []
    for h, line, special in zip(hs6, f["htsno"], f["special"], strict=True):
        for rate, codes in pattern.findall(special or ""):
            for code in (c.strip() for c in codes.split(",")):
                if code in US_PROGRAMS:
                    rows.append((h, line, f"US-{code}", US_PROGRAMS[code], rate))
    for scheme in sorted({r[2] for r in rows}):
        sub = [r for r in rows if r[2] == scheme]
        frames.append(
            _frame(
                "USA",
                pd.Series([r[0] for r in sub]),
                pd.Series([r[1] for r in sub]),
                scheme,
                sub[0][3],
                pd.Series([r[4] for r in sub]),
                source + ", special column",
                published,
                path.name,
            )
        )
    return pd.concat(frames, ignore_index=True)


def _jp_lines(path: Path) -> pd.DataFrame:
    f = _read(path)
    _need(f, path, ("code9", "hs6", "general", "wto", *JP_COLUMNS))
    m = re.search(r"(\d{4})", path.name)
    version = dt.date(2026, 7, 9) if m and m.group(1) == "2026" else None
    source = SOURCES["JPN"].format(rev=version.isoformat() if version else "")
    # Heading-level rows (6-digit code9) carry rates only where there are no children.
    has_children = f.groupby("hs6")["code9"].transform("count") > 1
    f = f[~(has_children & (f["code9"].str.len() <= 6))].copy()
    rated = (f["general"] != "") | (f["wto"] != "") | (f.get("temporary", "") != "")
    f = f[rated]
    hs6 = _hs6(f["hs6"])
    mfn = pd.Series(
        [
            _jp_mfn(g, t, w)
            for g, t, w in zip(f["general"], f.get("temporary", ""), f["wto"], strict=True)
        ],
        index=f.index,
    )
    line = f["code9"].str[:4] + "." + f["code9"].str[4:6] + "." + f["code9"].str[6:]
    line = line.str.rstrip(".")
    frames = [_frame("JPN", hs6, line, "MFN", ["*"], mfn, source, version, path.name)]
    for column, (scheme, partners) in JP_COLUMNS.items():
        frames.append(
            _frame("JPN", hs6, line, scheme, partners, f[column], source, version, path.name)
        )
    return pd.concat(frames, ignore_index=True)


def _au_lines(general_path: Path, fta_path: Path | None, today: dt.date) -> pd.DataFrame:
    g = _read(general_path)
    _need(g, general_path, ("reference_number", "hs6", "general_duty_rate"))
    version = dt.date(2026, 4, 17)
    source = SOURCES["AUS"].format(rev=f"scraped {version.isoformat()}")
    g = g.drop_duplicates("reference_number")
    hs6 = _hs6(g["hs6"])
    line = g["reference_number"].str.strip()
    general = g["general_duty_rate"].map(lambda t: phased_text(t, today))
    frames = [_frame("AUS", hs6, line, "MFN", ["*"], general, source, version, general_path.name)]
    listed: dict[str, dict[str, str]] = {}
    if fta_path is not None:
        fta = _read(fta_path)
        _need(fta, fta_path, ("fta", "reference_number", "fta_duty_rate"))
        for name, ref, rate in zip(fta["fta"], fta["reference_number"], fta["fta_duty_rate"],
                                   strict=True):  # fmt: skip
            listed.setdefault(name, {})[ref.strip()] = phased_text(rate, today)
        for name, (scheme, partners) in AU_FTAS.items():
            rates = listed.get(name, {})
            text = line.map(lambda ref, r=rates: r.get(ref, "Free"))
            frames.append(
                _frame(
                    "AUS",
                    hs6,
                    line,
                    scheme,
                    partners,
                    text,
                    f"ABF Customs Tariff Act 1995, {name} schedule (lines not listed: Free)",
                    version,
                    fta_path.name,
                )
            )
    return pd.concat(frames, ignore_index=True)


def _us_additional(store: TradeStore, files: dict[str, Path]) -> dict[str, Any]:
    folder = store.ref_dir / "schedules"
    info: dict[str, Any] = {"source": "us_additional", "importers": ["USA"], "kind": "us_add"}
    if "us_additional" in files:
        path = files["us_additional"]
        f = _read(path)
        _need(f, path, ("policy_effective_date", "tariff_authority", "tariff_name", "tariff_rate"))
        f["date"] = f["policy_effective_date"].map(_date)
        f = f[f["date"].notna()]
        snapshots = sorted(set(f["date"]))
        present: dict[tuple[str, str, str], list[dt.date]] = {}
        comments: dict[tuple[str, str, str], str] = {}
        for row in f.itertuples(index=False):
            key = (row.tariff_authority, row.tariff_name, row.tariff_rate)
            present.setdefault(key, []).append(row.date)
            if getattr(row, "comment", ""):
                comments[key] = row.comment
        rows = []
        for key, dates in present.items():
            on = set(dates)
            start = None
            for i, snap in enumerate(snapshots):
                if snap in on and start is None:
                    start = snap
                if snap not in on and start is not None:
                    rows.append((*key, start, snapshots[i] - dt.timedelta(days=1)))
                    start = None
            if start is not None:
                rows.append((*key, start, None))
        table = pd.DataFrame(
            rows, columns=["authority", "name", "rate", "valid_from", "valid_to"]
        ).assign(
            comment=lambda d: [
                comments.get((a, n, r), "")
                for a, n, r in zip(d["authority"], d["name"], d["rate"], strict=True)
            ],
            file=path.name,
        )
        table["rate"] = table["rate"].astype(float)
        table["valid_from"] = pd.to_datetime(table["valid_from"])
        table["valid_to"] = pd.to_datetime(table["valid_to"])
        table.to_parquet(folder / "us_additional.parquet", index=False)
        info["intervals"] = len(table)
        info["snapshots"] = [snapshots[0].isoformat(), snapshots[-1].isoformat()]
    if "us_ieepa_exempt" in files:
        path = files["us_ieepa_exempt"]
        f = _read(path)
        _need(f, path, ("hts10", "effective_date_start", "effective_date_end"))
        out = pd.DataFrame(
            {
                "hts8": f["hts10"].str.replace(r"[^0-9]", "", regex=True).str[:8],
                "start": pd.to_datetime(f["effective_date_start"].map(_date)),
                "end": pd.to_datetime(f["effective_date_end"].map(_date)),
            }
        )
        out.to_parquet(folder / "us_ieepa_exempt.parquet", index=False)
        info["ieepa_exempt_lines"] = len(out)
    if "us_s122_exempt" in files:
        path = files["us_s122_exempt"]
        f = _read(path)
        _need(f, path, ("hts8",))
        out = pd.DataFrame({"hts8": f["hts8"].str.replace(r"[^0-9]", "", regex=True).str[:8]})
        out.to_parquet(folder / "us_s122_exempt.parquet", index=False)
        info["s122_exempt_lines"] = len(out)
    info["file"] = ", ".join(sorted(p.name for p in files.values()))
    return info


def _write_factor_table(store: TradeStore, importer: str, lines: pd.DataFrame) -> int:
    """MFN and best preference per partner, simple average of ad valorem lines per HS6."""
    year = int(lines["year"].max())
    per_scheme = (
        lines.groupby(["hs6", "scheme", "partners"], as_index=False)
        .agg(rate=("rate_pct", "mean"), lines=("line", "count"),
             lines_without_ad_valorem=("rate_pct", lambda s: int(s.isna().sum())))
    )  # fmt: skip
    mfn = per_scheme[per_scheme["scheme"] == "MFN"]
    out = [
        pd.DataFrame(
            {
                "importer": importer,
                "partner": "*",
                "product": mfn["hs6"],
                "year": year,
                "regime": "mfn",
                "agreement": None,
                "rate": mfn["rate"],
                "lines": mfn["lines"],
                "lines_without_ad_valorem": mfn["lines_without_ad_valorem"],
            }
        )
    ]
    pref = per_scheme[per_scheme["scheme"] != "MFN"].copy()
    pref["partner"] = pref["partners"].str.split(",")
    pref = pref.explode("partner")
    pref = pref[pref["rate"].notna()]
    if len(pref):
        best = pref.sort_values("rate").drop_duplicates(["hs6", "partner"])
        out.append(
            pd.DataFrame(
                {
                    "importer": importer,
                    "partner": best["partner"],
                    "product": best["hs6"],
                    "year": year,
                    "regime": "pref",
                    "agreement": best["scheme"],
                    "rate": best["rate"],
                    "lines": best["lines"],
                    "lines_without_ad_valorem": best["lines_without_ad_valorem"],
                }
            )
        )
    table = pd.concat(out, ignore_index=True)
    table["agreement"] = table["agreement"].astype("string")
    table["year"] = table["year"].astype("int32")
    table["lines"] = table["lines"].astype("int64")
    table["lines_without_ad_valorem"] = table["lines_without_ad_valorem"].astype("int64")
    table = table[["importer", "partner", "product", "year", "regime", "agreement", "rate",
                   "lines", "lines_without_ad_valorem"]]  # fmt: skip
    folder = store.ref_dir / "tariffs"
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".dest_{importer.lower()}.tmp"
    table.to_parquet(tmp, index=False)
    tmp.replace(folder / f"dest_{importer.lower()}.parquet")
    return len(table)


# --------------------------------------------------------------------------- reading
def loaded_markets(store: TradeStore) -> set[str]:
    """Destination markets with a schedule loaded."""
    path = store.ref_dir / "schedules" / "lines.parquet"
    if not path.exists():
        return set()
    return set(pd.read_parquet(path, columns=["importer"])["importer"].unique())


def _decimal(value: Any) -> Decimal | None:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    try:
        number = round(float(value), 4)
        return Decimal(int(number)) if number == int(number) else Decimal(repr(number))
    except (InvalidOperation, ValueError, OverflowError):
        return None


def _day(value: Any) -> dt.date | None:
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).date()


def rates_for(
    store: TradeStore,
    hs6: str,
    importer: str,
    partner: str = "IDN",
    on: dt.date | None = None,
) -> list[TariffRate]:
    """The duties `partner`'s goods of `hs6` meet in `importer` on `on` (today by default).

    One entry per scheme and distinct rate text among the national lines of the HS6 (the
    `source` names the lines when they differ). Empty when no schedule of `importer` is loaded.
    """
    on = on or dt.datetime.now(dt.UTC).date()
    importer = importer.upper()
    path = store.ref_dir / "schedules" / "lines.parquet"
    if not path.exists() or not re.fullmatch(r"\d{6}", hs6 or ""):
        return []
    lines = pd.read_parquet(path, filters=[("importer", "==", importer), ("hs6", "==", hs6)])
    return _rates_from_lines(store, lines, hs6, importer, partner, on)


def rates_many(
    store: TradeStore,
    pairs: Sequence[tuple[str, str]],
    partner: str = "IDN",
    on: dt.date | None = None,
) -> dict[tuple[str, str], list[TariffRate]]:
    """`rates_for` for many (hs6, importer) pairs, reading the schedule once."""
    on = on or dt.datetime.now(dt.UTC).date()
    path = store.ref_dir / "schedules" / "lines.parquet"
    wanted = {(h, i.upper()) for h, i in pairs if re.fullmatch(r"\d{6}", h or "")}
    if not path.exists() or not wanted:
        return {}
    lines = pd.read_parquet(
        path,
        filters=[
            ("importer", "in", sorted({i for _, i in wanted})),
            ("hs6", "in", sorted({h for h, _ in wanted})),
        ],
    )
    out: dict[tuple[str, str], list[TariffRate]] = {}
    for (hs6, importer), part in lines.groupby(["hs6", "importer"]):
        if (hs6, importer) in wanted:
            out[(hs6, importer)] = _rates_from_lines(store, part, hs6, importer, partner, on)
    return out


def _rates_from_lines(
    store: TradeStore, lines: pd.DataFrame, hs6: str, importer: str, partner: str, on: dt.date
) -> list[TariffRate]:
    if lines.empty:
        return []
    mine = lines[(lines["partners"] == "*") | lines["partners"].str.split(",").map(
        lambda ps: partner in ps)]  # fmt: skip
    out: list[TariffRate] = []
    order = {"MFN": 0}
    n_lines = lines.loc[lines["scheme"] == "MFN", "line"].nunique()
    for scheme, part in sorted(mine.groupby("scheme"), key=lambda kv: (order.get(kv[0], 1), kv[0])):
        groups = list(part.groupby("text", sort=False))
        for text, rows in groups:
            codes = sorted(rows["line"].unique())
            source = str(rows["source"].iloc[0])
            if len(groups) > 1 or len(codes) < n_lines:
                source += f"; lines {', '.join(codes[:6])}{' …' if len(codes) > 6 else ''}"
            out.append(
                TariffRate(
                    scheme=str(scheme),
                    rate_pct=_decimal(rows["rate_pct"].iloc[0]),
                    text=str(text),
                    source=source,
                    valid_from=_day(rows["valid_from"].iloc[0]),
                    valid_to=None,
                )
            )
    if importer == "USA" and partner == "IDN":
        out.extend(_us_additional_for(store, hs6, lines, on))
    return out


def _us_additional_for(
    store: TradeStore, hs6: str, lines: pd.DataFrame, on: dt.date
) -> list[TariffRate]:
    folder = store.ref_dir / "schedules"
    path = folder / "us_additional.parquet"
    if not path.exists():
        return []
    add = pd.read_parquet(path)
    ts = pd.Timestamp(on)
    active = add[(add["valid_from"] <= ts) & (add["valid_to"].isna() | (add["valid_to"] >= ts))]
    hts8 = sorted(
        {re.sub(r"[^0-9]", "", c)[:8] for c in lines.loc[lines["scheme"] == "MFN", "line"]}
    )
    if not hts8:
        hts8 = [hs6 + "00"]
    ieepa_exempt: set[str] = set()
    if (folder / "us_ieepa_exempt.parquet").exists():
        ex = pd.read_parquet(folder / "us_ieepa_exempt.parquet")
        ok = (ex["start"].isna() | (ex["start"] <= ts)) & (ex["end"].isna() | (ex["end"] >= ts))
        ieepa_exempt = set(ex.loc[ok, "hts8"])
    s122_exempt: set[str] = set()
    if (folder / "us_s122_exempt.parquet").exists():
        s122_exempt = set(pd.read_parquet(folder / "us_s122_exempt.parquet")["hts8"])
    out = []
    for row in active.itertuples(index=False):
        if row.authority == "ieepa":
            covered = [h for h in hts8 if h not in ieepa_exempt]
            how = "exempt lines from HTSUS Annex II as encoded by The Budget Lab"
        elif row.authority == "s122":
            covered = [h for h in hts8 if h not in s122_exempt]
            how = "exempt lines from the Section 122 proclamation annex (The Budget Lab)"
        elif row.authority == "s232":
            heads = S232_HEADINGS.get(row.name, ())
            covered = [h for h in hts8 if heads and h.startswith(heads)]
            how = "product scope approximated by HS headings " + ", ".join(heads)
        else:
            covered = []
            how = ""
        if not covered:
            continue
        authority = AUTHORITY_NAMES.get(row.authority, row.authority)
        scope = (
            "all lines"
            if len(covered) == len(hts8)
            else f"{len(covered)} of {len(hts8)} lines ({', '.join(covered[:4])})"
        )
        comment = f"; {row.comment}" if row.comment else ""
        out.append(
            TariffRate(
                scheme="US-ADD",
                rate_pct=_decimal(row.rate * 100),
                text=f"+{row.rate * 100:g}% ({authority}, {row.name.replace('_', ' ')})",
                source=(
                    f"The Budget Lab at Yale tariff-rate tracker, statutory rates for Indonesia; "
                    f"{scope}; {how}{comment}"
                ),
                valid_from=_day(row.valid_from),
                valid_to=_day(row.valid_to),
            )
        )
    return out
