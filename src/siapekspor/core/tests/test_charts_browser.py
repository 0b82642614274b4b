"""The chart kit in a real browser (Chromium): in Arabic on a phone, the tile map keeps west on
the left, every axis label lies inside its chart, and the page does not scroll sideways."""

import datetime as dt

import pytest

from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.reporting.services import rebuild_indicators
from siapekspor.shipments.tests.factories import direct

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("prefix", ["", "/ar"])
def test_maps_and_time_axes_are_not_mirrored_nor_clipped(live_server, browser, users, prefix):
    today = dt.date.today()
    ent = make_enterprise(regency="18.04")
    for months in range(1, 14):
        direct(ent, today - dt.timedelta(days=30 * months))
    rebuild_indicators()
    page = browser.new_page(viewport={"width": 360, "height": 800})
    page.goto(f"{live_server.url}{prefix}/accounts/login/")
    page.fill("input[name=username]", users["province_officer"].username)
    page.fill("input[name=password]", "pw-for-tests-1")
    page.click("button[type=submit]")
    page.goto(f"{live_server.url}{prefix}/outcomes/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    def box(selector):
        return page.locator(selector).first.bounding_box()

    west = box('a[href="?regency=18.04"] rect')
    east = box('a[href="?regency=18.07"] rect')
    assert west["x"] + west["width"] <= east["x"]
    assert page.locator('a[href="?regency=18.04"] .tile-name').first.text_content() == "Lampung"
    chart = box(".linechart svg.chart-ltr")
    labels = page.locator(".linechart text.tick")
    assert labels.count() >= 4
    for i in range(labels.count()):
        label = labels.nth(i).bounding_box()
        assert chart["x"] - 0.5 <= label["x"], labels.nth(i).text_content()
        assert label["x"] + label["width"] <= chart["x"] + chart["width"] + 0.5
    first, last = box(".linechart text.tick.x"), page.locator(".linechart text.tick.x").last
    assert first["x"] < last.bounding_box()["x"]  # earlier months on the left
    page.close()
