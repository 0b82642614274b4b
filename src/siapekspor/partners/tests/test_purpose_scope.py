"""A partner officer sees an enterprise only for the purpose its owner consented to: each
purpose opens the parts of the record it needs (`partners.access.AREA_PURPOSES`), on the
registry page (its panels), the readiness pages and the API; withdrawal closes them at once;
every opening is audited with the part seen."""

from __future__ import annotations

import pytest

from siapekspor.accounts.models import Role
from siapekspor.core.models import AuditEntry
from siapekspor.core.panels import register_panel, render_panels
from siapekspor.partners import services
from siapekspor.partners.access import AREA_PURPOSES, purposes_for
from siapekspor.partners.models import Purpose
from siapekspor.partners.tests.factories import consent_to
from siapekspor.readiness.models import Assessment
from siapekspor.registry.access import Area, area_filter, enterprise_scope
from siapekspor.registry.tests.factories import make_enterprise, make_user


@pytest.fixture
def partner(db):
    return make_user(Role.PARTNER_OFFICER, partner="LPEI")


@pytest.fixture
def assessed(db, users):
    """An enterprise with a submitted verified assessment."""
    from siapekspor.readiness import services as readiness
    from siapekspor.readiness.content.questionnaire_v1 import QUESTIONNAIRE
    from siapekspor.readiness.tests.test_levels import FULL

    readiness.questionnaire_load(QUESTIONNAIRE)
    officer = users["province_officer"]
    enterprise = make_enterprise(regency="18.01", name="Kopi Tanggamus Diagnosa")
    assessment, _new = readiness.assessment_start(actor=officer, enterprise=enterprise)
    readiness.assessment_answer(actor=officer, assessment=assessment, answers=FULL)
    readiness.assessment_submit(actor=officer, assessment=assessment)
    return enterprise


def test_profile_for_every_purpose_and_some_areas_for_none():
    assert purposes_for(Area.PROFILE) == set(Purpose.values)
    for area in Area:
        assert purposes_for(area) <= set(Purpose.values), area
    for never in (Area.IMPROVEMENT, Area.EUDR, Area.PAPERWORK):
        assert purposes_for(never) == frozenset()
    assert set(AREA_PURPOSES) <= set(Area)


@pytest.mark.parametrize("purpose", Purpose.values)
def test_each_purpose_opens_exactly_its_areas(partner, assessed, purpose):
    consent_to(assessed, "LPEI", purpose)
    for area in Area:
        visible = enterprise_scope(partner, area).filter(pk=assessed.pk).exists()
        assert visible == (purpose in purposes_for(area)), (purpose, area)
    # Without an area (a page that did not say what it shows): nothing.
    assert not enterprise_scope(partner).exists()


def test_buyer_contact_consent_shows_the_profile_but_not_the_diagnosis(partner, assessed, client):
    consent_to(assessed, "LPEI", Purpose.BUYER_CONTACT)
    client.force_login(partner)
    page = client.get(f"/registry/enterprises/{assessed.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Kopi Tanggamus Diagnosa" in html
    assert "readiness/enterprises" not in html  # the readiness panel is not rendered
    assert "Riwayat audit" not in html and "Audit history" not in html
    assert client.get(f"/readiness/enterprises/{assessed.pk}/").status_code == 404
    assessment = Assessment.objects.get(enterprise=assessed)
    assert client.get(f"/readiness/assessments/{assessment.pk}/result/").status_code == 404


def test_financing_consent_shows_the_diagnosis_and_audits_it(partner, assessed, client):
    consent = consent_to(assessed, "LPEI", Purpose.FINANCING)
    client.force_login(partner)
    assert client.get(f"/readiness/enterprises/{assessed.pk}/").status_code == 200
    seen = AuditEntry.objects.filter(
        action="partners.enterprise.disclose", target_id=str(assessed.pk), actor=partner
    )
    assert [e.changes["area"][1] for e in seen] == ["readiness"]
    assert seen[0].reason == "page"

    # The owner withdraws: closed at once, page and API alike.
    services.consent_withdraw(actor=assessed.owner_accounts.get(), consent=consent)
    assert client.get(f"/readiness/enterprises/{assessed.pk}/").status_code == 404
    assert client.get(f"/registry/enterprises/{assessed.pk}/").status_code == 404


def test_partner_api_lists_assessments_of_one_enterprise_at_a_time(partner, assessed, api_client):
    consent_to(assessed, "LPEI", Purpose.COACHING)
    other = make_enterprise(regency="18.01", name="Tidak setuju")
    api = api_client.as_user(partner)
    assert api.get("/api/v1/assessments").json()["items"] == []
    listed = api.get(f"/api/v1/assessments?enterprise_id={assessed.pk}").json()
    assert [a["enterprise_id"] for a in listed["items"]] == [assessed.pk]
    assert api.get(f"/api/v1/assessments?enterprise_id={other.pk}").json()["items"] == []
    assessment = Assessment.objects.get(enterprise=assessed)
    assert api.get(f"/api/v1/assessments/{assessment.pk}").status_code == 200
    areas = AuditEntry.objects.filter(
        action="partners.enterprise.disclose", actor=partner
    ).values_list("changes__area", flat=True)
    assert len(areas) == 2 and all(a[1] == "readiness" for a in areas)


def test_another_organisation_sees_nothing(assessed, client):
    consent_to(assessed, "LPEI", Purpose.FINANCING)
    ojk = make_user(Role.PARTNER_OFFICER, partner="OJK")
    client.force_login(ojk)
    assert client.get(f"/registry/enterprises/{assessed.pk}/").status_code == 404
    assert client.get(f"/readiness/enterprises/{assessed.pk}/").status_code == 404
    for area in Area:
        assert not enterprise_scope(ojk, area).exists()


def test_a_panel_that_names_no_area_is_never_shown_to_a_partner(partner, users, rf):
    enterprise = make_enterprise(regency="18.01")
    consent_to(enterprise, "LPEI", Purpose.FINANCING)
    register_panel("test-slot", "registry/enterprise_detail.html", context=lambda r, o: {}, order=1)
    request = rf.get("/")
    request.user = partner
    assert (
        render_panels("test-slot", request, enterprise, allowed=area_filter(partner, enterprise))
        == []
    )
    officer_filter = area_filter(users["province_officer"], enterprise)
    assert officer_filter(None) and officer_filter("readiness")


def test_export_record_and_certificates_panels_follow_the_purpose(partner, assessed, client):
    consent = consent_to(assessed, "LPEI", Purpose.FINANCING)
    client.force_login(partner)
    html = client.get(f"/registry/enterprises/{assessed.pk}/").content.decode()
    assert "export-panel" in html and "compliance-panel" not in html
    assert "/shipments/" not in html  # read-only: no links into the shipments pages

    services.consent_withdraw(actor=assessed.owner_accounts.get(), consent=consent)
    consent_to(assessed, "LPEI", Purpose.BUYER_CONTACT)
    html = client.get(f"/registry/enterprises/{assessed.pk}/").content.decode()
    assert "compliance-panel" in html and "/compliance/" not in html
    assert "export-panel" in html  # buyer contact also shows the export record
    assert "readiness/enterprises" not in html
