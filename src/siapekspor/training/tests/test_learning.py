"""Self-paced learning: the modules as written and loaded (screens, worked examples, quizzes
with explanations, six languages), the pages read screen by screen in Indonesian and Arabic,
quiz feedback, and a passed quiz counting in readiness."""

from __future__ import annotations

import copy
import io

import pytest
from django.core.management import call_command

from siapekspor.core import i18n
from siapekspor.readiness import services as readiness
from siapekspor.readiness.content.questionnaire_v1 import QUESTIONNAIRE
from siapekspor.readiness.models import Assessment
from siapekspor.training import services
from siapekspor.training.content.modules import MODULES
from siapekspor.training.models import (
    LearningModule,
    LearningScreen,
    ModuleProgress,
    QuizChoice,
    QuizQuestion,
)
from siapekspor.training.services.learning import ModuleContentError

LAMPUNG_PRODUCTS = ("kopi", "lada", "keripik pisang", "tapis", "rumput laut")
# The export path the modules must cover (issue 14, item 6), by module code.
EXPORT_PATH = {
    "riset-pasar",
    "pembeli-negosiasi",
    "adaptasi-produk",
    "dokumen-sertifikat",
    "biaya-incoterms",
    "prosedur-ekspor",
    "pembayaran-pembiayaan",
    "pengiriman-kecil",
}

FULL = {
    q["code"]: (q.get("options") or [("belum",), ("mulai",), ("sebagian",), ("penuh",)])[-1][0]
    for d in QUESTIONNAIRE["dimensions"]
    for q in d["questions"]
}


@pytest.fixture
def loaded(db):
    services.modules_load(MODULES)


def _answers(module, right: int) -> dict[str, int]:
    """Form data answering the first `right` questions correctly and the rest wrongly."""
    data = {}
    for n, question in enumerate(module.quiz.all()):
        choice = question.choices.filter(is_correct=n < right).first()
        data[f"q{question.pk}"] = choice.pk
    return data


def test_every_module_has_five_screens_a_lampung_example_and_eight_questions():
    assert len(MODULES) >= 7
    assert {m["code"] for m in MODULES} >= EXPORT_PATH
    for m in MODULES:
        assert len(m["screens"]) >= 5, m["code"]
        assert len(m["quiz"]) >= 8, m["code"]
        examples = [s for s in m["screens"] if s.get("example")]
        assert examples, m["code"]
        text = " ".join(s["title"]["id"] + " " + s["body"]["id"] for s in examples).lower()
        assert any(p in text for p in LAMPUNG_PRODUCTS), m["code"]
        for question in m["quiz"]:
            assert sum(1 for _c, right in question["choices"] if right) == 1
            assert question["explanation"]["id"]


def test_the_coffee_example_builds_a_price_from_ex_works_to_fob_panjang():
    module = next(m for m in MODULES if m["code"] == "biaya-incoterms")
    example = next(s for s in module["screens"] if s.get("example"))
    body = example["body"]["id"]
    assert "EXW" in body and "FOB Pelabuhan Panjang" in body and "Incoterms 2020" in body
    # 1,152,000,000 + 18,000,000 = 1,170,000,000 for 19,200 kg: IDR 60,937.5/kg.
    assert "Rp 1.170.000.000" in body and "Rp 60.937,5/kg" in body


def test_loader_fills_every_language_of_every_screen_question_and_answer(loaded):
    assert LearningModule.objects.count() == len(MODULES)
    assert LearningScreen.objects.count() == sum(len(m["screens"]) for m in MODULES)
    assert QuizQuestion.objects.count() == sum(len(m["quiz"]) for m in MODULES)
    checks = [
        (LearningModule, ("title", "summary")),
        (LearningScreen, ("title", "body")),
        (QuizQuestion, ("text", "explanation")),
        (QuizChoice, ("text",)),
    ]
    for model, fields in checks:
        for row in model.objects.all():
            for field in fields:
                for code, column in i18n.columns(field).items():
                    assert getattr(row, column).strip(), (model.__name__, row.pk, field, code)
    for module in LearningModule.objects.all():
        assert module.screens.count() >= 5 and module.screens.filter(is_example=True).exists()
        assert module.quiz.count() >= 8


def test_load_modules_command_reloads_without_duplicates_and_keeps_progress(loaded, users):
    owner = users["enterprise_owner"]
    module = LearningModule.objects.get(code="pengiriman-kecil")
    answers = {q.pk: q.choices.get(is_correct=True).pk for q in module.quiz.all()}
    services.quiz_submit(actor=owner, enterprise=owner.enterprise, module=module, answers=answers)
    out = io.StringIO()
    call_command("load_modules", stdout=out)
    assert out.getvalue().strip() == f"modules={len(MODULES)}"
    assert LearningScreen.objects.count() == sum(len(m["screens"]) for m in MODULES)
    progress = ModuleProgress.objects.get(enterprise=owner.enterprise, module__code=module.code)
    assert progress.completed_at is not None


