"""A buyer's journey on a phone, in Chinese and in Arabic, in a real browser: the inquiry
form, the confirmation link, the owner's answer in Indonesian arriving machine-translated in
the buyer's language; and the officers' pages at 360 px (no sideways scroll, axe-core)."""

from __future__ import annotations

import re
import shutil

import pytest
from django.core import mail
from django.core.management import call_command

from siapekspor.accounts.models import Role
from siapekspor.buyers import services
from siapekspor.buyers.models import Inquiry
from siapekspor.buyers.tests.factories import make_buyer, make_product
from siapekspor.catalogue.tests.helpers import publish
from siapekspor.core.tests.browser import CHROMIUM, follow, launched
from siapekspor.core.tests.test_pages_browser import AXE, PHONE, _axe, _sign_in
from siapekspor.registry.tests.factories import make_enterprise, make_user

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


def _fits(page) -> list[str]:
    problems = []
    width = page.evaluate("document.scrollingElement.scrollWidth")
    if width > PHONE["width"]:
        problems.append(f"{page.url}: {width} px wide")
    return problems + [f"{page.url}: {v}" for v in _axe(page)]


@pytest.mark.parametrize(
    ("prefix", "lang", "pivot"), [("/zh-hans", "zh", "zh"), ("/ar", "ar", "ar")]
)
def test_buyer_journey_on_a_phone(
    live_server, browser, users, settings, tmp_path, prefix, lang, pivot
):
    from siapekspor.translation.tests.tinymodel import build_package

    settings.MT_DIR = tmp_path / "mt"
    for a, b in (("id", "en"), ("en", pivot)):
        call_command("mt", "install", str(build_package(tmp_path, a, b, seed=7)), verbosity=0)
    enterprise = make_enterprise(regency="18.71", name="Kopi Tanggamus Jaya")
    owner = make_user(Role.ENTERPRISE_OWNER, enterprise=enterprise)
    product = make_product(users["admin"], enterprise, "090111", "Kopi robusta biji", 5000)
    publish(users["admin"], product)  # inquiries reach products published in the catalogue
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    page.goto(f"{live_server.url}{prefix}/buyers/inquiry/?product={product.pk}")
    assert page.get_attribute("html", "lang") in {"zh-hans", "ar"}
    problems = _fits(page)
    box = page.locator("input[name=website]").bounding_box()  # the honeypot: off the screen
    assert box is not None and (box["x"] + box["width"] <= 0 or box["x"] >= PHONE["width"])
    page.fill("input[name=company]", "Shanghai Food Import")
    page.select_option("select[name=country]", "CHN")
    page.fill("input[name=contact_name]", "Li Wei")
    page.fill("input[name=email]", "li@example.cn")
    page.fill("input[name=quantity]", "2000")
    page.fill("textarea[name=message]", "我们每月需要两吨罗布斯塔咖啡。")
    follow(page, "button[type=submit]")
    problems += _fits(page)
    inquiry = Inquiry.objects.get()
    assert inquiry.language == ("zh-hans" if lang == "zh" else "ar")
    link = re.search(r"https?://\S+/inquiry/confirm/\S+/", mail.outbox[-1].body).group(0)
    page.goto(link)
    follow(page, "button[type=submit]")
    problems += _fits(page)
    inquiry.refresh_from_db()
    assert inquiry.confirmed_at is not None
    mail.outbox.clear()
    services.reply_post(actor=owner, inquiry=inquiry, text="Kami bisa mengirim kopi robusta.")
    sent = mail.outbox[-1]
    assert sent.to == ["li@example.cn"]
    marks = {"zh": "机器翻译", "ar": "ترجمة آلية"}
    assert marks[lang] in sent.body  # marked machine-translated, in the buyer's language
    assert "Kami bisa mengirim kopi robusta." in sent.body  # the authoritative original
    context.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("prefix", ["", "/ar"], ids=["id", "ar"])
