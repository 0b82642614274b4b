"""Destination tariff schedules (USA, Japan, Australia) on the real files in shared/data."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from siapekspor.markets import selectors
from siapekspor.markets.engine import schedules
from siapekspor.markets.engine.potential import potential_table
from siapekspor.markets.engine.store import TradeStore

from .conftest import DATA


@pytest.fixture(scope="module")
def schedule_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = DATA / "tariffs" / "destination_markets"
    if not folder.is_dir():
        pytest.fail(f"real data not found: {folder}")
    root = tmp_path_factory.mktemp("schedules")
    schedules.load_schedules(TradeStore(root), [folder], today=dt.date(2026, 11, 29))
    return root


@pytest.fixture
def loaded(settings, schedule_dir: Path) -> None:
    settings.TRADE_STORE_DIR = schedule_dir


def by_scheme(rates: list[selectors.TariffRate]) -> dict[str, list[selectors.TariffRate]]:
    out: dict[str, list[selectors.TariffRate]] = {}
    for rate in rates:
        out.setdefault(rate.scheme, []).append(rate)
    return out


def test_japan_shrimp_has_mfn_and_the_three_agreements_open_to_indonesia(loaded) -> None:
    rates = by_scheme(selectors.destination_tariffs("030617", "JPN"))
    assert rates["MFN"][0].rate_pct == Decimal("1") and rates["MFN"][0].text == "1%"
    assert rates["IJEPA"][0].rate_pct == Decimal("0") and rates["IJEPA"][0].text == "無税"
    assert rates["AJCEP"][0].rate_pct == Decimal("0")
    assert rates["RCEP"][0].rate_pct == Decimal("0.6")
    assert "Japan Customs" in rates["MFN"][0].source
    assert rates["MFN"][0].valid_from == dt.date(2026, 7, 9)
    # Agreements Indonesia is not party to are not offered (Vietnam's, the EU's, …).
    assert not {"JVEPA", "EU-JEPA", "CPTPP"} & set(rates)
    # Roasted coffee: no IJEPA concession, AJCEP 12 %, RCEP 7.5 % (PROVENANCE.md's example).
    roasted = by_scheme(selectors.destination_tariffs("090121", "JPN"))
    assert "IJEPA" not in roasted
    assert roasted["AJCEP"][0].rate_pct == Decimal("12")
    assert roasted["RCEP"][0].rate_pct == Decimal("7.5")


def test_us_additional_duties_follow_the_date_and_the_exemptions(loaded) -> None:
    before = by_scheme(selectors.destination_tariffs("030617", "USA", dt.date(2025, 3, 1)))
    assert before["MFN"][0].text == "Free" and "US-ADD" not in before
    reciprocal = by_scheme(selectors.destination_tariffs("030617", "USA", dt.date(2025, 9, 1)))
    (add,) = reciprocal["US-ADD"]
    assert add.rate_pct == Decimal("19") and "IEEPA" in add.text
    assert add.valid_from == dt.date(2025, 8, 7)
    april = by_scheme(selectors.destination_tariffs("030617", "USA", dt.date(2025, 5, 1)))
    assert april["US-ADD"][0].rate_pct == Decimal("10")
    # Coffee joined the Annex II exemptions on 2025-11-13: the 19 % stops there.
    coffee_oct = by_scheme(selectors.destination_tariffs("090111", "USA", dt.date(2025, 10, 1)))
    coffee_dec = by_scheme(selectors.destination_tariffs("090111", "USA", dt.date(2025, 12, 1)))
    assert coffee_oct["US-ADD"][0].rate_pct == Decimal("19")
    assert "US-ADD" not in coffee_dec
    # Steel meets Section 232 (50 %) whatever the reciprocal regime.
    steel = by_scheme(selectors.destination_tariffs("720851", "USA", dt.date(2026, 11, 29)))
    assert [r.rate_pct for r in steel["US-ADD"]] == [Decimal("50")]


def test_australia_gives_indonesian_goods_ia_cepa(loaded) -> None:
    rates = by_scheme(selectors.destination_tariffs("030617", "AUS"))
    assert rates["IA-CEPA"][0].text == "Free" and rates["IA-CEPA"][0].rate_pct == Decimal("0")
    assert {"MFN", "AANZFTA", "RCEP"} <= set(rates)
    # A general 5 % line: IA-CEPA removes it.
    footwear = by_scheme(selectors.destination_tariffs("640110", "AUS"))
    assert footwear["MFN"][0].rate_pct == Decimal("5")
    assert footwear["IA-CEPA"][0].rate_pct == Decimal("0")


def test_nothing_loaded_for_a_destination_gives_an_empty_list(loaded) -> None:
    assert selectors.destination_tariffs("030617", "CHN") == []
    assert selectors.destination_tariffs("0306", "JPN") == []
    assert selectors.destination_tariffs("030617", "XX") == []


def test_the_rate_texts_are_parsed_conservatively() -> None:
    assert schedules.parse_rate("無税") == 0.0 and schedules.parse_rate("Free") == 0.0
    assert schedules.parse_rate("(3%)") == 3.0 and schedules.parse_rate("6.4%") == 6.4
    assert schedules.parse_rate("1.5¢/kg") is None
    assert schedules.parse_rate("1.9%又は13円/kgのうちいずれか高い税率") is None
    on = dt.date(2026, 1, 1)
    assert schedules.phased_text("5% From1July2018 3.75% From1July2019 Free", on) == "Free"
    assert schedules.phased_text("From 1 January 2022&#58; 3%", on) == "3%"
    assert schedules.phased_text("5% DCS4% DCT5%", on) == "5%"


@pytest.mark.django_db
def test_load_tariffs_command_reads_the_folder_and_fails_in_indonesian(settings, tmp_path) -> None:
    folder = DATA / "tariffs" / "destination_markets"
    out = StringIO()
    call_command(
        "trade",
        "load-tariffs",
        str(folder / "au_customs_tariff_schedule3_general_rates.csv.gz"),
        str(folder / "au_customs_tariff_fta_schedules_listed_lines.csv"),
        stdout=out,
    )
    assert "AUS" in out.getvalue()
    assert selectors.destination_tariffs("030617", "AUS")
    bad = tmp_path / "jp_customs_tariff_broken.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Data perdagangan tidak dapat dimuat"):
        call_command("trade", "load-tariffs", str(bad), stdout=StringIO())


def test_the_tariff_factor_is_real_for_loaded_markets_only(
    shrimp_store: TradeStore, schedule_dir: Path
) -> None:
    import shutil

    for name in ("tariffs", "schedules"):
        shutil.copytree(
            schedule_dir / "ref" / name, shrimp_store.ref_dir / name, dirs_exist_ok=True
        )
    shrimp_store.record_reference(
        "tariffs", TradeStore(schedule_dir).manifest()["reference"]["tariffs"]
    )
    table = potential_table(shrimp_store, "IDN", 2018, products=["030617"], use_cache=False)
    rows = table.set_index("importer")
    for market in ("USA", "JPN", "AUS"):
        assert "tariff" not in rows.loc[market, "factors_missing"], market
    assert rows.loc["JPN", "tariff_applied"] == 0.0 and rows.loc["JPN", "tariff_mfn"] == 1.0
    assert "tariff" in rows.loc["VNM", "factors_missing"]
