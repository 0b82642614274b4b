"""An owner at phone width (360 px), in Indonesian and in Arabic: draws a plot by clicking the
offline map (the script fills the coordinates; the CSP is kept), saves it, and opens it —
without sideways scrolling and without a serious accessibility violation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from siapekspor.accounts.models import Role
from siapekspor.core.tests.browser import CHROMIUM, follow
from siapekspor.eudr.models import ProductionPlot
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
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations
            .filter(v => v.impact === "serious" || v.impact === "critical")
            .map(v => v.id + ": " + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(" | "))"""
    )


@pytest.mark.django_db(transaction=True)
def test_owner_draws_a_plot_on_the_offline_map_at_phone_width(live_server, browser):
    admin = make_user(Role.ADMIN)
    ent = make_enterprise(admin, name="Kopi Robusta Pak Darto", regency="18.06")
    make_user(Role.ENTERPRISE_OWNER, username="darto", enterprise=ent)
    page = browser.new_page(viewport={"width": 360, "height": 780})
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", "darto")
    page.fill("input[name=password]", PASSWORD)
    follow(page, "button[type=submit]")

    page.goto(f"{live_server.url}/eudr/enterprises/{ent.pk}/")
    assert _no_sideways_scroll(page)
    page.click("button[data-map=zoom-in]")
    page.click("button[data-map=zoom-in]")
    page.click("button[data-map=zoom-in]")
    box = page.locator("#eudr-map").bounding_box()
    assert box is not None
    cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    for dx, dy in ((0, 0), (60, 0), (60, 60), (0, 60)):
        page.mouse.click(cx + dx, cy + dy)
    lines = page.locator("#id_coordinates").input_value().splitlines()
    assert len(lines) == 4
    lat, lon = (float(v) for v in lines[0].split(","))
    assert -6.3 < lat < -3.6 and 103.5 < lon < 106.1
    assert len(lines[0].split(",")[0].split(".")[1]) == 6
    page.fill("input[name=supplier_name]", "Darto")
    page.fill("input[name=production_start]", "2026-05-01")
    page.fill("input[name=production_end]", "2026-08-31")
    follow(page, "#add button[type=submit]")
    plot = ProductionPlot.objects.get()
    assert plot.kind == "polygon" and plot.area_ha > 0
    assert "/eudr/plots/" in page.url
    assert _no_sideways_scroll(page)

    for prefix in ("", "/ar"):
        page.goto(f"{live_server.url}{prefix}/eudr/enterprises/{ent.pk}/")
        assert page.locator("html").get_attribute("dir") == ("rtl" if prefix else "ltr")
        assert _no_sideways_scroll(page)
        page.goto(f"{live_server.url}{prefix}/eudr/plots/{plot.pk}/")
        assert _no_sideways_scroll(page)
    context = browser.new_context(viewport={"width": 360, "height": 780}, bypass_csp=True)
    checked = context.new_page()
    checked.goto(f"{live_server.url}/accounts/login/")
    checked.fill("input[name=username]", "darto")
    checked.fill("input[name=password]", PASSWORD)
    follow(checked, "button[type=submit]")
    problems = []
    for path in (f"/eudr/enterprises/{ent.pk}/", f"/ar/eudr/plots/{plot.pk}/"):
        checked.goto(f"{live_server.url}{path}")
        problems += [f"{path}: {v}" for v in _axe(checked)]
    context.close()
    assert not problems, "\n".join(problems)
