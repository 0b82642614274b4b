"""The engine on tiny real models: batching, pivoting, glossary protection, pass-through."""

from __future__ import annotations

import pytest

from siapekspor.translation.engine import (
    CTranslate2Engine,
    Glossary,
    ModelStore,
    NoRoute,
    Term,
    normalise,
    text_hash,
)
from siapekspor.translation.engine.glossary import restore
from siapekspor.translation.engine.text import sentences

GLOSSARY = Glossary.of(
    [
        Term(
            "kopi-robusta", {"id": "kopi robusta", "en": "robusta coffee", "ja": "ロブスタコーヒー"}
        ),
        Term(
            "lada-hitam-lampung",
            {"id": "lada hitam Lampung", "en": "Lampung black pepper", "ja": "ランプン黒胡椒"},
        ),
        Term("lada-hitam", {"id": "lada hitam", "en": "black pepper", "ja": "黒胡椒"}),
        Term("naik-kelas", {"id": "naik kelas", "en": "move up a level", "ja": "ステップアップ"}),
        Term("tapis", {"id": "tapis", "en": "tapis cloth"}),
    ]
)


@pytest.fixture
def store(tmp_path, packages):
    store = ModelStore(tmp_path / "store")
    return store


def _engine(store, packages, *pairs, batch_size=32):
    for pair in pairs:
        store.install(packages[pair])
    return CTranslate2Engine(store, batch_size=batch_size)


def test_normal_form_is_the_memory_key():
    assert normalise("  Kopi\t robusta \r\n\r\n\r\n enak ") == "Kopi robusta\n\nenak"
    assert text_hash("Kopi  robusta") == text_hash("Kopi robusta ")
    assert text_hash("Kopi robusta") != text_hash("kopi robusta")


def test_sentences_split_at_full_stops_of_both_scripts():
    assert sentences("Kopi enak. Lada hitam! 黒胡椒です。とても良い。") == [
        "Kopi enak.",
        "Lada hitam!",
        "黒胡椒です。",
        "とても良い。",
    ]


def test_glossary_matches_whole_words_longest_first_any_case():
    found = GLOSSARY.find("Lada Hitam Lampung dan lada hitam, bukan tapisan.", "id", "en")
    assert [(m.original, m.term.key) for m in found] == [
        ("Lada Hitam Lampung", "lada-hitam-lampung"),
        ("lada hitam", "lada-hitam"),
    ]


def test_glossary_placeholders_restore_the_agreed_form_with_the_source_capital():
    protected = GLOSSARY.protect("Kopi robusta kami siap naik kelas.", "id", "en")
    assert protected.text == "⟦0⟧ kami siap ⟦1⟧."
    assert restore("Our ⟦0⟧ is ready to ⟦ 1 ⟧.", protected) == (
        "Our Robusta coffee is ready to move up a level."
    )
    assert restore("Our ⟦0⟧ is ready.", protected) is None  # lost placeholder
    assert restore("⟦0⟧ ⟦0⟧ ⟦1⟧", protected) is None  # repeated
    assert restore("⟦0⟧ ⟦1⟧ ⟦2⟧", protected) is None  # invented


def test_a_term_without_a_form_in_the_target_is_left_to_the_model():
    assert GLOSSARY.find("kain tapis", "id", "ja") == []


def test_glossary_digest_changes_with_any_form():
    other = Glossary.of([*GLOSSARY.terms[:-1], Term("tapis", {"id": "tapis", "en": "tapis"})])
    assert other.digest() != GLOSSARY.digest()
    assert Glossary.of(GLOSSARY.terms).digest() == GLOSSARY.digest()


def test_direct_translation_batches_distinct_sentences(store, packages):
    engine = _engine(store, packages, "id_en", batch_size=2)
    texts = ["Kopi enak. Kopi enak.", "Keripik pisang manis.", "Kain ditenun.", "Usaha kami."]
    results = engine.translate(texts, "id", "en")
    assert len(results) == 4
    assert all(r.route == ("id", "en") for r in results)
    # four distinct sentences ("Kopi enak." twice) in batches of two: two model calls
    assert engine.stats.sentences == 4
    assert engine.stats.batches == 2


def test_pivot_through_english_when_no_direct_pair(store, packages):
    engine = _engine(store, packages, "id_en", "en_ja")
    assert engine.route("id", "ja") == ("id", "en", "ja")
    assert engine.route("ja", "id") is None
    [result] = engine.translate(["Kain tapis ditenun dengan tangan."], "id", "ja")
    assert result.route == ("id", "en", "ja")
    assert engine.stats.by_pair == {"id_en": 1, "en_ja": 1}
    assert engine.version(result.route) == "id_en 0.1 · en_ja 0.1"


def test_no_route_raises(store, packages):
    engine = _engine(store, packages, "en_ja")
    with pytest.raises(NoRoute):
        engine.translate(["teks"], "id", "fr")


@pytest.mark.parametrize(("target", "pairs"), [("en", ("id_en",)), ("ja", ("id_en", "en_ja"))])
def test_glossary_terms_come_out_exactly_whatever_the_model_writes(store, packages, target, pairs):
    engine = _engine(store, packages, *pairs)
    text = "Kopi robusta dan lada hitam Lampung.\nKami siap naik kelas tahun ini."
    [result] = engine.translate([text], "id", target, glossary=GLOSSARY)
    expected = {
        "en": ["Robusta coffee", "Lampung black pepper", "move up a level"],
        "ja": ["ロブスタコーヒー", "ランプン黒胡椒", "ステップアップ"],
    }[target]
    for form in expected:
        assert result.text.count(form) == 1, result.text
    assert result.glossary in ("placeholders", "split")
    assert result.terms == ("kopi-robusta", "lada-hitam-lampung", "naik-kelas")
    assert result.text.count("\n") == 1  # paragraphs kept
    assert "⟦" not in result.text


def test_numbers_pass_through_and_same_language_is_untouched(store, packages):
    engine = _engine(store, packages, "id_en")
    number, _money = engine.translate(["2024", "Rp 50.000"], "id", "en")
    assert number.text == "2024"
    assert engine.stats.sentences == 1  # only "Rp 50.000" has letters
    assert engine.translate([" Kopi  enak "], "id", "id")[0].text == "Kopi enak"
