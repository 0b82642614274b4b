"""Shared fixtures for the market-intelligence tests: real data read from ../shared/data."""

from __future__ import annotations

from pathlib import Path

import pytest

from siapekspor.markets.engine import reference
from siapekspor.markets.engine.store import TradeStore

REPO = Path(__file__).resolve().parents[4]
DATA = REPO.parent / "shared" / "data"
SHRIMP = DATA / "trade_flows" / "baci_hs12_2018_shrimp_prawns_all_countries.csv.gz"
COFFEE = DATA / "trade_flows" / "comtrade_coffee_exports_090111_090112_2005_2010_2015.csv.gz"
HS2_PANEL = DATA / "trade_flows" / "baci_hs92_exports_by_exporter_hs2_2011_2020.csv.gz"
GEO_DIST = DATA / "countries" / "cepii_geodist_dist_cepii.csv.gz"
GEO_CAPITALS = DATA / "countries" / "cepii_geodist_geo_cepii.csv"
GDP = DATA / "countries" / "world_bank_gdp_current_usd.csv"
TARIFFS_2012 = DATA / "tariffs" / "wits_trains_indonesia_2012_mfn_and_asean_fta.csv.gz"
BPS_ESTATE = DATA / "lampung_stats" / "lampung_estate_crops_by_regency_long.csv"
SHRIMP_COLUMNS = (
    "exporter=exporter_iso3c,importer=importer_iso3c,product=hs6,year=year,"
    "value=total_v,quantity=total_q"
)


def need(path: Path) -> Path:
    if not path.exists():
        pytest.fail(f"real data not found: {path} (the shared datasets must be present)")
    return path


@pytest.fixture(scope="module")
def shrimp_store(tmp_path_factory: pytest.TempPathFactory) -> TradeStore:
    """The real BACI shrimp 2018 extract (thousand USD → USD) with GeoDist distances."""
    store = TradeStore(tmp_path_factory.mktemp("shrimp"))
    store.load(
        [need(SHRIMP)], format="long", columns=SHRIMP_COLUMNS, value_scale=1000, hs_revision="HS12"
    )
    reference.load_geodist(store, need(GEO_DIST), need(GEO_CAPITALS))
    return store


@pytest.fixture(scope="session")
def demo_store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small SYNTHETIC store (5 years, Lampung products) plus the real shrimp 2018 file."""
    from siapekspor.markets.engine.synthetic import generate

    root = tmp_path_factory.mktemp("demo")
    generate(root / "syn", size="tiny", years=(2019, 2020, 2021, 2022, 2023))
    store = TradeStore(root / "trade")
    store.load([root / "syn"])
    reference.load_geodist(
        store, root / "syn" / "dist_capitals_approx.csv", root / "syn" / "geo_capitals_approx.csv"
    )
    return root / "trade"


@pytest.fixture
def demo_store(settings, demo_store_dir: Path) -> TradeStore:
    settings.TRADE_STORE_DIR = demo_store_dir
    return TradeStore(demo_store_dir)
