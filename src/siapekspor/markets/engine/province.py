"""Province view: national export potential scaled to a province, and diversification.

Trade statistics stop at the national border: BPS does not publish Lampung's exports by HS
code and destination. So the province's part of the national potential is estimated with its
share of national *production* of the commodity (BPS estate-crop statistics), and every result
says which share, year and sources were used.

* `province_shares` reads the BPS table the user loads (e.g. `lampung_estate_crops_by_regency_long.csv`)
  for the province's production and divides by national production from `NATIONAL_PRODUCTION`
  (facts written below with their sources) or from a table the user passes.
* `province_potential` scales national potential, untapped potential and exports of an HS6 by
  that share, and allocates the province's estimated exports across markets in proportion to
  national potential, capped by the market's potential (the Santa Catarina adaptation:
  P_jk = min(X̂_k · α_jk, W_jk), α_jk = W_jk / Σ_j W_jk).
* `diversification` ranks products by density — closeness in the product space to what the
  province already does well — and then by PCI.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .complexity import complexity_year, density_matrix, year_matrix
from .ingest import HS6
from .potential import PotentialParams, export_potential
from .store import TradeCodeError, TradeNoImporters, TradeStore, TradeStoreError


@dataclasses.dataclass(frozen=True)
class Commodity:
    key: str
    bps_names: tuple[str, ...]  # `komoditas` values in the BPS estate-crop table
    hs_codes: tuple[str, ...]  # HS6 codes the crop is exported under (unprocessed forms)
    label_id: str
    label_en: str


COMMODITIES: dict[str, Commodity] = {
    "coffee": Commodity(
        "coffee",
        ("Kopi Robusta", "Kopi Arabika"),
        ("090111", "090112", "090121", "090122"),
        "Kopi",
        "Coffee",
    ),
    "pepper": Commodity("pepper", ("Lada",), ("090411", "090412"), "Lada", "Pepper"),
    "cocoa": Commodity("cocoa", ("Kakao",), ("180100",), "Kakao", "Cocoa"),
    # Lampung's other export products (no national production figure with a source here:
    # their province view uses the province's own exports when loaded, else its share of
    # national agriculture-sector exports). Codes shorter than 6 digits are headings.
    "shrimp": Commodity(
        "shrimp", (), ("030617", "030616", "030627", "160521", "160529"), "Udang", "Shrimp"
    ),
    "fish": Commodity("fish", (), ("0302", "0303", "0304", "0305", "1604"), "Ikan", "Fish"),
    "seaweed": Commodity("seaweed", (), ("121221", "121229", "130231"), "Rumput laut", "Seaweed"),
    "tapioca": Commodity(
        "tapioca", (), ("110814", "190300", "071410"), "Tapioka", "Tapioca (cassava)"
    ),
    "pineapple": Commodity(
        "pineapple", (), ("080430", "200820", "200941", "200949"), "Nanas", "Pineapple"
    ),
    "coconut": Commodity(
        "coconut",
        ("Kelapa Dalam", "Kelapa Hybrida"),
        ("080111", "080112", "080119", "151311", "151319"),
        "Kelapa",
        "Coconut",
    ),
    "palm_oil": Commodity(
        "palm_oil", ("Kelapa Sawit",), ("1511", "151321", "151329"), "Kelapa sawit", "Palm oil"
    ),
    "crafts": Commodity(
        "crafts", (), ("4602", "4420", "5805", "6304"), "Kerajinan (tapis, anyaman)", "Crafts"
    ),
}


@dataclasses.dataclass(frozen=True)
class NationalFigure:
    commodity: str
    year: int
    tonnes: float
    source: str


# National production (tonnes). Facts with their sources; the secondary sources quote BPS or
# the Ministry of Agriculture. Series differ between publications (BPS revises; FAO and
# Ditjenbun disagree), so each figure carries its own source and results name it.
NATIONAL_PRODUCTION: tuple[NationalFigure, ...] = (
    NationalFigure(
        "coffee",
        2020,
        762_380,
        "BPS, national coffee production 2020 (762.38 thousand "
        "t), as reported by GoodStats, 'Kopi Indonesia: Produktivitas Naik…'",
    ),
    NationalFigure(
        "coffee",
        2022,
        794_800,
        "BPS, Statistik Indonesia 2023 (794.8 thousand t), as "
        "reported by Jambi Ekspres / Disway, 'Lampung penghasil kopi nomor 2'",
    ),
    NationalFigure(
        "cocoa",
        2018,
        767_280,
        "BPS (767,280 t), as reported by Katadata Databoks, "
        "'Produksi Biji Kakao Indonesia Terus Turun dalam 5 Tahun Terakhir'",
    ),
    NationalFigure(
        "cocoa",
        2021,
        706_500,
        "BPS (706.5 thousand t), as reported by Katadata "
        "Databoks, 'Sulawesi Tengah, Produsen Kakao Terbesar Indonesia 2022'",
    ),
    NationalFigure(
        "cocoa",
        2022,
        650_612,
        "BPS (650,612 t), as reported by Katadata Databoks, "
        "'Sulawesi Mendominasi 10 Provinsi Penghasil Biji Kakao Terbesar 2022'",
    ),
    NationalFigure(
        "pepper",
        2014,
        91_941,
        "Ditjen Perkebunan, Kementerian Pertanian (91,941 t), as "
        "reported by Media Perkebunan, 'Mendongkrak Kembali Lada Indonesia'",
    ),
    NationalFigure(
        "pepper",
        2017,
        87_991,
        "Kementerian Pertanian, Outlook Lada 2020 (FAO series, "
        "87,991 t), as reported by Kompas, 17 Dec 2021",
    ),
    NationalFigure(
        "pepper",
        2020,
        89_900,
        "BPS (89.9 thousand t), as reported by Katadata "
        "Databoks, 'Bangka Belitung Jadi Penghasil Lada Terbesar Nasional'",
    ),
)


def commodity_for_product(hs: str) -> Commodity | None:
    """The Lampung commodity an HS6 code belongs to (codes or heading prefixes), or None."""
    for commodity in COMMODITIES.values():
        if any(
            hs == code or (len(code) < 6 and hs.startswith(code)) for code in commodity.hs_codes
        ):
            return commodity
    return None


def own_exports_view(
    store: TradeStore,
    hs: str,
    flows: pd.DataFrame,
    *,
    exporter: str = "IDN",
    year: int | None = None,
    params: PotentialParams | None = None,
) -> pd.DataFrame:
    """Province view from the province's own exports (BPS by province of origin, or e-SKA).

    Markets where the province sells come first, by its observed exports in the latest year
    of its figures; then the national markets where it does not sell yet, by national untapped
    potential × the province's observed share of national exports of the product (its exports
    over Indonesia's exports of the product in the store, when both exist for a year).
    `attrs`: year, hs_levels (the code lengths of the matched rows), share, basis.
    """
    if flows.empty:
        raise TradeStoreError(f"no province exports for {hs}")
    latest = int(flows["year"].max())
    own = flows[flows["year"] == latest].groupby("importer")["value_usd"].sum()
    total = float(own.sum())
    try:
        national = export_potential(store, exporter, year, [hs], params)
    except TradeStoreError:
        national = pd.DataFrame(columns=["importer", "imports_usd", "exporter_avg",
                                         "potential_usd", "untapped_usd"])  # fmt: skip
    national_exports = float(national["exporter_avg"].sum()) if len(national) else 0.0
    share = min(total / national_exports, 1.0) if national_exports > 0 else None
    frame = national[["importer", "imports_usd", "exporter_avg", "potential_usd", "untapped_usd"]]
    frame = frame.set_index("importer").reindex(sorted(set(frame["importer"]) | set(own.index)))
    frame["province_exports_usd"] = own.reindex(frame.index).fillna(0.0)
    frame["province_share_of_market"] = frame["province_exports_usd"] / frame["imports_usd"]
    frame["province_untapped_usd"] = (
        frame["untapped_usd"].fillna(0.0) * share if share is not None else float("nan")
    )
    frame["province_potential_usd"] = (
        frame["potential_usd"].fillna(0.0) * share if share is not None else float("nan")
    )
    frame["province_exports_est_usd"] = frame["province_exports_usd"]
    frame["sells"] = frame["province_exports_usd"] > 0
    out = (
        frame.reset_index()
        .rename(columns={"index": "importer"})
        .sort_values(
            ["sells", "province_exports_usd", "province_untapped_usd"],
            ascending=[False, False, False],
        )
        .reset_index(drop=True)
    )
    out.insert(0, "product", hs)
    out.attrs.update(
        {
            "year": latest,
            "province_total_usd": total,
            "share": share,
            "national_exports_usd": national_exports,
            "hs_levels": sorted({len(str(h)) for h in flows["hs"]}),
            "sources": sorted(set(flows["source"])),
            "kinds": sorted(set(flows["kind"])),
        }
    )
    return out


def read_bps_estate_crops(path: str | Path) -> pd.DataFrame:
    """The tidy BPS table: wilayah, komoditas, tahun, measure, value (value NaN where '-')."""
    frame = pd.read_csv(path, dtype={"wilayah": str, "komoditas": str, "measure": str})
    needed = {"wilayah", "komoditas", "tahun", "measure", "value"}
    if not needed <= set(frame.columns):
        raise TradeStoreError(f"{Path(path).name}: expected columns {sorted(needed)}")
    return frame


def province_production(
    bps: pd.DataFrame, commodity: Commodity, province_label: str = "Provinsi Lampung"
) -> pd.Series:
    """Tonnes per year for the province: its total row, or the sum of its regencies."""
    rows = bps[(bps["measure"] == "produksi_ton") & bps["komoditas"].isin(commodity.bps_names)]
    total = rows[rows["wilayah"] == province_label].groupby("tahun")["value"].sum(min_count=1)
    regencies = rows[rows["wilayah"] != province_label].groupby("tahun")["value"].sum(min_count=1)
    return total.combine_first(regencies).dropna()


def province_shares(
    bps: pd.DataFrame,
    *,
    year: int | None = None,
    province_label: str = "Provinsi Lampung",
    national: Iterable[NationalFigure] = NATIONAL_PRODUCTION,
) -> pd.DataFrame:
    """Province share of national production per commodity, at the latest year ≤ `year`
    with both figures (else the nearest later one). Columns say which figures were used."""
    figures = list(national)
    rows: list[dict[str, Any]] = []
    for commodity in COMMODITIES.values():
        prov = province_production(bps, commodity, province_label)
        nat = {f.year: f for f in figures if f.commodity == commodity.key}
        common = sorted(set(prov.index.astype(int)) & set(nat))
        if not common:
            continue
        earlier = [y for y in common if year is None or y <= year]
        chosen = earlier[-1] if earlier else common[0]
        share = float(prov.loc[chosen]) / nat[chosen].tonnes
        rows.append(
            {
                "commodity": commodity.key,
                "label_id": commodity.label_id,
                "label_en": commodity.label_en,
                "year": chosen,
                "province_tonnes": float(prov.loc[chosen]),
                "national_tonnes": nat[chosen].tonnes,
                "share": share,
                "hs_codes": list(commodity.hs_codes),
                "province_source": f"BPS estate-crop table, {province_label}, {chosen}",
                "national_source": nat[chosen].source,
            }
        )
    return pd.DataFrame(rows)


def province_potential(
    store: TradeStore,
    hs: str,
    *,
    share: float,
    share_note: str,
    exporter: str = "IDN",
    year: int | None = None,
    params: PotentialParams | None = None,
) -> pd.DataFrame:
    """National potential for `hs` scaled by the province's share; says which share was used."""
    if not HS6.match(hs):
        raise TradeCodeError(f"HS code must have 6 digits, got {hs!r}")
    if not 0 < share <= 1:
        raise TradeStoreError(f"share must be in (0, 1], got {share}")
    table = export_potential(store, exporter, year, [hs], params)
    if table.empty:
        raise TradeNoImporters(f"no importers of {hs} in the store")
    out = table[
        [
            "product",
            "importer",
            "imports_usd",
            "exporter_avg",
            "potential_usd",
            "untapped_usd",
            "factors_missing",
        ]
    ].copy()
    out["province_share"] = share
    out["province_exports_est_usd"] = share * out["exporter_avg"]
    out["province_potential_usd"] = share * out["potential_usd"]
    out["province_untapped_usd"] = share * out["untapped_usd"]
    x_hat = out["province_exports_est_usd"].sum()
    weights = out["potential_usd"].clip(lower=0)
    alpha = weights / weights.sum() if weights.sum() > 0 else weights * 0
    out["province_allocation_usd"] = np.minimum(x_hat * alpha, out["province_potential_usd"])
    out = out.sort_values("province_potential_usd", ascending=False).reset_index(drop=True)
    out.attrs.update(table.attrs)
    out.attrs["share_used"] = {"share": share, "note": share_note}
    return out


