"""`siapekspor trade …` and `siapekspor markets …`: arguments, output, errors in Indonesian."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pandas as pd
import pytest
from django.core.management import CommandError, call_command

from siapekspor.core.models import AuditEntry
from siapekspor.markets.engine.store import TradeStore

from .conftest import BPS_ESTATE, HS2_PANEL, SHRIMP, SHRIMP_COLUMNS, need


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_trade_load_prints_a_validation_summary_and_is_idempotent(settings) -> None:
    args = (
        "trade",
        "load",
        str(need(SHRIMP)),
        "--format",
        "long",
        "--columns",
        SHRIMP_COLUMNS,
        "--value-unit",
        "thousand",
    )
    first = run(*args)
    assert "NEI×12" in first and "8,196" in first
    run(*args)
    store = TradeStore(settings.TRADE_STORE_DIR)
    assert len(store.sources()) == 1
    assert store.query("SELECT count(*) AS n FROM {flows}")["n"][0] == 8196
    assert AuditEntry.objects.filter(action="markets.trade.loaded").count() == 2
    status = json.loads(run("trade", "status", "--format", "json"))
    assert status["rows"] == 8196 and status["synthetic"] is False


@pytest.mark.django_db
def test_bad_input_fails_with_an_indonesian_message(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="Data perdagangan tidak dapat dimuat"):
        call_command("trade", "load", "/no/such/file.csv", stdout=StringIO())
    with pytest.raises(CommandError, match="harus menyebut"):
        call_command(
            "markets",
            "complexity",
            "--input",
            str(need(HS2_PANEL)),
            "--columns",
            "time=t,loc=i_iso3c",
            "--out",
            str(tmp_path / "x.csv"),
            stdout=StringIO(),
        )


def test_recommend_formats(demo_store: TradeStore) -> None:
    data = json.loads(
        run(
            "markets",
            "recommend",
            "--hs",
            "090111",
            "--top",
            "3",
            "--format",
            "json",
            "--language",
            "en",
        )
    )
    assert [row["rank"] for row in data["markets"]] == [1, 2, 3]
    assert all(row["reason"].count("(rank") == 1 for row in data["markets"])
    assert data["caveats"] and data["hs"] == "090111"
    table = run("markets", "recommend", "--hs", "090111", "--top", "3")
    assert "peringkat 1" in table  # Indonesian sentences by default
    csv = pd.read_csv(StringIO(run("markets", "recommend", "--hs", "090111", "--format", "csv")))
    assert {"score", "untapped_usd", "n_market_size"} <= set(csv.columns)


def test_complexity_command_writes_the_documented_columns(tmp_path: Path) -> None:
    panel = pd.read_csv(need(HS2_PANEL), dtype={"k": str})
    small = tmp_path / "panel.csv"
    panel[panel["t"] == 2020].to_csv(small, index=False)
    out = tmp_path / "cx.csv"
    run(
        "markets",
        "complexity",
        "--input",
        str(small),
        "--columns",
        "time=t,loc=i_iso3c,prod=k,val=v_musd",
        "--out",
        str(out),
    )
    written = pd.read_csv(out, dtype={"prod": str})
    assert list(written.columns) == [
        "time",
        "loc",
        "prod",
        "rca",
        "mcp",
        "density",
        "pci",
        "eci",
        "coi",
        "cog",
    ]
    assert written["mcp"].isin([0, 1]).all()


def test_complexity_writes_parquet_and_applies_atlas_filters_by_default(tmp_path: Path) -> None:
    panel = pd.read_csv(need(HS2_PANEL), dtype={"k": str})
    small = tmp_path / "panel.csv"
    panel[panel["t"].isin([2019, 2020])].to_csv(small, index=False)
    columns = "time=t,loc=i_iso3c,prod=k,val=v_musd,pop=pop_thousands"
    base = ["markets", "complexity", "--input", str(small), "--columns", columns]
    units = ["--value-unit", "million", "--population-unit", "thousand"]
    out = tmp_path / "cx.parquet"
    message = run(*base, *units, "--out", str(out), "--language", "en")
    assert out.read_bytes()[:4] == b"PAR1"  # Parquet, not CSV under another name
    filtered = pd.read_parquet(out)
    locs = set(filtered["loc"].astype(str))
    # Atlas filters: ≥ 1 million people and ≥ US$1 billion of exports a year.
    assert {"IDN", "USA", "DEU"} <= locs
    assert not {"ABW", "AND", "TUV"} & locs  # small territories are left out
    assert "Atlas filters" in message
    everyone = tmp_path / "all.csv"
    run(*base, "--no-filters", "--out", str(everyone))
    unfiltered = pd.read_csv(everyone)
    assert set(unfiltered["loc"]) > locs
    assert len(unfiltered["loc"].unique()) > 200
    with pytest.raises(CommandError, match="harus berakhiran"):
        call_command(*base, "--out", str(tmp_path / "cx.xlsx"), stdout=StringIO())


@pytest.mark.django_db
def test_province_and_diversify_use_the_bps_table(demo_store: TradeStore, settings) -> None:
    run("trade", "load-production", str(need(BPS_ESTATE)))
    province = run("markets", "province", "--hs", "090111", "--top", "3")
    assert "14,9%" in province and "794,800" in province  # coffee 2022: 118,139 / 794,800 t
    diversify = run("markets", "diversify", "--top", "5")
    assert "090111" in diversify  # a present product is named as the starting point


@pytest.mark.django_db
def test_synthetic_command_loads_labelled_data_once(settings) -> None:
    first = run("trade", "synthetic", "--size", "tiny")
    assert "SINTETIS" in first
    second = run("trade", "synthetic", "--size", "tiny", "--if-empty")
    assert "tidak ada yang dibuat" in second
    store = TradeStore(settings.TRADE_STORE_DIR)
    assert store.is_synthetic()
    assert (Path(settings.TRADE_STORE_DIR) / "ref" / "dist.parquet").exists()
