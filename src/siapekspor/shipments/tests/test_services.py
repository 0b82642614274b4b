"""Shipments through the services: validation, verification, export status, evidence."""

import datetime as dt
from decimal import Decimal

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from siapekspor.core.audit import audit_history
from siapekspor.core.errors import ConflictError, PermissionDeniedError, ValidationFailed
from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.shipments import services
from siapekspor.shipments.models import ExportStatus, Shipment
from siapekspor.shipments.tests.factories import data, direct, indirect, make_shipment, officer

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def days_ago(n):
    return timezone.localdate() - dt.timedelta(days=n)


def test_verified_direct_export_makes_the_enterprise_exporting():
    ent = make_enterprise()
    shipment = make_shipment(
        kind="direct", enterprise_id=ent.pk, export_date=days_ago(30), verified=False
    )
    assert not ExportStatus.objects.filter(enterprise=ent).exists()  # pending does not count
    services.shipment_verify(actor=officer(), shipment=shipment, approve=True)
    status = ExportStatus.objects.get(enterprise=ent)
    assert status.status == "exporting"
    assert status.first_export_date == days_ago(30)
    assert status.direct_in_window and not status.indirect_in_window
    assert [e.action for e in audit_history(shipment)][:2] == [
        "shipments.shipment.verify",
        "shipments.shipment.create",
    ] or {e.action for e in audit_history(shipment)} >= {
        "shipments.shipment.verify",
        "shipments.shipment.create",
    }


def test_rejected_export_does_not_count_and_needs_a_reason():
    ent = make_enterprise()
    shipment = make_shipment(
        kind="direct", enterprise_id=ent.pk, export_date=days_ago(10), verified=False
    )
    with pytest.raises(ValidationFailed):
        services.shipment_verify(actor=officer(), shipment=shipment, approve=False, reason="")
    services.shipment_verify(
        actor=officer(), shipment=shipment, approve=False, reason="PEB tidak terbaca"
    )
    assert not ExportStatus.objects.filter(enterprise=ent).exists()


def test_indirect_shares_make_every_supplier_exporting():
    a, b, c = make_enterprise(), make_enterprise(), make_enterprise()
    indirect([(a, 60), (b, 40)], days_ago(40))
    assert ExportStatus.objects.get(enterprise=a).status == "exporting"
    assert ExportStatus.objects.get(enterprise=b).indirect_in_window
    assert not ExportStatus.objects.filter(enterprise=c).exists()


@pytest.mark.parametrize("shares", [[70, 40], [0, 50], [101]])
def test_indirect_shares_must_be_positive_and_add_up_to_at_most_100(shares):
    ents = [make_enterprise() for _ in shares]
    with pytest.raises(ValidationFailed):
        services.shipment_save(
            actor=officer(),
            data=data(
                kind="indirect",
                exporter_name="PT X",
                suppliers=[(e.pk, Decimal(s)) for e, s in zip(ents, shares, strict=True)],
            ),
        )


def test_direct_needs_an_enterprise_and_indirect_an_exporter():
    with pytest.raises(ValidationFailed):
        services.shipment_save(actor=officer(), data=data(kind="direct"))
    with pytest.raises(ValidationFailed):
        services.shipment_save(actor=officer(), data=data(kind="indirect", suppliers=[]))


def test_bad_country_hs_and_future_date_are_refused_with_field_errors():
    ent = make_enterprise()
    with pytest.raises(ValidationFailed) as exc:
        services.shipment_save(
            actor=officer(),
            data=data(
                kind="direct",
                enterprise_id=ent.pk,
                destination="XXX",
                hs_code="99",
                export_date=timezone.localdate() + dt.timedelta(days=3),
            ),
        )
    fields = {f for f, _m in exc.value.details}
    assert {"destination", "hs_code", "export_date"} <= fields


def test_peb_number_is_the_natural_key():
    ent = make_enterprise()
    make_shipment(kind="direct", enterprise_id=ent.pk, peb_number="000123/KPU/2025")
    with pytest.raises(ConflictError):
        services.shipment_save(
            actor=officer(),
            data=data(kind="direct", enterprise_id=ent.pk, peb_number="000123/kpu/2025"),
        )


