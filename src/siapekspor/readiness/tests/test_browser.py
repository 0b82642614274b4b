"""Questionnaire version 2 in a real browser (Debian's chromium through Playwright) on a
360 px phone, in Arabic (right to left): the product type chosen on the first page removes
the food questions, "not applicable" answers are offered, and the result says why."""

from __future__ import annotations

import shutil

import pytest

from siapekspor.accounts.models import Role
from siapekspor.core.tests.browser import CHROMIUM, follow
from siapekspor.readiness import services
from siapekspor.readiness.content.questionnaire_v2 import CRAFT, VERSIONS
from siapekspor.registry.tests.factories import make_enterprise, make_user

PASSWORD = "pw-for-tests-1"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Debian chromium is not installed"),
]


def _no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


@pytest.mark.django_db(transaction=True)
def test_craft_owner_takes_version_2_in_arabic_on_a_phone(live_server, browser):
    for data in VERSIONS:
        services.questionnaire_load(data, activate=data is VERSIONS[-1])
    ent = make_enterprise(name="Tapis Jung Sarat", regency="18.71", kbli="13912")
    make_user(Role.ENTERPRISE_OWNER, username="tapis", enterprise=ent)
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(f"{live_server.url}/ar/accounts/login/")
    page.fill("input[name=username]", "tapis")
    page.fill("input[name=password]", PASSWORD)
    follow(page, "button[type=submit]")
    page.goto(f"{live_server.url}/ar/readiness/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    follow(page, "form[action$='/start/'] button")
    # First page: the product type, suggested from the registry (KBLI 13: textiles).
    assert page.locator(f"input[name=product_type][value={CRAFT}]").is_checked()
    assert "نوع المنتج" in page.content()
    assert _no_sideways_scroll(page)
    seen = set()
    for _ in range(20):
        if page.locator("button[name=submit]").count():
            break
        for fieldset in page.locator("fieldset.question").all():
            seen.add(fieldset.locator("input[type=radio]").first.get_attribute("name"))
            fieldset.locator("input[type=radio]").last.check()  # best answer or N/A
        assert _no_sideways_scroll(page)
        follow(page, "button[name=save]")
    assert "legal_npwp" in seen and "legal_trademark" in seen
    assert "legal_permit" not in seen and "legal_eudr" not in seen  # no food questions
    follow(page, "button[name=submit]")
    assert page.locator("html").get_attribute("lang") == "ar"
    assert "متقدم" in page.locator(".result-level").inner_text()
    assert "لا ينطبق" in page.content()  # the questions answered "not applicable"
    assert _no_sideways_scroll(page)
