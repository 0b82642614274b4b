"""The partner API: organisation-scoped tokens, idempotent writes, audit, OpenAPI."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from siapekspor.accounts.models import Role
from siapekspor.core.models import AuditEntry
from siapekspor.partners import services
from siapekspor.partners.models import IdempotencyRecord, Referral, ReferralUpdate
from siapekspor.partners.tests.factories import advance, consent_to, refer
from siapekspor.registry.tests.factories import make_enterprise, make_user


@pytest.fixture
def setup(users):
    consenting = make_enterprise(name="Lada Setuju")
    silent = make_enterprise(name="Lada Diam")
    consent = consent_to(consenting, "LPEI", "financing")
    referral = refer(consenting, users["province_officer"])
    ojk = make_user(Role.PARTNER_OFFICER, partner="OJK")
    return {
        "consenting": consenting,
        "silent": silent,
        "consent": consent,
        "referral": referral,
        "lpei": users["partner_officer"],
        "ojk": ojk,
    }


def test_replaying_a_write_ten_times_creates_one_update(setup, api_client):
    advance(setup["referral"], setup["lpei"], "in_process")
    api = api_client.as_user(setup["lpei"])
    url = f"/api/v1/partners/referrals/{setup['referral'].pk}/updates"
    body = {"status": "approved", "amount": 150000000, "note": "Disetujui komite"}
    responses = [api.post(url, body, HTTP_IDEMPOTENCY_KEY="9f1c-approve-1") for _ in range(10)]
    assert {r.status_code for r in responses} == {201}
    assert len({r.content for r in responses}) == 1  # the same response every time
    # sent, accepted, in process + one
    assert ReferralUpdate.objects.filter(referral=setup["referral"]).count() == 4
    assert Referral.objects.get(pk=setup["referral"].pk).status == "approved"
    assert responses[0].json()["history"][-1]["by_partner"] is True
    assert IdempotencyRecord.objects.count() == 1
    # The same key with another body is refused; a new key is a new write.
    clash = api.post(url, {"status": "disbursed"}, HTTP_IDEMPOTENCY_KEY="9f1c-approve-1")
    assert clash.status_code == 409 and clash.json()["error"]["code"] == "conflict"
    again = api.post(url, {"status": "disbursed"}, HTTP_IDEMPOTENCY_KEY="9f1c-disburse-1")
    assert again.status_code == 201
    assert ReferralUpdate.objects.filter(referral=setup["referral"]).count() == 5


def test_a_write_without_a_key_is_refused(setup, api_client):
    api = api_client.as_user(setup["lpei"])
    url = f"/api/v1/partners/referrals/{setup['referral'].pk}/updates"
    assert api.post(url, {"status": "accepted"}).status_code == 422
    assert ReferralUpdate.objects.filter(referral=setup["referral"]).count() == 1


def test_a_failed_write_stores_nothing_and_can_be_retried(setup, api_client):
    api = api_client.as_user(setup["lpei"])
    url = f"/api/v1/partners/referrals/{setup['referral'].pk}/updates"
    bad = api.post(url, {"status": "declined"}, HTTP_IDEMPOTENCY_KEY="k-decline")
    assert bad.status_code == 400 and bad.json()["error"]["details"][0]["field"] == "reason"
    assert not IdempotencyRecord.objects.exists()
    ok = api.post(
        url, {"status": "declined", "reason": "Agunan kurang"}, HTTP_IDEMPOTENCY_KEY="k-decline2"
    )
    assert ok.status_code == 201 and ok.json()["decline_reason"] == "Agunan kurang"


def test_tokens_are_scoped_to_the_officers_organisation(setup, api_client):
    lpei = api_client.as_user(setup["lpei"])
    listed = lpei.get("/api/v1/partners/enterprises").json()
    assert [e["id"] for e in listed] == [setup["consenting"].pk]
    assert listed[0]["purposes"] == ["financing"]
    assert "Siti Aminah" not in str(listed)  # owner name masked
    assert lpei.get(f"/api/v1/partners/enterprises/{setup['silent'].pk}").status_code == 404
    assert AuditEntry.objects.filter(action="partners.enterprise.disclose").count() == 0
    assert lpei.get(f"/api/v1/partners/enterprises/{setup['consenting'].pk}").status_code == 200
    assert AuditEntry.objects.filter(action="partners.enterprise.disclose").count() == 1

    ojk = api_client.as_user(setup["ojk"])
    assert ojk.get("/api/v1/partners/organisation").json()["code"] == "OJK"
    assert ojk.get("/api/v1/partners/enterprises").json() == []
    assert ojk.get(f"/api/v1/partners/referrals/{setup['referral'].pk}").status_code == 404
    url = f"/api/v1/partners/referrals/{setup['referral'].pk}/updates"
    assert ojk.post(url, {"status": "accepted"}, HTTP_IDEMPOTENCY_KEY="x").status_code == 404


def test_withdrawal_takes_effect_in_the_api_at_once(setup, api_client):
    lpei = api_client.as_user(setup["lpei"])
    assert len(lpei.get("/api/v1/partners/referrals").json()) == 1
    owner = setup["consenting"].owner_accounts.get()
    services.consent_withdraw(actor=owner, consent=setup["consent"])
    assert lpei.get("/api/v1/partners/enterprises").json() == []
    assert lpei.get("/api/v1/partners/referrals").json() == []
    assert lpei.get(f"/api/v1/enterprises/{setup['consenting'].pk}").status_code == 404


def test_officer_creates_a_referral_idempotently(setup, users, api_client):
    api = api_client.as_user(users["province_officer"])
    body = {
        "enterprise_id": setup["consenting"].pk,
        "organisation": "LPEI",
        "kind": "kur",
        "deadline": (timezone.localdate() + dt.timedelta(days=30)).isoformat(),
        "amount": 50000000,
    }
    first = api.post("/api/v1/partners/referrals", body, HTTP_IDEMPOTENCY_KEY="create-1")
    second = api.post("/api/v1/partners/referrals", body, HTTP_IDEMPOTENCY_KEY="create-1")
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert Referral.objects.count() == 2  # the fixture's and this one
    silent = {**body, "enterprise_id": setup["silent"].pk}
    refused = api.post("/api/v1/partners/referrals", silent, HTTP_IDEMPOTENCY_KEY="create-2")
    assert refused.status_code == 400  # no consent
    lpei = api_client.as_user(setup["lpei"])
    assert (
        lpei.post("/api/v1/partners/referrals", body, HTTP_IDEMPOTENCY_KEY="c3").status_code == 403
    )


def test_list_query_budget(setup, users, api_client, django_assert_max_num_queries):
    for _ in range(5):
        refer(setup["consenting"], users["province_officer"])
    api = api_client.as_user(setup["lpei"])
    with django_assert_max_num_queries(12):
        response = api.get("/api/v1/partners/referrals")
    assert len(response.json()) == 6


def test_openapi_documents_the_partner_operations(client):
    schema = client.get("/api/v1/openapi.json").json()
    post = schema["paths"]["/api/v1/partners/referrals/{referral_id}/updates"]["post"]
    assert any(p["name"] == "Idempotency-Key" and p["in"] == "header" for p in post["parameters"])
    assert "/api/v1/partners/enterprises" in schema["paths"]
