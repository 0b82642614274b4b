"""Every main page on a phone (360 × 780), in Indonesian and in Arabic, for each role: nothing
scrolls sideways, the menu's targets are big enough to tap, the filter forms fold away, and
axe-core (from npm, package.json; `make test` installs it) finds no serious or critical
accessibility violation."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from siapekspor.core.tests.browser import CHROMIUM, follow, launched
from siapekspor.partners.services import partners_load
from siapekspor.readiness import services as readiness
from siapekspor.readiness.content.questionnaire_v1 import QUESTIONNAIRE
from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.reporting.services import rebuild_indicators
from siapekspor.shipments.tests.factories import direct
from siapekspor.training import services as training
from siapekspor.training.content.modules import MODULES

PASSWORD = "pw-for-tests-1"
AXE = Path(__file__).resolve().parents[4] / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 360, "height": 780}
TAP = 44  # px: the smallest comfortable target (WCAG 2.5.5, platform guidelines)

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


@pytest.fixture
def site(users):
    """Enough of everything for each page to show its figures, lists and charts."""
    today = dt.date.today()
    officer = users["province_officer"]
    exporters = [make_enterprise(regency=code) for code in ("18.71", "18.01", "18.72")]
    for i, ent in enumerate(exporters):
        direct(ent, today - dt.timedelta(days=40 + 90 * i))
    rebuild_indicators()
    readiness.questionnaire_load(QUESTIONNAIRE)
    training.modules_load(MODULES)
    partners_load()  # a live server's database is flushed: the seeded partners come back
    programme = training.programme_create(actor=users["admin"], name="Kelas Ekspor", year=2026)
    cls = training.class_create(
        actor=officer,
        stage=programme.stages.get(number=1),
        level="pemula",
        name="Pemula Kota",
        regency_id="18.71",
    )
    own = users["enterprise_owner"].enterprise
    return {"enterprise": exporters[0].pk, "own": own.pk, "class": cls.pk, "module": MODULES[0]}


def _pages(role: str, site: dict) -> list[str]:
    officer = [
        "/",
        "/outcomes/",
        "/outcomes/forecast/",
        "/registry/enterprises/",
        f"/registry/enterprises/{site['enterprise']}/",
        "/readiness/",
        "/training/",
        f"/training/classes/{site['class']}/",
        "/training/modules/",
        "/markets/",
        "/shipments/",
        "/accounts/profile/",
        f"/paperwork/enterprises/{site['enterprise']}/",
    ]
    return {
        "province_officer": [
            *officer,
            "/registry/enterprises/new/",
            "/registry/import/",
            "/training/figures/",
            "/shipments/new/",
            "/translation/",
            "/translation/glossary/",
            "/improvement/",
            "/partners/",
            "/partners/referrals/new/",
        ],
        "regency_officer": officer,
        "partner_officer": [
            "/outcomes/",
            "/outcomes/forecast/",
            "/markets/",
            "/accounts/profile/",
            "/partners/",
        ],
        "enterprise_owner": [
            f"/registry/enterprises/{site['own']}/",
            "/readiness/",
            "/training/modules/",
            f"/training/modules/{site['module']['code']}/",
            "/markets/",
            "/accounts/profile/",
            f"/improvement/enterprises/{site['own']}/",
            f"/paperwork/enterprises/{site['own']}/",
            "/partners/",
            "/partners/consents/new/?purpose=financing",
            "/catalogue/manage/",
        ],
        "anonymous": [
            "/",
            "/accounts/login/",
            "/accounts/password-reset/",
            "/training/verify/",
            "/catalogue/",
        ],
    }[role]


def _sign_in(page, base: str, prefix: str, username: str) -> None:
    page.goto(f"{base}{prefix}/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    follow(page, "button[type=submit]")


def _axe(page) -> list[str]:
    """Serious and critical axe-core violations of the page, one line each."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {resultTypes: ["violations"]});
            return r.violations
              .filter(v => v.impact === "serious" || v.impact === "critical")
              .map(v => v.id + " (" + v.impact + "): " +
                   v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(" | "));
        }"""
    )
    return list(result)


def _small_menu_targets(page) -> list[str]:
    """Links and buttons of the top bar and of the open menu smaller than 44 px."""
    if page.locator(".nav-toggle").is_visible():
        page.click(".nav-toggle")
    return page.evaluate(
        """(tap) => [...document.querySelectorAll(
              '.topbar a, .topbar button, .topbar select')]
            .filter(el => el.offsetParent !== null)
            .map(el => [el, el.getBoundingClientRect()])
            .filter(([el, r]) => r.height < tap || r.width < tap)
            .map(([el, r]) => (el.textContent || el.name).trim().slice(0, 30) +
                              " " + Math.round(r.width) + "×" + Math.round(r.height))""",
        TAP,
    )


@pytest.mark.parametrize("prefix", ["", "/ar"], ids=["id", "ar"])
@pytest.mark.parametrize(
    "role",
    ["province_officer", "regency_officer", "partner_officer", "enterprise_owner", "anonymous"],
)
def test_every_page_fits_a_phone_and_passes_axe(live_server, browser, users, site, role, prefix):
    # Our CSP refuses inline scripts, and add_script_tag inlines axe: bypassed for this
    # context only (the other browser tests keep the policy and watch for its reports).
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    if role != "anonymous":
        _sign_in(page, live_server.url, prefix, users[role].username)
    problems = []
    for path in _pages(role, site):
        response = page.goto(f"{live_server.url}{prefix}{path}")
        assert response is not None and response.status == 200, (path, response and response.status)
        assert page.get_attribute("html", "dir") == ("rtl" if prefix == "/ar" else "ltr")
        width = page.evaluate("document.scrollingElement.scrollWidth")
        if width > PHONE["width"]:
            wide = page.evaluate(
                """(w) => [...document.querySelectorAll('body *')]
                    .filter(el => el.getBoundingClientRect().right > w + 1 ||
                                  el.getBoundingClientRect().left < -1)
                    .slice(0, 3).map(el => el.tagName + '.' + el.className)""",
                PHONE["width"],
            )
            problems.append(f"{path}: {width} px wide ({', '.join(wide)})")
        problems += [f"{path}: {v}" for v in _axe(page)]
        problems += [f"{path}: small target {t}" for t in _small_menu_targets(page)]
    context.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("prefix", ["", "/ar"], ids=["id", "ar"])
def test_filter_forms_fold_away_on_a_phone_and_stay_open_on_a_desk(
    live_server, browser, users, site, prefix
):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    _sign_in(page, live_server.url, prefix, users["province_officer"].username)
    for path in ("/outcomes/", "/shipments/", "/translation/"):
        page.goto(f"{live_server.url}{prefix}{path}")
        fold = page.locator("details.fold").first
        assert not fold.locator("select, input:not([type=hidden])").first.is_visible(), path
        fold.locator("summary").click()
        assert fold.locator("select, input:not([type=hidden])").first.is_visible(), path
    page.goto(f"{live_server.url}{prefix}/outcomes/?regency=18.71")
    assert page.locator("details.fold select[name=regency]").is_visible()  # a filter in use
    page.set_viewport_size({"width": 1200, "height": 900})
    page.goto(f"{live_server.url}{prefix}/outcomes/")
    assert page.locator("details.fold select[name=regency]").is_visible()
    context.close()
