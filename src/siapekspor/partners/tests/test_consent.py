"""Consent decides what a partner officer sees: exactly the consenting enterprises, for the
purpose consented, until withdrawn or expired; personal data masked; every opening audited."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from siapekspor.accounts.models import Role
from siapekspor.core import i18n
from siapekspor.core.errors import PermissionDeniedError, ValidationFailed
from siapekspor.core.models import AuditEntry
from siapekspor.partners import selectors, services
from siapekspor.partners.models import Consent, ConsentText, Organisation
from siapekspor.partners.tests.factories import consent_to, organisation
from siapekspor.registry.access import Area, enterprise_scope
from siapekspor.registry.tests.factories import make_enterprise, make_user

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def partner(db):
    return make_user(Role.PARTNER_OFFICER, partner="LPEI")


def test_seeded_organisations_and_texts_in_every_language(db):
    codes = set(Organisation.objects.values_list("code", flat=True))
    assert {"LPEI", "OJK", "BI", "BPJPH", "BPOM", "BEACUKAI", "BARANTIN"} <= codes
    for text in ConsentText.objects.all():
        assert set(text.texts) == set(i18n.codes())
        assert all(v.strip() for v in text.texts.values())


def test_partner_sees_exactly_the_consenting_enterprises(partner, client):
    consenting = make_enterprise(name="Kopi Setuju", owner_name="Siti Aminah Rahayu")
    silent = make_enterprise(name="Kopi Diam")
    other_org = make_enterprise(name="Kopi OJK")
    consent = consent_to(consenting, "LPEI")
    consent_to(other_org, "OJK")
    assert list(enterprise_scope(partner, Area.PROFILE)) == [consenting]

    client.force_login(partner)
    page = client.get(f"/registry/enterprises/{consenting.pk}/")
    assert page.status_code == 200
    assert "Siti Aminah Rahayu" not in page.content.decode()  # masked, never revealed
    assert client.get(f"/registry/enterprises/{silent.pk}/").status_code == 404
    assert client.get(f"/registry/enterprises/{other_org.pk}/").status_code == 404
    assert AuditEntry.objects.filter(
        action="partners.enterprise.disclose", target_id=str(consenting.pk), actor=partner
    ).exists()

    # Withdrawn: gone at once, on the page and in the API.
    owner = consenting.owner_accounts.get()
    services.consent_withdraw(actor=owner, consent=consent)
    assert client.get(f"/registry/enterprises/{consenting.pk}/").status_code == 404
    assert list(enterprise_scope(partner, Area.PROFILE)) == []


def test_purpose_and_expiry_bound_the_consent(partner):
    enterprise = make_enterprise()
    consent_to(enterprise, "LPEI", "coaching")
    org = organisation("LPEI").pk
    assert list(selectors.consented_enterprise_ids(org, "coaching")) == [enterprise.pk]
    assert list(selectors.consented_enterprise_ids(org, "financing")) == []
    later = timezone.now() + dt.timedelta(days=400)  # past the default one-year expiry
    assert list(selectors.consented_enterprise_ids(org, on=later)) == []
    Consent.objects.filter(enterprise=enterprise).update(
        expires_on=timezone.localdate() - dt.timedelta(days=1)
    )
    assert list(enterprise_scope(partner, Area.PROFILE)) == []


def test_owner_gives_consent_to_the_exact_text_shown(db, client):
    enterprise = make_enterprise()
    owner = make_user(Role.ENTERPRISE_OWNER, enterprise=enterprise)
    client.force_login(owner)
    page = client.get("/partners/consents/new/?purpose=financing")
    text = selectors.current_text("financing")
    assert text is not None and text.texts["id"] in page.content.decode()
    response = client.post(
        "/partners/consents/new/?purpose=financing",
        {"organisation": organisation("LPEI").pk, "agree": "on"},
    )
    assert response.status_code == 302
    consent = Consent.objects.get(enterprise=enterprise)
    assert (consent.text, consent.method, consent.purpose) == (text, "app", "financing")
    assert consent.expires_on == timezone.localdate() + dt.timedelta(days=365)
    # Without ticking "I agree" nothing is recorded.
    client.post(
        "/partners/consents/new/?purpose=coaching", {"organisation": organisation("OJK").pk}
    )
    assert Consent.objects.count() == 1


def test_officer_records_a_signed_form(users, client):
    enterprise = make_enterprise(regency="18.71")
    officer = users["regency_officer"]
    client.force_login(officer)
    url = f"/partners/enterprises/{enterprise.pk}/consents/"
    bad = client.post(
        url,
        {
            "organisation": organisation("BPOM").pk,
            "purpose": "certification",
            "form_file": SimpleUploadedFile("form.pdf", b"MZ not a pdf"),
        },
    )
    assert bad.status_code == 200 and not Consent.objects.exists()
    ok = client.post(
        url,
        {
            "organisation": organisation("BPOM").pk,
            "purpose": "certification",
            "form_file": SimpleUploadedFile("form.pdf", PDF),
        },
    )
    assert ok.status_code == 302
    consent = Consent.objects.get()
    assert consent.method == "form" and consent.form_file.endswith(".pdf")
    download = client.get(f"/partners/consents/{consent.pk}/form/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF


def test_only_the_owner_gives_consent_in_the_app(users):
    enterprise = make_enterprise()
    text = selectors.current_text("financing")
    with pytest.raises(PermissionDeniedError):
        services.consent_give(
            actor=users["province_officer"],
            enterprise=enterprise,
            organisation=organisation("LPEI"),
            purpose="financing",
            text=text,
            language="id",
        )


def test_expiry_in_the_past_is_refused(db):
    enterprise = make_enterprise()
    with pytest.raises(ValidationFailed):
        consent_to(enterprise, expires_on=timezone.localdate() - dt.timedelta(days=1))


def test_existing_text_values_link_to_organisations(db):
    user = make_user(Role.PARTNER_OFFICER, partner="lpei")
    assert selectors.organisation_id_of(user) == organisation("LPEI").pk


def test_withdrawing_asks_first_then_withdraws_at_once(partner, client):
    # GET shows what withdrawing means (organisation, purpose, immediate effect) with a reason
    # field, a confirm button and a way back; only the POST withdraws. The partner's access
    # ends with it. Another owner and the partner officer never see the page.
    enterprise = make_enterprise(name="Kopi Setuju")
    owner = make_user(Role.ENTERPRISE_OWNER, enterprise=enterprise)
    consent = consent_to(enterprise, "LPEI", "financing")
    url = f"/partners/consents/{consent.pk}/withdraw/"
    client.force_login(owner)
    page = client.get(url)
    assert page.status_code == 200
    html = " ".join(page.content.decode().split())
    lpei = organisation("LPEI")
    assert (
        f"<bdi>{lpei.name}</bdi> (<bdi>LPEI</bdi>) saat itu juga tidak dapat lagi melihat" in html
    )
    assert "data <bdi>Kopi Setuju</bdi> untuk tujuan “Pembiayaan”" in html
    assert 'name="reason"' in html and 'id="confirm-withdraw"' in html
    assert 'href="/partners/"' in html  # keep the consent: back home
    consent.refresh_from_db()
    assert consent.withdrawn_at is None  # reading the page withdraws nothing
    # the partner sees the enterprise until the owner confirms
    client.force_login(partner)
    assert client.get(f"/partners/consents/{consent.pk}/withdraw/").status_code == 403
    assert enterprise.pk in set(selectors.consented_enterprise_ids(lpei.pk, "financing"))
    other_owner = make_user(Role.ENTERPRISE_OWNER, enterprise=make_enterprise())
    client.force_login(other_owner)
    assert client.get(url).status_code == 404
    assert client.post(url, {"reason": "x"}).status_code == 404
    client.force_login(owner)
    done = client.post(url, {"reason": "Tidak jadi mengajukan pembiayaan"})
    assert done.status_code == 302 and done["Location"] == "/partners/"
    consent.refresh_from_db()
    assert consent.withdrawn_at is not None
    assert enterprise.pk not in set(selectors.consented_enterprise_ids(lpei.pk, "financing"))
    entry = AuditEntry.objects.get(action="partners.consent.withdraw", target_id=str(consent.pk))
    assert entry.reason == "Tidak jadi mengajukan pembiayaan"
    # afterwards the page says there is nothing to withdraw, with no confirm button
    again = client.get(url).content.decode()
    assert "sudah tidak berlaku" in again and 'id="confirm-withdraw"' not in again


def test_an_officer_withdrawing_is_sent_back_to_the_enterprise_consents(users, client):
    enterprise = make_enterprise(regency="18.71")
    consent = consent_to(enterprise, "OJK", "coaching")
    client.force_login(users["regency_officer"])
    url = f"/partners/consents/{consent.pk}/withdraw/"
    html = client.get(url).content.decode()
    assert "atas permintaan pemilik" in html
    assert f'href="/partners/enterprises/{enterprise.pk}/consents/"' in html
    done = client.post(url, {})
    assert done["Location"] == f"/partners/enterprises/{enterprise.pk}/consents/"
    consent.refresh_from_db()
    assert consent.withdrawn_at is not None


def _withdrawable(language_prefix=""):
    enterprise = make_enterprise(name="Kopi Tarik")
    owner = make_user(Role.ENTERPRISE_OWNER, enterprise=enterprise)
    consent = consent_to(enterprise, "LPEI", "financing")
    return owner, consent, f"{language_prefix}/partners/consents/{consent.pk}/withdraw/"


@pytest.mark.parametrize(
    ("prefix", "words"),
    [("", "Teks lebih dari 500 karakter."), ("/ar", "النص أطول من 500 حرف.")],
)
def test_a_reason_too_long_is_refused_in_the_readers_language(db, client, prefix, words):
    owner, _consent, url = _withdrawable(prefix)
    client.force_login(owner)
    page = client.post(url, {"reason": "x" * 501})
    assert page.status_code == 200
    assert words in page.content.decode()
    assert "longer than" not in page.content.decode()


def test_a_refused_reason_is_shown_back_without_its_control_characters(db, client):
    owner, consent, url = _withdrawable()
    client.force_login(owner)
    page = client.post(url, {"reason": "Tidak jadi\x1b[31m\x07 lagi"})
    html = page.content.decode()
    assert page.status_code == 200 and "karakter kontrol" in html
    assert "\x1b" not in html and "\x07" not in html
    assert 'value="Tidak jadi[31m lagi"' in html
    consent.refresh_from_db()
    assert consent.withdrawn_at is None


@pytest.mark.parametrize(
    ("prefix", "words"),
    [("", "Persetujuan ini sudah ditarik pada"), ("/ar", "سبق سحب هذه الموافقة في")],
)
def test_withdrawing_twice_says_it_was_already_withdrawn(db, client, prefix, words):
    owner, consent, url = _withdrawable(prefix)
    client.force_login(owner)
    client.post(url, {"reason": "Pertama"}, follow=True)  # its message shown and gone
    consent.refresh_from_db()
    first = consent.withdrawn_at
    again = client.post(url, {"reason": "Kedua"}, follow=True)
    html = again.content.decode()
    assert words in html
    assert "tidak lagi melihat data" not in html and "لم يعد الشريك" not in html
    consent.refresh_from_db()
    assert consent.withdrawn_at == first
    assert AuditEntry.objects.filter(action="partners.consent.withdraw").count() == 1


def test_a_withdrawn_consent_shows_its_withdrawal_not_its_validity(db, client):
    from django.utils import formats

    owner, consent, url = _withdrawable()
    client.force_login(owner)
    client.post(url, {})
    consent.refresh_from_db()
    html = " ".join(client.get("/partners/").content.decode().split())
    withdrawn = formats.date_format(timezone.localtime(consent.withdrawn_at), "DATE_FORMAT")
    expires = formats.date_format(consent.expires_on, "DATE_FORMAT")
    assert f"ditarik pada {withdrawn}" in html
    assert expires not in html
    # Its withdrawal page, opened again, no longer asks: it says when it was withdrawn.
    page = " ".join(client.get(url).content.decode().split())
    assert "<h1>Persetujuan ini sudah tidak berlaku</h1>" in page
    assert "Tarik persetujuan ini?" not in page and expires not in page
    assert withdrawn in page and 'id="confirm-withdraw"' not in page


@pytest.mark.parametrize(("prefix", "separator"), [("", ", "), ("/ar", "، "), ("/ja", "、")])
def test_text_version_and_method_are_joined_with_the_languages_separator(
    db, client, prefix, separator
):
    owner, _consent, _url = _withdrawable()
    client.force_login(owner)
    html = " ".join(client.get(f"{prefix}/partners/").content.decode().split())
    joined = html.split('<td data-label="', 3)[2]  # the purpose cell of the consent
    assert separator.strip() in joined.split("</small>")[0]
    if prefix == "/ar":
        assert ", " not in joined.split("</small>")[0]
