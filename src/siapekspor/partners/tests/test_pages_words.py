"""What the partners pages say and how they order it: the consent's own words for withdrawing
(not the training catalogue's "Mundur"), names isolated for right-to-left readers, amounts
grouped, one date format per page, the "I agree" box beside its words."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.utils import formats, timezone, translation

from siapekspor.accounts.models import Role
from siapekspor.partners import services
from siapekspor.partners.tests.factories import advance, consent_to, refer
from siapekspor.registry.tests.factories import make_enterprise, make_user

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("prefix", "button", "status", "wrong"),
    [
        ("", "Tarik persetujuan", "Ditarik", ("Mundur", "Mengundurkan diri")),
        ("/ar", "سحب الموافقة", "مسحوبة", ("انسحاب", "منسحب")),
        ("/en", "Withdraw consent", "Withdrawn", ()),
        ("/fr", "Retirer le consentement", "Retiré", ()),
        ("/zh-hans", "撤回同意", "已撤回", ()),
        ("/ja", "同意を撤回する", "撤回済み", ()),
    ],
)
def test_the_owner_withdraws_a_consent_in_words_about_consent(
    client, prefix, button, status, wrong
):
    enterprise = make_enterprise()
    owner = make_user(Role.ENTERPRISE_OWNER, enterprise=enterprise)
    consent_to(enterprise, "LPEI", "financing")
    old = consent_to(enterprise, "OJK", "coaching")
    services.consent_withdraw(actor=owner, consent=old)
    client.force_login(owner)
    html = client.get(f"{prefix}/partners/").content.decode()
    assert f">{button}</a>" in html  # leads to the confirmation page
    # the status says withdrawn; the date column gives the withdrawal's date, not the validity
    assert f'class="consent-status">{status}</td>' in html
    old.refresh_from_db()
    with translation.override(prefix.strip("/") or "id"):
        withdrawn = formats.date_format(timezone.localtime(old.withdrawn_at), "DATE_FORMAT")
        expires = formats.date_format(old.expires_on, "DATE_FORMAT")
    assert re.search(rf"<td [^>]*>[^<]*{re.escape(withdrawn)}[^<]*</td>", html)
    assert html.count(f">{expires}</td>") == 1  # the consent in force only
    for word in wrong:
        assert word not in html


def test_arabic_referral_page_isolates_names_groups_amounts_and_keeps_one_date_format(
    users, client
):
    lpei = make_user(Role.PARTNER_OFFICER, partner="LPEI")
    enterprise = make_enterprise(name="Kopi Robusta Tanggamus")
    consent_to(enterprise, "LPEI", "financing")
    referral = advance(
        refer(enterprise, users["province_officer"]), lpei, "approved", amount=Decimal(750_000_000)
    )
    client.force_login(lpei)
    html = client.get(f"/ar/partners/referrals/{referral.pk}/").content.decode()
    h1 = re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)
    # Both names isolated; the arrow points the way an Arabic reader reads (right to left).
    assert "<bdi>Kopi Robusta Tanggamus</bdi>" in h1 and "<bdi>LPEI</bdi>" in h1
    assert "←" in h1 and "→" not in h1
    assert "750,000,000" in html and "750000000" not in html
    # the amount after the currency's label (no "Rp" beside a label saying روبية)
    assert 'المبلغ (روبية): <bdi class="amount">750,000,000</bdi>' in html
    assert "Rp 750" not in html
    # The deadline and the history use the same date format (day, month name, year).
    deadline = referral.deadline.day
    assert re.search(rf"<dd>{deadline} \S+، \d{{4}}</dd>", html)
    today = timezone.localdate()
    history = re.findall(r"<time datetime=\"[^\"]+\">([^<]+)</time>", html)
    assert history and all(
        t.startswith(f"{today.day} ") and f"، {today.year}" in t for t in history
    )
    assert not re.search(r"\d+/\d+/\d{4}", html)  # no 11/29/2026 beside 24/11/2026
    # In Indonesian the arrow reads left to right and the amount is grouped the Indonesian way.
    html_id = client.get(f"/partners/referrals/{referral.pk}/").content.decode()
    assert "→" in re.search(r"<h1>(.*?)</h1>", html_id, re.S).group(1)
    assert "750.000.000" in html_id


def test_arabic_partner_home_isolates_the_organisation_names(client):
    lpei = make_user(Role.PARTNER_OFFICER, partner="LPEI")
    client.force_login(lpei)
    html = client.get("/ar/partners/").content.decode()
    assert "<bdi>LPEI</bdi> (<bdi>" in html
    assert "((Indonesia" not in html


def test_the_i_agree_box_sits_beside_its_words(client):
    owner = make_user(Role.ENTERPRISE_OWNER, enterprise=make_enterprise())
    client.force_login(owner)
    for prefix in ("", "/ar"):
        html = client.get(f"{prefix}/partners/consents/new/?purpose=coaching").content.decode()
        label = re.search(r'<label class="choice" for="id_agree">(.*?)</label>', html, re.S)
        assert label is not None
        assert 'type="checkbox" name="agree"' in label.group(1)
        assert "partners/partners.css" in html


def test_the_lists_are_cards_on_a_phone(users, client):
    """Each cell names its column (data-label) for the phone layout of partners.css."""
    lpei = make_user(Role.PARTNER_OFFICER, partner="LPEI")
    enterprise = make_enterprise()
    owner = make_user(Role.ENTERPRISE_OWNER, enterprise=enterprise)
    consent_to(enterprise, "LPEI", "financing")
    refer(enterprise, users["province_officer"])
    client.force_login(lpei)
    html = client.get("/partners/").content.decode()
    assert '<table class="stack referrals">' in html
    assert 'data-label="Status" class="referral-status">Terkirim</td>' in html
    client.force_login(owner)
    html = client.get("/partners/").content.decode()
    assert '<table class="stack consents">' in html
    assert 'data-label="Status" class="consent-status">Berlaku</td>' in html
