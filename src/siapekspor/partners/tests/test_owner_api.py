"""The owner's consent through the API (/api/v1/me/consents): the current texts, giving
consent for their own enterprise only, withdrawing it, idempotency keys on both writes."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from siapekspor.accounts.models import Role
from siapekspor.core.models import AuditEntry
from siapekspor.partners import selectors
from siapekspor.partners.models import Consent, ConsentText, IdempotencyRecord
from siapekspor.partners.tests.factories import consent_to
from siapekspor.registry.tests.factories import make_enterprise, make_user

pytestmark = pytest.mark.django_db


def _give(version=None, **changes):
    body = {
        "organisation": "LPEI",
        "purpose": "financing",
        "text_version": version or selectors.current_text("financing").version,
        "expires_on": (timezone.localdate() + dt.timedelta(days=180)).isoformat(),
    }
    body.update(changes)
    return body


def test_owner_reads_the_current_texts_and_organisations(users, api_client):
    api = api_client.as_user(users["enterprise_owner"])
    r = api.get("/api/v1/me/consent-texts?language=en")
    assert r.status_code == 200
    data = r.json()
    assert "LPEI" in [o["code"] for o in data["organisations"]]
    by_purpose = {t["purpose"]: t for t in data["texts"]}
    assert set(by_purpose) == {"financing", "coaching", "certification", "buyer_contact"}
    current = selectors.current_text("financing")
    assert by_purpose["financing"]["version"] == current.version
    assert by_purpose["financing"]["text"] == current.texts["en"]
    assert by_purpose["financing"]["language"] == "en"


def test_replaying_the_same_give_consent_ten_times_records_one_consent(users, api_client):
    owner = users["enterprise_owner"]
    api = api_client.as_user(owner)
    body = _give(language="id")
    answers = [
        api.post("/api/v1/me/consents", body, HTTP_IDEMPOTENCY_KEY="give-lpei-1") for _ in range(10)
    ]
    assert {a.status_code for a in answers} == {201}
    assert len({a.json()["id"] for a in answers}) == 1
    consent = Consent.objects.get()
    assert consent.enterprise_id == owner.enterprise_id and consent.organisation.code == "LPEI"
    assert consent.method == "app" and consent.given_by == owner
    assert consent.expires_on == timezone.localdate() + dt.timedelta(days=180)
    assert answers[0].json()["in_force"] is True
    assert AuditEntry.objects.filter(action="partners.consent.give").count() == 1
    assert IdempotencyRecord.objects.filter(user=owner).count() == 1
    # the same key with another body is a conflict, and writes nothing
    other = api.post(
        "/api/v1/me/consents", _give(organisation="OJK"), HTTP_IDEMPOTENCY_KEY="give-lpei-1"
    )
    assert other.status_code == 409
    assert Consent.objects.count() == 1
    listed = api.get("/api/v1/me/consents").json()
    assert [c["id"] for c in listed] == [consent.pk]


def test_the_partner_sees_the_enterprise_until_the_owner_withdraws(users, api_client):
    owner, partner = users["enterprise_owner"], users["partner_officer"]
    api = api_client.as_user(owner)
    given = api.post("/api/v1/me/consents", _give(), HTTP_IDEMPOTENCY_KEY="k-give").json()
    lpei = api_client.as_user(partner)
    assert lpei.get(f"/api/v1/partners/enterprises/{owner.enterprise_id}").status_code == 200
    api.as_user(owner)
    answers = [
        api.post(
            f"/api/v1/me/consents/{given['id']}/withdraw",
            {"reason": "Sudah tidak perlu"},
            HTTP_IDEMPOTENCY_KEY="k-withdraw",
        )
        for _ in range(10)
    ]
    assert {a.status_code for a in answers} == {200}
    assert answers[0].json()["withdrawn_at"] and answers[0].json()["in_force"] is False
    assert AuditEntry.objects.filter(action="partners.consent.withdraw").count() == 1
    lpei.as_user(partner)
    assert lpei.get(f"/api/v1/partners/enterprises/{owner.enterprise_id}").status_code == 404


def test_an_owner_withdraws_only_their_own_consents(users, api_client):
    neighbour = make_enterprise(name="Usaha Tetangga")
    theirs = consent_to(neighbour, "LPEI", "financing")
    api = api_client.as_user(users["enterprise_owner"])
    r = api.post(f"/api/v1/me/consents/{theirs.pk}/withdraw", {}, HTTP_IDEMPOTENCY_KEY="not-mine")
    assert r.status_code == 404
    theirs.refresh_from_db()
    assert theirs.withdrawn_at is None
    assert api.get("/api/v1/me/consents").json() == []


def test_an_outdated_text_version_and_bad_input_are_refused_and_store_nothing(users, api_client):
    current = selectors.current_text("financing")
    ConsentText.objects.create(
        purpose="financing", version=current.version + 1, texts=dict(current.texts)
    )
    api = api_client.as_user(users["enterprise_owner"])
    old = api.post("/api/v1/me/consents", _give(version=current.version), HTTP_IDEMPOTENCY_KEY="a")
    assert old.status_code == 400
    assert old.json()["error"]["details"][0]["field"] == "text_version"
    missing = api.post("/api/v1/me/consents", _give(version=99), HTTP_IDEMPOTENCY_KEY="b")
    assert missing.status_code == 400
    past = api.post(
        "/api/v1/me/consents",
        _give(version=current.version + 1, expires_on="2020-01-01"),
        HTTP_IDEMPOTENCY_KEY="c",
    )
    assert past.status_code == 400
    assert (
        api.post(
            "/api/v1/me/consents", _give(purpose="gossip"), HTTP_IDEMPOTENCY_KEY="d"
        ).status_code
        == 400
    )
    assert (
        api.post(
            "/api/v1/me/consents", _give(organisation="NOPE"), HTTP_IDEMPOTENCY_KEY="e"
        ).status_code
        == 404
    )
    no_key = api.post("/api/v1/me/consents", _give(version=current.version + 1))
    assert no_key.status_code == 422
    # the same answer as the partner API gives without the header
    assert no_key.json()["error"]["details"][0]["field"] == "header.Idempotency-Key"
    assert not Consent.objects.exists() and not IdempotencyRecord.objects.exists()
    # a failed write stored nothing: the same key works once the body is right
    fixed = api.post(
        "/api/v1/me/consents", _give(version=current.version + 1), HTTP_IDEMPOTENCY_KEY="a"
    )
    assert fixed.status_code == 201 and fixed.json()["text_version"] == current.version + 1


@pytest.mark.parametrize(
    "role", ["admin", "province_officer", "regency_officer", "partner_officer"]
)
def test_only_owners_use_the_consent_operations(users, api_client, role):
    api = api_client.as_user(users[role])
    assert api.get("/api/v1/me/consent-texts").status_code == 403
    assert api.get("/api/v1/me/consents").status_code == 403
    r = api.post("/api/v1/me/consents", _give(), HTTP_IDEMPOTENCY_KEY="x")
    assert r.status_code == 403
    assert not Consent.objects.exists()


def test_an_owner_without_an_enterprise_is_refused(db, api_client):
    lonely = make_user(Role.ENTERPRISE_OWNER)
    api = api_client.as_user(lonely)
    assert api.get("/api/v1/me/consents").status_code == 403
