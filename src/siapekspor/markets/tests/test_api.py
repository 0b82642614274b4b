"""/api/v1/markets: search, recommendations, indicators, status."""

from __future__ import annotations

import pytest

from siapekspor.markets.engine.store import TradeStore

pytestmark = pytest.mark.django_db


def test_product_search_in_several_languages(api_client, users) -> None:
    client = api_client.as_user(users["enterprise_owner"])
    for query, code in (
        ("kopi", "090111"),
        ("lada hitam", "090411"),
        ("coffee", "090111"),
        ("0901", "090111"),
        ("udang", "030617"),
    ):
        response = client.get("/api/v1/markets/products", {"q": query})
        assert response.status_code == 200, response.content
        codes = [item["code"] for item in response.json()["items"]]
        assert code in codes, (query, codes)


def test_recommendations_with_reasons_in_the_request_language(
    api_client, users, demo_store: TradeStore
) -> None:
    client = api_client.as_user(users["province_officer"])
    response = client.get(
        "/api/v1/markets/products/090111/recommendations", {"top": 5}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["synthetic"] is True and len(body["markets"]) == 5
    first = body["markets"][0]
    assert first["reason"].startswith(first["country"]) and "(rank 1" in first["reason"]
    assert set(first["components"]) >= {"market_size", "untapped", "growth"}
    ja = client.get(
        "/api/v1/markets/products/090111/recommendations", {"top": 1, "language": "ja"}
    ).json()
    assert "（1位" in ja["markets"][0]["reason"]


def test_indicators_are_paginated(api_client, users, demo_store: TradeStore) -> None:
    client = api_client.as_user(users["province_officer"])
    response = client.get("/api/v1/markets/products/090111/indicators")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["count"] >= len(body["items"]) > 0
    assert {"hhi", "potential_usd", "factors_missing"} <= set(body["items"][0])


def test_errors_use_the_common_json_format(api_client, users) -> None:
    client = api_client.as_user(users["province_officer"])
    empty = client.get("/api/v1/markets/products/090111/recommendations")
    assert empty.status_code == 404
    assert empty.json()["error"]["code"] == "trade_store_empty"
    assert client.get("/api/v1/markets/status").json()["rows"] == 0


def test_api_needs_authentication(client) -> None:
    assert client.get("/api/v1/markets/status").status_code == 401


def test_engine_errors_reach_users_translated_without_english_detail(
    api_client, users, demo_store: TradeStore
) -> None:
    client = api_client.as_user(users["province_officer"])
    url = "/api/v1/markets/products/{}/recommendations"
    weights = client.get(url.format("090111"), {"weights": "abc"}, HTTP_ACCEPT_LANGUAGE="id")
    assert weights.status_code in (400, 422), weights.content
    message = weights.json()["error"]["message"]
    assert "name=value" in message and "Bobot" in message and "['abc']" not in message
    script = client.get(url.format("%3Cscript%3E"), HTTP_ACCEPT_LANGUAGE="id")
    assert script.status_code in (400, 404, 422)
    body = script.content.decode()
    assert "<script>" not in body and "got" not in body and "HS code must" not in body
    nobody = client.get(url.format("010121"), HTTP_ACCEPT_LANGUAGE="id")
    text = nobody.json()["error"]["message"]
    assert "010121" in text and "in the store" not in text and "importir" in text
