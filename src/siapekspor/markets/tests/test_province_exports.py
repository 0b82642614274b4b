"""Lampung's own exports drive the province view; every Lampung product has one."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pandas as pd
import pytest
from django.core.management import CommandError, call_command

from siapekspor.markets import selectors
from siapekspor.markets.engine import province_exports
from siapekspor.markets.engine.province import COMMODITIES, commodity_for_product
from siapekspor.markets.engine.store import TradeStore
from siapekspor.markets.engine.synthetic import generate

LAMPUNG_CODES = {
    "coffee": "090111",
    "pepper": "090411",
    "cocoa": "180100",
    "shrimp": "030617",
    "fish": "030389",
    "seaweed": "121229",
    "tapioca": "110814",
    "pineapple": "200820",
    "coconut": "080119",
    "palm_oil": "151190",
    "crafts": "460219",
}


@pytest.fixture(scope="module")
def lampung_store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """SYNTHETIC national trade holding one code of every Lampung product."""
    root = tmp_path_factory.mktemp("lampung")
    products = [(code, key) for key, code in LAMPUNG_CODES.items()]
    generate(root / "syn", size="tiny", years=(2021, 2022, 2023), products=products)
    store = TradeStore(root / "trade")
    store.load([root / "syn"])
    return root / "trade"


@pytest.fixture
def lampung(settings, lampung_store_dir: Path, tmp_path: Path) -> TradeStore:
    import shutil

    target = tmp_path / "trade"
    shutil.copytree(lampung_store_dir, target)
    settings.TRADE_STORE_DIR = target
    return TradeStore(target)


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_every_lampung_product_is_mapped() -> None:
    assert set(LAMPUNG_CODES) == set(COMMODITIES)
    for key, code in LAMPUNG_CODES.items():
        assert commodity_for_product(code).key == key


@pytest.mark.django_db
def test_every_lampung_product_has_a_province_view(lampung: TradeStore, shared_data: Path) -> None:
    # Without any province figure: the national markets, said so.
    for code in LAMPUNG_CODES.values():
        view = selectors.province_view(code)
        assert view is not None and view.basis == "national_only" and view.rows, code
    sector = shared_data / "lampung_exports" / "bps_agri_sector_exports_by_province_2014_2024.csv"
    out, _ = run("trade", "load-province-exports", str(sector))
    assert "2014" in out
    shares = province_exports.sector_shares(province_exports.province_sector(lampung))
    # BPS: Lampung's agriculture-sector exports US$1,018.3 m in 2024.
    assert shares.loc[2024] == pytest.approx(
        1018.3e6
        / province_exports.province_sector(lampung).query("year == 2024")["value_usd"].sum()
    )
    for key, code in LAMPUNG_CODES.items():
        view = selectors.province_view(code, year=2023)
        assert view is not None and view.basis == "sector_share", key
        assert view.year == 2023 and view.share == pytest.approx(shares.loc[2023])


@pytest.mark.django_db
def test_bps_province_table_drives_the_view_and_files_are_valid(
    lampung: TradeStore, tmp_path: Path
) -> None:
    # BPS Lampung, Jan–Sep 2025 (press release as quoted by Antara): HS 15 to the USA
    # US$474.27 m, Pakistan US$464.25 m, India US$188.5 m — in BPS's published layout.
    table = tmp_path / "ekspor_lampung_hs_negara.csv"
    table.write_text(
        "Provinsi;Kode HS;Negara Tujuan;Tahun;Nilai FOB (US$)\n"
        "Lampung;15;Amerika Serikat;2025;474.270.000\n"
        "Lampung;15;Pakistan;2025;464.250.000\n"
        "Lampung;15;India;2025;188.500.000\n"
        "Sumatera Selatan;15;India;2025;99.000.000\n"
        "Lampung;15;Negeri Antah;2025;1.000\n",
        encoding="utf-8",
    )
    out, _ = run("trade", "load-province-exports", str(table), "--language", "en")
    assert "kept 3" in out and "other provinces 1" in out and "Negeri Antah" in out
    view = selectors.province_view("151190")
    assert view.basis == "own_exports" and view.year == 2025
    assert [r["importer"] for r in view.rows[:3]] == ["USA", "PAK", "IND"]
    assert view.province_total_usd == pytest.approx(1_127_020_000)
    assert view.hs_levels == [2]
    data = json.loads(run("markets", "province", "--hs", "151190", "--format", "json")[0])
    assert data["basis"] == "own_exports" and data["rows"][0]["importer"] == "USA"
    assert data["rows"][0]["province_exports_usd"] == pytest.approx(474_270_000)
    assert "HS 2" in data["note"]  # Indonesian by default: "tingkat HS 2 digit"
    csv_out, note = run("markets", "province", "--hs", "151190", "--format", "csv")
    frame = pd.read_csv(StringIO(csv_out))
    assert frame["importer"].head(3).tolist() == ["USA", "PAK", "IND"]
    assert note.strip()  # the note goes to stderr, not into the file
    table_out = run("markets", "province", "--hs", "151190", "--language", "en")[0]
    assert "own exports drive this view" in table_out


@pytest.mark.django_db
def test_eska_records_drive_the_coffee_view(lampung: TradeStore, tmp_path: Path) -> None:
    records = tmp_path / "eska_2023.csv"
    records.write_text(
        "Nomor SKA,Tanggal,Kode HS,Negara Tujuan,Nilai FOB (US$)\n"
        '0001/SKA/2023,05/01/2023,0901.11.90,Jepang,"120,000.00"\n'
        '0001/SKA/2023,05/01/2023,0901.11.90,Jepang,"120,000.00"\n'
        "0002/SKA/2023,14/02/2023,09011190,Italia,90000\n"
        "0003/SKA/2023,20/03/2023,090111,Maroko,45000\n"
        "0004/SKA/2023,02/04/2023,090111,Georgia,20000\n"
        "0005/SKA/2023,02/04/2023,180100,Malaysia,50000\n",
        encoding="utf-8",
    )
    run("trade", "load-province-exports", str(records))
    view = selectors.province_view("090111")
    assert view.basis == "own_exports"
    assert [r["importer"] for r in view.rows[:4]] == ["JPN", "ITA", "MAR", "GEO"]
    assert view.rows[0]["province_exports_usd"] == 120_000  # one certificate, counted once
    assert view.province_total_usd == 275_000


@pytest.mark.django_db
def test_unknown_layout_fails_in_indonesian(lampung: TradeStore, tmp_path: Path) -> None:
    bad = tmp_path / "x.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Data perdagangan tidak dapat dimuat"):
        call_command("trade", "load-province-exports", str(bad), stdout=StringIO())


@pytest.mark.django_db
def test_product_page_shows_the_province_own_exports(
    client, users, lampung: TradeStore, tmp_path: Path
) -> None:
    table = tmp_path / "bps.csv"
    table.write_text(
        "Kode HS,Negara Tujuan,Tahun,Nilai FOB (US$)\n15,Amerika Serikat,2025,474270000\n",
        encoding="utf-8",
    )
    run("trade", "load-province-exports", str(table))
    client.force_login(users["province_officer"])
    html = client.get("/markets/products/151190/").content.decode()
    assert "Ekspor provinsi" in html and "US$474 juta" in html
