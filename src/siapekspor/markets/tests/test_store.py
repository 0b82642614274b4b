"""Trade store: loading real and hand-made files, validation counts, idempotency."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import duckdb
import pytest

from siapekspor.markets.engine.store import TradeStore, TradeStoreError

from .conftest import COFFEE, SHRIMP, SHRIMP_COLUMNS, need


def _rows(store: TradeStore) -> int:
    return int(store.query("SELECT count(*) AS n FROM {flows}")["n"][0])


def test_shrimp_validation_summary_counts_unknown_codes_and_self_trade(tmp_path: Path) -> None:
    store = TradeStore(tmp_path)
    [summary] = store.load([need(SHRIMP)], format="long", columns=SHRIMP_COLUMNS, value_scale=1000)
    assert summary.rows_read == 8245
    # ARTIS's "NEI" (not elsewhere indicated) is no country; 37 rows are a country to itself.
    assert summary.unknown_countries == {"NEI": 12}
    assert summary.self_trade_rows == 37
    assert summary.rows_kept == 8245 - 12 - 37 == summary.rows_written
    assert summary.negative_values == summary.missing_values == summary.zero_values == 0
    assert summary.years == [2018]
    assert "1000" in summary.value_note


def test_values_are_usd_and_codes_are_six_characters(tmp_path: Path) -> None:
    store = TradeStore(tmp_path)
    store.load([need(SHRIMP)], format="long", columns=SHRIMP_COLUMNS, value_scale=1000)
    raw = duckdb.execute(
        "SELECT sum(total_v) FROM read_csv(?) WHERE exporter_iso3c = 'IDN' "
        "AND importer_iso3c = 'USA' AND hs6 = '030617'",
        [str(SHRIMP)],
    ).fetchall()[0][0]
    got = store.query(
        "SELECT sum(value) AS v, min(length(product)) AS lo, max(length(product)) "
        "AS hi FROM {flows} WHERE exporter = 'IDN' AND importer = 'USA' "
        "AND product = '030617'"
    )
    assert got["v"][0] == pytest.approx(raw * 1000)
    assert got["lo"][0] == got["hi"][0] == 6


def test_reloading_the_same_file_replaces_its_partition(tmp_path: Path) -> None:
    store = TradeStore(tmp_path)
    store.load([need(SHRIMP)], format="long", columns=SHRIMP_COLUMNS, value_scale=1000)
    first = _rows(store)
    [again] = store.load([SHRIMP], format="long", columns=SHRIMP_COLUMNS, value_scale=1000)
    assert again.replaced == [again.source]
    assert _rows(store) == first
    assert len(store.sources()) == 1
    # The same bytes under another name replace the old entry too (SHA-256 in the manifest).
    copy = tmp_path / "renamed_shrimp.csv.gz"
    shutil.copy(SHRIMP, copy)
    [renamed] = store.load([copy], format="long", columns=SHRIMP_COLUMNS, value_scale=1000)
    assert renamed.replaced == [again.source]
    assert list(store.sources()) == [renamed.source]
    assert _rows(store) == first
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["sources"][renamed.source]["files"][0]["sha256"] == renamed.sha256


def test_baci_file_counts_every_kind_of_bad_row(tmp_path: Path) -> None:
    folder = tmp_path / "baci"
    folder.mkdir()
    (folder / "country_codes_V202501.csv").write_text(
        "country_code,country_name,country_iso2,country_iso3\n"
        "360,Indonesia,ID,IDN\n842,USA,US,USA\n392,Japan,JP,JPN\n490,Other Asia nes,,S19\n"
    )
    (folder / "product_codes_HS22_V202501.csv").write_text(
        'code,description\n090111,"Coffee"\n030617,"Shrimps"\n'
    )
    lines = [
        "t,i,j,k,v,q",
        "2023,360,842,090111,1.5,2.0",  # kept: 1,500 USD
        "2023,360,392,90111,2.25,NA",  # kept: leading zero restored, q missing
        "2023,360,842,030617,-1.0,1.0",  # negative value
        "2023,360,392,030617,NA,1.0",  # missing value
        "2023,999,842,090111,3.0,1.0",  # unknown exporter code
        "2023,360,360,090111,4.0,1.0",  # self trade
        "2023,360,490,030617,5.0,",  # 490 = Taiwan (kept), empty q
        "2023,360,842,123456,6.0,1.0",  # kept, but not in the product list
        "2023,360,842,12,7.0,1.0",  # malformed product code
        "2023,360,842,090111,0,1.0",  # zero value
    ]
    path = folder / "BACI_HS22_Y2023_V202501.csv"
    path.write_text("\n".join(lines) + "\n")
    store = TradeStore(tmp_path / "store")
    [summary] = store.load([folder])
    assert summary.source == "baci_hs22_y2023" and summary.hs_revision == "HS22"
    assert summary.rows_read == 10
    assert summary.negative_values == 1
    assert summary.missing_values == 1
    assert summary.zero_values == 1
    assert summary.unknown_countries == {"999": 1}
    assert summary.self_trade_rows == 1
    assert summary.malformed_products == 1
    assert summary.unknown_product_rows == 1 and summary.unknown_products == {"123456": 1}
    assert summary.rows_kept == 4
    got = store.query("SELECT importer, product, value, quantity FROM {flows} ORDER BY value")
    assert got["value"].tolist() == [1500.0, 2250.0, 5000.0, 6000.0]
    assert got["importer"].tolist() == ["USA", "JPN", "TWN", "USA"]
    assert got["product"].tolist()[1] == "090111"
    assert got["quantity"].isna().tolist() == [False, True, True, False]


def test_gzipped_baci_file_loads_the_same(tmp_path: Path) -> None:
    text = "t,i,j,k,v,q\n2022,360,842,090111,1.0,1.0\n2022,360,392,090111,2.0,1.0\n"
    plain = tmp_path / "BACI_HS17_Y2022_V202401.csv"
    plain.write_text(text)
    packed = tmp_path / "zipped" / "BACI_HS17_Y2022_V202401.csv.gz"
    packed.parent.mkdir()
    with gzip.open(packed, "wt") as handle:
        handle.write(text)
    a, b = TradeStore(tmp_path / "a"), TradeStore(tmp_path / "b")
    a.load([plain])
    b.load([packed])
    assert a.query("SELECT sum(value) AS v FROM {flows}")["v"][0] == 3000.0
    assert b.query("SELECT sum(value) AS v FROM {flows}")["v"][0] == 3000.0


def test_comtrade_extract_drops_world_rows_and_keeps_usd(tmp_path: Path) -> None:
    store = TradeStore(tmp_path)
    [summary] = store.load([need(COFFEE)])
    assert summary.kind == "comtrade" and summary.hs_revision == "HS07"
    assert summary.aggregate_rows == 586  # partner "World"
    assert summary.unknown_countries.get("EU2") == 470  # EU aggregate partner
    assert summary.years == [2005, 2010, 2015]
    idn = store.query(
        "SELECT sum(value) AS v FROM {flows} WHERE exporter = 'IDN' "
        "AND year = 2015 AND product = '090111'"
    )["v"][0]
    assert idn > 1e8  # Indonesia's 2015 green-coffee exports are hundreds of millions of USD


def test_long_format_requires_a_complete_mapping(tmp_path: Path) -> None:
    store = TradeStore(tmp_path)
    with pytest.raises(TradeStoreError, match="must map"):
        store.load([need(SHRIMP)], format="long", columns="exporter=exporter_iso3c")
    with pytest.raises(TradeStoreError, match="not found"):
        store.load([SHRIMP], format="long", columns=SHRIMP_COLUMNS.replace("total_v", "nope"))
    with pytest.raises(TradeStoreError, match="not found"):
        store.load([tmp_path / "missing.csv"])


def test_overlapping_sources_are_not_summed(tmp_path: Path) -> None:
    """A BACI year and a long table for the same year and product: BACI wins, no double count."""
    baci = tmp_path / "BACI_HS12_Y2018_V202501.csv"
    baci.write_text("t,i,j,k,v,q\n2018,360,842,030617,10.0,1.0\n")
    long = tmp_path / "extra.csv"
    long.write_text("exp,imp,hs,yr,val\nIDN,USA,030617,2018,99999\nIDN,JPN,090111,2018,5\n")
    store = TradeStore(tmp_path / "store")
    store.load([baci])
    store.load(
        [long], format="long", columns="exporter=exp,importer=imp,product=hs,year=yr,value=val"
    )
    got = store.query("SELECT product, sum(value) AS v FROM {flows} GROUP BY 1 ORDER BY 1")
    assert got.set_index("product")["v"].to_dict() == {"030617": 10000.0, "090111": 5.0}


def test_a_baci_release_zip_loads_every_year_with_its_code_lists(tmp_path: Path) -> None:
    import zipfile

    from siapekspor.markets.engine.synthetic import generate

    info = generate(tmp_path / "syn", size="tiny")
    archive = tmp_path / "BACI_HS22_V202501.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for name in info["files"]:
            if name.startswith(("BACI_", "country_codes", "product_codes")):
                zf.write(tmp_path / "syn" / name, arcname=f"BACI_HS22_V202501/{name}")
    store = TradeStore(tmp_path / "store")
    summaries = store.load([archive])
    assert [s.source for s in summaries] == [
        "baci_hs22_y2021",
        "baci_hs22_y2022",
        "baci_hs22_y2023",
    ]
    assert all(s.unknown_product_rows == 0 and s.rows_kept == s.rows_read for s in summaries)
    assert store.status()["rows"] == sum(info["rows_per_year"].values())
