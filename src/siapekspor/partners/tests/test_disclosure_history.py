"""What the walkthrough found around disclosures: the history names the organisation, the part
seen and the channel in words; an owner who consented can still download their data as a
PDF; a partner never sees the owner's section; a body that is not JSON gets our error."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import translation

from siapekspor.accounts.models import Role
from siapekspor.core.audit import audit_history, history_lines
from siapekspor.partners.models import Purpose
from siapekspor.partners.tests.factories import consent_to
from siapekspor.registry.tests.factories import make_enterprise, make_user


@pytest.fixture
def partner(db):
    return make_user(Role.PARTNER_OFFICER, partner="LPEI")


def test_the_history_names_the_organisation_the_part_and_the_channel(partner, users, client):
    enterprise = make_enterprise(regency="18.01", name="Lada Hitam Way Kanan")
    consent_to(enterprise, "LPEI", Purpose.FINANCING)
    client.force_login(partner)
    assert client.get(f"/registry/enterprises/{enterprise.pk}/").status_code == 200

    with translation.override("id"):
        line = next(
            x for x in history_lines(audit_history(enterprise)) if "mitra" in x.what.lower()
        )
        shown = {c.label: c.after for c in line.changes}
        # every part the page showed: the profile, and what financing opens
        assert shown["Bagian data"] == "profil (usaha dan produk), kesiapan ekspor, riwayat ekspor"
        assert "Eximbank" in next(v for k, v in shown.items() if k != "Bagian data")
        assert line.reason == "halaman web"
    with translation.override("ar"):
        line = next(x for x in history_lines(audit_history(enterprise)) if x.reason)
        assert any("الملف التعريفي" in c.after for c in line.changes)
        assert line.reason == "صفحة الويب"

    client.force_login(users["province_officer"])
    page = client.get(f"/registry/enterprises/{enterprise.pk}/").content.decode()
    assert "profil (usaha dan produk), kesiapan ekspor" in page
    assert "Area: profile" not in page and "Alasan: page" not in page


def test_an_owner_who_consented_downloads_their_data_as_pdf(db):
    enterprise = make_enterprise(regency="18.01")
    consent_to(enterprise, "LPEI", Purpose.COACHING)  # audited with the organisation's code
    client = Client()
    client.force_login(enterprise.owner_accounts.get())
    for prefix in ("", "/ar"):
        response = client.get(f"{prefix}/forum/my-data/download.pdf")
        assert response.status_code == 200, prefix
        assert response["Content-Type"] == "application/pdf"


def test_a_partner_sees_the_business_but_not_its_owner(partner, users, client, api_client):
    enterprise = make_enterprise(
        regency="18.01", name="Tapis Pesisir", owner_name="Ratna Sari Dewi", nik="1805204101802800"
    )
    consent_to(enterprise, "LPEI", Purpose.BUYER_CONTACT)
    client.force_login(partner)
    page = client.get(f"/registry/enterprises/{enterprise.pk}/").content.decode()
    assert "Tapis Pesisir" in page
    assert "180520" not in page and "Ratna" not in page[page.find("<main") :]
    data = api_client.as_user(partner).get(f"/api/v1/enterprises/{enterprise.pk}").json()
    assert data["name"] == "Tapis Pesisir"
    assert data["nik_masked"] == data["owner_name_masked"] == data["phone_masked"] == ""
    assert data["owner_gender"] == ""

    officer = api_client.as_user(users["province_officer"])
    assert (
        officer.get(f"/api/v1/enterprises/{enterprise.pk}")
        .json()["nik_masked"]
        .startswith("180520")
    )


@pytest.mark.parametrize(("language", "words"), [("id", "Isi permintaan"), ("ar", "تعذّرت")])
def test_a_body_that_is_not_json_gets_our_error_in_the_callers_language(
    partner, api_client, language, words
):
    response = api_client.as_user(partner).post(
        "/api/v1/partners/referrals",
        "not json",
        HTTP_ACCEPT_LANGUAGE=language,
        HTTP_IDEMPOTENCY_KEY="k-1",
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_body" and words in error["message"]
