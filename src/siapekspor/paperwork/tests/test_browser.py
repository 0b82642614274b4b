"""An owner at phone width (360 px), in Indonesian and in Arabic: the export price
calculator with Indonesian numbers, then a pro forma invoice, then its PDF link — without
sideways scrolling and without serious axe-core violations."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from siapekspor.accounts.models import Role
from siapekspor.core.tests.browser import CHROMIUM, follow
from siapekspor.paperwork.models import PriceCalculation, TradeDocument
from siapekspor.registry.models import Product
from siapekspor.registry.tests.factories import make_enterprise, make_user

PASSWORD = "pw-for-tests-1"
AXE = Path(__file__).resolve().parents[4] / "node_modules" / "axe-core" / "axe.min.js"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Debian chromium is not installed"),
]


def _no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def _axe(page) -> list[str]:
    if not AXE.exists():
        return []
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations
            .filter(v => v.impact === "serious" || v.impact === "critical")
            .map(v => v.id + ": " + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(" | "))"""
    )


@pytest.mark.django_db(transaction=True)
def test_owner_prices_a_product_and_issues_an_invoice_at_phone_width(live_server, browser):
    ent = make_enterprise(name="Kopi Bubuk Pak Darto", regency="18.06")
    make_user(Role.ENTERPRISE_OWNER, username="darto", enterprise=ent)
    coffee = Product.objects.create(enterprise=ent, hs_code_id="090111", name="Kopi robusta")
    context = browser.new_context(viewport={"width": 360, "height": 780}, bypass_csp=True)
    page = context.new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", "darto")
    page.fill("input[name=password]", PASSWORD)
    follow(page, "button[type=submit]")

    # From the enterprise page's panel to the product's calculator.
    page.goto(f"{live_server.url}/registry/enterprises/{ent.pk}/")
    follow(page, page.locator(".paperwork-panel a", has_text="Harga ekspor").first)
    form = page.locator("form.card")
    for name, value in {
        "quantity": "19.200",
        "production_cost": "60.000",
        "margin_pct": "10",
        "inland_transport": "3,5 juta",
        "documents": "1.500.000",
        "handling": "2.800.000",
        "freight": "25.000.000",
        "exchange_rate": "16.000",
    }.items():
        form.locator(f"input[name={name}]").fill(value)
    follow(page, form.locator("button[type=submit]"))
    assert PriceCalculation.objects.filter(product=coffee).exists()
    assert "1.302.866.306" in page.content()
    assert _no_sideways_scroll(page)
    assert _axe(page) == []

    page.goto(f"{live_server.url}/ar/paperwork/products/{coffee.pk}/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert "سعر التصدير" in page.content()
    assert _no_sideways_scroll(page)
    assert _axe(page) == []

    page.goto(f"{live_server.url}/paperwork/products/{coffee.pk}/documents/new/")
    assert _no_sideways_scroll(page)
    form = page.locator("form.card")
    form.locator("select[name=language]").select_option("ar")
    form.locator("input[name=buyer_name]").fill("Riyadh Coffee Co.")
    form.locator("input[name=buyer_address]").fill("King Fahd Road, Riyadh")
    form.locator("select[name=buyer_country]").select_option("SAU")
    follow(page, form.locator("button[type=submit]"))
    doc = TradeDocument.objects.get()
    assert doc.number.startswith("PI-")
    assert page.locator(f"#doc-{doc.pk} a", has_text="PDF").count() == 1
    page.goto(f"{live_server.url}/ar/paperwork/enterprises/{ent.pk}/")
    assert _no_sideways_scroll(page)
    assert _axe(page) == []
    context.close()
