"""The full journey in a real browser (Debian's chromium through Playwright, phone-sized):
owners take the self-assessment in Indonesian (stopping and resuming) and in Arabic; an officer
fills a class of 20, adds a session, marks attendance in bulk and issues the certificates."""

from __future__ import annotations

import shutil

import pytest

from siapekspor.accounts.models import Role
from siapekspor.core.tests.browser import CHROMIUM, follow
from siapekspor.readiness import services as readiness
from siapekspor.readiness.content.questionnaire_v1 import QUESTIONNAIRE
from siapekspor.registry.tests.factories import make_enterprise, make_user
from siapekspor.training import services
from siapekspor.training.models import Certificate, Signatory, TrainingClass
from siapekspor.training.tests.helpers import name_participants, set_signatory, signature_png

PASSWORD = "pw-for-tests-1"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Debian chromium is not installed"),
]


def _login(page, base, username, prefix=""):
    page.goto(f"{base}{prefix}/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    follow(page, "button[type=submit]")


def _answer_pages(page, count):
    for _ in range(count):
        for fieldset in page.locator("fieldset.question").all():
            fieldset.locator("input[type=radio]").last.check()
        follow(page, "button[name=save]")


def _no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


@pytest.mark.django_db(transaction=True)
def test_owner_self_assessment_in_indonesian_and_in_arabic(live_server, browser):
    readiness.questionnaire_load(QUESTIONNAIRE)
    pages = len(QUESTIONNAIRE["dimensions"])
    ent = make_enterprise(name="Kopi Bu Sri", regency="18.71")
    make_user(Role.ENTERPRISE_OWNER, username="sri", enterprise=ent)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    _login(page, live_server.url, "sri")
    page.goto(f"{live_server.url}/readiness/")
    assert page.locator("html").get_attribute("lang") == "id"
    page.click("form[action$='/start/'] button")
    assert "Komitmen manajemen" in page.content()
    assert _no_sideways_scroll(page)
    _answer_pages(page, 3)
    # Stop, come back later: the assessment resumes at the first unanswered page.
    page.goto(f"{live_server.url}/readiness/")
    page.click("form[action$='/start/'] button")
    assert "Legalitas dan sertifikasi" in page.locator("h2").first.inner_text()  # page 4
    assert "4" in page.locator("p.help").first.inner_text()
    _answer_pages(page, pages - 3)
    follow(page, "button[name=submit]")
    assert "Mahir" in page.locator(".result-level").inner_text()
    assert page.locator(".barchart svg rect").count() == pages

    other = make_enterprise(name="Lada Pak Hasan", regency="18.01")
    make_user(Role.ENTERPRISE_OWNER, username="hasan", enterprise=other)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    _login(page, live_server.url, "hasan", prefix="/ar")
    page.goto(f"{live_server.url}/ar/readiness/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.click("form[action$='/start/'] button")
    assert "التزام الإدارة" in page.content()
    assert _no_sideways_scroll(page)
    _answer_pages(page, pages)
    follow(page, "button[name=submit]")
    assert "متقدم" in page.locator(".result-level").inner_text()
    assert page.locator("html").get_attribute("lang") == "ar"


@pytest.mark.django_db(transaction=True)
def test_officer_fills_a_class_of_twenty_marks_attendance_and_issues_certificates(
    live_server, browser
):
    officer = make_user(Role.REGENCY_OFFICER, username="petugas", regency="18.71")
    admin = make_user(Role.ADMIN, username="admin-kelas")
    programme = services.programme_create(actor=admin, name="Kelas Ekspor", year=2026)
    cls = services.class_create(
        actor=officer,
        stage=programme.stages.get(number=1),
        level="pemula",
        name="Pemula Kota",
        regency_id="18.71",
    )
    for i in range(23):
        make_enterprise(officer, name=f"Usaha Kota {i:02d}", regency="18.71")
    page = browser.new_page(viewport={"width": 390, "height": 844})
    _login(page, live_server.url, "petugas")
    page.goto(f"{live_server.url}/training/classes/{cls.pk}/")
    follow(page, "form[action$='/propose/'] button")
    assert page.locator("input[name=enrollment]").count() == 20
    follow(page, "button[name=invite]")
    assert page.locator("#seats").inner_text().strip() == "20 / 20"
    page.fill("input[name=date]", "2026-03-03")
    page.fill("input[name=topic]", "Prosedur ekspor")
    follow(page, "button[name=add-session]")
    page.click("a[href*='/attendance/']")
    boxes = page.locator("input[name=present]")
    assert boxes.count() == 20
    assert _no_sideways_scroll(page)
    for box in boxes.all():
        box.check()
    follow(page, "button[name=save-attendance]")
    # The certificates name a person and carry the official's signature (issue 14).
    set_signatory(admin)
    name_participants(officer, cls)
    page.reload()
    follow(page, "button[name=issue]")
    assert Certificate.objects.filter(enrollment__training_class=cls).count() == 20
    cls = TrainingClass.objects.get(pk=cls.pk)
    assert cls.seats_taken == 20
    code = Certificate.objects.first().code
    assert code in page.content()
    page.goto(f"{live_server.url}/training/verify/?code={code}")
    assert page.locator("#verify-result").inner_text().count("Sertifikat sah") == 1


@pytest.mark.django_db(transaction=True)
def test_administrator_uploads_the_signatory_and_the_certificate_carries_it(
    live_server, browser, tmp_path
):
    """An administrator sets the signing official on a phone (Arabic, then Indonesian); a
    wrong file is refused with a message; the officer enters a participant's name on the
    roster, issues the certificate, and the PDF names the participant and the official."""
    import io

    from pypdf import PdfReader

    admin = make_user(Role.ADMIN, username="admin-ttd")
    officer = make_user(Role.REGENCY_OFFICER, username="petugas-ttd", regency="18.71")
    programme = services.programme_create(actor=admin, name="Kelas Ekspor", year=2026)
    cls = services.class_create(
        actor=officer,
        stage=programme.stages.get(number=1),
        level="pemula",
        name="Kelas Pemula Kota",
        regency_id="18.71",
        capacity=2,
    )
    for i in range(2):
        make_enterprise(officer, name=f"Usaha Tanda {i}", regency="18.71")
    png = tmp_path / "ttd.png"
    png.write_bytes(signature_png())
    wrong = tmp_path / "ttd.png.txt"
    wrong.write_text("bukan gambar")

    page = browser.new_page(viewport={"width": 360, "height": 800})
    _login(page, live_server.url, "admin-ttd", prefix="/ar")
    page.goto(f"{live_server.url}/ar/training/signatories/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("#no-signatory").count() == 1
    assert _no_sideways_scroll(page)
    page.fill("input[name=name]", "Dr. Ir. Evie Fatmawaty, M.M.")
    page.fill("input[name=title]", "Kepala Dinas Perindag Provinsi Lampung")
    page.set_input_files("input[name=signature]", str(wrong))
    follow(page, "button[name=save-signatory]")
    assert page.locator(".has-error .error").count() == 1
    assert not Signatory.objects.exists()
    page.set_input_files("input[name=signature]", str(png))
    follow(page, "button[name=save-signatory]")
    assert page.locator("#active-signatory").count() == 1
    # The signature image loads on the page (served after the access check).
    loaded = page.evaluate("Array.from(document.images).filter(i => i.naturalWidth > 0).length")
    assert loaded >= 1
    assert _no_sideways_scroll(page)

    page = browser.new_page(viewport={"width": 360, "height": 800})
    _login(page, live_server.url, "petugas-ttd")
    page.goto(f"{live_server.url}/training/classes/{cls.pk}/")
    follow(page, "form[action$='/propose/'] button")
    follow(page, "button[name=invite]")
    forms = page.locator("form.participant-form")
    for i in range(forms.count()):
        form = page.locator("form.participant-form").nth(i)
        form.locator("input[name=participant_name]").fill(f"Siti Aminah {'AB'[i]}")
        follow(page, form.locator("button[name=save-participant]"))
    # Masked in the list (the cell, and the field's placeholder), never in full.
    assert page.locator("td bdi", has_text="S*** A*****").count() == 2
    assert "Siti Aminah" not in page.content()
    assert _no_sideways_scroll(page)
    page.fill("input[name=date]", "2026-03-03")
    page.fill("input[name=topic]", "Prosedur ekspor")
    follow(page, "button[name=add-session]")
    page.click("a[href*='/attendance/']")
    for box in page.locator("input[name=present]").all():
        box.check()
    follow(page, "button[name=save-attendance]")
    follow(page, "button[name=issue]")
    cert = Certificate.objects.select_related("enrollment").first()
    assert Certificate.objects.count() == 2 and cert.signatory.name.startswith("Dr. Ir.")
    response = page.request.get(f"{live_server.url}/training/certificates/{cert.code}/pdf/?lang=ar")
    assert response.ok
    reader = PdfReader(io.BytesIO(response.body()))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert len(reader.pages) == 1
    assert cert.enrollment.participant_name in text and "Fatmawaty" in text
    assert sum(len(p.images) for p in reader.pages) == 1


@pytest.mark.django_db(transaction=True)
def test_partner_reads_class_names_as_text_and_future_sessions_wait(live_server, browser):
    """A partner (Arabic, desktop) sees the class catalogue with names as text, not links that
    answer 403; an officer (Indonesian, phone) sees a session still to come without an
    attendance form, and its refusal in Indonesian."""
    import datetime as dt

    from django.utils import timezone

    admin = make_user(Role.ADMIN, username="admin-mitra")
    officer = make_user(Role.REGENCY_OFFICER, username="petugas-mitra", regency="18.71")
    make_user(Role.PARTNER_OFFICER, username="mitra-lpei", partner="LPEI")
    programme = services.programme_create(actor=admin, name="Kelas Ekspor", year=2026)
    cls = services.class_create(
        actor=officer,
        stage=programme.stages.get(number=1),
        level="pemula",
        name="Kelas Pemula Teluk",
        regency_id="18.71",
    )
    later = services.session_add(
        actor=officer,
        training_class=cls,
        date=timezone.localdate() + dt.timedelta(days=5),
        topic="Incoterms",
    )

    page = browser.new_page(viewport={"width": 1280, "height": 800})
    _login(page, live_server.url, "mitra-lpei", prefix="/ar")
    page.goto(f"{live_server.url}/ar/training/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".class-name", has_text="Kelas Pemula Teluk").count() == 1
    assert page.locator(f"a[href$='/training/classes/{cls.pk}/']").count() == 0

    page = browser.new_page(viewport={"width": 390, "height": 844})
    _login(page, live_server.url, "petugas-mitra")
    page.goto(f"{live_server.url}/training/")
    follow(page, f"a[href$='/training/classes/{cls.pk}/']")
    assert page.locator(f"a[href$='/training/sessions/{later.pk}/attendance/']").count() == 0
    assert "kehadiran dibuka pada harinya" in page.content()
    page.goto(f"{live_server.url}/training/sessions/{later.pk}/attendance/")
    assert page.locator("#session-to-come").count() == 1
    assert page.locator("button[name=save-attendance]").count() == 0
    assert _no_sideways_scroll(page)
    page.goto(f"{live_server.url}/training/classes/{cls.pk}/")
    follow(page, "button[name=issue]")
    assert "Sertifikat belum dapat diterbitkan" in page.content()