def test_loader_refuses_thin_or_untranslated_content_and_loads_nothing(db):
    thin = copy.deepcopy(MODULES[:2])
    thin[1]["screens"] = thin[1]["screens"][:4]
    with pytest.raises(ModuleContentError, match="minimal 5"):
        services.modules_load(thin)
    untranslated = copy.deepcopy(MODULES[:2])
    del untranslated[1]["quiz"][3]["explanation"]["ar"]
    with pytest.raises(i18n.MissingTranslation):
        services.modules_load(untranslated)
    assert not LearningModule.objects.exists() and not LearningScreen.objects.exists()


def test_passing_a_quiz_counts_in_readiness_and_failing_does_not(loaded, users):
    readiness.questionnaire_load(QUESTIONNAIRE)
    owner = users["enterprise_owner"]
    assessment, _new = readiness.assessment_start(actor=owner, enterprise=owner.enterprise)
    readiness.assessment_answer(
        actor=owner, assessment=assessment, answers={**FULL, "pricing_costing": "mulai"}
    )
    assessment = readiness.assessment_submit(actor=owner, assessment=assessment)
    before = assessment.dimension_scores["pricing"]
    module = LearningModule.objects.get(code="biaya-incoterms")
    assert module.dimension_code == "pricing" and module.quiz.count() == 8

    def answer(right: int):
        data = _answers(module, right)
        return services.quiz_submit(
            actor=owner,
            enterprise=owner.enterprise,
            module=module,
            answers={int(k[1:]): v for k, v in data.items()},
        )

    failed = answer(4)  # 50 %: below the pass mark
    assert failed.best_score == 50 and failed.completed_at is None
    readiness.assessments_rescore_bulk()
    assert Assessment.objects.get(pk=assessment.pk).dimension_scores["pricing"] == before
    passed = answer(5)  # 5 of 8 = 62.5 %, shown as 62 %: above the 60 % pass mark
    assert passed.best_score == 62 and passed.completed_at is not None
    readiness.assessments_rescore_bulk()
    assert (
        Assessment.objects.get(pk=assessment.pk).dimension_scores["pricing"]
        == before + module.credit_points
    )


def test_screens_read_one_at_a_time_in_indonesian_and_in_arabic(loaded, users, client):
    client.force_login(users["enterprise_owner"])
    listing = client.get("/training/modules/").content.decode()
    assert listing.count("5 halaman, kuis 8 soal") == len(MODULES)
    module = LearningModule.objects.get(code="biaya-incoterms")
    screens = list(module.screens.all())
    first = client.get(f"/training/modules/{module.code}/").content.decode()
    assert screens[0].title in first and "Halaman 1 dari 5" in first
    assert screens[0].body[:40] in first and screens[1].body[:40] not in first
    assert 'href="?screen=2"' in first and 'rel="next"' in first
    example = client.get(f"/training/modules/{module.code}/?screen=5").content.decode()
    assert "Contoh: kopi robusta dari Liwa" in example and "worked-example" in example
    assert "Contoh kasus" in example and "Kerjakan kuis" in example
    # A screen number out of range or not a number never fails: the nearest screen is shown.
    assert (
        screens[4].title
        in client.get(f"/training/modules/{module.code}/?screen=99").content.decode()
    )
    assert (
        screens[0].title
        in client.get(f"/training/modules/{module.code}/?screen=x").content.decode()
    )
    arabic = client.get(f"/ar/training/modules/{module.code}/?screen=2").content.decode()
    assert 'dir="rtl"' in arabic and getattr(screens[1], i18n.column("body", "ar"))[:40] in arabic
    assert (
        getattr(screens[1], i18n.column("body", "id"))[:40] not in arabic
        and "الصفحة 2 من 5" in arabic
    )


def test_quiz_feedback_shows_each_explanation_and_the_right_answer(loaded, users, client):
    owner = users["enterprise_owner"]
    client.force_login(owner)
    module = LearningModule.objects.get(code="prosedur-ekspor")
    quiz = client.get(f"/training/modules/{module.code}/?screen=quiz").content.decode()
    assert quiz.count('type="radio"') == sum(q.choices.count() for q in module.quiz.all())
    page = client.post(f"/training/modules/{module.code}/", _answers(module, 6))
    html = page.content.decode()
    assert page.status_code == 200 and "6 dari 8 benar" in html and "Modul selesai" in html
    for question in module.quiz.all():
        assert question.explanation in html
    last = list(module.quiz.all())[-1]
    assert "Jawaban benar:" in html and last.choices.get(is_correct=True).text in html
    assert ModuleProgress.objects.get(enterprise=owner.enterprise, module=module).best_score == 75
