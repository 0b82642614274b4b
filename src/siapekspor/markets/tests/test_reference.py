"""Reference loaders: GeoDist, World Bank GDP, WITS/TRAINS tariffs (all real files)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from siapekspor.markets.engine import reference
from siapekspor.markets.engine.store import TradeStore

from .conftest import GDP, TARIFFS_2012, need


def test_geodist_distances_and_capitals(shrimp_store: TradeStore) -> None:
    dist = reference.distances(shrimp_store).set_index(["iso_o", "iso_d"])["dist"]
    assert dist[("IDN", "JPN")] == pytest.approx(5481.534)  # distw, population-weighted
    assert ("IDN", "ROU") in dist.index  # GeoDist's retired code ROM mapped to ROU
    caps = reference.capitals(shrimp_store).set_index("iso3")
    assert caps.loc["IDN", "city"] == "Jakarta"


def test_world_bank_gdp_drops_aggregates(tmp_path: Path) -> None:
    store = TradeStore(tmp_path)
    info = reference.load_macro(store, need(GDP))
    gdp = reference.macro(store, "gdp")
    assert "WLD" not in set(gdp["iso3"]) and info["gdp_non_country_codes_dropped"] > 0
    assert gdp.query("iso3 == 'IDN' and year == 2023")["value"].item() > 1e12


def test_wide_world_bank_layout_is_unpivoted(tmp_path: Path) -> None:
    wide = tmp_path / "API_SP.POP.TOTL.csv"
    wide.write_text(
        '"Country Name","Country Code","Indicator Name","Indicator Code","2018","2019"\n'
        '"Indonesia","IDN","Population, total","SP.POP.TOTL","267066843","269582878"\n'
        '"World","WLD","Population, total","SP.POP.TOTL","7600000000",""\n'
    )
    store = TradeStore(tmp_path / "store")
    reference.load_macro(store, wide)
    pop = reference.macro(store, "population")
    assert pop.set_index("year")["value"].to_dict() == {2018: 267066843.0, 2019: 269582878.0}


def test_wits_tariffs_give_mfn_and_best_preference(tmp_path: Path) -> None:
    store = TradeStore(tmp_path)
    [info] = reference.load_tariffs(store, [need(TARIFFS_2012)])
    assert info["importers"] == ["IDN"] and info["years"] == [2012]
    table = pd.concat(pd.read_parquet(p) for p in reference.tariff_files(store))
    coffee = table[table["product"] == "090111"].set_index(["regime", "partner"])["rate"]
    assert coffee[("mfn", "*")] == 5.0  # chapter 09 lines lost their leading zero in WITS
    assert coffee[("pref", "CHN")] == 0.0  # ASEAN–China FTA
    assert ("pref", "USA") not in coffee.index
    assert reference.tariff_importers(store) == {"IDN"}
