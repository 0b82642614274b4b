"""A buyer on a phone (360 × 780), in Chinese and in Arabic: searches the catalogue, opens a
product; nothing scrolls sideways, images are lazy, axe-core finds no serious violation."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from siapekspor.catalogue import services
from siapekspor.catalogue.tests.helpers import make_product, photo_bytes, publish, upload
from siapekspor.core.tests.browser import CHROMIUM, follow, launched
from siapekspor.core.tests.test_pages_browser import AXE, PHONE, _axe, _sign_in
from siapekspor.shipments.tests.factories import direct

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


@pytest.mark.parametrize(
    ("prefix", "query", "country"), [("/zh-hans", "咖啡", "日本"), ("/ar", "بن", "اليابان")]
)
def test_buyer_searches_and_opens_a_product_on_a_phone(
    live_server, browser, users, prefix, query, country
):
    owner = users["enterprise_owner"]
    direct(owner.enterprise, dt.date(2025, 5, 1), destination="JPN", hs_code="090111")
    product = make_product(owner, owner.enterprise)
    listing = publish(owner, product, min_order=1000)
    services.photo_add(actor=owner, listing=listing, upload=upload(photo_bytes(1600, 1200)))
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    page.goto(f"{live_server.url}{prefix}/catalogue/")
    page.fill("input[name=q]", query)
    follow(page, "main button[type=submit]")
    problems = []
    for step in ("list", "detail"):
        if step == "detail":
            follow(page, f"a[href$='/catalogue/{listing.pk}/'] >> nth=-1")
            assert country in page.content()
        assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"], step
        lazy = page.evaluate(
            "[...document.images].every(i => i.getAttribute('loading') === 'lazy')"
        )
        assert lazy, step
        problems += [f"{step}: {v}" for v in _axe(page)]
    assert "Kopi Robusta Lampung" in page.content()
    context.close()
    assert not problems, "\n".join(problems)


def test_owner_edit_page_fits_a_phone_in_arabic(live_server, browser, users):
    owner = users["enterprise_owner"]
    product = make_product(owner, owner.enterprise)
    listing = publish(owner, product)
    services.photo_add(actor=owner, listing=listing, upload=upload(photo_bytes(800, 600)))
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    _sign_in(page, live_server.url, "/ar", owner.username)
    page.goto(f"{live_server.url}/ar/catalogue/manage/products/{product.pk}/")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"]
    problems = _axe(page)
    context.close()
    assert not problems, "\n".join(problems)
