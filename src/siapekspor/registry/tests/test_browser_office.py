"""The registry as an office uses it, in a real browser (issue 13): the API docs offline,
finding an owner by phone, sorting, districts that follow the regency, the KBLI list, the
duplicate warning at the door and the duplicate-detection progress bar — on a phone-sized
(360×780) and a desktop viewport."""

from __future__ import annotations

import pytest

from siapekspor.accounts.models import Role
from siapekspor.core.tests.browser import CHROMIUM
from siapekspor.registry.tests.factories import make_enterprise, make_user

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not __import__("shutil").which(CHROMIUM), reason="no Debian chromium"),
]
PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 900}
VIEWPORTS = pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])


def _open(browser, live_server, viewport, username=None):
    context = browser.new_context(viewport=viewport, locale="id-ID")
    page = context.new_page()
    foreign: list[str] = []
    page.on(
        "request",
        lambda r: (
            None
            if r.url.startswith(live_server.url) or r.url.startswith("data:")
            else foreign.append(r.url)
        ),
    )
    violations: list[str] = []
    page.on(
        "console",
        lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None,
    )
    if username:
        page.goto(f"{live_server.url}/accounts/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", "pw-for-tests-1")
        page.click("button[type=submit]")
        page.wait_for_url(f"{live_server.url}/")
    return page, foreign, violations


def _fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


@VIEWPORTS
@pytest.mark.django_db(transaction=True)
def test_api_docs_render_the_operations_with_nothing_from_another_host(
    live_server,
    browser,
    viewport,
):
    page, foreign, violations = _open(browser, live_server, viewport)
    page.goto(f"{live_server.url}/api/v1/docs")
    page.wait_for_selector(".opblock", timeout=20_000)
    assert page.locator(".opblock").count() > 20
    assert page.get_by_text("/api/v1/enterprises/search").count() >= 1
    assert foreign == [] and violations == []


@VIEWPORTS
@pytest.mark.django_db(transaction=True)
def test_officer_finds_an_owner_by_phone_and_sorts_the_list(
    live_server,
    browser,
    viewport,
):
    make_user(Role.PROVINCE_OFFICER, username="petugas")
    make_enterprise(name="Keripik Pisang Bu Sri", phone="081278225627", regency="18.71")
    for name in ("Abon Ikan", "Batik Tapis", "Zaitun Kopi"):
        make_enterprise(name=name, regency="18.04")
    page, foreign, violations = _open(browser, live_server, viewport, "petugas")
    page.goto(f"{live_server.url}/registry/enterprises/")
    page.fill("input[name=q]", "+62 812-7822-5627")
    with page.expect_navigation():
        page.click("form.filters button[type=submit]")
    assert "7822" not in page.url
    rows = page.locator("tbody tr")
    assert rows.count() == 1 and "Keripik Pisang Bu Sri" in rows.first.inner_text()
    assert "7822" not in page.locator("table").inner_text()
    assert _fits(page)
    with page.expect_download() as download:  # the list as found, masked
        page.click(".export-form button[type=submit]")
    assert download.value.suggested_filename == "ikm-export.xlsx"

    page.goto(f"{live_server.url}/registry/enterprises/")
    with page.expect_navigation():
        page.click("th a.sort >> nth=0")  # business name, A→Z
    with page.expect_navigation():
        page.click("th a.sort >> nth=0")  # again: Z→A
    first = page.locator("tbody tr").first.inner_text()
    assert "Zaitun Kopi" in first
    assert page.locator("th[aria-sort=descending]").count() == 1

    # Districts follow the chosen regency.
    page.select_option("select[name=regency]", "18.04")
    shown = page.eval_on_selector_all(
        "select[name=district] option",
        "os => os.filter(o => !o.hidden && o.value).map(o => o.value)",
    )
    assert shown and all(code.startswith("18.04.") for code in shown)
    assert foreign == [] and violations == []


@VIEWPORTS
@pytest.mark.django_db(transaction=True)
def test_the_door_warns_of_a_registered_nik_and_saves_once_confirmed(
    live_server,
    browser,
    viewport,
):
    from siapekspor.registry.models import Enterprise

    make_user(Role.REGENCY_OFFICER, username="petugas-bdl", regency="18.71")
    first = make_enterprise(name="Keripik Pisang Bu Sri", nik="1871014105900321", regency="18.71")
    page, foreign, violations = _open(browser, live_server, viewport, "petugas-bdl")
    page.goto(f"{live_server.url}/registry/enterprises/new/")
    page.fill("input[name=name]", "Kopi Bubuk Sri")
    page.fill("input[name=owner_name]", "Sri Lestari")
    page.fill("input[name=nik]", "1871 0141 0590 0321")
    page.fill("input[name=kbli]", "107")
    options = page.eval_on_selector_all("#kbli-codes option", "os => os.length")
    assert options > 100  # the KBLI 2020 codes of the reference, to pick from
    page.fill("input[name=kbli]", "10794")
    page.select_option("select[name=district]", index=1)
    with page.expect_navigation():
        page.click("form.card button[type=submit]")
    warning = page.locator("#door-warning")
    assert warning.is_visible()
    assert "NIK sama" in warning.inner_text()  # in words, in Indonesian
    assert warning.locator(f"a[href='/registry/enterprises/{first.pk}/']").count() == 1
    assert not Enterprise.objects.filter(name="Kopi Bubuk Sri").exists()
    assert _fits(page)
    page.fill("input[name=nik]", "1871 0141 0590 0321")  # personal fields are not echoed back
    page.check("input[name=confirm_different]")
    with page.expect_navigation():
        page.click("form.card button[type=submit]")
    assert Enterprise.objects.filter(name="Kopi Bubuk Sri").exists()
    assert foreign == [] and violations == []


@VIEWPORTS
@pytest.mark.django_db(transaction=True)
def test_duplicate_detection_shows_its_progress_then_its_last_run(
    live_server,
    browser,
    viewport,
):
    from django.utils import timezone
    from playwright.sync_api import expect

    from siapekspor.registry.models_import import DuplicateRun

    make_user(Role.PROVINCE_OFFICER, username="petugas")
    run = DuplicateRun.objects.create(status="running", pairs_done=100, pairs_total=400)
    page, foreign, violations = _open(browser, live_server, viewport, "petugas")
    page.goto(f"{live_server.url}/registry/duplicates/")
    bar = page.locator("progress#dedup-bar")
    assert bar.get_attribute("value") == "25"
    DuplicateRun.objects.filter(pk=run.pk).update(pairs_done=300)
    expect(bar).to_have_attribute("value", "75", timeout=10_000)
    DuplicateRun.objects.filter(pk=run.pk).update(
        status="completed", finished_at=timezone.now(), found=3, new_candidates=2
    )
    page.wait_for_selector("#dedup-run button[type=submit]", timeout=10_000)  # reloaded
    assert "3" in page.locator("#dedup-run .help").inner_text()
    assert page.locator("progress#dedup-bar").count() == 0
    assert _fits(page)
    assert foreign == [] and violations == []
