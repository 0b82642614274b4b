"""The Django admin edits a partner officer's organisation (`User.partner_org`) and refuses it
on any other role (`accounts.access.partner_org_problems`)."""

from __future__ import annotations

import pytest

from siapekspor.accounts.access import partner_org_problems
from siapekspor.accounts.models import Role, User
from siapekspor.partners.models import Organisation

pytestmark = pytest.mark.django_db


def _form(user: User, **changes) -> dict:
    data = {
        "username": user.username,
        "first_name": "",
        "last_name": "",
        "email": "",
        "is_active": "on",
        "role": user.role,
        "regency": user.regency_id or "",
        "partner_org": "",
        "partner_organisation": user.partner_organisation,
        "enterprise": user.enterprise_id or "",
        "preferred_language": "",
        "date_joined_0": "2026-01-01",
        "date_joined_1": "08:00:00",
        "initial-date_joined_0": "2026-01-01",
        "initial-date_joined_1": "08:00:00",
    }
    data.update(changes)
    return data


def test_rule_only_partner_officers_carry_an_organisation(db):
    lpei = Organisation.objects.get(code="LPEI")
    assert partner_org_problems(Role.PARTNER_OFFICER, lpei) == []
    assert partner_org_problems(Role.PARTNER_OFFICER, None) == []
    assert partner_org_problems(Role.ENTERPRISE_OWNER, None) == []
    for role in (Role.ADMIN, Role.PROVINCE_OFFICER, Role.REGENCY_OFFICER, Role.ENTERPRISE_OWNER):
        [(field, _message)] = partner_org_problems(role, lpei)
        assert field == "partner_org"


def test_admin_sets_a_partner_officers_organisation_and_lists_it(client, users):
    partner = users["partner_officer"]
    ojk = Organisation.objects.get(code="OJK")
    client.force_login(users["admin"])
    page = client.get(f"/admin/accounts/user/{partner.pk}/change/")
    assert page.status_code == 200 and 'name="partner_org"' in page.content.decode()
    response = client.post(
        f"/admin/accounts/user/{partner.pk}/change/", _form(partner, partner_org=ojk.pk)
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    partner.refresh_from_db()
    assert partner.partner_org == ojk
    listing = client.get(f"/admin/accounts/user/?partner_org__id__exact={ojk.pk}")
    assert listing.status_code == 200
    body = listing.content.decode()
    assert partner.username in body and users["regency_officer"].username not in body


def test_admin_refuses_an_organisation_on_another_role(client, users):
    officer = users["regency_officer"]
    lpei = Organisation.objects.get(code="LPEI")
    client.force_login(users["admin"])
    response = client.post(
        f"/admin/accounts/user/{officer.pk}/change/", _form(officer, partner_org=lpei.pk)
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "partner_org" in errors
    officer.refresh_from_db()
    assert officer.partner_org is None


def test_admin_refuses_a_regency_officer_without_regency(client, users):
    officer = users["regency_officer"]
    client.force_login(users["admin"])
    response = client.post(f"/admin/accounts/user/{officer.pk}/change/", _form(officer, regency=""))
    assert response.status_code == 200
    assert "regency" in response.context["adminform"].form.errors
