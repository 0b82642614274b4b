"""An owner at phone width (360 px), in Indonesian and in Arabic: the checklist, then a
certificate with its evidence, then a request for help — without sideways scrolling."""

from __future__ import annotations

import shutil

import pytest

from siapekspor.accounts.models import Role
from siapekspor.compliance import content, services
from siapekspor.compliance.models import AssistanceCase, Certificate
from siapekspor.core.tests.browser import CHROMIUM, follow
from siapekspor.registry.tests.factories import make_enterprise, make_user

PASSWORD = "pw-for-tests-1"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Debian chromium is not installed"),
]


def _no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


@pytest.mark.django_db(transaction=True)
def test_owner_checklist_certificate_and_help_at_phone_width(live_server, browser, tmp_path):
    admin = make_user(Role.ADMIN)
    services.requirements_load(actor=admin, data=content.builtin())
    ent = make_enterprise(admin, name="Lada Hitam Bu Ani", regency="18.04")
    make_user(Role.ENTERPRISE_OWNER, username="ani", enterprise=ent)
    page = browser.new_page(viewport={"width": 360, "height": 780})
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", "ani")
    page.fill("input[name=password]", PASSWORD)
    follow(page, "button[type=submit]")

    page.goto(f"{live_server.url}/compliance/checklist/?hs=090411&market=USA&date=2026-03-02")
    assert "Sertifikat Cs-137 (Import Alert 99-52)" in page.content()
    assert _no_sideways_scroll(page)
    page.goto(f"{live_server.url}/ar/compliance/checklist/?hs=090411&market=USA&date=2026-03-02")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert "شهادة السيزيوم-137" in page.content()
    assert _no_sideways_scroll(page)

    page.goto(f"{live_server.url}/compliance/enterprises/{ent.pk}/")
    assert _no_sideways_scroll(page)
    evidence = tmp_path / "haccp.pdf"
    evidence.write_bytes(PDF)
    form = page.locator("form[enctype='multipart/form-data']")
    form.locator("select[name=document]").select_option(label="Sertifikat HACCP")
    form.locator("input[name=number]").fill("HACCP-01")
    form.locator("input[name=evidence]").set_input_files(str(evidence))
    follow(page, form.locator("button[type=submit]"))
    assert "HACCP-01" in page.content()
    assert Certificate.objects.get().evidence_file

    help_form = page.locator("form[action$='/cases/']")
    help_form.locator("select[name=document]").select_option(
        label="Registrasi fasilitas pangan FDA"
    )
    follow(page, help_form.locator("button[type=submit]"))
    assert AssistanceCase.objects.get().enterprise == ent
    assert _no_sideways_scroll(page)
