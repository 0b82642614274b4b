"""The public inquiry form, its confirmation and routing, replies in the buyer's language and
the lead pipeline up to the shipment it produced."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.core import mail
from django.core.management import call_command

from siapekspor.accounts.models import Role
from siapekspor.buyers import selectors, services
from siapekspor.buyers.models import Inquiry, Reply, Stage
from siapekspor.buyers.tests.factories import make_product
from siapekspor.catalogue.tests.helpers import publish
from siapekspor.registry.tests.factories import make_enterprise, make_user
from siapekspor.shipments.services import ShipmentData, shipment_save


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what a request or service leaves for after the commit (mail, the reply task)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def setting(users):
    """A product of an enterprise in 18.71 with an owner account and the regency officer."""
    enterprise = make_enterprise(regency="18.71", name="Kopi Tanggamus Jaya")
    owner = make_user(Role.ENTERPRISE_OWNER, enterprise=enterprise)
    owner.email = "owner@example.id"
    officer = users["regency_officer"]
    officer.email = "officer@example.id"
    for u in (owner, officer):
        u.save(update_fields=["email"])
    product = make_product(users["admin"], enterprise, "090111", "Kopi robusta biji", 5000)
    publish(owner, product)  # inquiries reach products published in the catalogue
    return {"enterprise": enterprise, "owner": owner, "officer": officer, "product": product}


def _form(**overrides):
    values = {
        "company": "Tokyo Coffee Trading",
        "country": "JPN",
        "contact_name": "Hiroshi Tanaka",
        "email": "hiroshi@example.jp",
        "quantity": "2000",
        "unit": "kg",
        "message": "We would like 2 tonnes of robusta every month.",
        "website": "",
    }
    values.update(overrides)
    return values


def _link(message) -> str:
    return re.search(r"https?://\S+/inquiry/confirm/\S+/", message.body).group(0)


def test_inquiry_is_routed_only_after_the_email_is_confirmed(client, setting, commit):
    product = setting["product"]
    with commit():
        response = client.post(f"/en/buyers/inquiry/?product={product.pk}", _form())
    assert response.status_code == 200
    inquiry = Inquiry.objects.get()
    assert inquiry.language == "en" and inquiry.confirmed_at is None
    assert "hiroshi" not in inquiry.email_sealed  # sealed
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["hiroshi@example.jp"]
    link = _link(mail.outbox[0])
    # Not visible to the owner before confirmation.
    assert not selectors.inquiry_list(setting["owner"]).exists()
    path = link.split("testserver", 1)[1]
    assert client.get(path).status_code == 200  # a mail scanner's GET confirms nothing
    assert Inquiry.objects.get().confirmed_at is None
    with commit():
        assert client.post(path).status_code == 200
    assert Inquiry.objects.get().confirmed_at is not None
    routed = mail.outbox[1]
    assert sorted(routed.to) == ["officer@example.id", "owner@example.id"]
    assert "Tokyo Coffee Trading" in routed.body and "robusta" in routed.body
    assert "Belum diterjemahkan" in routed.body  # Indonesian frame, the buyer's words marked
    with commit():
        client.post(path)  # confirming again routes nothing more
    assert len(mail.outbox) == 2
    assert list(selectors.inquiry_list(setting["owner"])) == [inquiry]
    assert client.post("/buyers/inquiry/confirm/not-a-token/").status_code == 404


def test_honeypot_records_nothing_but_answers_like_success(client, setting, commit):
    with commit():
        response = client.post(
            f"/buyers/inquiry/?product={setting['product'].pk}", _form(website="http://spam")
        )
    assert response.status_code == 200
    assert not Inquiry.objects.exists() and not mail.outbox


def test_inquiries_are_rate_limited_per_client_address(client, setting, settings):
    settings.INQUIRY_ADDRESS_LIMIT = 2
    url = f"/buyers/inquiry/?product={setting['product'].pk}"
    codes = [client.post(url, _form()).status_code for _ in range(4)]
    assert codes == [200, 200, 429, 429]
    assert Inquiry.objects.count() == 2
    other = client.post(url, _form(), REMOTE_ADDR="10.9.9.9")
    assert other.status_code == 200  # another address has its own limit


def test_confirmation_mails_are_limited_per_recipient_mailbox(client, setting, settings, commit):
    """Anyone may type anyone's address: however many client addresses send, one mailbox gets
    at most INQUIRY_EMAIL_LIMIT confirmation mails an hour (+tags and case do not help)."""
    settings.INQUIRY_EMAIL_LIMIT = 2
    url = f"/buyers/inquiry/?product={setting['product'].pk}"
    emails = ["victim@example.test", "Victim+1@EXAMPLE.test", "victim+2@example.test"]
    with commit():
        codes = [
            client.post(url, _form(email=email), REMOTE_ADDR=f"10.1.0.{i}").status_code
            for i, email in enumerate(emails, start=1)
        ]
    assert codes == [200, 200, 429]
    assert Inquiry.objects.count() == 2 and len(mail.outbox) == 2
    refused = client.post(url, _form(email="victim@example.test"), REMOTE_ADDR="10.1.0.9")
    assert refused.status_code == 429
    assert "Terlalu banyak permintaan dikirim ke alamat surel ini" in refused.content.decode()
    assert (
        client.post(url, _form(email="other@example.test"), REMOTE_ADDR="10.1.0.9").status_code
        == 200
    )


def test_an_ipv6_client_is_limited_by_its_64(client, setting, settings):
    settings.INQUIRY_ADDRESS_LIMIT = 2
    url = f"/buyers/inquiry/?product={setting['product'].pk}"
    codes = [
        client.post(
            url, _form(email=f"b{i}@example.test"), REMOTE_ADDR=f"2001:db8:16::{i}"
        ).status_code
        for i in range(1, 5)
    ]
    assert codes == [200, 200, 429, 429]
    other = client.post(url, _form(email="b9@example.test"), REMOTE_ADDR="2001:db8:17::1")
    assert other.status_code == 200


def test_the_site_takes_at_most_its_hourly_number_of_inquiries(client, setting, settings):
    settings.INQUIRY_HOURLY_LIMIT = 3
    url = f"/buyers/inquiry/?product={setting['product'].pk}"
    codes = [
        client.post(url, _form(email=f"d{i}@example.test"), REMOTE_ADDR=f"10.2.0.{i}").status_code
        for i in range(1, 6)
    ]
    assert codes == [200, 200, 200, 429, 429]
    assert Inquiry.objects.count() == 3
    refused = client.post(url, _form(email="d9@example.test"), REMOTE_ADDR="10.2.0.9")
    assert "SiapEkspor sedang menerima terlalu banyak permintaan" in refused.content.decode()


def test_mailbox_folds_case_and_plus_tags():
    assert services.mailbox(" Victim+Spam@Example.TEST ") == "victim@example.test"
    assert services.mailbox("a.b@example.test") == "a.b@example.test"


def test_unknown_product_or_bad_input_never_500(client, setting):
    assert client.get("/buyers/inquiry/").status_code == 404
    assert client.get("/buyers/inquiry/?product=99999999999999999999").status_code == 404
    assert client.get("/buyers/inquiry/?product=abc").status_code == 404
    response = client.post(
        f"/buyers/inquiry/?product={setting['product'].pk}", _form(email="x", quantity="-3")
    )
    assert response.status_code == 200 and not Inquiry.objects.exists()
    assert response.context["form"].errors


def test_only_a_product_published_in_the_catalogue_takes_inquiries(setting, users):
    from siapekspor.catalogue.services import listing_withdraw

    product = setting["product"]
    assert services.inquiry_product(product.pk) == product
    listing = services.listing_for_product(product.pk)
    listing_withdraw(actor=setting["owner"], listing=listing)
    assert services.listing_for_product(product.pk) is None
    assert services.inquiry_product(product.pk) is None


def _confirmed_inquiry(setting, commit, language="en") -> Inquiry:
    with commit():
        inquiry = _submit(setting, language)
    token = _link(mail.outbox[-1]).rstrip("/").rsplit("/", 1)[1]
    with commit():
        services.inquiry_confirm(token=token)
    inquiry.refresh_from_db()
    return inquiry


def _submit(setting, language):
    return services.inquiry_submit(
        data=services.InquiryData(
            product_id=setting["product"].pk,
            company="Tokyo Coffee Trading",
            country="JPN",
            contact_name="Hiroshi Tanaka",
            email="hiroshi@example.jp",
            message="Kami ingin kopi robusta",
            language=language,
            quantity=Decimal(2000),
            unit="kg",
        ),
        ip_address="10.1.1.1",
        confirm_url=lambda token: f"http://testserver/buyers/inquiry/confirm/{token}/",
    )


def test_reply_without_a_model_goes_out_in_indonesian_with_a_note(client, setting, commit):
    inquiry = _confirmed_inquiry(setting, commit, language="ja")
    client.force_login(setting["owner"])
    response = client.get(f"/buyers/inquiries/{inquiry.pk}/")
    assert response.status_code == 200
    mail.outbox.clear()
    with commit():
        response = client.post(
            f"/buyers/inquiries/{inquiry.pk}/", {"text": "Kami bisa mengirim 2 ton per bulan."}
        )
    assert response.status_code == 302
    reply = Reply.objects.get()
    assert reply.sent_at is not None and reply.sent_language == "ja" and not reply.sent_machine
    sent = mail.outbox[0]
    assert sent.to == ["hiroshi@example.jp"]
    assert "Kami bisa mengirim 2 ton per bulan." in sent.body
    assert "インドネシア語" in sent.body  # the note, in Japanese: no translation available yet


@pytest.mark.slow
def test_reply_is_sent_machine_translated_in_the_buyers_language(
    setting, settings, tmp_path, commit
):
    from siapekspor.translation.tests.tinymodel import build_package

    settings.MT_DIR = tmp_path / "mt"
    call_command("mt", "install", str(build_package(tmp_path, "id", "en", seed=3)), verbosity=0)
    inquiry = _confirmed_inquiry(setting, commit, language="en")
    mail.outbox.clear()
    with commit():
        services.reply_post(
            actor=setting["owner"], inquiry=inquiry, text="kopi robusta dari lampung"
        )
    reply = Reply.objects.get()
    assert reply.sent_machine and reply.sent_language == "en"
    body = mail.outbox[0].body
    assert body.startswith("Machine-translated from Indonesian")
    assert "kopi robusta dari lampung" in body  # the authoritative original follows


def test_lead_moves_forward_to_the_shipment_it_produced(setting, users, commit):
    inquiry = _confirmed_inquiry(setting, commit)
    owner = setting["owner"]
    services.lead_advance(actor=owner, inquiry=inquiry, stage=Stage.SAMPLE)
    services.lead_advance(actor=owner, inquiry=inquiry, stage=Stage.ORDER)
    from siapekspor.core.errors import ValidationFailed

    with pytest.raises(ValidationFailed):
        services.lead_advance(actor=owner, inquiry=inquiry, stage=Stage.SAMPLE)
    with pytest.raises(ValidationFailed):  # the last step needs the shipment
        services.lead_advance(actor=owner, inquiry=inquiry, stage=Stage.SHIPMENT)
    other = make_enterprise(regency="18.71")
    stranger = shipment_save(actor=users["admin"], data=_shipment("PEB-OTHER", other.pk))
    with pytest.raises(ValidationFailed):  # not this enterprise's shipment
        services.lead_advance(
            actor=users["admin"], inquiry=inquiry, stage=Stage.SHIPMENT, shipment_id=stranger.pk
        )
    shipment = shipment_save(
        actor=users["admin"], data=_shipment("PEB-1", setting["enterprise"].pk)
    )
    services.lead_advance(
        actor=owner, inquiry=inquiry, stage=Stage.SHIPMENT, shipment_id=shipment.pk
    )
    inquiry.refresh_from_db()
    assert inquiry.shipment_id == shipment.pk
    assert selectors.lead_shipment_ids() == {shipment.pk}


def test_lead_stage_page_links_the_shipment(client, setting, users, commit):
    inquiry = _confirmed_inquiry(setting, commit)
    shipment = shipment_save(
        actor=users["admin"], data=_shipment("PEB-2", setting["enterprise"].pk)
    )
    client.force_login(users["regency_officer"])
    response = client.post(
        f"/buyers/inquiries/{inquiry.pk}/stage/", {"stage": "shipment", "shipment": shipment.pk}
    )
    assert response.status_code == 302
    page = client.get(f"/buyers/inquiries/{inquiry.pk}/")
    assert "PEB-2" in page.content.decode()


def test_inquiries_are_scoped(setting, users, commit):
    inquiry = _confirmed_inquiry(setting, commit)
    other_owner = users["enterprise_owner"]  # owns another enterprise
    assert not selectors.inquiry_list(other_owner).filter(pk=inquiry.pk).exists()
    assert not selectors.inquiry_list(users["partner_officer"]).exists()
    far = make_user(Role.REGENCY_OFFICER, regency="18.01")
    assert not selectors.inquiry_list(far).exists()
    assert selectors.inquiry_list(users["province_officer"]).filter(pk=inquiry.pk).exists()


def _shipment(peb: str, enterprise_id: int) -> ShipmentData:
    return ShipmentData(
        peb_number=peb,
        export_date=dt.date(2026, 3, 1),
        hs_code="090111",
        destination="JPN",
        fob_usd=Decimal(10000),
        fob_idr=Decimal(160_000_000),
        quantity=Decimal(2000),
        unit="kg",
        enterprise_id=enterprise_id,
        buyer="Tokyo Coffee Trading",
    )
