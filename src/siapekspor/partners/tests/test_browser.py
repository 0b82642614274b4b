"""The partners pages on a 390 px phone, in Indonesian and in Arabic: the owner's "Withdraw
consent" button and each consent's status, the partner's referral status and deadline are on
screen without sideways scrolling; the consent form's "I agree" box sits beside its words;
axe-core finds no serious or critical violation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.utils import timezone

from siapekspor.accounts.models import Role
from siapekspor.core.tests.browser import BROWSER_MARKS, follow
from siapekspor.partners import services
from siapekspor.partners.tests.factories import consent_to, organisation
from siapekspor.registry.tests.factories import make_enterprise, make_user

PASSWORD = "pw-for-tests-1"
PHONE = {"width": 390, "height": 844}
AXE = Path(__file__).resolve().parents[4] / "node_modules" / "axe-core" / "axe.min.js"
pytestmark = [*BROWSER_MARKS, pytest.mark.django_db(transaction=True)]


def _sign_in(page, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    follow(page, "button[type=submit]")


def _no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def _on_screen(page, selector: str) -> list[str]:
    """Every element matching `selector` that lies (even partly) outside the viewport's width."""
    return page.evaluate(
        """(sel) => [...document.querySelectorAll(sel)]
            .map(el => [el, el.getBoundingClientRect()])
            .filter(([el, r]) => r.width === 0 || r.left < 0 || r.right > window.innerWidth)
            .map(([el, r]) => el.textContent.trim().slice(0, 30) + " " +
                              Math.round(r.left) + "–" + Math.round(r.right))""",
        selector,
    )


def _axe(page) -> list[str]:
    if not AXE.exists():
        pytest.fail(f"axe-core is missing at {AXE}: run `make node-deps`")
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations
            .filter(v => v.impact === "serious" || v.impact === "critical")
            .map(v => v.id + ": " + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(" | "))"""
    )


@pytest.fixture
def people(db):
    province = make_user(Role.PROVINCE_OFFICER, username="dinas")
    enterprise = make_enterprise(name="Kopi Robusta Tanggamus Sejahtera Bersama")
    owner = make_user(Role.ENTERPRISE_OWNER, username="ani", enterprise=enterprise)
    make_user(Role.PARTNER_OFFICER, username="analis", partner="LPEI")
    consent_to(enterprise, "LPEI", "financing")
    services.consent_withdraw(actor=owner, consent=consent_to(enterprise, "OJK", "coaching"))
    consent_to(enterprise, "LPEI", "coaching")
    services.referral_create(
        actor=province,
        enterprise=enterprise,
        organisation=organisation("LPEI"),
        kind="working_capital",
        deadline=timezone.localdate() + dt.timedelta(days=14),
        note="Butuh modal kerja untuk kontrak ekspor pertama",
    )
    return {"owner": owner}


@pytest.mark.parametrize("prefix", ["", "/ar"], ids=["id", "ar"])
def test_owner_and_partner_lists_fit_a_phone(live_server, browser, people, prefix):
    context = browser.new_context(viewport=PHONE, bypass_csp=True)  # axe is injected inline
    page = context.new_page()
    base = f"{live_server.url}{prefix}"
    _sign_in(page, base, "ani")
    page.goto(f"{base}/partners/")
    buttons = page.locator("table.consents a.withdraw")
    assert buttons.count() == 2  # the two consents in force
    assert _on_screen(page, "table.consents a.withdraw") == []
    assert _on_screen(page, "table.consents td.consent-status") == []
    assert _no_sideways_scroll(page)
    assert _axe(page) == []

    page.goto(f"{base}/partners/consents/new/?purpose=coaching")
    box = page.locator("input[name=agree]").bounding_box()
    words = page.locator("label.choice span").bounding_box()
    assert box and words
    # The box is on the same line as its words, right beside them (either side for RTL).
    assert abs((box["y"] + box["height"] / 2) - (words["y"] + words["height"] / 2)) < 12
    gap = (
        words["x"] - (box["x"] + box["width"])
        if not prefix
        else box["x"] - (words["x"] + words["width"])
    )
    assert 0 <= gap < 24
    assert _no_sideways_scroll(page)
    assert _axe(page) == []

    context.clear_cookies()
    _sign_in(page, base, "analis")
    page.goto(f"{base}/partners/")
    assert page.locator("table.referrals td.referral-status").count() == 1
    assert _on_screen(page, "table.referrals td.referral-status") == []
    assert _on_screen(page, "table.referrals td.referral-deadline") == []
    assert _no_sideways_scroll(page)
    assert _axe(page) == []
    context.close()


@pytest.mark.parametrize("prefix", ["", "/ar"], ids=["id", "ar"])
def test_withdrawing_asks_first_on_a_360_px_phone(live_server, browser, people, prefix):
    # "Withdraw consent" opens a page that says what withdrawing means; confirming there
    # withdraws at once, "Keep the consent" changes nothing. No sideways scroll at 360 px.
    from siapekspor.partners.models import Consent

    context = browser.new_context(viewport={"width": 360, "height": 780}, bypass_csp=True)
    page = context.new_page()
    base = f"{live_server.url}{prefix}"
    _sign_in(page, base, "ani")
    page.goto(f"{base}/partners/")
    assert _no_sideways_scroll(page)
    follow(page, "table.consents a.withdraw >> nth=0")
    assert "/withdraw/" in page.url
    assert page.locator("#confirm-withdraw").is_visible()
    assert _on_screen(page, "main dl.facts dd, #confirm-withdraw, .actions a") == []
    assert _no_sideways_scroll(page)
    assert _axe(page) == []
    in_force = Consent.objects.filter(withdrawn_at__isnull=True).count()
    follow(page, ".actions a.secondary")  # keep it
    assert Consent.objects.filter(withdrawn_at__isnull=True).count() == in_force
    follow(page, "table.consents a.withdraw >> nth=0")
    page.fill("textarea[name=reason], input[name=reason]", "Tidak jadi mengajukan pembiayaan")
    follow(page, "#confirm-withdraw")
    assert page.url.rstrip("/").endswith("/partners")
    assert Consent.objects.filter(withdrawn_at__isnull=True).count() == in_force - 1
    assert page.locator("table.consents a.withdraw").count() == in_force - 1
    assert _no_sideways_scroll(page)
    context.close()
