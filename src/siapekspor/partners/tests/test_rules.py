"""Rules found in a user walkthrough: one consent in force per enterprise × organisation ×
purpose (a newer text replaces the older one), a referral's status moves only forward along
one table, and free text (notes, reasons) refuses control characters by the registry's rule."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.utils import timezone, translation

from siapekspor.accounts.models import Role
from siapekspor.core.errors import ConflictError, ValidationFailed
from siapekspor.core.models import AuditEntry
from siapekspor.partners import selectors, services
from siapekspor.partners.models import (
    REFERRAL_NEXT,
    Consent,
    ConsentText,
    Referral,
    ReferralStatus,
    ReferralUpdate,
    referral_next_statuses,
)
from siapekspor.partners.tests.factories import advance, consent_to, organisation, refer
from siapekspor.registry.tests.factories import make_enterprise, make_user
from siapekspor.registry.validation import CONTROL_CHARACTERS

pytestmark = pytest.mark.django_db
CONTROL = "ctl\u0000\u0007\u001b[31m"


@pytest.fixture
def lpei(db):
    return make_user(Role.PARTNER_OFFICER, partner="LPEI")


# ---- 3. the same consent twice ------------------------------------------------------------


def test_the_same_consent_twice_is_refused_in_the_service_and_on_the_page(client):
    enterprise = make_enterprise()
    first = consent_to(enterprise, "LPEI", "financing")
    with pytest.raises(ConflictError) as refused:
        consent_to(enterprise, "LPEI", "financing")
    assert "LPEI" in str(refused.value)
    client.force_login(enterprise.owner_accounts.get())
    page = client.post(
        "/partners/consents/new/?purpose=financing",
        {"organisation": organisation("LPEI").pk, "agree": "on"},
    )
    assert page.status_code == 200  # the form again, with the reason
    assert "Anda sudah menyetujui LPEI untuk tujuan ini" in page.content.decode()
    assert list(Consent.objects.filter(enterprise=enterprise)) == [first]
    # Another purpose or organisation is a new consent; after a withdrawal, so is the same.
    consent_to(enterprise, "LPEI", "coaching")
    consent_to(enterprise, "OJK", "financing")
    services.consent_withdraw(actor=enterprise.owner_accounts.get(), consent=first)
    consent_to(enterprise, "LPEI", "financing")
    assert Consent.objects.filter(enterprise=enterprise).count() == 4


def test_the_same_consent_twice_through_the_api_is_409(users, api_client):
    owner = users["enterprise_owner"]
    api = api_client.as_user(owner)
    body = {
        "organisation": "LPEI",
        "purpose": "financing",
        "text_version": selectors.current_text("financing").version,
    }
    assert api.post("/api/v1/me/consents", body, HTTP_IDEMPOTENCY_KEY="one").status_code == 201
    again = api.post("/api/v1/me/consents", body, HTTP_IDEMPOTENCY_KEY="two")
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "conflict"
    assert "LPEI" in again.json()["error"]["message"]
    assert Consent.objects.filter(enterprise=owner.enterprise).count() == 1


def test_a_consent_under_a_newer_text_replaces_the_older_one_audited(db):
    enterprise = make_enterprise()
    owner = make_user(Role.ENTERPRISE_OWNER, enterprise=enterprise)
    old = consent_to(enterprise, "LPEI", "financing")
    newer = ConsentText.objects.create(
        purpose="financing", version=old.text.version + 1, texts=dict(old.text.texts)
    )
    new = services.consent_give(
        actor=owner,
        enterprise=enterprise,
        organisation=organisation("LPEI"),
        purpose="financing",
        text=newer,
        language="id",
    )
    old.refresh_from_db()
    assert old.withdrawn_at is not None and old.withdrawn_by == owner
    assert selectors.consent_for(enterprise.pk, organisation("LPEI").pk, "financing") == new
    assert new.text == newer
    withdrawal = AuditEntry.objects.get(action="partners.consent.withdraw", target_id=str(old.pk))
    assert f"text version {newer.version}" in withdrawal.reason
    assert AuditEntry.objects.filter(action="partners.consent.give").count() == 2


def _stored_forms() -> set[str]:
    from siapekspor.partners.uploads import CONSENT_FORMS

    folder = CONSENT_FORMS.path
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


SIGNED = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_a_paper_consent_follows_the_one_in_force_rule_on_the_page(users, client):
    # The owner consented in the app; an officer then uploads a signed paper form for the
    # same organisation and purpose: refused in Indonesian, naming the consent in force and
    # its dates, nothing stored. Another purpose is recorded.
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.utils import formats

    enterprise = make_enterprise(regency="18.71", name="Keripik Pisang Bu Ani")
    in_force = consent_to(enterprise, "LPEI", "financing")
    client.force_login(users["regency_officer"])
    url = f"/partners/enterprises/{enterprise.pk}/consents/"
    files_before = _stored_forms()

    def record(purpose: str):
        return client.post(
            url,
            {
                "organisation": organisation("LPEI").pk,
                "purpose": purpose,
                "form_file": SimpleUploadedFile("form.pdf", SIGNED),
            },
        )

    refused = record("financing")
    assert refused.status_code == 200  # the form again, with the reason
    page = re.sub(r"\s+", " ", refused.content.decode())
    with translation.override("id"):
        given = formats.date_format(timezone.localtime(in_force.given_at), "DATE_FORMAT")
        until = formats.date_format(in_force.expires_on, "DATE_FORMAT")
    assert (
        f"Keripik Pisang Bu Ani sudah menyetujui LPEI untuk tujuan ini: persetujuan yang "
        f"diberikan pada {given} berlaku sampai {until}"
    ) in page
    assert list(Consent.objects.filter(enterprise=enterprise)) == [in_force]
    assert _stored_forms() == files_before  # the refused form was not kept
    assert record("coaching").status_code == 302
    assert Consent.objects.filter(enterprise=enterprise, method="form").count() == 1


def test_a_paper_consent_twice_is_refused_and_under_a_newer_text_replaces(users):
    from django.core.files.uploadedfile import SimpleUploadedFile

    enterprise = make_enterprise(regency="18.71")
    officer = users["regency_officer"]

    def record():
        return services.consent_record(
            actor=officer,
            enterprise=enterprise,
            organisation=organisation("BPOM"),
            purpose="certification",
            form=SimpleUploadedFile("form.pdf", SIGNED),
            language="id",
        )

    first = record()
    with pytest.raises(ConflictError) as refused:
        record()
    assert "BPOM" in str(refused.value)
    # a newer text of the purpose: the paper consent to it replaces the older one (audited),
    # exactly as the owner's consent in the app does
    newer = ConsentText.objects.create(
        purpose="certification", version=first.text.version + 1, texts=dict(first.text.texts)
    )
    second = record()
    first.refresh_from_db()
    assert first.withdrawn_at is not None and first.withdrawn_by == officer
    assert second.text == newer and second.withdrawn_at is None
    assert selectors.consent_for(enterprise.pk, organisation("BPOM").pk, "certification") == second
    withdrawal = AuditEntry.objects.get(action="partners.consent.withdraw", target_id=str(first.pk))
    assert f"text version {newer.version}" in withdrawal.reason
    # and the owner's consent in the app to the text in force is refused in turn
    with pytest.raises(ConflictError):
        consent_to(enterprise, "BPOM", "certification")


# ---- 4. referral status moves only forward -----------------------------------------------


def test_the_transition_table():
    assert REFERRAL_NEXT["sent"] == ("accepted", "declined")
    assert REFERRAL_NEXT["accepted"] == ("in_process", "declined")
    assert REFERRAL_NEXT["in_process"] == ("approved", "declined")
    assert REFERRAL_NEXT["approved"] == ("disbursed", "declined")
    assert referral_next_statuses("approved") == ("approved", "disbursed", "declined")
    assert referral_next_statuses("disbursed") == referral_next_statuses("declined") == ()
    # Every status is in the table, and no move goes back to "sent".
    assert set(REFERRAL_NEXT) == set(ReferralStatus.values)
    assert all("sent" not in moves for moves in REFERRAL_NEXT.values())


def test_a_status_cannot_go_backwards_nor_skip_in_the_service(users, lpei):
    enterprise = make_enterprise()
    consent_to(enterprise, "LPEI", "financing")
    referral = refer(enterprise, users["province_officer"])
    with pytest.raises(ConflictError) as skipped:
        services.referral_update(actor=lpei, referral=referral, status="approved")
    with translation.override("id"):
        assert "Diterima" in str(skipped.value.message)  # names the allowed next statuses
    advance(referral, lpei, "approved", amount=Decimal(500_000_000))
    for back in ("sent", "accepted", "in_process"):
        with pytest.raises(ConflictError):
            services.referral_update(actor=lpei, referral=referral, status=back)
    # A note keeps the status; an empty "update" that changes nothing is refused.
    services.referral_update(actor=lpei, referral=referral, status="approved", note="Akad besok")
    with pytest.raises(ValidationFailed):
        services.referral_update(actor=lpei, referral=referral, status="approved")
    referral.refresh_from_db()
    assert referral.status == "approved"
    assert [u.status for u in selectors.referral_history(referral)][-2:] == [
        "approved",
        "approved",
    ]


def test_a_status_going_backwards_through_the_api_is_409(users, lpei, api_client):
    enterprise = make_enterprise()
    consent_to(enterprise, "LPEI", "financing")
    referral = advance(refer(enterprise, users["province_officer"]), lpei, "approved")
    lines = ReferralUpdate.objects.filter(referral=referral).count()
    api = api_client.as_user(lpei)
    url = f"/api/v1/partners/referrals/{referral.pk}/updates"
    back = api.post(url, {"status": "accepted"}, HTTP_IDEMPOTENCY_KEY="back-1")
    assert back.status_code == 409
    assert back.json()["error"]["code"] == "conflict"
    assert Referral.objects.get(pk=referral.pk).status == "approved"
    assert ReferralUpdate.objects.filter(referral=referral).count() == lines
    ahead = api.post(url, {"status": "disbursed"}, HTTP_IDEMPOTENCY_KEY="ahead-1")
    assert ahead.status_code == 201


def test_the_form_offers_only_the_allowed_next_statuses(users, lpei, client):
    enterprise = make_enterprise()
    consent_to(enterprise, "LPEI", "financing")
    referral = advance(refer(enterprise, users["province_officer"]), lpei, "accepted")
    client.force_login(lpei)
    url = f"/partners/referrals/{referral.pk}/"
    html = client.get(url).content.decode()
    select = re.search(r'<select name="status".*?</select>', html, re.S)
    assert select is not None
    assert re.findall(r'value="([a-z_]+)"', select.group(0)) == [
        "accepted",
        "in_process",
        "declined",
    ]
    # A tampered post of a status not offered is refused by the form, nothing written.
    assert client.post(url, {"status": "disbursed"}).status_code == 200
    assert Referral.objects.get(pk=referral.pk).status == "accepted"
    assert client.post(url, {"status": "in_process"}).status_code == 302
    assert Referral.objects.get(pk=referral.pk).status == "in_process"


# ---- 5. control characters in free text --------------------------------------------------


def test_control_characters_are_refused_in_notes_and_reasons(users, lpei):
    enterprise = make_enterprise()
    consent = consent_to(enterprise, "LPEI", "financing")
    officer = users["province_officer"]
    deadline = timezone.localdate() + dt.timedelta(days=7)
    with pytest.raises(ValidationFailed) as bad_note:
        services.referral_create(
            actor=officer,
            enterprise=enterprise,
            organisation=organisation("LPEI"),
            kind="working_capital",
            deadline=deadline,
            note=CONTROL,
        )
    assert bad_note.value.field == "note"
    assert str(bad_note.value.message) == str(CONTROL_CHARACTERS)  # the registry's one rule
    assert not Referral.objects.exists()
    # Line breaks and tabs in a note are fine and kept.
    referral = services.referral_create(
        actor=officer,
        enterprise=enterprise,
        organisation=organisation("LPEI"),
        kind="working_capital",
        deadline=deadline,
        note="Baris satu\r\n\tBaris dua",
    )
    assert referral.note == "Baris satu\r\n\tBaris dua"
    with pytest.raises(ValidationFailed):
        services.referral_update(actor=lpei, referral=referral, status="accepted", note=CONTROL)
    with pytest.raises(ValidationFailed):
        services.referral_update(actor=lpei, referral=referral, status="declined", reason=CONTROL)
    assert ReferralUpdate.objects.filter(referral=referral).count() == 1
    with pytest.raises(ValidationFailed):
        services.consent_withdraw(
            actor=enterprise.owner_accounts.get(), consent=consent, reason=CONTROL
        )
    consent.refresh_from_db()
    assert consent.withdrawn_at is None


def test_control_characters_through_the_api_and_the_page(users, lpei, api_client, client):
    enterprise = make_enterprise(regency="18.71")
    consent_to(enterprise, "LPEI", "financing")
    officer = users["province_officer"]
    api = api_client.as_user(officer)
    body = {
        "enterprise_id": enterprise.pk,
        "organisation": "LPEI",
        "kind": "working_capital",
        "deadline": (timezone.localdate() + dt.timedelta(days=7)).isoformat(),
        "note": CONTROL,
    }
    r = api.post("/api/v1/partners/referrals", body, HTTP_IDEMPOTENCY_KEY="ctl-1")
    assert r.status_code == 400
    assert r.json()["error"]["details"][0]["field"] == "note"
    assert not Referral.objects.exists()
    referral = refer(enterprise, officer)
    partner_api = api_client.as_user(lpei)
    r = partner_api.post(
        f"/api/v1/partners/referrals/{referral.pk}/updates",
        {"status": "accepted", "note": CONTROL},
        HTTP_IDEMPOTENCY_KEY="ctl-2",
    )
    assert r.status_code == 400
    client.force_login(lpei)
    page = client.post(
        f"/partners/referrals/{referral.pk}/", {"status": "accepted", "note": CONTROL}
    )
    assert page.status_code == 200
    assert "Hapus karakter kontrol" in page.content.decode()
    assert ReferralUpdate.objects.filter(referral=referral).count() == 1
    # The owner's withdrawal page with such a reason: a message, nothing withdrawn, no 500.
    consent = Consent.objects.get(enterprise=enterprise)
    client.force_login(enterprise.owner_accounts.get())
    answer = client.post(
        f"/partners/consents/{consent.pk}/withdraw/", {"reason": CONTROL}, follow=True
    )
    assert answer.status_code == 200
    assert "Hapus karakter kontrol" in answer.content.decode()
    consent.refresh_from_db()
    assert consent.withdrawn_at is None


def test_bidi_overrides_are_refused_like_control_characters(db):
    """U+202E makes a note display in another order than it is stored: refused by the one
    control-character rule (registry.validation), marks such as U+200F are kept."""
    from siapekspor.core.errors import ValidationFailed
    from siapekspor.partners.services import free_text

    with pytest.raises(ValidationFailed):
        free_text("catatan \u202eadmin", field="note", maximum=500)
    assert free_text("\u200fملاحظة", field="note", maximum=500) == "\u200fملاحظة"