def test_lapsed_after_twelve_months_and_recompute_as_of(users):
    ent = make_enterprise()
    direct(ent, dt.date(2024, 1, 15))
    direct(ent, dt.date(2024, 3, 2))
    services.status_recompute(as_of=dt.date(2024, 12, 31))
    st = ExportStatus.objects.get(enterprise=ent)
    assert (st.status, st.is_repeat, st.shipments) == ("exporting", True, 2)
    services.status_recompute(as_of=dt.date(2025, 3, 2))
    assert ExportStatus.objects.get(enterprise=ent).status == "lapsed"
    services.status_recompute(as_of=dt.date(2025, 3, 1))
    assert ExportStatus.objects.get(enterprise=ent).status == "exporting"


def test_editing_a_verified_shipment_sends_it_back_to_verification():
    ent = make_enterprise()
    shipment = direct(ent, days_ago(5))
    d = data(
        kind="direct", enterprise_id=ent.pk, peb_number=shipment.peb_number, export_date=days_ago(6)
    )
    services.shipment_save(actor=officer(), data=d, shipment=shipment)
    shipment.refresh_from_db()
    assert shipment.verification == "pending"
    assert not ExportStatus.objects.filter(enterprise=ent).exists()


def test_regency_officer_cannot_attach_an_enterprise_of_another_regency(users):
    other = make_enterprise(regency="18.01")
    with pytest.raises(ValidationFailed):
        services.shipment_save(
            actor=users["regency_officer"], data=data(kind="direct", enterprise_id=other.pk)
        )


def test_owner_records_own_direct_export_but_cannot_verify(users):
    owner = users["enterprise_owner"]
    shipment = services.shipment_save(
        actor=owner, data=data(kind="direct", enterprise_id=owner.enterprise_id)
    )
    assert shipment.verification == "pending"
    with pytest.raises(PermissionDeniedError):
        services.shipment_verify(actor=owner, shipment=shipment, approve=True)
    with pytest.raises(PermissionDeniedError):
        services.shipment_save(
            actor=users["partner_officer"],
            data=data(kind="direct", enterprise_id=owner.enterprise_id),
        )


def test_evidence_type_is_sniffed_from_content_and_stored_under_a_server_name():
    ent = make_enterprise()
    fake = SimpleUploadedFile(
        "scan.pdf", b"<html><script>alert(1)</script>", content_type="application/pdf"
    )
    with pytest.raises(ValidationFailed):
        services.shipment_save(
            actor=officer(), data=data(kind="direct", enterprise_id=ent.pk), evidence_upload=fake
        )
    assert not Shipment.objects.exists()
    good = SimpleUploadedFile("../../etc/passwd.pdf", PDF, content_type="text/html")
    s = services.shipment_save(
        actor=officer(), data=data(kind="direct", enterprise_id=ent.pk), evidence_upload=good
    )
    assert s.evidence_type == "application/pdf"
    assert s.evidence_file.endswith(".pdf") and "passwd" not in s.evidence_file
    assert len(s.evidence_file) == 36


def test_only_changes_to_verified_exports_announce_that_figures_changed(
    django_capture_on_commit_callbacks,
):
    from siapekspor.core.signals import figures_changed

    topics = []

    def listen(sender=None, topic="", **kwargs):
        topics.append(topic)

    figures_changed.connect(listen, dispatch_uid="test-listen")
    try:
        ent = make_enterprise()
        with django_capture_on_commit_callbacks(execute=True):
            shipment = make_shipment(
                kind="direct", enterprise_id=ent.pk, export_date=days_ago(9), verified=False
            )
        assert topics == []  # a pending shipment counts nowhere yet
        with django_capture_on_commit_callbacks(execute=True):
            services.shipment_verify(actor=officer(), shipment=shipment, approve=True)
        d = data(kind="direct", enterprise_id=ent.pk, peb_number=shipment.peb_number)
        with django_capture_on_commit_callbacks(execute=True):
            services.shipment_save(actor=officer(), data=d, shipment=shipment)  # back to pending
        with django_capture_on_commit_callbacks(execute=True):
            services.shipment_delete(actor=officer(), shipment=shipment)  # pending: no change
        assert topics == ["shipments.verified", "shipments.changed"]
    finally:
        figures_changed.disconnect(dispatch_uid="test-listen")


def test_nightly_refresh_lets_statuses_lapse():
    from siapekspor.shipments.tasks import refresh_export_statuses

    ent = make_enterprise()
    direct(ent, days_ago(200))
    assert ExportStatus.objects.get(enterprise=ent).status == "exporting"
    with time_machine.travel(timezone.now() + dt.timedelta(days=200)):
        result = refresh_export_statuses.enqueue()
        assert result.return_value == {"lapsed": 1}
    assert ExportStatus.objects.get(enterprise=ent).status == "lapsed"
