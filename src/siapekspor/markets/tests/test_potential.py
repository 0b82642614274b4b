"""Export potential on the real shrimp 2018 extract, and the method's invariants."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from siapekspor.markets.engine import reference
from siapekspor.markets.engine.potential import (
    PotentialParams,
    export_potential,
    market_trend,
    potential_table,
)
from siapekspor.markets.engine.store import TradeStore
from siapekspor.markets.engine.synthetic import generate

from .conftest import COFFEE, SHRIMP, SHRIMP_COLUMNS, need


@pytest.fixture(scope="module")
def frozen_shrimp(shrimp_store: TradeStore) -> pd.DataFrame:
    return export_potential(shrimp_store, "IDN", 2018, ["030617"])


def test_us_and_japan_are_in_indonesias_top_five_by_potential(frozen_shrimp: pd.DataFrame) -> None:
    top5 = frozen_shrimp.nlargest(5, "potential_usd")["importer"].tolist()
    assert "USA" in top5 and "JPN" in top5, top5


def test_china_ranks_high_by_untapped_potential(frozen_shrimp: pd.DataFrame) -> None:
    by_untapped = frozen_shrimp.sort_values("untapped_usd", ascending=False)["importer"].tolist()
    assert by_untapped.index("CHN") < 3, by_untapped[:5]
    china = frozen_shrimp.set_index("importer").loc["CHN"]
    assert china["exporter_share"] < 0.05 and china["imports_usd"] > 1e9


def test_missing_factors_are_named_with_reasons(frozen_shrimp: pd.DataFrame) -> None:
    usa = frozen_shrimp.set_index("importer").loc["USA"]
    # Six products are no bilateral total: the named fallback (observed relationship in the
    # product, shrunk towards the gravity prediction) replaces ease of trade, not 1.
    assert "ease_of_trade" not in usa["factors_missing"]
    assert "tariff" in usa["factors_missing"]  # no destination-market tariffs loaded
    assert "distance" not in usa["factors_missing"]  # GeoDist is loaded
    notes = frozen_shrimp.attrs["notes"]
    assert "shrunk towards the gravity prediction" in notes["ease_fallback"]
    assert "tariff" in notes["tariff"]
    assert usa["tariff_advantage"] == 1.0
    # Indonesia sells the US 4.6 × its predicted amount: B = √((4.6 + 1) / 2) ≈ 1.7.
    assert 1.5 < usa["ease_of_trade"] < 2.0
    vnm = frozen_shrimp.set_index("importer").loc["VNM"]
    assert vnm["ease_of_trade"] == pytest.approx(0.71, abs=0.02)


def test_supplier_structure_matches_a_direct_computation(
    shrimp_store: TradeStore, frozen_shrimp: pd.DataFrame
) -> None:
    raw = pd.read_csv(SHRIMP, dtype={"hs6": str})
    usa = raw[
        (raw["hs6"] == "030617")
        & (raw["importer_iso3c"] == "USA")
        & (raw["exporter_iso3c"] != "USA")
    ]
    by_exporter = usa.groupby("exporter_iso3c")["total_v"].sum()
    shares = by_exporter / by_exporter.sum()
    row = frozen_shrimp.set_index("importer").loc["USA"]
    assert row["imports_usd"] == pytest.approx(by_exporter.sum() * 1000)
    assert row["hhi"] == pytest.approx((shares**2).sum())
    assert row["equivalent_suppliers"] == pytest.approx(1 / (shares**2).sum())
    assert row["exporter_share"] == pytest.approx(shares["IDN"])
    assert row["exporter_rank"] == (by_exporter > by_exporter["IDN"]).sum() + 1 == 2
    assert row["n_suppliers"] == len(by_exporter)


def test_distance_factor_averages_one_over_current_suppliers(shrimp_store: TradeStore) -> None:
    """The suppliers' mean distance is the power mean of the factor's exponent, so the
    value-weighted factor over j's suppliers is exactly 1 (no inflation of demand)."""
    raw = pd.read_csv(SHRIMP, dtype={"hs6": str})
    jpn = raw[(raw["hs6"] == "030617") & (raw["importer_iso3c"] == "JPN")]
    dist = reference.distances(shrimp_store).query("iso_d == 'JPN'").set_index("iso_o")["dist"]
    row = export_potential(shrimp_store, "IDN", 2018, ["030617"]).set_index("importer").loc["JPN"]
    known = jpn[jpn["exporter_iso3c"].isin(dist.index)]
    delta = 1.14  # frozen shrimp: perishable group (Head & Mayer 2014)
    assert row["distance_elasticity"] == delta
    factor = (known["exporter_iso3c"].map(dist) / row["avg_supplier_distance_km"]) ** -delta
    assert np.average(factor, weights=known["total_v"]) == pytest.approx(1.0)


