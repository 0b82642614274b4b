"""The forum's pages on a phone (360 × 780) in Indonesian and Arabic: nothing scrolls
sideways and axe-core finds no serious or critical violation (the helpers of the main pages'
test)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from siapekspor.core.tests.test_pages_browser import (  # noqa: F401 (fixture)
    CHROMIUM,
    PHONE,
    _axe,
    _sign_in,
    browser,
)
from siapekspor.forum import services

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not __import__("shutil").which(CHROMIUM), reason="no chromium"),
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def forum_site(users):
    province = users["province_officer"]
    meeting = services.meeting_create(
        actor=province,
        title="Rapat Forum Ekspor Triwulan I 2026",
        held_on=dt.date(2026, 3, 5),
        place="Kantor Disperindag Provinsi Lampung",
        agenda="Pembiayaan KUR ekspor untuk IKM kopi\nSertifikasi halal",
        decisions="LPEI mendampingi 5 IKM kopi",
        guests="Budi Santoso — Bank Indonesia",
        attendee_ids=[users["regency_officer"].pk],
    )
    services.action_create(
        actor=province,
        meeting=meeting,
        text="Kirim daftar IKM kopi ke LPEI untuk pendampingan pembiayaan ekspor",
        owner=users["regency_officer"],
        deadline=timezone.localdate() - dt.timedelta(days=3),
    )
    services.data_request_create(
        actor=users["enterprise_owner"],
        kind="correction",
        details="Alamat salah: seharusnya Jl. Teuku Umar No. 5, Kedaton",
    )
    return {"meeting": meeting.pk}


@pytest.mark.parametrize("prefix", ["", "/ar"], ids=["id", "ar"])
def test_forum_pages_fit_a_phone_and_pass_axe(live_server, browser, users, forum_site, prefix):  # noqa: F811
    pages = {
        "province_officer": [
            "/forum/",
            f"/forum/meetings/{forum_site['meeting']}/",
            "/forum/meetings/new/",
            "/forum/requests/",
        ],
        "enterprise_owner": ["/forum/my-data/"],
    }
    problems = []
    for role, paths in pages.items():
        context = browser.new_context(viewport=PHONE, bypass_csp=True)
        page = context.new_page()
        _sign_in(page, live_server.url, prefix, users[role].username)
        for path in paths:
            response = page.goto(f"{live_server.url}{prefix}{path}")
            assert response is not None and response.status == 200, path
            width = page.evaluate("document.scrollingElement.scrollWidth")
            if width > PHONE["width"]:
                problems.append(f"{path}: {width} px wide")
            problems += [f"{path}: {v}" for v in _axe(page)]
        context.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("prefix", ["", "/ar"], ids=["id", "ar"])
def test_a_refusal_without_reason_shows_at_its_request_with_the_choice_kept(
    live_server,
    browser,  # noqa: F811
    users,
    forum_site,
    prefix,
):
    from siapekspor.core.tests.browser import follow

    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    _sign_in(page, live_server.url, prefix, users["province_officer"].username)
    page.goto(f"{live_server.url}{prefix}/forum/requests/")
    refused = page.locator("section.request input[type=radio][value=refused]").first
    label = page.locator("section.request label:has(input[value=refused])").first
    # the round button sits beside its words, not centred alone on its own line
    box, words = refused.bounding_box(), label.bounding_box()
    assert box is not None and words is not None
    assert box["width"] < 40 and box["height"] < 40
    assert words["height"] < 2.2 * box["height"] + 20  # one line: button and words together
    refused.check()
    follow(page, "section.request button[type=submit]")
    section = page.locator("section.request").first
    assert section.locator(".error").count() >= 1  # the error at this request's form
    assert page.locator("main > .messages .msg-error, ul.messages li.msg-error").count() == 0
    assert section.locator("input[type=radio][value=refused]").is_checked()
    context.close()