def test_officer_pages_fit_a_phone(live_server, browser, users, prefix):
    enterprise = make_enterprise(regency="18.71", name="Kopi Tanggamus Jaya")
    product = make_product(users["admin"], enterprise, "090111", "Kopi robusta biji", 5000)
    publish(users["admin"], product)  # inquiries reach products published in the catalogue
    buyer = make_buyer(users["admin"])
    inquiry = services.inquiry_submit(
        data=services.InquiryData(
            product_id=product.pk,
            company="Tokyo Coffee Trading",
            country="JPN",
            contact_name="Hiroshi Tanaka",
            email="hiroshi@example.jp",
            message="We would like robusta.",
            language="en",
        ),
        ip_address="10.0.0.9",
        confirm_url=lambda token: token,
    )
    services.inquiry_confirm(token=mail.outbox[-1].body.split("\n\n")[1].strip())
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    _sign_in(page, live_server.url, prefix, users["province_officer"].username)
    problems = []
    for path in (
        "/buyers/",
        "/buyers/new/",
        f"/buyers/{buyer.pk}/matches/?quantity=8000&unit=kg",
        "/buyers/inquiries/",
        f"/buyers/inquiries/{inquiry.pk}/",
    ):
        response = page.goto(f"{live_server.url}{prefix}{path}")
        assert response is not None and response.status == 200, path
        problems += _fits(page)
    context.close()
    assert not problems, "\n".join(problems)


def _off_screen(page) -> list[str]:
    """Elements of the page's tables (pools, members, quantities, shares, status, matches)
    that are not within the phone's width: a table scrolling sideways inside its box fits
    the page but hides its columns."""
    tables = page.locator("table.stack").count()
    if not tables:
        return [f"{page.url}: no stacked table"]
    found = page.evaluate(
        """(w) => [...document.querySelectorAll("table, table tbody *")]
            .filter(el => { const r = el.getBoundingClientRect();
                            return r.width > 0 && (r.left < -1 || r.right > w + 1); })
            .slice(0, 5)
            .map(el => el.tagName + ' "' + el.textContent.trim().slice(0, 30) + '" ' +
                       Math.round(el.getBoundingClientRect().left) + '..' +
                       Math.round(el.getBoundingClientRect().right))""",
        PHONE["width"],
    )
    # Read as cards: every labelled cell shows its column's name before its value.
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('table.stack td[data-label]')]
            .filter(td => getComputedStyle(td, '::before').content !==
                          JSON.stringify(td.dataset.label))
            .map(td => td.dataset.label)"""
    )
    return [f"{page.url}: off-screen {f}" for f in found] + [
        f"{page.url}: no label shown for {label}" for label in unlabelled
    ]


@pytest.mark.parametrize("prefix", ["", "/ar"], ids=["id", "ar"])
def test_pool_pages_fit_a_phone(live_server, browser, users, prefix):
    """The pool list, the proposal and the pool page on a 360 px phone, in Indonesian and
    Arabic: no sideways scroll, not even inside a table's box (the members, quantities,
    shares and status read as cards), and no serious axe-core violation."""
    from decimal import Decimal

    from siapekspor.buyers.matching import Demand
    from siapekspor.buyers.models import PoolStatus

    for n, capacity in enumerate((700, 800)):
        enterprise = make_enterprise(regency="18.71", name=f"Kopi Robusta Tanggamus Jaya {n}")
        make_product(users["admin"], enterprise, "090111", f"Kopi robusta biji {n}", capacity)
    buyer = make_buyer(users["admin"])
    pool = services.pool_create(
        actor=users["admin"],
        demand=Demand(hs_codes=["090111"], market="JPN", quantity=Decimal(1500)),
        buyer=buyer,
    )
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    _sign_in(page, live_server.url, prefix, users["province_officer"].username)
    assert page.get_attribute("html", "dir") == ("rtl" if prefix == "/ar" else "ltr")
    problems = []
    response = page.goto(
        f"{live_server.url}{prefix}/buyers/{buyer.pk}/matches/?quantity=1500&unit=kg"
    )
    assert response is not None and response.status == 200
    problems += _fits(page) + _off_screen(page)
    response = page.goto(f"{live_server.url}{prefix}/buyers/pools/")
    assert response is not None and response.status == 200
    problems += _fits(page) + _off_screen(page)
    follow(page, f"a[href$='/buyers/pools/{pool.pk}/']")  # from the list to the pool
    assert page.url.endswith(f"{prefix}/buyers/pools/{pool.pk}/")
    problems += _fits(page) + _off_screen(page)
    assert page.locator(".barchart li").count() == 2
    assert page.locator("table.pool-members tbody tr").count() == 2
    services.pool_set_status(actor=users["admin"], pool=pool, status=PoolStatus.CONFIRMED)
    page.reload()
    problems += _fits(page) + _off_screen(page)
    response = page.goto(f"{live_server.url}{prefix}/buyers/pools/{pool.pk}/shipment/")
    assert response is not None and response.status == 200
    problems += _fits(page)
    context.close()
    assert not problems, "\n".join(problems)
