"""Shipment pages and API: evidence only with permission, query budgets."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.shipments.models import Shipment
from siapekspor.shipments.tests.factories import direct, hs6, make_shipment

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def with_evidence(users):
    owner = users["enterprise_owner"]
    return make_shipment(
        kind="direct",
        enterprise_id=owner.enterprise_id,
        export_date=dt.date(2025, 5, 1),
        evidence=SimpleUploadedFile("peb.pdf", PDF),
    )


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("admin", 200),
        ("province_officer", 200),
        ("regency_officer", 200),
        ("enterprise_owner", 200),
        ("partner_officer", 404),
    ],
)
def test_evidence_is_served_only_through_the_permission_check(
    client, users, with_evidence, role, expected
):
    client.force_login(users[role])
    response = client.get(f"/shipments/{with_evidence.pk}/evidence/")
    assert response.status_code == expected
    if expected == 200:
        assert response["Content-Disposition"].startswith("attachment;")
        assert f"PEB-{with_evidence.peb_number}" in response["Content-Disposition"]
        assert response["Content-Type"] == "application/pdf"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert b"".join(response.streaming_content) == PDF


def test_owner_of_another_enterprise_cannot_fetch_evidence(client, users, with_evidence):
    from siapekspor.accounts.models import Role
    from siapekspor.registry.tests.factories import make_user

    stranger = make_user(Role.ENTERPRISE_OWNER, enterprise=make_enterprise(regency="18.71"))
    client.force_login(stranger)
    assert client.get(f"/shipments/{with_evidence.pk}/evidence/").status_code == 404
    client.logout()
    assert client.get(f"/shipments/{with_evidence.pk}/evidence/").status_code == 302


def test_record_a_shipment_through_the_form(client, users):
    ent = make_enterprise(regency="18.71")
    client.force_login(users["regency_officer"])
    response = client.post(
        "/shipments/new/",
        {
            "peb_number": "070001/2025",
            "kind": "direct",
            "enterprise": ent.pk,
            "export_date": "2025-04-01",
            "hs_code": hs6(),
            "destination": "MYS",
            "fob_usd": "1200",
            "fob_idr": "19000000",
            "quantity": "50",
            "unit": "kg",
            "incoterm": "FOB",
            "suppliers": "",
            "exporter_name": "",
            "buyer": "Buyer Sdn Bhd",
        },
    )
    assert response.status_code == 302
    shipment = Shipment.objects.get(peb_number="070001/2025")
    assert shipment.verification == "pending"
    page = client.get(f"/shipments/{shipment.pk}/")
    assert page.status_code == 200
    assert "Malaysia" in page.content.decode()


def test_form_shows_indonesian_error_for_bad_supplier_line(client, users):
    client.force_login(users["province_officer"])
    response = client.post(
        "/shipments/new/",
        {
            "peb_number": "070002/2025",
            "kind": "indirect",
            "exporter_name": "PT A",
            "share_0": "40",  # a share without its supplier
            "export_date": "2025-04-01",
            "hs_code": hs6(),
            "destination": "MYS",
            "fob_usd": "1",
            "fob_idr": "1",
            "quantity": "1",
            "unit": "kg",
            "incoterm": "FOB",
        },
    )
    assert response.status_code == 200
    assert "Baris 1" in response.content.decode()


def test_verify_through_the_page(client, users):
    ent = make_enterprise(regency="18.71")
    shipment = make_shipment(kind="direct", enterprise_id=ent.pk, verified=False)
    client.force_login(users["regency_officer"])
    response = client.post(f"/shipments/{shipment.pk}/", {"decision": "verify", "reason": ""})
    assert response.status_code == 302
    shipment.refresh_from_db()
    assert shipment.verification == "verified"


def test_list_and_api_query_budget(client, api_client, users, django_assert_max_num_queries):
    ents = [make_enterprise(regency="18.71") for _ in range(3)]
    for i in range(12):
        direct(ents[i % 3], dt.date(2025, 1 + i % 12, 1))
    client.force_login(users["province_officer"])
    with django_assert_max_num_queries(12):
        assert client.get("/shipments/").status_code == 200
    api_client.as_user(users["regency_officer"])
    with django_assert_max_num_queries(12):
        response = api_client.get("/api/v1/shipments")
    assert response.status_code == 200
    assert response.json()["count"] == 12


def test_api_create_and_conflict(api_client, users):
    ent = make_enterprise(regency="18.71")
    api_client.as_user(users["province_officer"])
    payload = {
        "peb_number": "API-0001",
        "kind": "indirect",
        "exporter_name": "PT Agregator",
        "export_date": "2025-02-02",
        "hs_code": hs6(),
        "destination": "SGP",
        "fob_usd": "500",
        "fob_idr": "8000000",
        "quantity": "10",
        "unit": "kg",
        "suppliers": [{"enterprise_id": ent.pk, "share_percent": "35"}],
    }
    response = api_client.post("/api/v1/shipments", payload)
    assert response.status_code == 201, response.content
    assert response.json()["suppliers"][0]["share_percent"] == "35.00"
    again = api_client.post("/api/v1/shipments", payload)
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "conflict"
    bad = api_client.post(
        "/api/v1/shipments", {**payload, "peb_number": "API-2", "destination": "ZZZ"}
    )
    assert bad.status_code == 400
    assert bad.json()["error"]["details"][0]["field"] == "destination"


def test_enterprise_page_shows_the_export_panel(client, users):
    owner = users["enterprise_owner"]
    make_shipment(
        kind="direct",
        enterprise_id=owner.enterprise_id,
        export_date=dt.date.today() - dt.timedelta(days=20),
    )
    client.force_login(owner)
    page = client.get(f"/registry/enterprises/{owner.enterprise_id}/").content.decode()
    assert "export-panel" in page
