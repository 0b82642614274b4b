"""The registry in a real browser (Debian's chromium through Playwright): sign in, find an
enterprise, switch to Arabic (right-to-left), and use it on a phone-sized screen."""

from __future__ import annotations

import os
import shutil

import pytest

from siapekspor.accounts.models import Role
from siapekspor.registry.tests.factories import make_enterprise, make_user

CHROMIUM = "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Debian chromium is not installed"),
]


@pytest.fixture
def browser():
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield instance
        instance.close()


@pytest.mark.django_db(transaction=True)
def test_officer_finds_an_enterprise_and_reads_it_in_arabic_on_a_phone(live_server, browser):
    officer = make_user(Role.PROVINCE_OFFICER, username="petugas")
    make_enterprise(officer, name="Keripik Pisang Bu Sri", regency="18.71",
                    nik="1871014105900321")
    make_enterprise(officer, name="Kopi Robusta Liwa", regency="18.04")
    page = browser.new_page(viewport={"width": 390, "height": 844}, locale="id-ID")
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", "petugas")
    page.fill("input[name=password]", "pw-for-tests-1")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/")
    assert page.locator("html").get_attribute("lang") == "id"
    assert page.locator(".kpi .value").first.inner_text().strip() == "2"
    assert page.locator(".barchart svg rect").count() >= 15

    page.click(".nav-toggle")
    page.click("#mainnav a[href='/registry/enterprises/']")
    page.fill("input[name=q]", "pisang")
    page.click("form.filters button[type=submit]")
    rows = page.locator("tbody tr")
    assert rows.count() == 1
    assert "187101******0321" not in page.content()  # the list shows no NIK at all
    rows.locator("a").first.click()
    assert "187101******0321" in page.content()
    assert "1871014105900321" not in page.content()
    # No horizontal scrolling on a phone.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")

    with page.expect_navigation(url="**/ar/registry/enterprises/**"):
        page.select_option("#lang", "ar")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    assert "/ar/registry/enterprises/" in page.url
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
