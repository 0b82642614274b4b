"""Certificates with evidence uploads (bad files refused with a clear message, served only
in scope), expiry reminders sent once, assistance cases and the funnel count."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from siapekspor.compliance import content, selectors, services
from siapekspor.compliance.models import (
    AssistanceCase,
    CaseStatus,
    Certificate,
    DocumentType,
    ExpiryReminder,
    Rule,
)
from siapekspor.compliance.tasks import send_expiry_reminders
from siapekspor.core.errors import PermissionDeniedError, ValidationFailed
from siapekspor.core.models import AuditEntry
from siapekspor.registry.tests.factories import make_enterprise, make_user

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def loaded(users):
    services.requirements_load(actor=users["admin"], data=content.builtin())


def _owner_page(client, users):
    owner = users["enterprise_owner"]
    client.force_login(owner)
    return owner, f"/compliance/enterprises/{owner.enterprise_id}/"


def _post(client, url, upload, code="haccp"):
    doc = DocumentType.objects.get(code=code)
    return client.post(
        url,
        {"document": doc.pk, "number": "H-1", "valid_until": "2027-01-31", "evidence": upload},
        HTTP_ACCEPT_LANGUAGE="id",
    )


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("sertifikat.exe", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 100),
        ("sertifikat.pdf", b"<html><script>alert(1)</script></html>"),
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ),
        ("data.xlsx", b"PK\x03\x04" + b"\x00" * 100),
    ],
)
def test_bad_uploads_are_refused_with_a_clear_message(client, users, loaded, name, data):
    _owner, url = _owner_page(client, users)
    response = _post(client, url, SimpleUploadedFile(name, data))
    assert response.status_code == 200
    assert "Jenis berkas ini tidak diterima" in response.content.decode()
    assert not Certificate.objects.exists()


def test_oversize_upload_is_refused(client, users, loaded, settings):
    settings.COMPLIANCE_EVIDENCE_MAX_BYTES = 1000
    _owner, url = _owner_page(client, users)
    response = _post(client, url, SimpleUploadedFile("big.pdf", PDF + b"0" * 2000))
    assert "terlalu besar" in response.content.decode()
    assert not Certificate.objects.exists()


def test_path_tricks_never_reach_the_disk_and_evidence_is_served_in_scope(
    client, users, loaded, settings
):
    _owner, url = _owner_page(client, users)
    response = _post(client, url, SimpleUploadedFile("../../../etc/passwd.pdf", PDF))
    assert response.status_code == 302
    cert = Certificate.objects.get()
    stored = Path(settings.MEDIA_ROOT) / "compliance" / "certificates"
    assert [p.name for p in stored.iterdir()] == [cert.evidence_file]
    assert ".." not in cert.evidence_file and "passwd" not in cert.evidence_file
    assert PDF not in (stored / cert.evidence_file).read_bytes()  # encrypted at rest
    download = client.get(f"/compliance/certificates/{cert.pk}/evidence/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF
    assert download["Content-Disposition"].startswith("attachment")
    assert download["X-Content-Type-Options"] == "nosniff"
    # Another owner, a partner and another regency's officer get 404.
    other = make_enterprise(regency="18.01")
    for user in (
        make_user("enterprise_owner", enterprise=other),
        users["partner_officer"],
        make_user("regency_officer", regency="18.01"),
    ):
        client.force_login(user)
        assert client.get(f"/compliance/certificates/{cert.pk}/evidence/").status_code == 404
    client.force_login(users["regency_officer"])  # 18.71: the owner's regency
    assert client.get(f"/compliance/certificates/{cert.pk}/evidence/").status_code == 200


def test_png_evidence_is_accepted(client, users, loaded):
    _owner, url = _owner_page(client, users)
    assert _post(client, url, SimpleUploadedFile("scan.png", PNG)).status_code == 302
    assert Certificate.objects.get().evidence_type == "image/png"


def test_an_expiring_certificate_produces_its_reminder_once(users, loaded):
    owner = users["enterprise_owner"]
    owner.email = "pemilik@example.org"
    owner.save(update_fields=["email"])
    officer = users["regency_officer"]
    officer.email = "petugas@example.org"
    officer.preferred_language = "en"
    officer.save(update_fields=["email", "preferred_language"])
    enterprise = owner.enterprise
    today = dt.date(2026, 11, 29)
    doc = DocumentType.objects.get(code="haccp")
    soon = services.certificate_save(
        actor=owner,
        enterprise=enterprise,
        data=services.CertificateData(document=doc, valid_until=today + dt.timedelta(days=30)),
    )
    services.certificate_save(  # far away: no reminder yet
        actor=owner,
        enterprise=enterprise,
        data=services.CertificateData(
            document=DocumentType.objects.get(code="gacc"),
            valid_until=today + dt.timedelta(days=400),
        ),
    )
    assert services.reminders_send(today=today) == 1
    assert services.reminders_send(today=today) == 0
    assert services.reminders_send(today=today + dt.timedelta(days=1)) == 0
    # One message per language: the owner's in Indonesian, the officer's in English.
    assert len(mail.outbox) == 2
    sent = {tuple(m.to): m for m in mail.outbox}
    assert "berakhir pada" in sent[("pemilik@example.org",)].subject
    assert "expires on" in sent[("petugas@example.org",)].subject
    assert "HACCP" in sent[("pemilik@example.org",)].subject
    assert ExpiryReminder.objects.get().certificate == soon
    # Renewed with a new expiry date: a new reminder when that one comes near.
    services.certificate_save(
        actor=owner,
        enterprise=enterprise,
        certificate=soon,
        data=services.CertificateData(document=doc, valid_until=today + dt.timedelta(days=50)),
    )
    assert services.reminders_send(today=today) == 1
    # The scheduled task runs the same service (nothing left to send today).
    assert send_expiry_reminders.call() == 0


def test_expiring_notice_on_the_owner_and_officer_pages(client, users, loaded):
    from django.utils import timezone

    owner = users["enterprise_owner"]
    services.certificate_save(
        actor=owner,
        enterprise=owner.enterprise,
        data=services.CertificateData(
            document=DocumentType.objects.get(code="haccp"),
            number="HX-77",
            valid_until=timezone.localdate() + dt.timedelta(days=10),
        ),
    )
    for user, url in (
        (owner, f"/compliance/enterprises/{owner.enterprise_id}/"),
        (users["regency_officer"], "/compliance/"),
    ):
        client.force_login(user)
        page = client.get(url, HTTP_ACCEPT_LANGUAGE="id").content.decode()
        assert "HX-77" in page and 'role="status"' in page


def test_case_lifecycle_refusal_needs_a_reason_and_the_funnel_counts_granted(users, loaded):
    owner = users["enterprise_owner"]
    officer = users["regency_officer"]
    doc = DocumentType.objects.get(code="halal-bpjph")
    case = services.case_request(
        actor=owner, enterprise=owner.enterprise, document=doc, market="sau"
    )
    assert case.status == CaseStatus.REQUESTED and case.market == "SAU"
    with pytest.raises(PermissionDeniedError):  # the owner cannot move it on
        services.case_update(
            actor=owner, case=case, changes=services.CaseChanges(status=CaseStatus.GRANTED)
        )
    services.case_update(
        actor=officer,
        case=case,
        changes=services.CaseChanges(
            status=CaseStatus.IN_PROGRESS,
            assignee=officer,
            assignee_set=True,
            deadline=dt.date(2027, 1, 15),
            deadline_set=True,
        ),
    )
    assert list(selectors.case_queue(officer, mine=True)) == [case]
    with pytest.raises(ValidationFailed):
        services.case_update(
            actor=officer, case=case, changes=services.CaseChanges(status=CaseStatus.REFUSED)
        )
    assert selectors.assisted_to_certify_count() == 0
    services.case_update(
        actor=officer, case=case, changes=services.CaseChanges(status=CaseStatus.GRANTED)
    )
    case.refresh_from_db()
    assert case.closed_on is not None
    assert selectors.assisted_to_certify_count() == 1
    assert selectors.assisted_to_certify_count([owner.enterprise_id + 1000]) == 0
    assert selectors.case_counts()[CaseStatus.GRANTED] == 1
    assert AuditEntry.objects.filter(action="compliance.case.update").count() == 2
    # A partner sees no cases; another regency's officer neither.
    assert not selectors.case_queue(users["partner_officer"]).exists()
    assert not AssistanceCase.objects.filter(
        pk__in=selectors.case_queue(make_user("regency_officer", regency="18.01"))
    ).exists()


def test_officers_edit_rules_as_new_versions_audited(client, users, loaded):
    rule = Rule.objects.get(key="US5")
    with pytest.raises(PermissionDeniedError):
        services.rule_update(actor=users["regency_officer"], rule=rule, changes={"lead_days": 3})
    services.rule_update(
        actor=users["province_officer"], rule=rule, changes={"lead_days": 3}, reason="BPOM info"
    )
    rule.refresh_from_db()
    assert rule.version == 2 and rule.lead_days == 3
    assert rule.versions.get().data["lead_days"] is None
    entry = AuditEntry.objects.filter(action="compliance.rule.update").get()
    assert entry.changes == {"lead_days": [None, 3]} and entry.reason == "BPOM info"
    # The page form, as a province officer.
    client.force_login(users["province_officer"])
    page = client.get(f"/compliance/rules/{rule.pk}/")
    assert page.status_code == 200
    form = {k: v for k, v in page.context["form"].initial.items() if v is not None}
    form.update(verified="on", is_active="on", reason="review", validity="per shipment (checked)")
    assert client.post(f"/compliance/rules/{rule.pk}/", form).status_code == 302
    rule.refresh_from_db()
    assert rule.version == 3 and rule.validity == "per shipment (checked)"
