"""Languages in one place (core.i18n): derived names, content loaders that fill every language,
Indonesian pages that show Indonesian content, and no hand-written language list elsewhere."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from django.conf import settings
from modeltranslation.translator import translator

from siapekspor.core import i18n
from siapekspor.readiness import services as readiness
from siapekspor.readiness.content.questionnaire_v1 import QUESTIONNAIRE, SCALE
from siapekspor.readiness.models import Dimension, Option, Question, Questionnaire
from siapekspor.readiness.selectors import diagnosis
from siapekspor.registry import reference
from siapekspor.registry.models import HsCode, KbliCode
from siapekspor.training import services as training
from siapekspor.training.content.modules import MODULES
from siapekspor.training.models import LearningModule, LearningScreen, QuizChoice, QuizQuestion

PACKAGE = Path(__file__).resolve().parents[2]
CONTENT_MODELS = (
    Questionnaire,
    Dimension,
    Question,
    Option,
    LearningModule,
    LearningScreen,
    QuizQuestion,
    QuizChoice,
)
OPTIONAL_FIELDS = {(Question, "help_text")}


def test_codes_locales_and_columns_are_derived_from_settings():
    assert i18n.codes() == tuple(code for code, _name in settings.LANGUAGES)
    assert i18n.default() == "id" and i18n.codes()[0] == "id"
    assert i18n.machine_translated() == tuple(settings.MACHINE_TRANSLATED_LANGUAGES)
    assert tuple(settings.MODELTRANSLATION_LANGUAGES) == i18n.codes()
    assert i18n.locale("zh-hans") == "zh_Hans" and i18n.locale("id") == "id"
    # modeltranslation names the Indonesian column "_ind": "_id" would clash with foreign keys.
    assert i18n.column("title", "id") == "title_ind"
    assert i18n.column("title", "zh-hans") == "title_zh_hans"
    assert [i18n.is_rtl(c) for c in i18n.codes()].count(True) == 1 and i18n.is_rtl("ar")
    for asked, known in [("zh-Hans", "zh-hans"), ("zh_hans", "zh-hans"), ("AR", "ar")]:
        assert i18n.normalise(asked) == known
    assert i18n.normalise("en-GB") == "en" and i18n.normalise("xx") == i18n.normalise(None) == "id"


def test_every_translated_model_has_the_columns_core_i18n_names():
    models = translator.get_registered_models()
    assert set(CONTENT_MODELS) | {HsCode, KbliCode} <= set(models)
    for model in models:
        names = {f.name for f in model._meta.get_fields()}
        for field in translator.get_options_for_model(model).fields:
            missing = set(i18n.columns(field).values()) - names
            assert not missing, (model.__name__, field, missing)


def test_set_translations_refuses_a_missing_or_unknown_language():
    module = LearningModule()
    texts = {code: f"judul {code}" for code in i18n.codes()}
    i18n.set_translations(module, "title", texts)
    assert module.title_ind == "judul id" and module.title_zh_hans == "judul zh-hans"
    with pytest.raises(i18n.MissingTranslation, match="zh-hans"):
        i18n.set_translations(module, "title", {k: v for k, v in texts.items() if k != "zh-hans"})
    with pytest.raises(i18n.MissingTranslation, match="zh_hans"):
        i18n.set_translations(module, "title", {**texts, "zh_hans": "typo"})


def _empty_columns(model) -> list[str]:
    problems = []
    for field in translator.get_options_for_model(model).fields:
        if (model, field) in OPTIONAL_FIELDS:
            continue
        for row in model.objects.all():
            for code, col in i18n.columns(field).items():
                if not getattr(row, col):
                    problems.append(f"{model.__name__}#{row.pk}.{field} [{code}]")
    return problems


@pytest.mark.django_db
def test_reloading_every_content_loader_fills_all_languages():
    readiness.questionnaire_load(QUESTIONNAIRE)
    training.modules_load(MODULES)
    # A stale Indonesian text (the state a loader that skipped Indonesian left behind) is
    # overwritten by the reload, as is a text missing in one language.
    Question.objects.update(next_step_ind="", next_step_ar="")
    QuizChoice.objects.update(text_ind="stale")
    readiness.questionnaire_load(QUESTIONNAIRE)
    training.modules_load(MODULES)
    for model in CONTENT_MODELS:
        assert model.objects.exists(), model
        assert not _empty_columns(model), _empty_columns(model)[:5]

    question = QUESTIONNAIRE["dimensions"][0]["questions"][0]
    stored = Question.objects.get(code=question["code"])
    for code, col in i18n.columns("next_step").items():
        assert getattr(stored, col) == question["next"][2][code]
    first_choice = MODULES[0]["quiz"][0]["choices"][0][0]
    choice = QuizChoice.objects.filter(question__module__code=MODULES[0]["code"]).first()
    for code, col in i18n.columns("text").items():
        assert getattr(choice, col) == first_choice[code]


@pytest.mark.django_db
def test_reloading_reference_data_stores_every_language_the_tables_carry():
    for _ in range(2):
        reference.load_kbli_builtin()
        reference.load_hs_builtin()
    tables = [
        (KbliCode, "title", "kbli_ikm.csv"),
        (HsCode, "description", "hs2022.csv"),
    ]
    for model, field, name in tables:
        rows = list(reference._rows(reference.BUILTIN_DIR / name))
        carried = [c for c in i18n.codes() if reference.csv_column(field, c) in rows[0]]
        assert i18n.default() in carried and "en" in carried
        stored = {o.code: o for o in model.objects.all()}
        for r in rows:
            for code in carried:
                column = i18n.column(field, code)
                assert getattr(stored[r["code"]], column) == (
                    r[reference.csv_column(field, code)] or None
                ), (name, r["code"], column)
    # HS chapters are translated in all six languages.
    chapter = HsCode.objects.get(code="09")
    assert all(getattr(chapter, col) for col in i18n.columns("description").values())


@pytest.mark.django_db
def test_indonesian_pages_show_indonesian_content_not_english(client, users):
    readiness.questionnaire_load(QUESTIONNAIRE)
    readiness.questionnaire_load(QUESTIONNAIRE)  # a reload, as `make demo` does
    training.modules_load(MODULES)
    training.modules_load(MODULES)
    owner = users["enterprise_owner"]
    assessment, _new = readiness.assessment_start(actor=owner, enterprise=owner.enterprise)
    lowest = {
        q["code"]: (q.get("options") or [("belum",)])[0][0]
        for d in QUESTIONNAIRE["dimensions"]
        for q in d["questions"]
    }
    readiness.assessment_answer(actor=owner, assessment=assessment, answers=lowest)
    readiness.assessment_submit(actor=owner, assessment=assessment)
    client.force_login(owner)
    indonesian = " ".join(t["id"] for t in _content_texts())

    content = {q["code"]: q for d in QUESTIONNAIRE["dimensions"] for q in d["questions"]}
    gaps = [q.code for q in diagnosis(assessment).gaps]
    steps = [content[code]["next"][2] for code in gaps]
    assert len(steps) == 8
    result = client.get(f"/readiness/assessments/{assessment.pk}/result/").content.decode()
    assert "Langkah berikutnya" in result
    for step in steps:
        assert _html(step["id"]) in result, step["id"]
        if step["en"] not in indonesian:
            assert _html(step["en"]) not in result, step["en"]
    # The questionnaire itself: a new assessment's first page of questions and answers.
    again, _new = readiness.assessment_start(actor=owner, enterprise=owner.enterprise)
    page = client.get(f"/readiness/assessments/{again.pk}/").content.decode()
    first = QUESTIONNAIRE["dimensions"][0]
    shown = [first["name"], *(q["text"] for q in first["questions"])]
    shown += [label for q in first["questions"] for _c, _p, label in q.get("options") or SCALE]
    for text in shown:
        assert _html(text["id"]) in page, text["id"]
        if text["en"] not in indonesian:
            assert _html(text["en"]) not in page, text["en"]

    for module in MODULES:
        page = client.get(f"/training/modules/{module['code']}/").content.decode()
        page += client.get(f"/training/modules/{module['code']}/?screen=quiz").content.decode()
        shown = [module["title"], module["screens"][0]["title"]]
        shown += [q["text"] for q in module["quiz"]]
        shown += [c for q in module["quiz"] for c, _ok in q["choices"]]
        for text in shown:
            assert _html(text["id"]) in page, text["id"]
            if text["en"] not in indonesian:
                assert _html(text["en"]) not in page, text["en"]


def _html(text: str) -> str:
    from django.utils.html import escape

    return str(escape(text))


def _content_texts() -> list[dict]:
    found: list[dict] = []

    def walk(node):
        if isinstance(node, dict):
            if set(node) == set(i18n.codes()):
                found.append(node)
            else:
                for value in node.values():
                    walk(value)
        elif isinstance(node, list | tuple):
            for value in node:
                walk(value)

    walk([QUESTIONNAIRE, MODULES])
    return found


def test_content_modules_write_every_language_of_the_site():
    texts = _content_texts()
    assert len(texts) > 100
    for text in texts:
        assert all(text[code].strip() for code in i18n.codes()), text


# --- nothing else spells a language list -------------------------------------------------------

_SPELLINGS = {s for code in i18n.codes() for s in (code, i18n.locale(code), code.replace("-", "_"))}
# Column suffixes that differ from the language code (Indonesian "_ind", "_zh_hans"): the
# ones that hand-written names get wrong.
_SUFFIXES = {i18n.column("x", c)[2:] for c in i18n.codes()} - set(i18n.codes())
_COLUMN = re.compile(r"\b[a-z]\w*_(?:" + "|".join(sorted(_SUFFIXES)) + r")\b")
# test_reference_data reads the column names of our CSV tables, not model columns; this file
# tests the naming itself.
_ALLOWED = {
    "registry/tests/test_reference_data.py",
    "core/i18n.py",
    "core/tests/test_languages.py",
    # Translation routes (id→en→ja pivots) and glossary forms name languages on purpose.
    "translation/tests/test_engine.py",
    "translation/tests/test_services.py",
    "translation/tests/test_views.py",
}


def _python_files():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if "/migrations/" not in rel and rel not in _ALLOWED:
            yield rel, path.read_text(encoding="utf-8")


def test_no_module_spells_a_list_of_languages_or_a_translated_column():
    """Language lists come from core.i18n; modeltranslation columns from i18n.column()."""
    problems = []
    for rel, source in _python_files():
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Tuple | ast.List | ast.Set):
                values = [e.value for e in node.elts if isinstance(e, ast.Constant)]
                if len(values) == len(node.elts) >= 3 and (
                    sum(v in _SPELLINGS for v in values if isinstance(v, str)) >= 3
                ):
                    problems.append(f"{rel}:{node.lineno} {values}")
        for lineno, line in enumerate(source.splitlines(), 1):
            if _COLUMN.search(line):
                problems.append(f"{rel}:{lineno} {line.strip()}")
    assert not problems, "\n".join(problems)
