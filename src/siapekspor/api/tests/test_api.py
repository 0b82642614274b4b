import json

import pytest
from openapi_spec_validator import validate

from siapekspor.registry.tests.factories import make_enterprise


def test_openapi_document_is_valid(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    spec = response.json()
    validate(spec)
    assert "/api/v1/enterprises" in spec["paths"]


def test_list_masks_personal_data_and_filters(api_client, users):
    make_enterprise(
        nik="1871014105900888", phone="081234560888", owner_name="Dewi Lestari", name="Kopi Dewi"
    )
    make_enterprise(regency="18.01", name="Kopi Selatan")
    response = api_client.as_user(users["admin"]).get("/api/v1/enterprises", {"q": "dewi"})
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    item = body["items"][0]
    assert item["nik_masked"] == "187101******0888"
    assert item["phone_masked"] == "0812****0888"
    assert item["owner_name_masked"] == "D*** L******"
    assert "1871014105900888" not in response.content.decode()
    regency = api_client.get("/api/v1/enterprises", {"regency": "18.01"}).json()
    assert [i["name"] for i in regency["items"]] == ["Kopi Selatan"]


def test_regency_officer_sees_only_own_regency(api_client, users):
    make_enterprise(regency="18.01", name="Di Lampung Selatan")
    body = api_client.as_user(users["regency_officer"]).get("/api/v1/enterprises").json()
    assert {i["regency"] for i in body["items"]} == {"18.71"}


def test_create_returns_201_and_validation_errors_share_one_format(api_client, users):
    api_client.as_user(users["province_officer"])
    ok = api_client.post(
        "/api/v1/enterprises",
        {
            "name": "Lada Hitam Way Kanan",
            "regency": "18.08",
            "nik": "1808014105900001",
            "phone": "+62 812 3456 7890",
            "kbli": "10772",
        },
    )
    assert ok.status_code == 201, ok.content
    assert ok.json()["phone_masked"] == "0812****7890"
    bad = api_client.post(
        "/api/v1/enterprises",
        {"name": "X", "regency": "18.08", "nik": "123"},
        HTTP_ACCEPT_LANGUAGE="id",
    )
    assert bad.status_code == 422  # a field's value: the shared validator, before the service
    err = bad.json()["error"]
    assert err["code"] == "validation_error"
    assert err["details"] == [{"field": "nik", "message": "NIK harus tepat 16 digit."}]
    schema = api_client.post("/api/v1/enterprises", {"regency": "18.08"})
    assert schema.status_code == 422
    assert schema.json()["error"]["details"][0]["field"] == "name"
    unknown = api_client.post(
        "/api/v1/enterprises", {"name": "Y", "regency": "99.99"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert unknown.json()["error"]["details"] == [
        {"field": "regency", "message": "Unknown regency code."}
    ]


def test_patch_changes_only_given_fields(api_client, users):
    e = make_enterprise(workforce=3)
    response = api_client.as_user(users["admin"]).patch(
        f"/api/v1/enterprises/{e.pk}", {"workforce": 11}
    )
    assert response.status_code == 200
    e.refresh_from_db()
    assert e.workforce == 11 and e.nik  # personal data kept


def test_bad_or_revoked_token_is_401(client, users):
    from siapekspor.accounts.services import api_token_issue, api_token_revoke

    token, raw = api_token_issue(user=users["admin"], name="ci")
    ok = client.get("/api/v1/enterprises", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert ok.status_code == 200
    api_token_revoke(user=users["admin"], token=token)
    response = client.get("/api/v1/enterprises", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"
    assert token.key_hash != raw and raw not in json.dumps(
        list(type(token).objects.values("key_hash", "prefix"))
    )


def test_rate_limit_per_token(api_client, users, settings):
    settings.API_RATE_LIMIT_PER_MINUTE = 3
    api_client.as_user(users["admin"])
    codes = [api_client.get("/api/v1/enterprises").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


def test_api_list_query_budget(api_client, users, django_assert_max_num_queries):
    for i in range(20):
        make_enterprise(name=f"Usaha {i}")
    api_client.as_user(users["admin"])
    with django_assert_max_num_queries(7):
        response = api_client.get("/api/v1/enterprises")
    assert response.json()["count"] == 21


@pytest.mark.parametrize("lang,needle", [("en", "was not found"), ("id", "tidak ditemukan")])
def test_error_messages_follow_accept_language(api_client, users, lang, needle):
    response = api_client.as_user(users["admin"]).get(
        "/api/v1/enterprises/999999", HTTP_ACCEPT_LANGUAGE=lang
    )
    assert response.status_code == 404
    assert needle in response.json()["error"]["message"]
