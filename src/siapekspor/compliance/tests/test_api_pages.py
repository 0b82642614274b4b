"""The API and the pages: the checklist by URL name and query parameters, six languages,
scope of enterprise data, validation messages."""

from __future__ import annotations

import pytest
from django.urls import reverse

from siapekspor.compliance import content, services
from siapekspor.compliance.models import AssistanceCase, Certificate, Rule
from siapekspor.core import i18n

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(users):
    services.requirements_load(actor=users["admin"], data=content.builtin())


def test_checklist_url_name_and_parameters(client, users, loaded):
    owner = users["enterprise_owner"]
    url = reverse("compliance:checklist")
    assert url == "/compliance/checklist/"
    client.force_login(owner)
    query = f"?hs=090121&market=USA&enterprise={owner.enterprise_id}&date=2026-09-01"
    for code in i18n.codes():
        prefix = "" if code == i18n.default() else f"/{code}"
        response = client.get(prefix + url + query)
        assert response.status_code == 200, code
        assert response.context["result"] is not None
        assert "fda-ffr" in {i.code for i in response.context["result"].items}
    page = client.get(url + query).content.decode()
    assert "Registrasi fasilitas pangan FDA" in page  # Indonesian content on Indonesian page
    assert 'name="viewport"' in page


def test_api_checklist_certificates_and_cases(api_client, users, loaded):
    owner = users["enterprise_owner"]
    api = api_client.as_user(owner)
    ent = owner.enterprise_id
    body = api.get(
        f"/api/v1/compliance/checklist?hs=030617&market=CHN&date=2026-09-01&enterprise={ent}"
    ).json()
    statuses = {i["code"]: i["status"] for i in body["items"]}
    assert statuses["gacc"] == "missing" and statuses["health-cert"] == "per_shipment"
    created = api.post(
        f"/api/v1/compliance/enterprises/{ent}/certificates",
        {"document": "gacc", "number": "CIDN123", "valid_until": "2030-01-01"},
    )
    assert created.status_code == 201
    body = api.get(
        f"/api/v1/compliance/checklist?hs=030617&market=CHN&date=2026-09-01&enterprise={ent}"
    ).json()
    assert {i["code"]: i["status"] for i in body["items"]}["gacc"] == "have"
    case = api.post(
        f"/api/v1/compliance/enterprises/{ent}/cases", {"document": "haccp", "market": "CHN"}
    )
    assert case.status_code == 201 and case.json()["status"] == "requested"
    # The owner cannot move the case on; the regency officer can.
    assert (
        api.patch(
            f"/api/v1/compliance/cases/{case.json()['id']}", {"status": "granted"}
        ).status_code
        == 403
    )
    officer = api_client.as_user(users["regency_officer"])
    refused = officer.patch(f"/api/v1/compliance/cases/{case.json()['id']}", {"status": "refused"})
    assert refused.status_code == 400
    assert refused.json()["error"]["details"][0]["field"] == "refusal_reason"
    done = officer.patch(
        f"/api/v1/compliance/cases/{case.json()['id']}",
        {"status": "granted", "assignee_id": users["regency_officer"].pk},
    )
    assert done.status_code == 200 and done.json()["closed_on"]
    assert AssistanceCase.objects.get().assignee == users["regency_officer"]
    assert Certificate.objects.count() == 1


def test_api_refuses_bad_queries_in_indonesian(api_client, users, loaded):
    api = api_client.as_user(users["province_officer"])
    response = api.get("/api/v1/compliance/checklist?hs=9&market=ZZZ&date=2026-02-30")
    assert response.status_code == 400
    fields = {d["field"] for d in response.json()["error"]["details"]}
    assert fields == {"hs", "market", "date"}
    assert "6 digit" in response.json()["error"]["details"][0]["message"]


def test_api_rule_edit_by_province_officer(api_client, users, loaded):
    rule = Rule.objects.get(key="US1")
    api = api_client.as_user(users["province_officer"])
    response = api.patch(
        f"/api/v1/compliance/rules/{rule.pk}", {"lead_days": 2, "reason": "FURLS online"}
    )
    assert response.status_code == 200
    assert response.json()["version"] == 2 and response.json()["lead_days"] == 2
    bad = api.patch(f"/api/v1/compliance/rules/{rule.pk}", {"destination": "NOWHERE"})
    assert bad.status_code == 400


