"""Referrals: consent first, the partner's updates as history, reminders once, suggestions
from readiness gaps and the outcome counts for the funnel and the monthly report."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from siapekspor.accounts.models import Role
from siapekspor.core.errors import ConflictError, PermissionDeniedError, ValidationFailed
from siapekspor.partners import selectors, services
from siapekspor.partners.models import Referral
from siapekspor.partners.tests.factories import advance, consent_to, organisation, refer
from siapekspor.registry.tests.factories import make_enterprise, make_user


@pytest.fixture
def lpei_officer(db):
    user = make_user(Role.PARTNER_OFFICER, partner="LPEI")
    user.email = "analis@lpei.example"
    user.save(update_fields=["email"])
    return user


def test_a_referral_needs_the_owners_consent_for_that_purpose(users):
    enterprise = make_enterprise()
    officer = users["province_officer"]
    with pytest.raises(ValidationFailed):
        refer(enterprise, officer, "LPEI", "kur")
    consent_to(enterprise, "LPEI", "coaching")
    with pytest.raises(ValidationFailed):  # coaching consent does not cover financing
        refer(enterprise, officer, "LPEI", "kur")
    assert refer(enterprise, officer, "LPEI", "lpei_coaching").purpose == "coaching"
    with pytest.raises(PermissionDeniedError):
        refer(enterprise, users["partner_officer"], "LPEI", "lpei_coaching")


def test_partner_moves_the_referral_on_and_history_keeps_each_step(users, lpei_officer, client):
    enterprise = make_enterprise()
    consent_to(enterprise, "LPEI", "financing")
    referral = refer(enterprise, users["province_officer"])
    client.force_login(lpei_officer)
    url = f"/partners/referrals/{referral.pk}/"
    assert client.get(url).status_code == 200
    assert client.post(url, {"status": "accepted", "note": "Dokumen lengkap"}).status_code == 302
    assert client.post(url, {"status": "declined"}).status_code == 200  # no reason: refused
    services.referral_update(actor=lpei_officer, referral=referral, status="in_process")
    services.referral_update(
        actor=lpei_officer, referral=referral, status="approved", amount=Decimal(250_000_000)
    )
    services.referral_update(actor=lpei_officer, referral=referral, status="disbursed")
    referral.refresh_from_db()
    assert referral.status == "disbursed" and referral.amount == Decimal(250_000_000)
    steps = [u.status for u in selectors.referral_history(referral)]
    assert steps == ["sent", "accepted", "in_process", "approved", "disbursed"]
    with pytest.raises(ConflictError):  # closed
        services.referral_update(actor=lpei_officer, referral=referral, status="in_process")


def test_decline_needs_a_reason_and_amount_only_for_financing(users, lpei_officer):
    enterprise = make_enterprise()
    consent_to(enterprise, "LPEI", "coaching")
    referral = refer(enterprise, users["province_officer"], "LPEI", "lpei_coaching")
    advance(referral, lpei_officer, "in_process")
    with pytest.raises(ValidationFailed):
        services.referral_update(
            actor=lpei_officer, referral=referral, status="approved", amount=Decimal(1000)
        )
    with pytest.raises(ValidationFailed):
        services.referral_update(actor=lpei_officer, referral=referral, status="declined")
    services.referral_update(
        actor=lpei_officer, referral=referral, status="declined", reason="Kuota penuh"
    )
    assert Referral.objects.get(pk=referral.pk).decline_reason == "Kuota penuh"


def test_withdrawal_hides_the_referral_from_the_partner_at_once(users, lpei_officer, client):
    enterprise = make_enterprise()
    consent = consent_to(enterprise, "LPEI", "financing")
    referral = refer(enterprise, users["province_officer"])
    client.force_login(lpei_officer)
    assert client.get(f"/partners/referrals/{referral.pk}/").status_code == 200
    services.consent_withdraw(actor=enterprise.owner_accounts.get(), consent=consent)
    assert client.get(f"/partners/referrals/{referral.pk}/").status_code == 404
    assert client.get("/partners/").status_code == 200
    with pytest.raises(PermissionDeniedError):
        services.referral_update(actor=lpei_officer, referral=referral, status="accepted")


def test_deadline_reminder_is_sent_once(users, lpei_officer):
    enterprise = make_enterprise()
    consent_to(enterprise, "LPEI", "financing")
    officer = users["province_officer"]
    officer.email = "dinas@example.go.id"
    officer.save(update_fields=["email"])
    refer(enterprise, officer)
    later = timezone.localdate() + dt.timedelta(days=15)
    assert services.referrals_remind(today=timezone.localdate()) == 0
    assert services.referrals_remind(today=later) == 1
    assert services.referrals_remind(today=later) == 0
    recipients = sorted(a for m in mail.outbox for a in m.to)
    assert recipients == ["analis@lpei.example", "dinas@example.go.id"]
    assert enterprise.name in mail.outbox[0].subject


def test_outcome_counts_for_the_funnel(users, lpei_officer):
    financed, coached, declined = make_enterprise(), make_enterprise(), make_enterprise()
    for e in (financed, declined):
        consent_to(e, "LPEI", "financing")
    consent_to(coached, "LPEI", "coaching")
    officer = users["province_officer"]
    r1 = refer(financed, officer)
    advance(r1, lpei_officer, "approved")
    r2 = refer(coached, officer, "LPEI", "lpei_coaching")
    services.referral_update(actor=lpei_officer, referral=r2, status="accepted")
    r3 = refer(declined, officer)
    services.referral_update(actor=lpei_officer, referral=r3, status="declined", reason="Agunan")
    assert selectors.referral_outcome_counts() == {
        "referred": 3,
        "financed": 1,
        "coached_by_lpei": 1,
        "declined": 1,
    }
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    assert selectors.referral_outcome_counts(since=tomorrow)["referred"] == 0


def test_financing_gaps_in_readiness_become_suggestions(users, client):
    from siapekspor.readiness import services as readiness
    from siapekspor.readiness.content.questionnaire_v1 import QUESTIONNAIRE

    readiness.questionnaire_load(QUESTIONNAIRE)
    owner = users["enterprise_owner"]
    answers = {
        q["code"]: (q.get("options") or [("belum",)])[0][0]
        for d in QUESTIONNAIRE["dimensions"]
        for q in d["questions"]
    }
    assessment, _new = readiness.assessment_start(actor=owner, enterprise=owner.enterprise)
    readiness.assessment_answer(actor=owner, assessment=assessment, answers=answers)
    readiness.assessment_submit(actor=owner, assessment=assessment)
    officer = users["province_officer"]
    from siapekspor.registry.access import enterprise_scope

    suggestions = selectors.referral_suggestions(enterprise_scope(officer))
    pairs = {(s.enterprise, s.organisation.code): s for s in suggestions}
    assert len(pairs) == len(suggestions)  # one suggestion per enterprise and partner
    lpei = pairs[(owner.enterprise, "LPEI")]
    assert lpei.kind == "working_capital" and "LPEI" in lpei.next_step
    assert not lpei.consented
    client.force_login(officer)
    assert "LPEI" in client.get("/partners/").content.decode()
    consent_to(owner.enterprise, "LPEI", "financing")
    refer(owner.enterprise, officer)
    left = selectors.referral_suggestions(enterprise_scope(officer))
    assert "LPEI" not in {s.organisation.code for s in left}
    assert organisation("LPEI").referrals.count() == 1


@pytest.mark.parametrize("prefix", ["", "/ar"])
def test_referral_history_shows_24_hour_times_and_money_as_the_app_does(
    users, lpei_officer, client, prefix
):
    from django.utils import formats, translation

    from siapekspor.core.forms import show_number

    enterprise = make_enterprise()
    consent_to(enterprise, "LPEI", "financing")
    referral = refer(enterprise, users["province_officer"])
    for status in ("accepted", "in_process"):
        services.referral_update(actor=lpei_officer, referral=referral, status=status)
    services.referral_update(
        actor=lpei_officer, referral=referral, status="approved", amount=Decimal(500_000_000)
    )
    client.force_login(lpei_officer)
    html = " ".join(
        client.get(f"{prefix}/partners/referrals/{referral.pk}/").content.decode().split()
    )
    language = prefix.strip("/") or "id"
    with translation.override(language):
        for update in selectors.referral_history(referral):
            when = formats.date_format(timezone.localtime(update.created_at), "DATETIME_FORMAT")
            assert when in html
        money = show_number(Decimal(500_000_000))
    assert " م<" not in html and " ص<" not in html and "p.m." not in html
    assert "Rp 500" not in html  # the label names the currency
    assert f'<bdi class="amount">{money}</bdi>' in html
