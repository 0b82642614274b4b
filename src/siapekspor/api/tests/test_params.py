"""Malformed parameters get the API's JSON error (4xx) in the caller's language, never a 500."""

from __future__ import annotations

import pytest

from siapekspor.registry.tests.factories import make_enterprise

HUGE = "99999999999999999999"  # past a 64-bit integer: overflowed SQLite and PostgreSQL


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/shipments?year=-574",
        "/api/v1/shipments?year=99999",
        "/api/v1/kpi/summary?year=-1",
        "/api/v1/kpi/regencies?year=-1",
        "/api/v1/kpi/values?year=100000",
        f"/api/v1/assessments?enterprise_id={HUGE}",
        f"/api/v1/enterprises/{HUGE}",
        "/api/v1/enterprises/0",
        f"/api/v1/shipments/{HUGE}",
        f"/api/v1/classes/{HUGE}",
        f"/api/v1/import-batches/{HUGE}",
        f"/api/v1/programme-figures?programme_id={HUGE}",
        "/api/v1/classes/propose/candidates?level=a&regency=18.71&size=20766493265",
        "/api/v1/enterprises?q=" + "x" * 500,
    ],
)
def test_out_of_range_parameters_are_a_422_in_the_json_error_format(api_client, users, path):
    response = api_client.as_user(users["admin"]).get(path, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 422, response.content
    error = response.json()["error"]
    assert error["code"] == "validation_error" and error["details"]
    assert error["message"] == "Some fields are not valid. Please correct them."


def test_the_field_messages_speak_the_callers_language(api_client, users):
    client = api_client.as_user(users["admin"])
    english = client.get("/api/v1/shipments?year=-574", HTTP_ACCEPT_LANGUAGE="en").json()
    assert english["error"]["details"] == [
        {"field": "year", "message": "Enter a value of at least 1900."}
    ]
    indonesian = client.get("/api/v1/shipments?year=-574").json()["error"]
    assert indonesian["details"][0]["field"] == "year"
    assert indonesian["details"][0]["message"] != "Enter a value of at least 1900."
    assert "1900" in indonesian["details"][0]["message"]


@pytest.mark.parametrize("field", ["owner_name", "name", "regency", "nik", "is_active"])
def test_null_for_a_required_field_of_a_patch_is_refused(api_client, users, field):
    enterprise = make_enterprise(users["admin"])
    response = api_client.as_user(users["admin"]).patch(
        f"/api/v1/enterprises/{enterprise.pk}", {field: None}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code in (400, 422), response.content
    assert response.json()["error"]["details"][0]["field"] == field
