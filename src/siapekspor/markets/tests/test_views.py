"""Pages: product search, the product's market page, the enterprise panel."""

from __future__ import annotations

import pytest

from siapekspor.markets.engine.store import TradeStore
from siapekspor.registry.models import HsCode, Product
from siapekspor.registry.tests.factories import make_enterprise

pytestmark = pytest.mark.django_db


def test_search_finds_products_by_words_and_codes(client, users) -> None:
    client.force_login(users["enterprise_owner"])
    html = client.get("/markets/", {"q": "lada hitam"}).content.decode()
    assert "0904.11" in html  # HS written as on the whole site (refnames.hs_dotted)
    response = client.get("/markets/", {"q": "090111"})
    assert response.status_code == 302 and response["Location"].endswith("/products/090111/")


def test_product_page_shows_charts_map_and_synthetic_label(
    client, users, demo_store: TradeStore
) -> None:
    client.force_login(users["province_officer"])
    html = client.get("/markets/products/090111/").content.decode()
    assert "Data sintetis" in html  # labelled wherever shown
    assert "<circle" in html and "<polyline" in html  # map dots and trend lines
    assert "peringkat 1" in html  # the sentence, in Indonesian
    assert "https://" not in html.split("<main", 1)[1]  # nothing loaded from elsewhere


def test_product_page_in_arabic_is_right_to_left(client, users, demo_store: TradeStore) -> None:
    client.force_login(users["province_officer"])
    html = client.get("/ar/markets/products/090111/").content.decode()
    assert 'dir="rtl"' in html and "المرتبة 1" in html


def test_product_page_without_data_explains_what_to_load(client, users) -> None:
    client.force_login(users["province_officer"])
    html = client.get("/markets/products/090111/").content.decode()
    assert "siapekspor trade synthetic" in html


def test_enterprise_page_shows_recommended_markets(client, users, demo_store: TradeStore) -> None:
    enterprise = make_enterprise(regency="18.71", name="Kopi Lampung Barat")
    Product.objects.create(
        enterprise=enterprise, name="Kopi robusta", hs_code=HsCode.objects.get(code="090111")
    )
    client.force_login(users["province_officer"])
    html = client.get(f"/registry/enterprises/{enterprise.pk}/").content.decode()
    assert "Pasar yang disarankan" in html and "/markets/products/090111/" in html


def test_unknown_hs_code_page_is_404_with_an_indonesian_message(
    client, users, demo_store: TradeStore
) -> None:
    client.force_login(users["enterprise_owner"])
    response = client.get("/markets/products/999999/", HTTP_ACCEPT_LANGUAGE="id")
    assert response.status_code == 404
    assert "Kode HS ini tidak ada" in response.content.decode()
    nobody = client.get("/markets/products/010121/").content.decode()
    assert "010121" in nobody and "in the store" not in nobody and "no importers" not in nobody


def test_owners_read_plain_sentences_and_the_exporter_by_country_name(
    client, users, demo_store: TradeStore
) -> None:
    client.force_login(users["enterprise_owner"])
    html = client.get("/markets/products/090111/", HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "Data sintetis" in html and "CEPII BACI" not in html
    assert "eksportir Indonesia" in html and "eksportir IDN" not in html
    client.force_login(users["province_officer"])
    html = client.get("/markets/products/090111/").content.decode()
    assert "CEPII BACI" in html  # those who load trade data are told how


def test_owners_without_trade_data_are_not_given_commands(client, users) -> None:
    client.force_login(users["enterprise_owner"])
    html = client.get("/markets/products/090111/").content.decode()
    assert "siapekspor trade" not in html and "kantor provinsi" in html
