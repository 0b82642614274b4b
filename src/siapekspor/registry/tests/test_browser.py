"""The registry in a real browser (Debian's chromium through Playwright): sign in, find an
enterprise, switch to Arabic (right-to-left), and use it on a phone-sized screen."""

from __future__ import annotations

import shutil

import pytest

from siapekspor.accounts.models import Role
from siapekspor.core.tests.browser import CHROMIUM
from siapekspor.registry.tests.factories import make_enterprise, make_user

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Debian chromium is not installed"),
]


def _sign_in_on_a_phone(browser, live_server, username: str):
    page = browser.new_page(viewport={"width": 390, "height": 844}, locale="id-ID")
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "pw-for-tests-1")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/")
    return page


@pytest.mark.django_db(transaction=True)
def test_officer_finds_an_enterprise_and_reads_it_in_arabic_on_a_phone(live_server, browser):
    officer = make_user(Role.PROVINCE_OFFICER, username="petugas")
    make_enterprise(officer, name="Keripik Pisang Bu Sri", regency="18.71", nik="1871014105900321")
    make_enterprise(officer, name="Kopi Robusta Liwa", regency="18.04")
    page = _sign_in_on_a_phone(browser, live_server, "petugas")
    assert page.locator("html").get_attribute("lang") == "id"
    assert page.locator(".kpi .value").first.inner_text().strip() == "2"
    assert page.locator(".barchart svg rect").count() >= 15

    page.click(".nav-toggle")
    page.click("#mainnav a[href='/registry/enterprises/']")
    page.fill("input[name=q]", "pisang")
    with page.expect_navigation():  # the search posts, then lands on the results
        page.click("form.filters button[type=submit]")
    assert "pisang" not in page.url  # the term is not in the address
    rows = page.locator("tbody tr")
    assert rows.count() == 1
    assert "187101******0321" not in page.content()  # the list shows no NIK at all
    with page.expect_navigation():  # until loaded: app.js (deferred) wires the language switch
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


@pytest.mark.django_db(transaction=True)
def test_import_progress_bar_follows_the_worker_then_offers_the_report(live_server, browser):
    from playwright.sync_api import expect

    from siapekspor.registry.models_import import BatchStatus, ImportBatch, ImportRowOutcome

    officer = make_user(Role.PROVINCE_OFFICER, username="petugas")
    batch = ImportBatch.objects.create(
        created_by=officer,
        file_name="ikm-lamsel.xlsx",
        file_sha256="ab" * 32,
        status=BatchStatus.RUNNING,
        rows_total=200,
        rows_done=50,
    )
    page = _sign_in_on_a_phone(browser, live_server, "petugas")
    page.goto(f"{live_server.url}/registry/import/batches/{batch.pk}/")
    bar = page.locator("progress#import-bar")
    assert bar.get_attribute("value") == "25"
    assert "50 / 200" in page.locator("#import-progress [data-label]").inner_text()
    assert page.locator("a[href$='/report/']").count() == 0  # no report while it runs

    # The worker reports progress: the bar moves without reloading the page.
    ImportBatch.objects.filter(pk=batch.pk).update(rows_done=150)
    expect(bar).to_have_attribute("value", "75", timeout=10_000)
    assert "150 / 200" in page.locator("#import-progress [data-label]").inner_text()

    # The worker finishes: the page reloads by itself and offers the report.
    ImportRowOutcome.objects.create(
        batch=batch,
        sheet="IKM",
        row_number=7,
        outcome="rejected",
        problems=[["NIK", "The NIK must be exactly 16 digits."]],
    )
    ImportBatch.objects.filter(pk=batch.pk).update(
        status=BatchStatus.COMPLETED, rows_done=200, created=199, rejected=1
    )
    page.wait_for_selector("a[href$='/report/']", timeout=10_000)
    assert page.locator("progress#import-bar").count() == 0
    text = page.content()
    assert "NIK harus tepat 16 digit" in text  # the reason, in Indonesian
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


@pytest.mark.django_db(transaction=True)
def test_officer_imports_a_spreadsheet_on_a_phone(live_server, browser, tmp_path):
    from siapekspor.registry.models import Enterprise
    from siapekspor.registry.tests.test_import_pipeline import row, xlsx

    make_user(Role.REGENCY_OFFICER, username="petugas-bdl", regency="18.71")
    path = tmp_path / "ikm-bandar-lampung.xlsx"
    xlsx(path, [row(1), row(2), row(3, NIK="1.87101E+15")])
    page = _sign_in_on_a_phone(browser, live_server, "petugas-bdl")

    page.goto(f"{live_server.url}/registry/import/")
    page.set_input_files("input[type=file]", str(path))
    page.fill("input[name=source]", "Disperindag Kota Bandar Lampung 2026")
    page.click("form[enctype='multipart/form-data'] button[type=submit]")
    page.wait_for_url("**/confirm/")
    assert "Keripik Maju 2" in page.locator(".import-preview").inner_text()
    assert page.locator("select#col-3").input_value() == "nik"  # "NIK" recognised
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.select_option("select#col-0", "")  # "No" is not imported
    page.click("form.import-mapping button[type=submit]")
    page.wait_for_url("**/import/batches/*/")
    counts = page.locator(".import-counts").inner_text()
    assert "2" in counts and Enterprise.objects.filter(regency_id="18.71").count() == 2
    assert "notasi ilmiah" in page.content()  # the rejected NIK's reason, in Indonesian
    with page.expect_download() as download:
        page.click("a[href$='/report/']")
    assert download.value.suggested_filename.endswith(".xlsx")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


@pytest.mark.django_db(transaction=True)
def test_confirm_page_waits_for_the_worker_then_shows_the_masked_preview(
    live_server, browser, tmp_path
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from siapekspor.core import uploads
    from siapekspor.registry.importing.batch import UPLOADS, batch_check
    from siapekspor.registry.models_import import BatchStatus, ImportBatch
    from siapekspor.registry.tests.test_import_pipeline import row, xlsx

    officer = make_user(Role.REGENCY_OFFICER, username="petugas-tunggu", regency="18.71")
    path = xlsx(tmp_path / "ikm.xlsx", [row(1), row(2)])
    stored = uploads.store(SimpleUploadedFile("ikm.xlsx", path.read_bytes()), area=UPLOADS)
    batch = ImportBatch.objects.create(
        created_by=officer,
        regency_id="18.71",
        file_name="ikm.xlsx",
        file_sha256=stored.sha256,
        stored_path=stored.name,
        status=BatchStatus.CHECKING,
    )
    page = _sign_in_on_a_phone(browser, live_server, "petugas-tunggu")
    page.goto(f"{live_server.url}/registry/import/{batch.pk}/confirm/")
    assert page.locator(".import-preview").count() == 0  # the worker has not read it yet
    batch_check(batch.pk)  # the worker
    page.wait_for_selector(".import-preview", timeout=10_000)  # the page reloaded by itself
    preview = page.locator(".import-preview").inner_text()
    assert "Keripik Maju 2" in preview and "187101******0002" in preview
    assert "1871014105900002" not in page.content()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
