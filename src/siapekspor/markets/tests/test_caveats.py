"""Caveats in the reader's language everywhere, and the link to what a market requires."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import clear_url_caches, set_urlconf

from siapekspor.markets import selectors
from siapekspor.markets.engine.store import TradeStore
from siapekspor.registry.models import HsCode, Product
from siapekspor.registry.tests.factories import make_enterprise

NO_TARIFFS_ID = "Tarif pasar tujuan belum dimuat"
NO_TARIFFS_EN = "No destination tariffs are loaded"


@pytest.mark.django_db
def test_cli_json_carries_caveats_in_indonesian_by_default(demo_store: TradeStore) -> None:
    out = StringIO()
    call_command("markets", "recommend", "--hs", "090111", "--top", "2", "--format", "json",
                 stdout=out, stderr=StringIO())  # fmt: skip
    data = json.loads(out.getvalue())
    assert any(NO_TARIFFS_ID in c for c in data["caveats"])
    assert [m["rank"] for m in data["markets"]] == [1, 2]
    table = StringIO()
    call_command("markets", "recommend", "--hs", "090111", "--top", "2", "--language", "fr",
                 stdout=table, stderr=StringIO())  # fmt: skip
    assert "Aucun droit de douane des marchés n’est chargé" in table.getvalue()


def test_api_carries_caveats_in_the_request_language(
    api_client, users, demo_store: TradeStore
) -> None:
    client = api_client.as_user(users["province_officer"])
    url = "/api/v1/markets/products/090111/recommendations"
    en = client.get(url, {"top": 2}, HTTP_ACCEPT_LANGUAGE="en").json()
    assert any(NO_TARIFFS_EN in c for c in en["caveats"])
    ja = client.get(url, {"top": 2, "language": "ja"}).json()
    assert any("関税が読み込まれていない" in c for c in ja["caveats"])
    assert "/compliance/checklist/?hs=090111&market=" in en["markets"][0]["requirements_url"]


def test_enterprise_panel_shows_caveats(client, users, demo_store: TradeStore) -> None:
    enterprise = make_enterprise(regency="18.71", name="Kopi Tanggamus")
    Product.objects.create(
        enterprise=enterprise, name="Kopi robusta", hs_code=HsCode.objects.get(code="090111")
    )
    client.force_login(users["province_officer"])
    html = client.get(f"/registry/enterprises/{enterprise.pk}/").content.decode()
    assert NO_TARIFFS_ID in html


@pytest.fixture
def compliance_urls(settings):
    settings.ROOT_URLCONF = "siapekspor.markets.tests.urls_with_compliance"
    clear_url_caches()
    set_urlconf(None)
    yield
    clear_url_caches()
    set_urlconf(None)


def test_requirements_url_is_none_without_the_compliance_app(settings) -> None:
    settings.ROOT_URLCONF = "siapekspor.readiness.tests.urls_without_compliance"
    clear_url_caches()
    set_urlconf(None)
    try:
        assert selectors.requirements_url("090111", "JPN") is None
    finally:
        clear_url_caches()
        set_urlconf(None)


def test_requirements_url_points_to_the_checklist(compliance_urls) -> None:
    url = selectors.requirements_url("090111", "jpn", enterprise_id=7)
    assert url is not None and url.endswith(
        "/compliance/checklist/?hs=090111&market=JPN&enterprise=7"
    )
    assert selectors.requirements_url("030617", "USA").endswith("?hs=030617&market=USA")


def test_product_page_links_to_requirements(
    client, users, demo_store: TradeStore, compliance_urls
) -> None:
    client.force_login(users["province_officer"])
    html = client.get("/markets/products/090111/").content.decode()
    assert "/compliance/checklist/?hs=090111&amp;market=" in html
