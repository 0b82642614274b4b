"""Personal data only through the front door (issue 10, item 3): searches by owner, NIK or
phone go in a request body and are audited without their term; signed-in responses are never
cached; the admin deletes through the audited service and shows the audit log read-only;
`rotate-pii-keys` re-seals the first format and recomputes blind indexes."""

from __future__ import annotations

import base64
import hashlib
import os
from io import StringIO

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.core.management import call_command

from siapekspor.core.crypto import sealed_with_primary, unseal
from siapekspor.core.models import AuditEntry
from siapekspor.registry.dedup.services import enterprise_merge, merge_undo
from siapekspor.registry.models import Enterprise
from siapekspor.registry.models_import import ImportBatch, ImportRowOutcome
from siapekspor.registry.services import search_term_key
from siapekspor.registry.tests.factories import make_enterprise

NIK = "1871014105900555"
SEARCHED = "registry.enterprise.personal_data_searched"


# --- searches ------------------------------------------------------------------------------


def test_the_search_form_posts_and_the_address_keeps_only_an_opaque_key(client, users):
    e = make_enterprise(owner_name="Sulastri Wibowo", name="Keripik Lada", nik=NIK)
    make_enterprise(owner_name="Andi Saputra", name="Kopi Andi")
    client.force_login(users["province_officer"])
    response = client.post("/registry/enterprises/", {"q": "Sulastri Wibowo", "status": "active"})
    assert response.status_code == 302
    location = response["Location"]
    assert "Sulastri" not in location and "search=" in location and "status=active" in location
    page = client.get(location)
    assert [x.pk for x in page.context["page"]] == [e.pk]
    assert "Sulastri" not in page.content.decode().split("<table")[1]  # masked in the list
    client.get(location + "&page=1")  # paging does not record the search again
    entry = AuditEntry.objects.get(action=SEARCHED)
    assert entry.actor == users["province_officer"]
    assert entry.changes["looked_up"] == ["owner_name"] and entry.changes["matched"] is True
    assert entry.changes["term_key"] == search_term_key("sulastri  WIBOWO")
    assert "Sulastri" not in str(entry.changes) + entry.target_label + entry.reason


def test_a_nik_search_is_audited_without_the_number(client, users):
    e = make_enterprise(nik=NIK)
    client.force_login(users["province_officer"])
    page = client.get(client.post("/registry/enterprises/", {"q": NIK})["Location"])
    assert [x.pk for x in page.context["page"]] == [e.pk]
    entry = AuditEntry.objects.get(action=SEARCHED)
    assert entry.changes["looked_up"] == ["nik"]
    assert NIK not in str(entry.changes)
    client.post("/registry/enterprises/", {"q": "1871014105900999"})  # nobody: recorded too
    assert AuditEntry.objects.filter(action=SEARCHED).latest("id").changes["matched"] is False


def test_an_owner_name_in_an_address_finds_nothing_and_confirms_nothing(client, users):
    make_enterprise(owner_name="Sulastri Wibowo", name="Keripik Lada", nik=NIK)
    client.force_login(users["province_officer"])
    page = client.get("/registry/enterprises/", {"q": "Sulastri Wibowo"})
    assert list(page.context["page"]) == []
    assert client.get("/registry/enterprises/", {"q": "lada"}).context["page"].paginator.count == 1
    assert not AuditEntry.objects.filter(action=SEARCHED).exists()


def test_a_whole_nik_in_an_address_is_found_through_the_blind_index_and_audited(client, users):
    """Issue 13: an officer who types a NIK into the address still finds the owner; the
    search is recorded (without the number) and access logs lose the query string."""
    e = make_enterprise(owner_name="Sulastri Wibowo", name="Keripik Lada", nik=NIK)
    client.force_login(users["province_officer"])
    page = client.get("/registry/enterprises/", {"q": NIK})
    assert [x.pk for x in page.context["page"]] == [e.pk]
    entry = AuditEntry.objects.get(action=SEARCHED)
    assert entry.changes["looked_up"] == ["nik"] and entry.changes["matched"] is True
    assert NIK not in str(entry.changes)


def test_a_business_name_search_is_not_recorded_as_personal(client, users):
    make_enterprise(name="Kopi Siger")
    client.force_login(users["province_officer"])
    client.post("/registry/enterprises/", {"q": "-"})  # no word, no number: nothing personal
    assert not AuditEntry.objects.filter(action=SEARCHED).exists()


def test_an_expired_search_key_shows_the_unsearched_list(client, users):
    make_enterprise(name="Kopi Siger")
    client.force_login(users["province_officer"])
    page = client.get("/registry/enterprises/", {"search": "unknown-key"})
    assert page.status_code == 200 and page.context["page"].paginator.count >= 1


def test_the_api_searches_personal_data_only_by_post_and_audits_it(api_client, users):
    make_enterprise(owner_name="Sulastri Wibowo", name="Keripik Lada", phone="081234560555")
    api = api_client.as_user(users["regency_officer"])
    assert api.get("/api/v1/enterprises", {"q": "Sulastri"}).json()["count"] == 0
    found = api.post("/api/v1/enterprises/search", {"q": "0812-3456-0555"})
    assert found.status_code == 200
    body = found.json()
    assert body["count"] == 1 and body["items"][0]["owner_name_masked"] == "S******* W*****"
    assert "Sulastri" not in found.content.decode()
    entry = AuditEntry.objects.get(action=SEARCHED)
    assert entry.changes["looked_up"] == ["phone"] and entry.actor == users["regency_officer"]
    refused = api_client.as_user(users["partner_officer"]).post(
        "/api/v1/enterprises/search", {"q": "Sulastri"}
    )
    assert refused.status_code == 403
    assert api.post("/api/v1/enterprises/search", {"q": ""}).status_code == 422


