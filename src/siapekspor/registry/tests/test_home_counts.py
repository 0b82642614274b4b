"""The home page's registry cards: a regency officer's counts cover their regency only, and
sector names follow the reader's language (found by the user walkthrough: 15 regencies at 0
and Indonesian KBLI names on the Arabic home page)."""

from __future__ import annotations

from django.utils import translation

from siapekspor.registry import selectors
from siapekspor.registry.tests.factories import make_enterprise


def test_a_regency_officer_counts_only_their_regency(users):
    officer, province = users["regency_officer"], users["province_officer"]
    before = sum(r["count"] for r in selectors.enterprise_counts_by_regency(province))
    make_enterprise(regency="18.71", name="Kopi Kota")
    make_enterprise(regency="18.01", name="Kopi Selatan")
    rows = selectors.enterprise_counts_by_regency(officer)
    assert [r["code"] for r in rows] == ["18.71"]  # Bandar Lampung only
    everywhere = selectors.enterprise_counts_by_regency(province)
    assert len(everywhere) == 15 and sum(r["count"] for r in everywhere) == before + 2


def test_sector_names_follow_the_readers_language(users):
    make_enterprise(regency="18.71", name="Kopi Kota", kbli="10761")
    officer = users["province_officer"]
    with translation.override("id"):
        indonesian = {r["code"]: r["name"] for r in selectors.enterprise_counts_by_sector(officer)}
    with translation.override("ar"):
        arabic = {r["code"]: r["name"] for r in selectors.enterprise_counts_by_sector(officer)}
    assert indonesian["10"] and arabic["10"]
    assert arabic["10"] != indonesian["10"]