def test_enterprise_panel_links_to_the_checklist(client, users, loaded):
    client.force_login(users["regency_officer"])
    owner = users["enterprise_owner"]
    page = client.get(f"/registry/enterprises/{owner.enterprise_id}/").content.decode()
    assert f"/compliance/enterprises/{owner.enterprise_id}/" in page


def test_api_evidence_upload_sniffs_the_content(client, users, loaded):
    from siapekspor.accounts.services import api_token_issue

    owner = users["enterprise_owner"]
    cert = services.certificate_save(
        actor=owner,
        enterprise=owner.enterprise,
        data=services.CertificateData(document=Rule.objects.get(key="US1").document),
    )
    _t, token = api_token_issue(user=owner, name="t")
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}", "HTTP_ACCEPT_LANGUAGE": "id"}
    from django.core.files.uploadedfile import SimpleUploadedFile

    bad = client.post(
        f"/api/v1/compliance/certificates/{cert.pk}/evidence",
        {"file": SimpleUploadedFile("x.pdf", b"<svg><script>alert(1)</script></svg>")},
        **headers,
    )
    assert bad.status_code == 400
    assert "Jenis berkas ini tidak diterima" in bad.json()["error"]["details"][0]["message"]
    good = client.post(
        f"/api/v1/compliance/certificates/{cert.pk}/evidence",
        {"file": SimpleUploadedFile("x.pdf", b"%PDF-1.4\n%%EOF\n")},
        **headers,
    )
    assert good.status_code == 200 and good.json()["has_evidence"]


def test_api_evidence_upload_outside_scope_is_not_found(client, users, loaded):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from siapekspor.accounts.services import api_token_issue
    from siapekspor.registry.tests.factories import make_enterprise, make_user

    other = make_enterprise(regency="18.01")
    cert = services.certificate_save(
        actor=users["admin"],
        enterprise=other,
        data=services.CertificateData(document=Rule.objects.get(key="US1").document),
    )
    for user in (
        users["enterprise_owner"],
        users["partner_officer"],
        users["regency_officer"],
        make_user("enterprise_owner", enterprise=make_enterprise(regency="18.01")),
    ):
        _t, token = api_token_issue(user=user, name="t")
        response = client.post(
            f"/api/v1/compliance/certificates/{cert.pk}/evidence",
            {"file": SimpleUploadedFile("x.pdf", b"%PDF-1.4\n%%EOF\n")},
            HTTP_AUTHORIZATION=f"Bearer {token}",
        )
        assert response.status_code == 404, user
    assert not Certificate.objects.get(pk=cert.pk).evidence_file


def test_links_without_date_and_with_a_lower_case_market_work(client, users, loaded):
    client.force_login(users["province_officer"])
    response = client.get("/compliance/checklist/?hs=090111&market=jpn")
    assert response.status_code == 200
    result = response.context["result"]
    assert result is not None and result.market == "JPN"


def test_load_requirements_command(users, tmp_path):
    import json
    from io import StringIO

    from django.core.management import CommandError, call_command

    out = StringIO()
    call_command("load_requirements", stdout=out)
    assert "rules created=65" in out.getvalue()
    out = StringIO()
    call_command("load_requirements", stdout=out)
    assert "rules created=0 updated=0" in out.getvalue()
    broken = content.read()
    del broken["documents"][0]["names"]["ar"]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(CommandError, match="ar"):
        call_command("load_requirements", file=path, stdout=StringIO())


def test_checklist_names_sources_by_site_and_never_sums_unknown_costs_to_zero(
    client, users, loaded
):
    import re

    from siapekspor.compliance.models import DocumentType

    client.force_login(users["province_officer"])
    url = reverse("compliance:checklist") + "?hs=090121&market=USA"
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="id")
    page = response.content.decode()
    assert not re.search(r"sumber S\d", page)  # the source's internal id
    assert re.search(r'sumber: <a href="https?://[^"]+"[^>]*><bdi dir="ltr">[a-z]', page)
    # No cost known for anything to do: the sum is unknown, not "Rp 0".
    Rule.objects.update(cost_idr=None)
    DocumentType.objects.update(cost_idr=None)
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="id")
    assert response.context["result"].cost_unknown > 0
    page = response.content.decode()
    known = page[page.index("Biaya yang diketahui") :][:120]
    assert "Rp 0" not in known and "belum diketahui" in known
