"""Partners' outcomes and the forum's leads in the figures: linking a lead to a verified
shipment and financing or coaching an enterprise through a referral change the funnel, the
monthly report's xlsx and its paragraph by themselves (the announcement rebuilds the snapshot;
no command is run)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone, translation

from siapekspor.accounts.models import Role
from siapekspor.buyers import services as buyers
from siapekspor.buyers.models import Stage
from siapekspor.buyers.tests.factories import make_product
from siapekspor.catalogue.tests.helpers import publish
from siapekspor.partners import services as partners
from siapekspor.partners.tests.factories import consent_to, refer
from siapekspor.registry.tests.factories import make_enterprise, make_user
from siapekspor.reporting import selectors, services
from siapekspor.reporting.narrative import paragraph
from siapekspor.reporting.tests.test_support_figures import _funnel, _xlsx
from siapekspor.shipments.services import ShipmentData, shipment_save, shipment_verify

pytestmark = pytest.mark.django_db


def _lead(users, enterprise, commit):
    """A confirmed buyer inquiry for the enterprise's product (the start of a lead)."""
    product = make_product(users["admin"], enterprise, "090111", "Kopi robusta biji", 5000)
    publish(users["admin"], product)  # inquiries reach products published in the catalogue
    with commit(execute=True):
        inquiry = buyers.inquiry_submit(
            data=buyers.InquiryData(
                product_id=product.pk,
                company="Tokyo Coffee Trading",
                country="JPN",
                contact_name="Hiroshi Tanaka",
                email="hiroshi@example.jp",
                message="Kami ingin kopi robusta",
                language="en",
                quantity=Decimal(2000),
                unit="kg",
            ),
            ip_address="10.1.1.1",
            confirm_url=lambda token: f"http://testserver/buyers/inquiry/confirm/{token}/",
        )
    from django.core import mail

    token = mail.outbox[-1].body.split("/inquiry/confirm/")[1].split("/")[0]
    with commit(execute=True):
        buyers.inquiry_confirm(token=token)
    inquiry.refresh_from_db()
    return inquiry


def test_a_lead_shipment_and_a_disbursed_referral_change_the_figures(
    client, users, django_capture_on_commit_callbacks
):
    commit = django_capture_on_commit_callbacks
    officer, admin = users["province_officer"], users["admin"]
    ent = make_enterprise(regency="18.71", name="Kopi Tanggamus Jaya")
    owner = make_user(Role.ENTERPRISE_OWNER, enterprise=ent)
    today = timezone.localdate()
    with commit(execute=True):
        shipment = shipment_save(
            actor=admin,
            data=ShipmentData(
                peb_number="PEB-LEAD-1",
                export_date=today - dt.timedelta(days=1),
                hs_code="090111",
                destination="JPN",
                fob_usd=Decimal(10000),
                fob_idr=Decimal(160_000_000),
                quantity=Decimal(2000),
                unit="kg",
                enterprise_id=ent.pk,
                buyer="Tokyo Coffee Trading",
            ),
        )
        shipment_verify(actor=admin, shipment=shipment, approve=True)
    services.rebuild_indicators()
    client.force_login(officer)
    before = _funnel(officer)
    assert (before["financed"], before["coached"], before["lead_export"]) == (0, 0, 0)
    assert before["first_export"] >= 1
    assert _xlsx(client)["Exported through a forum lead"] == 0

    # The lead reaches its last step with the (verified) shipment it produced.
    inquiry = _lead(users, ent, commit)
    with commit(execute=True):
        buyers.lead_advance(
            actor=owner, inquiry=inquiry, stage=Stage.SHIPMENT, shipment_id=shipment.pk
        )
    assert _funnel(officer)["lead_export"] == 1
    assert _funnel(users["partner_officer"])["lead_export"] == 1  # the aggregate

    # A financing referral approved, then disbursed; a coaching one accepted by LPEI.
    lpei = make_user(Role.PARTNER_OFFICER, partner="LPEI")
    consent_to(ent, "LPEI", "financing")
    consent_to(ent, "LPEI", "coaching")
    financing = refer(ent, officer)
    with commit(execute=True):
        partners.referral_update(actor=lpei, referral=financing, status="accepted")
    assert _funnel(officer)["financed"] == 0  # accepted is not financed yet
    with commit(execute=True):
        partners.referral_update(actor=lpei, referral=financing, status="in_process")
        partners.referral_update(actor=lpei, referral=financing, status="approved")
        partners.referral_update(actor=lpei, referral=financing, status="disbursed")
    assert _funnel(officer)["financed"] == 1
    coaching = refer(ent, officer, "LPEI", "lpei_coaching")
    with commit(execute=True):
        partners.referral_update(actor=lpei, referral=coaching, status="accepted")
    after = _funnel(officer)
    assert (after["financed"], after["coached"], after["lead_export"]) == (1, 1, 1)

    report = _xlsx(client)
    assert report["Financed"] == 1 and report["Coached by LPEI"] == 1
    assert report["summary"]["Exported through a forum lead"] == 1
    assert report["summary"]["Financed, first in the month"] == 1
    data = selectors.monthly_data(officer, selectors.Filters())
    assert (data["month"]["financed"], data["month"]["coached"]) == (1, 1)
    with translation.override("id"):
        text = " ".join(paragraph(data))
    assert "1 usaha memperoleh pembiayaan" in text, text
