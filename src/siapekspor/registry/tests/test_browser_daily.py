"""Issue 13 (items 4–7, the daily office work) as a user sees them, in Debian's chromium, on a phone (360×780) and on
a desktop: the enterprise picker and Indonesian numbers on the shipment form, the audit
history in words, the officer's to-do list, the password change."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from siapekspor.accounts.models import Role
from siapekspor.core.tests.browser import CHROMIUM
from siapekspor.registry.models import HsCode
from siapekspor.registry.services import product_save
from siapekspor.registry.tests.factories import make_enterprise, make_user
from siapekspor.shipments.models import Shipment
from siapekspor.shipments.tests.factories import direct

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Debian chromium is not installed"),
]
VIEWPORTS = {"phone": {"width": 360, "height": 780}, "desktop": {"width": 1280, "height": 900}}


def _sign_in(browser, live_server, username: str, viewport: str):
    page = browser.new_page(viewport=VIEWPORTS[viewport], locale="id-ID")
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "pw-for-tests-1")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/")
    return page


def _no_sideways_scroll(page):
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
@pytest.mark.django_db(transaction=True)
def test_a_shipment_is_recorded_with_names_and_indonesian_numbers(live_server, browser, viewport):
    officer = make_user(Role.REGENCY_OFFICER, username="petugas", regency="18.71")
    ent = make_enterprise(officer, name="Kopi Bubuk Sinar Jaya", regency="18.71")
    product_save(
        actor=officer,
        enterprise=ent,
        hs_code=HsCode.objects.get(code="090121"),
        name="Kopi bubuk robusta",
    )
    make_enterprise(name="Kopi Luwak Liwa", regency="18.04")  # outside the scope
    page = _sign_in(browser, live_server, "petugas", viewport)
    page.goto(f"{live_server.url}/shipments/new/")
    page.fill("input[name=peb_number]", "000777/2026")
    page.select_option("select[name=kind]", "direct")
    page.fill("#id_enterprise", "kopi")
    options = page.locator("#id_enterprise-list [role=option]")
    options.first.wait_for()
    assert options.count() == 1  # Kopi Luwak Liwa is another regency's
    assert "Kopi Bubuk Sinar Jaya" in options.first.inner_text()
    options.first.click()
    assert page.input_value("input[name=enterprise]") == str(ent.pk)
    assert page.locator("#hs-choices option").first.get_attribute("value") == "0901.21"
    assert page.input_value("input[name=hs_code]") == "0901.21"  # the only product: filled in
    page.fill("input[name=export_date]", "2026-03-02")
    page.select_option("select[name=destination]", "MYS")
    page.fill("input[name=fob_usd]", "1.200,50")
    page.fill("input[name=fob_idr]", "Rp 19,5 juta")
    page.fill("input[name=quantity]", "1.500")
    _no_sideways_scroll(page)
    with page.expect_navigation():
        page.click("form.card button[type=submit]")
    shipment = Shipment.objects.get(peb_number="000777/2026")
    assert (str(shipment.fob_usd), str(shipment.fob_idr), str(shipment.quantity)) == (
        "1200.50",
        "19500000",
        "1500.000",
    )
    assert shipment.enterprise_id == ent.pk
    assert "Kopi Bubuk Sinar Jaya" in page.content()
    _no_sideways_scroll(page)


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
@pytest.mark.django_db(transaction=True)
def test_the_officer_home_history_and_password(live_server, browser, viewport):
    officer = make_user(Role.REGENCY_OFFICER, username="petugas2", regency="18.71")
    ent = make_enterprise(officer, name="Tapis Ibu Ani", regency="18.71")
    direct(ent, dt.date.today() - dt.timedelta(days=2), verified=False)
    page = _sign_in(browser, live_server, "petugas2", viewport)
    todo = page.locator(".todo-list li")
    assert todo.count() >= 1 and "Pengiriman yang perlu diverifikasi" in todo.first.inner_text()
    _no_sideways_scroll(page)
    with page.expect_navigation():
        todo.first.locator("a").click()
    assert "verification=pending" in page.url

    page.goto(f"{live_server.url}/registry/enterprises/{ent.pk}/edit/")
    page.fill("input[name=annual_revenue]", "350.000.000")
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    history = page.locator("ol.history").inner_text()
    assert "Data usaha diubah" in history and "Usaha didaftarkan" in history
    assert "registry." not in history
    page.goto(f"{live_server.url}/registry/enterprises/{ent.pk}/edit/")
    assert page.input_value("input[name=annual_revenue]") == "350.000.000"  # the reader's locale
    _no_sideways_scroll(page)

    page.goto(f"{live_server.url}/accounts/profile/")
    with page.expect_navigation():
        page.click("a[href='/accounts/password/']")
    page.fill("input[name=old_password]", "pw-for-tests-1")
    page.fill("input[name=new_password1]", "Tapis-Ibu-Ani-2026")
    page.fill("input[name=new_password2]", "Tapis-Ibu-Ani-2026")
    _no_sideways_scroll(page)
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    assert page.url.endswith("/accounts/profile/")
    officer.refresh_from_db()
    assert officer.check_password("Tapis-Ibu-Ani-2026")
