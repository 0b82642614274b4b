"""Real-data checks a trade economist would make: the markets a practitioner names come first.

Reads the shared datasets (`shared_data` fixture): BACI shrimp 2018, UN Comtrade coffee and
sugar, CEPII GeoDist, IMF WEO October 2025 and the destination tariff schedules.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from siapekspor.markets.engine import reference, schedules
from siapekspor.markets.engine.recommend import recommend
from siapekspor.markets.engine.store import TradeStore

from .conftest import SHRIMP_COLUMNS


def _reference(store: TradeStore, data: Path, *, tariffs: bool = False) -> None:
    countries = data / "countries"
    reference.load_geodist(
        store,
        countries / "cepii_geodist_dist_cepii.csv.gz",
        countries / "cepii_geodist_geo_cepii.csv",
    )
    reference.load_weo(store, data / "gdp_forecasts" / "imf_weo_2025oct_ngdp_rpch.csv")
    if tariffs:
        schedules.load_schedules(store, [data / "tariffs" / "destination_markets"])


@pytest.fixture(scope="module")
def shrimp(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    data = Path(__file__).resolve().parents[4].parent / "shared" / "data"
    store = TradeStore(tmp_path_factory.mktemp("shrimp_full"))
    store.load(
        [data / "trade_flows" / "baci_hs12_2018_shrimp_prawns_all_countries.csv.gz"],
        format="long",
        columns=SHRIMP_COLUMNS,
        value_scale=1000,
    )
    _reference(store, data, tariffs=True)
    return recommend(store, "030617", year=2018, top=None, language="en")


def test_shrimp_usa_and_japan_lead_with_reasons(shrimp: pd.DataFrame, shared_data: Path) -> None:
    assert shrimp["importer"].head(2).tolist() == ["USA", "JPN"]
    usa, jpn = shrimp.iloc[0], shrimp.iloc[1]
    assert "largest market" in usa["reason"]
    assert "Main suppliers: India 44% (US$9.04/kg)" in usa["reason"]
    assert "Indonesia sells here at US$9.12/kg" in usa["reason"]
    assert "Tariff for Indonesia: MFN free" in usa["reason"]
    assert "the largest market for this product" in usa["reason"]
    assert "in line with the market average of US$9.09/kg" in usa["reason"]
    assert "MFN 1%, AJCEP free, IJEPA free, RCEP 0.6%" in jpn["reason"]
    assert "supplier no. 3 of 37" in jpn["reason"]


def test_shrimp_vietnam_is_another_segment_and_says_why(shrimp: pd.DataFrame) -> None:
    rows = shrimp.set_index("importer")
    vnm = rows.loc["VNM"]
    assert vnm["other_segment"]
    assert vnm["import_unit_value"] == pytest.approx(4.92, abs=0.01)
    assert vnm["exporter_unit_value"] == pytest.approx(9.21, abs=0.01)
    assert "US$4.92/kg on average, far below Indonesia's US$9.21/kg" in vnm["reason"]
    assert "re-processing" in vnm["reason"]
    # It never outranks a market where Indonesia's segment sells.
    segment = shrimp[~shrimp["other_segment"]]
    assert vnm["rank"] > segment["rank"].max()
    # Untapped potential is capped at Indonesia's share in its largest market (the USA, 20 %).
    assert vnm["untapped_usd"] <= 0.202 * vnm["imports_usd"] * 1.4
    assert shrimp.attrs["notes"]["potential_cap"]


def test_shrimp_tariff_factor_is_named_missing_outside_loaded_markets(
    shrimp: pd.DataFrame,
) -> None:
    rows = shrimp.set_index("importer")
    assert "tariff" not in rows.loc["JPN", "factors_missing"]
    assert "tariff" in rows.loc["CHN", "factors_missing"]
    assert "This market's tariffs are not loaded." in rows.loc["CHN", "reason"]


def _comtrade(tmp: Path, data: Path, name: str) -> TradeStore:
    store = TradeStore(tmp)
    store.load([data / "trade_flows" / name])
    _reference(store, data)
    return store


def test_coffee_indonesia_top_markets_are_the_real_buyers(
    tmp_path: Path, shared_data: Path
) -> None:
    store = _comtrade(
        tmp_path, shared_data, "comtrade_coffee_exports_090111_090112_2005_2010_2015.csv.gz"
    )
    ranked = recommend(store, "090111", year=2015, top=10, language="en")
    top5 = ranked["importer"].head(5).tolist()
    # Indonesia's largest robusta buyers in 2015: USA, Japan, Germany, Italy (UN Comtrade).
    assert top5[0] == "USA"
    assert {"DEU", "JPN", "ITA"} <= set(top5)
    # A US$45,000 market where Indonesia is the only supplier (Timor-Leste) is not advice.
    assert "TLS" not in ranked["importer"].tolist()


def test_raw_sugar_brazil_ranks_its_real_buyers(tmp_path: Path, shared_data: Path) -> None:
    store = _comtrade(tmp_path, shared_data, "comtrade_sugar_exports_170111_2005_2010_2015.csv.gz")
    ranked = recommend(store, "170111", exporter="BRA", year=2010, top=8, language="en")
    top = ranked["importer"].tolist()
    assert top[0] == "RUS"  # Brazil's largest raw-sugar buyer in 2010
    assert {"IND", "CHN", "IDN"} <= set(top)
    assert "largest market" in ranked.iloc[0]["reason"]