# --- caching ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/registry/enterprises/", "/accounts/profile/", "/", "/training/", "/readiness/"],
)
def test_signed_in_pages_are_never_stored(client, users, path):
    client.force_login(users["province_officer"])
    response = client.get(path)
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store, private"


def test_api_answers_to_a_token_are_never_stored(api_client, users):
    e = make_enterprise()
    response = api_client.as_user(users["admin"]).get(f"/api/v1/enterprises/{e.pk}")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store, private"


def test_public_pages_keep_their_caching(client, db):
    response = client.get("/training/verify/")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")


# --- the Django admin ---------------------------------------------------------------------


def test_admin_deletes_enterprises_through_the_audited_service(client, users):
    e = make_enterprise(nik=NIK)
    client.force_login(users["admin"])
    response = client.post(f"/admin/registry/enterprise/{e.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Enterprise.objects.filter(pk=e.pk).exists()
    entry = AuditEntry.objects.get(action="registry.enterprise.deleted", target_id=str(e.pk))
    assert entry.actor == users["admin"] and NIK not in str(entry.changes)
    f = make_enterprise()
    client.post(
        "/admin/registry/enterprise/",
        {"action": "delete_selected", "_selected_action": [f.pk], "post": "yes"},
    )
    assert AuditEntry.objects.filter(action="registry.enterprise.deleted", target_id=str(f.pk))


def test_the_audit_log_is_readable_not_editable_in_the_admin(client, users):
    make_enterprise()
    entry = AuditEntry.objects.first()
    client.force_login(users["admin"])
    listing = client.get("/admin/core/auditentry/")
    assert listing.status_code == 200 and "registry.enterprise.created" in listing.content.decode()
    detail = client.get(f"/admin/core/auditentry/{entry.pk}/change/")
    assert (
        detail.status_code == 200
        and 'type="submit"'
        not in detail.content.decode().split('id="auditentry_form"')[-1].split("</form>")[0]
    )
    assert client.post(f"/admin/core/auditentry/{entry.pk}/change/", {}).status_code == 403
    assert client.get(f"/admin/core/auditentry/{entry.pk}/delete/").status_code == 403
    assert client.get("/admin/core/auditentry/add/").status_code == 403
    assert AuditEntry.objects.filter(pk=entry.pk).exists()


# --- key rotation -------------------------------------------------------------------------


def _first_format(plain: str, kid: str, secret: str) -> str:
    nonce = os.urandom(12)
    ct = AESGCM(hashlib.sha256(secret.encode()).digest()).encrypt(
        nonce, plain.encode(), kid.encode()
    )
    return f"g1.{kid}.{base64.urlsafe_b64encode(nonce + ct).decode()}"


def test_rotation_reseals_first_format_values_everywhere(users, settings):
    kid, secret = settings.PII_KEYS.split(",")[0].split(":", 1)
    a = make_enterprise(nik=NIK, owner_name="Sulastri Wibowo")
    b = make_enterprise(nik="1871014105900556", name="Keripik Dua")
    Enterprise.objects.filter(pk=a.pk).update(
        nik_sealed=_first_format(NIK, kid, secret),
        owner_name_sealed=_first_format("Sulastri Wibowo", kid, secret),
    )
    merge = enterprise_merge(actor=users["admin"], survivor=b, merged=a)
    batch = ImportBatch.objects.create(file_name="x.csv", file_sha256="0" * 64)
    row = ImportRowOutcome.objects.create(
        batch=batch,
        sheet="s",
        row_number=2,
        outcome="rejected",
        values_sealed=_first_format('["1871014105900557"]', kid, secret),
    )
    out = StringIO()
    call_command("rotate_pii_keys", "--batch-size", "1", stdout=out)
    a.refresh_from_db()
    merge.refresh_from_db()
    row.refresh_from_db()
    for token in (
        a.nik_sealed,
        a.owner_name_sealed,
        row.values_sealed,
        merge.snapshot["merged"]["nik_sealed"],
    ):
        assert token.startswith("g2.") and sealed_with_primary(token)
    assert a.nik == NIK and a.owner_name == "Sulastri Wibowo"
    assert unseal(row.values_sealed) == '["1871014105900557"]'
    merge_undo(actor=users["admin"], merge=merge)  # undo restores readable values
    a.refresh_from_db()
    assert a.nik == NIK
    again = StringIO()
    call_command("rotate_pii_keys", stdout=again)
    assert "resealed=0 rows=0 merges=0" in again.getvalue()


def test_a_new_pepper_with_reindex_keeps_searches_and_matching_working(users, settings):
    e = make_enterprise(nik=NIK, owner_name="Sulastri Wibowo")
    settings.PII_HMAC_KEY = "a-new-pepper-for-the-blind-indexes"
    from siapekspor.registry.selectors import EnterpriseFilters, enterprise_list

    def found(term):
        return list(enterprise_list(users["admin"], EnterpriseFilters(q=term, personal=True)))

    assert found(NIK) == [] and found("Wibowo") == []  # stale until recomputed
    out = StringIO()
    call_command("rotate_pii_keys", "--reindex", stdout=out)
    assert "reindexed=" in out.getvalue()
    assert found(NIK) == [e] and found("Wibowo") == [e]
    assert AuditEntry.objects.filter(action="registry.personal_data.reindexed").exists()
