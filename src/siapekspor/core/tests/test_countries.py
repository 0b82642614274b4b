"""Country names in the six languages, from one source (core.countries)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import translation

from siapekspor.core import countries, i18n


@pytest.mark.parametrize(
    ("code", "language", "expected"),
    [
        ("CHN", "id", "Tiongkok"),
        ("KOR", "id", "Korea Selatan"),
        ("USA", "id", "Amerika Serikat"),
        ("GBR", "id", "Inggris"),
        ("HKG", "id", "Hong Kong"),
        ("KOR", "ar", "كوريا الجنوبية"),
        ("KOR", "zh-hans", "韩国"),
        ("KOR", "ja", "韓国"),
        ("KOR", "fr", "Corée du Sud"),
        ("KOR", "en", "South Korea"),
        ("JPN", "zh-hans", "日本"),
        ("XKX", "id", "Kosovo"),
    ],
)
def test_names_read_as_their_speakers_write_them(code, language, expected):
    assert countries.name(code, language) == expected


def test_every_country_has_a_name_in_every_language():
    codes = [c for c, _name in countries.choices("en")]
    assert len(codes) >= 249
    for language in i18n.codes():
        names = countries.names(codes, language)
        assert all(names[c] and names[c] != c for c in codes), language
    assert countries.name("ZZZ", "id") == "ZZZ" and not countries.is_valid("ZZZ")
    assert countries.is_valid("sgp") and countries.is_valid("XKX")


def test_the_active_language_is_used_and_choices_are_sorted_by_name():
    with translation.override("ar"):
        assert countries.name("SGP") == "سنغافورة"
    with translation.override("id"):
        names = [n for _c, n in countries.choices()]
        assert names == sorted(names, key=str.casefold) and "Tiongkok" in names


def test_no_other_module_names_countries_from_pycountry_catalogues():
    from pathlib import Path

    package = Path(__file__).resolve().parents[2]
    offenders = [
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if "iso3166-1" in p.read_text(encoding="utf-8") and p.name != "test_countries.py"
    ]
    assert not offenders


@pytest.mark.django_db
def test_shipment_and_market_pages_name_countries_from_core(client, users):
    from siapekspor.registry.tests.factories import make_enterprise
    from siapekspor.shipments.tests.factories import direct

    shipment = direct(make_enterprise(), dt.date.today(), destination="CHN")
    client.force_login(users["admin"])
    page = client.get("/shipments/").content.decode()
    assert "Tiongkok" in page
    detail = client.get(f"/ar/shipments/{shipment.pk}/").content.decode()
    assert "الصين" in detail
