"""A learning module in a real browser (Chromium) on a 360 px phone: an owner reads the five
screens one after the other in Indonesian, takes the quiz and reads the explanations; in Arabic
the screens and the feedback read right to left. No page scrolls sideways."""

from __future__ import annotations

import shutil

import pytest

from siapekspor.accounts.models import Role
from siapekspor.core.tests.browser import CHROMIUM, follow
from siapekspor.registry.tests.factories import make_enterprise, make_user
from siapekspor.training import services
from siapekspor.training.content.modules import MODULES
from siapekspor.training.models import LearningModule
from siapekspor.training.tests.test_browser import _login, _no_sideways_scroll

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Debian chromium is not installed"),
    pytest.mark.django_db(transaction=True),
]
PHONE = {"width": 360, "height": 740}


def test_owner_reads_the_screens_and_takes_the_quiz_on_a_phone(live_server, browser):
    services.modules_load(MODULES)
    ent = make_enterprise(name="Kopi Liwa Jaya", regency="18.04")
    make_user(Role.ENTERPRISE_OWNER, username="liwa", enterprise=ent)
    module = LearningModule.objects.get(code="biaya-incoterms")
    page = browser.new_page(viewport=PHONE)
    _login(page, live_server.url, "liwa")
    page.goto(f"{live_server.url}/training/modules/")
    follow(page, f"a[href$='/modules/{module.code}/']")
    for number in range(1, 6):
        assert f"Halaman {number} dari 5" in page.locator("article.module-screen").inner_text()
        assert _no_sideways_scroll(page), number
        link = page.locator("a[rel=next]") if number < 5 else page.get_by_text("Kerjakan kuis")
        if number == 5:
            assert page.locator(".worked-example").count() == 1
            assert "FOB Pelabuhan Panjang" in page.locator(".screen-body").inner_text()
        follow(page, link)
    assert page.locator("fieldset.quiz-question").count() == 8
    assert _no_sideways_scroll(page)
    for question in module.quiz.all():
        page.check(f"input[value='{question.choices.get(is_correct=True).pk}']")
    follow(page, "form.quiz-form button[type=submit]")
    assert "8 dari 8 benar" in page.locator("p.notice").inner_text()
    assert page.locator("ol.feedback .explanation").count() == 8
    assert _no_sideways_scroll(page)
    assert module.progress.get(enterprise=ent).completed_at is not None


def test_screens_and_feedback_read_right_to_left_in_arabic(live_server, browser):
    services.modules_load(MODULES)
    ent = make_enterprise(name="Rumput Laut Ketapang", regency="18.01")
    make_user(Role.ENTERPRISE_OWNER, username="ketapang", enterprise=ent)
    module = LearningModule.objects.get(code="pengiriman-kecil")
    page = browser.new_page(viewport=PHONE)
    _login(page, live_server.url, "ketapang", prefix="/ar")
    page.goto(f"{live_server.url}/ar/training/modules/{module.code}/?screen=5")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert "الصفحة 5 من 5" in page.locator("article.module-screen").inner_text()
    assert "لامبونغ الجنوبية" in page.locator("h2").first.inner_text()
    assert _no_sideways_scroll(page)
    # Right to left: the step list starts at the right edge of the page.
    first, quiz = (page.locator(".module-steps a").nth(i).bounding_box() for i in (0, 5))
    assert first["x"] > quiz["x"]
    page.goto(f"{live_server.url}/ar/training/modules/{module.code}/?screen=quiz")
    for question in module.quiz.all():
        page.check(f"input[value='{question.choices.filter(is_correct=False).first().pk}']")
    follow(page, "form.quiz-form button[type=submit]")
    feedback = page.locator("ol.feedback").inner_text()
    assert feedback.count("الإجابة الصحيحة:") == 8
    assert _no_sideways_scroll(page)
    assert module.progress.get(enterprise=ent).completed_at is None
