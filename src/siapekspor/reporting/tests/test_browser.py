"""The dashboard in a real browser (Chromium through Playwright), Indonesian and Arabic."""

import datetime as dt

import pytest

from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.reporting.services import rebuild_indicators
from siapekspor.shipments.tests.factories import direct

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(
    ("prefix", "direction", "title"),
    [("", "ltr", "Capaian ekspor dan target"), ("/ar", "rtl", "نتائج التصدير والهدف")],
)
def test_dashboard_in_the_browser(live_server, browser, users, prefix, direction, title):
    ent = make_enterprise(regency="18.71")
    direct(ent, dt.date.today() - dt.timedelta(days=100))
    rebuild_indicators()
    page = browser.new_page(viewport={"width": 360, "height": 780})  # a phone
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{live_server.url}{prefix}/accounts/login/")
    page.fill("input[name=username]", users["province_officer"].username)
    page.fill("input[name=password]", "pw-for-tests-1")
    page.click("button[type=submit]")
    page.goto(f"{live_server.url}{prefix}/outcomes/")
    assert page.get_attribute("html", "dir") == direction
    assert page.inner_text("#kpi-exporting") == "1"
    if title:
        assert title in page.inner_text("h1")
    assert page.locator(".regency-map .tile rect").count() == 15
    box = page.locator(".regency-map svg.chart-ltr").bounding_box()
    assert box and 0 < box["width"] <= 360
    assert page.locator(".linechart polyline").count() >= 1
    assert not [e for e in errors if "Content Security Policy" in e]
    page.close()
