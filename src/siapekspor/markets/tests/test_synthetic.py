"""Synthetic BACI: deterministic, BACI-shaped, Indonesia present, labelled synthetic."""

from __future__ import annotations

import json
from pathlib import Path

from siapekspor.markets.engine.store import TradeStore
from siapekspor.markets.engine.synthetic import generate


def test_same_seed_gives_identical_files(tmp_path: Path) -> None:
    a = generate(tmp_path / "a", size="tiny", seed=7)
    b = generate(tmp_path / "b", size="tiny", seed=7)
    c = generate(tmp_path / "c", size="tiny", seed=8)
    assert a["files"] == b["files"]
    assert a["files"] != c["files"]


def test_files_are_shaped_like_an_official_baci_release(tmp_path: Path) -> None:
    info = generate(tmp_path, size="tiny")
    names = set(info["files"])
    assert {
        "BACI_HS22_Y2021_V202501.csv",
        "BACI_HS22_Y2023_V202501.csv",
        "country_codes_V202501.csv",
        "product_codes_HS22_V202501.csv",
    } <= names
    lines = (tmp_path / "BACI_HS22_Y2023_V202501.csv").read_text().splitlines()
    assert lines[0] == "t,i,j,k,v,q"
    assert all(len(line.split(",")[3]) == 6 for line in lines[1:200])
    marker = json.loads((tmp_path / "SYNTHETIC.json").read_text())
    assert marker["synthetic"] is True and "not real trade" in marker["warning"]


def test_loaded_synthetic_data_is_marked_and_contains_indonesia(tmp_path: Path) -> None:
    generate(tmp_path / "syn", size="tiny")
    store = TradeStore(tmp_path / "store")
    summaries = store.load([tmp_path / "syn"])
    assert all(s.synthetic and s.rows_kept == s.rows_read for s in summaries)
    assert all(s.unknown_product_rows == 0 and not s.unknown_countries for s in summaries)
    assert store.is_synthetic()
    idn = store.query("SELECT count(DISTINCT product) AS n FROM {flows} WHERE exporter = 'IDN'")
    assert idn["n"][0] >= 7  # at least the Lampung products