def test_without_geodist_the_distance_factor_is_dropped_and_named(tmp_path: Path) -> None:
    store = TradeStore(tmp_path)
    store.load([need(SHRIMP)], format="long", columns=SHRIMP_COLUMNS, value_scale=1000)
    table = export_potential(store, "IDN", 2018, ["030617"])
    assert all("distance" in f for f in table["factors_missing"])
    assert "GeoDist" in table.attrs["notes"]["distance"]
    # Without distance, potential is Indonesia's world share × market size, so the largest
    # importers lead: the United States first.
    assert table.nlargest(1, "potential_usd")["importer"].item() == "USA"


def test_growth_uses_the_earliest_year_of_the_span(tmp_path: Path) -> None:
    store = TradeStore(tmp_path)
    store.load([need(COFFEE)])
    table = export_potential(
        store, "IDN", 2015, ["090111"], PotentialParams(growth_years=5, window=5)
    )
    usa = table.set_index("importer").loc["USA"]
    trend = market_trend(store, "090111", ["USA"], "IDN")
    by_year = trend.set_index("year")["imports_usd"]
    assert usa["cagr_years"] == 5
    assert usa["cagr"] == pytest.approx((by_year[2015] / by_year[2010]) ** (1 / 5) - 1)


def test_ease_of_trade_makes_potential_add_up_to_actual_trade(tmp_path: Path) -> None:
    """With B_ij and no projections, Σ_k PV_ijk = Σ_k x̄_ijk for every market j."""
    generate(tmp_path / "syn", size="tiny")
    store = TradeStore(tmp_path / "store")
    store.load([tmp_path / "syn"])
    table = potential_table(
        store, "IDN", 2023, PotentialParams(min_products_for_ease=10, cap_potential=False)
    )
    assert not any("ease_of_trade" in f for f in table["factors_missing"])
    sums = table.groupby("importer")[["potential_usd", "exporter_avg"]].sum()
    sums = sums[sums["exporter_avg"] > 0]
    np.testing.assert_allclose(sums["potential_usd"], sums["exporter_avg"], rtol=1e-9)
    assert (table["untapped_usd"] >= 0).all()
    assert table.attrs["synthetic"] is True


def test_projection_uses_imf_weo_real_growth_forecasts_never_realised_gdp(
    tmp_path: Path,
) -> None:
    from .conftest import DATA, GDP

    store = TradeStore(tmp_path)
    store.load([need(SHRIMP)], format="long", columns=SHRIMP_COLUMNS, value_scale=1000)
    reference.load_macro(store, need(GDP))  # current-US$ GDP alone: no projection
    table = export_potential(store, "IDN", 2018, ["030617"])
    usa = table.set_index("importer").loc["USA"]
    assert "supply_projection" in usa["factors_missing"] and usa["demand_projection"] == 1.0
    reference.load_weo(store, need(DATA / "gdp_forecasts" / "imf_weo_2025oct_ngdp_rpch.csv"))
    table = export_potential(store, "IDN", 2018, ["030617"])
    rows = table.set_index("importer")
    assert "supply_projection" not in rows.loc["USA", "factors_missing"]
    # WEO Oct-2025 forecasts 2025–2029: USA 2.017, 2.102, … % a year; Vietnam grows faster.
    assert 1.05 < rows.loc["USA", "demand_projection"] < 1.15
    assert rows.loc["VNM", "demand_projection"] > rows.loc["USA", "demand_projection"]
    # Indonesia (≈ 4.9 % a year) grows faster than the world (≈ 3.1 %): supply projected up.
    assert 1.05 < rows.loc["USA", "supply_projection"] < 1.12
    assert "2025–2029" in table.attrs["notes"]["supply_projection"]
    assert "constant prices" in table.attrs["notes"]["demand_projection"]
