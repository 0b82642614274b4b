"""Province view: Lampung's share of national production, scaled potential, diversification."""

from __future__ import annotations

import pandas as pd
import pytest

from siapekspor.markets.engine.province import (
    diversification,
    province_potential,
    province_shares,
    read_bps_estate_crops,
)
from siapekspor.markets.engine.store import TradeStore

from .conftest import BPS_ESTATE, HS2_PANEL, need


@pytest.fixture(scope="module")
def shares() -> pd.DataFrame:
    return province_shares(read_bps_estate_crops(need(BPS_ESTATE)), year=2022).set_index(
        "commodity"
    )


def test_lampung_shares_use_the_latest_year_with_both_figures(shares: pd.DataFrame) -> None:
    coffee = shares.loc["coffee"]
    assert coffee["year"] == 2022
    assert coffee["province_tonnes"] == 118_139  # Kopi Robusta; Arabika is "-" in 2022
    assert coffee["share"] == pytest.approx(118_139 / 794_800)
    assert "BPS" in coffee["national_source"]
    pepper = shares.loc["pepper"]
    assert pepper["year"] == 2017  # BPS Lampung has no pepper figure after 2017
    assert pepper["share"] == pytest.approx(15_064 / 87_991)
    assert shares.loc["cocoa", "share"] == pytest.approx(53_991 / 650_612)


def test_province_potential_scales_national_figures(shrimp_store: TradeStore) -> None:
    out = province_potential(shrimp_store, "030617", share=0.1, share_note="test share")
    assert out["province_potential_usd"].sum() == pytest.approx(0.1 * out["potential_usd"].sum())
    assert (out["province_allocation_usd"] <= out["province_potential_usd"] + 1e-6).all()
    assert out.attrs["share_used"] == {"share": 0.1, "note": "test share"}


def test_diversification_ranks_by_density_then_pci() -> None:
    panel = pd.read_csv(need(HS2_PANEL), dtype={"k": str})
    panel = panel[panel["t"] == 2020].rename(
        columns={"t": "time", "i_iso3c": "loc", "k": "prod", "v_musd": "val"}
    )
    ranked = diversification(panel, ["09", "18"], top=None)
    assert not ranked["product"].isin(["09", "18"]).any()
    assert ranked["density"].is_monotonic_decreasing
    assert ranked["density"].between(0, 1).all()
    assert ranked.attrs["present_matched"] == ["09", "18"]
    # Food and agricultural chapters sit closer to coffee and cocoa than machinery does.
    position = ranked.set_index("product")["rank"]
    assert position["20"] < position["84"]
