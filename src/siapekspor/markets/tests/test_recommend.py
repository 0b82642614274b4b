"""Market ranking: scores, weights, and one sentence per market in six languages."""

from __future__ import annotations

import pandas as pd
import pytest

from siapekspor.core import i18n
from siapekspor.markets.engine.recommend import parse_weights, recommend
from siapekspor.markets.engine.store import TradeStore, TradeStoreError
from siapekspor.markets.engine.texts import LANGUAGES, money, percent


def test_ranking_is_sorted_bounded_and_explained(shrimp_store: TradeStore) -> None:
    ranked = recommend(shrimp_store, "030617", top=10)
    assert ranked["rank"].tolist() == list(range(1, 11))
    # Markets of another segment come after the others; within each group by score.
    assert ranked["other_segment"].is_monotonic_increasing
    for _flag, group in ranked.groupby("other_segment"):
        assert group["score"].is_monotonic_decreasing
    assert ranked["score"].between(0, 100).all()
    assert ranked["reason"].str.len().gt(40).all()
    # Growth has no data (one year) and no tariffs are loaded: both weights are redistributed.
    assert set(ranked.attrs["components_missing"]) == {"growth", "tariff"}
    assert ranked["importer"].head(2).tolist() == ["USA", "JPN"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("id", "Amerika Serikat"),
        ("en", "United States"),
        ("fr", "États-Unis"),
        ("zh-hans", "美国"),
        ("ja", "アメリカ合衆国"),
        ("ar", "الولايات المتحدة"),
    ],
)
def test_sentences_are_in_the_chosen_language(
    shrimp_store: TradeStore, language: str, expected: str
) -> None:
    ranked = recommend(shrimp_store, "030617", top=5, language=language)
    usa = ranked.set_index("importer").loc["USA"]
    assert usa["country"] == expected
    assert usa["reason"].startswith(expected)
    assert usa["reason"].count("{") == 0  # every placeholder filled


def test_all_weight_on_market_size_ranks_by_imports(shrimp_store: TradeStore) -> None:
    weights = {name: 0.0 for name in parse_weights(None)} | {"market_size": 1.0}
    ranked = recommend(shrimp_store, "030617", top=5, weights=weights)
    everyone = recommend(shrimp_store, "030617", top=None)
    direct = everyone[~everyone["other_segment"]].nlargest(5, "imports_usd")
    assert ranked["importer"].tolist() == direct["importer"].tolist()
    assert ranked["score"].iloc[0] == pytest.approx(100.0)


def test_weights_are_parsed_and_checked() -> None:
    weights = parse_weights("market_size=0.5, growth=0")
    assert weights["market_size"] == 0.5 and weights["growth"] == 0.0
    with pytest.raises(TradeStoreError, match="unknown weight"):
        parse_weights("size=1")
    with pytest.raises(TradeStoreError, match="number"):
        parse_weights("growth=lots")
    with pytest.raises(TradeStoreError, match="positive"):
        parse_weights(dict.fromkeys(parse_weights(None), 0.0))


def test_bad_product_codes_are_refused(shrimp_store: TradeStore) -> None:
    with pytest.raises(TradeStoreError, match="6 digits"):
        recommend(shrimp_store, "0306")
    with pytest.raises(TradeStoreError, match="no importers"):
        recommend(shrimp_store, "090111")


def test_money_and_percent_follow_each_language() -> None:
    assert money(4_671_255_826, "id") == "US$4,7 miliar"
    assert money(4_671_255_826, "en") == "US$4.7 billion"
    assert money(282_412_869, "zh-hans") == "2.8亿美元"
    assert money(282_412_869, "ja") == "2.8億米ドル"
    assert money(68_760_000, "ar") == "69 مليون دولار أمريكي"
    assert percent(0.201, "fr") == "20,1\u202f%"
    assert set(LANGUAGES) == set(i18n.codes())


def test_every_language_has_every_reason() -> None:
    from siapekspor.markets.engine.texts import CAVEATS, CLAUSES, EXTRAS, REASONS, SENTENCES

    for language in LANGUAGES:
        assert set(SENTENCES[language]) == {*REASONS, "market_size.top"}
        assert set(CLAUSES[language]) == set(CLAUSES["id"])
        assert set(EXTRAS[language]) == set(EXTRAS["id"])
    for texts in CAVEATS.values():
        assert set(texts) == set(LANGUAGES)
    assert isinstance(pd.__version__, str)
