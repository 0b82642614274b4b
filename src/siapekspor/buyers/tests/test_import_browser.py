"""The "Import buyers" page in a real browser on a phone: from the directory to the counts
and the report link (the worker is the immediate task backend here), no sideways scroll,
no serious axe-core violation."""

from __future__ import annotations

import shutil

import pytest

from siapekspor.buyers.models import Buyer
from siapekspor.buyers.tests.test_import import CSV
from siapekspor.core.tests.browser import CHROMIUM, follow, launched
from siapekspor.core.tests.test_pages_browser import AXE, PHONE, _axe, _sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Debian chromium is not installed"),
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture(scope="module")
def browser():
    if not AXE.exists():
        pytest.fail(f"axe-core is missing at {AXE}: run `npm ci` (make test does)")
    with launched() as instance:
        yield instance


def test_an_officer_imports_buyers_on_a_phone(live_server, browser, users, tmp_path):
    source = tmp_path / "pembeli.csv"
    source.write_text(CSV, encoding="utf-8")
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    _sign_in(page, live_server.url, "", users["province_officer"].username)
    page.goto(f"{live_server.url}/buyers/")
    follow(page, "a[href='/buyers/import/']")
    problems = [f"form: {v}" for v in _axe(page)]
    page.set_input_files("input[name=file]", str(source))
    page.select_option("select[name=source]", "fair")
    page.click("form.card button[type=submit]")
    page.wait_for_selector("#import-counts")
    assert "Dibuat 2, diperbarui 0, tidak berubah 0, ditolak 3." in page.inner_text(
        "#import-counts"
    )
    assert page.locator("a[href$='/report.xlsx']").count() == 1
    width = page.evaluate("document.scrollingElement.scrollWidth")
    problems += [f"result: {width} px wide"] if width > PHONE["width"] else []
    problems += [f"result: {v}" for v in _axe(page)]
    context.close()
    assert not problems, problems
    assert Buyer.objects.count() == 2
