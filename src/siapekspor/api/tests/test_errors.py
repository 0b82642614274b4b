"""The API's one error shape (api.schemas.ErrorOut): documented on every operation, and what
every error response really is."""

import pytest

from siapekspor.api.schemas import ERROR_STATUSES, ErrorOut
from siapekspor.readiness import services as readiness
from siapekspor.readiness.content.questionnaire_v1 import QUESTIONNAIRE

pytestmark = pytest.mark.django_db


def test_every_operation_documents_the_error_shape(client):
    spec = client.get("/api/v1/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert set(schemas["ErrorOut"]["properties"]) == {"error"}
    operations = [
        (path, method, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in {"get", "post", "put", "patch", "delete"}
    ]
    assert len(operations) >= 25
    for path, method, op in operations:
        for status in ERROR_STATUSES:
            response = op["responses"].get(str(status))
            assert response, (method, path, status)
            schema = response["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/ErrorOut"}, (method, path, status)


def _shape(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content
    body = response.json()
    assert ErrorOut.model_validate(body).model_dump() == body  # nothing more, nothing less
    assert body["error"]["code"] == code and body["error"]["message"]
    return body["error"]


def test_every_kind_of_error_has_the_documented_shape(api_client, client, users, settings):
    readiness.questionnaire_load(QUESTIONNAIRE)
    _shape(client.get("/api/v1/enterprises", HTTP_AUTHORIZATION="Bearer nope"), 401, "unauthorized")
    owner = api_client.as_user(users["enterprise_owner"])
    _shape(owner.get("/api/v1/kpi/summary"), 403, "forbidden")
    admin = api_client.as_user(users["admin"])
    _shape(admin.get("/api/v1/enterprises/999999"), 404, "not_found")
    invalid = _shape(
        admin.post("/api/v1/enterprises", {"name": "X", "regency": "18.08", "nik": "1"}),
        422,
        "validation_error",
    )
    assert invalid["details"][0]["field"] == "nik"
    schema = _shape(
        admin.post("/api/v1/enterprises", {"regency": "18.08"}), 422, "validation_error"
    )
    assert schema["details"][0]["field"] == "name"
    owner = api_client.as_user(users["enterprise_owner"])
    done = owner.post(
        "/api/v1/assessments",
        {"enterprise_id": users["enterprise_owner"].enterprise_id, "answers": {}, "submit": False},
    )
    assert done.status_code in (200, 201), done.content
    pk = done.json()["id"]
    answers = {
        q["code"]: (q.get("options") or [("penuh",)])[-1][0]
        for d in QUESTIONNAIRE["dimensions"]
        for q in d["questions"]
    }
    submitted = owner.patch(f"/api/v1/assessments/{pk}", {"answers": answers, "submit": True})
    assert submitted.status_code == 200, submitted.content
    _shape(owner.patch(f"/api/v1/assessments/{pk}", {"answers": {}}), 409, "assessment_closed")
    settings.API_RATE_LIMIT_PER_MINUTE = 1
    limited = api_client.as_user(users["admin"])
    limited.get("/api/v1/enterprises")
    _shape(limited.get("/api/v1/enterprises"), 429, "rate_limited")