def expand_products(present: Iterable[str], products: Sequence[str]) -> np.ndarray:
    """Boolean mask over `products`: codes equal to, or starting with, an item of `present`."""
    prefixes = tuple(str(p).strip() for p in present if str(p).strip())
    return (
        np.array([str(p).startswith(prefixes) for p in products])
        if prefixes
        else np.zeros(len(products), dtype=bool)
    )


def diversification(
    exports: pd.DataFrame,
    present: Iterable[str],
    *,
    year: int | None = None,
    top: int | None = 20,
    include_present: bool = False,
) -> pd.DataFrame:
    """Products ranked by density to the province's products, then by PCI.

    `exports` is a country-level long table (time, loc, prod, val) — e.g.
    `TradeStore.exports_by_product()` or the BACI HS2 panel; `present` lists the province's
    products (codes or code prefixes at the same level, e.g. ["0901", "0904", "1801"]).
    Proximity and PCI come from all countries; density uses the province's own row.
    """
    frame = exports[["time", "loc", "prod", "val"]]
    years = sorted(frame["time"].unique())
    if not years:
        raise TradeStoreError("no export data for the complexity computation")
    y = year if year is not None else years[-1]
    matrix, _, prods = year_matrix(frame[frame["time"] == y])
    if matrix.size == 0:
        raise TradeStoreError(f"no export data for {y}")
    result = complexity_year(matrix, keep_proximity=True)
    assert result.proximity is not None
    mask = expand_products(present, [str(p) for p in prods])
    if not mask.any():
        raise TradeStoreError("none of the province's products appear in the export data")
    density = density_matrix(mask.astype(float), result.proximity)[0]
    out = pd.DataFrame(
        {
            "product": prods,
            "density": density,
            "pci": result.pci,
            "ubiquity": result.ubiquity,
            "world_exports_usd": matrix.sum(axis=0),
            "in_province": mask,
        }
    )
    if not include_present:
        out = out[~out["in_province"]]
    out = out.sort_values(["density", "pci"], ascending=[False, False]).reset_index(drop=True)
    out.insert(0, "rank", np.arange(1, len(out) + 1))
    out.attrs.update(
        {
            "year": int(y),
            "present": sorted({str(p) for p in present}),
            "present_matched": [str(p) for p in np.asarray(prods)[mask]],
        }
    )
    return out.head(top) if top else out
