"""Self-paced learning: loading the modules, grading quizzes, readiness credit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siapekspor.core.audit import audit_record
from siapekspor.core.errors import PermissionDeniedError
from siapekspor.core.i18n import set_translations
from siapekspor.training import access
from siapekspor.training.models import (
    LearningModule,
    LearningScreen,
    ModuleProgress,
    QuizChoice,
    QuizQuestion,
)

MIN_SCREENS = 5
MIN_QUESTIONS = 8


class ModuleContentError(ValueError):
    """Learning content that cannot be loaded as written (nothing is loaded then)."""


def _check_module(m: dict[str, Any]) -> None:
    code = m.get("code", "?")
    screens, quiz = m.get("screens") or [], m.get("quiz") or []
    if len(screens) < MIN_SCREENS:
        raise ModuleContentError(
            f"Modul {code}: {len(screens)} layar, minimal {MIN_SCREENS} "
            f"(module {code}: {len(screens)} screens, at least {MIN_SCREENS})."
        )
    if len(quiz) < MIN_QUESTIONS:
        raise ModuleContentError(
            f"Modul {code}: {len(quiz)} soal kuis, minimal {MIN_QUESTIONS} "
            f"(module {code}: {len(quiz)} quiz questions, at least {MIN_QUESTIONS})."
        )
    for n, q in enumerate(quiz, start=1):
        right = sum(1 for _text, correct in q["choices"] if correct)
        if right != 1 or len(q["choices"]) < 2:
            raise ModuleContentError(
                f"Modul {code}, soal {n}: harus ada tepat satu jawaban benar dari minimal dua "
                f"(module {code}, question {n}: exactly one correct answer of at least two)."
            )


if TYPE_CHECKING:
    from collections.abc import Iterable

    from siapekspor.accounts.models import User
    from siapekspor.registry.models import Enterprise


@transaction.atomic
def modules_load(modules: list[dict[str, Any]], *, actor: User | None = None) -> int:
    """Load or refresh the learning modules: screens, quiz questions with their explanations
    and answers, every text in all the site's languages (a missing language refuses the whole
    load, so no module is left half-written). Progress of enterprises is kept."""
    for m in modules:
        _check_module(m)
    for order, m in enumerate(modules):
        module = LearningModule.objects.filter(code=m["code"]).first() or LearningModule(
            code=m["code"]
        )
        module.level, module.dimension_code, module.credit_points = (
            m["level"],
            m["dimension"],
            m["credit"],
        )
        module.order = order
        set_translations(module, "title", m["title"])
        set_translations(module, "summary", m["summary"])
        module.full_clean()
        module.save()
        module.screens.all().delete()
        for s_order, screen in enumerate(m["screens"]):
            row = LearningScreen(
                module=module, order=s_order, is_example=bool(screen.get("example"))
            )
            set_translations(row, "title", screen["title"])
            set_translations(row, "body", screen["body"])
            row.save()
        module.quiz.all().delete()
        for q_order, question in enumerate(m["quiz"]):
            q = QuizQuestion(module=module, order=q_order)
            set_translations(q, "text", question["text"])
            set_translations(q, "explanation", question["explanation"])
            q.save()
            for c_order, (ctext, correct) in enumerate(question["choices"]):
                c = QuizChoice(question=q, order=c_order, is_correct=correct)
                set_translations(c, "text", ctext)
                c.save()
    audit_record(
        actor=actor,
        action="training.modules.loaded",
        target_type="training.learningmodule",
        target_id="*",
        changes={"modules": len(modules)},
    )
    return len(modules)


PASS_PERCENT = 60


@transaction.atomic
def quiz_submit(
    *, actor: User, enterprise: Enterprise, module: LearningModule, answers: dict[int, int]
) -> ModuleProgress:
    """Grade a quiz (question id → choice id). Passing (≥ 60 %) completes the module, which
    credits the readiness dimension on the next assessment or rescoring."""
    if not access.can_record_learning(actor, enterprise):
        raise PermissionDeniedError(_("Only the enterprise's owner records learning progress."))
    questions = list(module.quiz.prefetch_related("choices"))
    correct = sum(
        1
        for q in questions
        if any(c.is_correct and c.pk == answers.get(q.pk) for c in q.choices.all())
    )
    pct = round(100 * correct / len(questions)) if questions else 100
    progress, _c = ModuleProgress.objects.select_for_update().get_or_create(
        enterprise=enterprise, module=module
    )
    progress.attempts += 1
    progress.best_score = max(progress.best_score, pct)
    if pct >= PASS_PERCENT and progress.completed_at is None:
        progress.completed_at = timezone.now()
    progress.save(update_fields=["attempts", "best_score", "completed_at"])
    audit_record(
        actor=actor,
        action="training.module.quiz",
        target=progress,
        changes={"score": [None, pct], "completed": [None, progress.completed_at is not None]},
    )
    return progress


def learning_credit(enterprise_ids: Iterable[int]) -> dict[int, dict[str, float]]:
    """Readiness credit per dimension from completed modules (registered in readiness.hooks)."""
    out: dict[int, dict[str, float]] = {}
    rows = ModuleProgress.objects.filter(completed_at__isnull=False)
    if enterprise_ids is not None:
        ids = list(enterprise_ids)
        if len(ids) < 20_000:
            rows = rows.filter(enterprise_id__in=ids)
    for ent, dim, pts in rows.values_list(
        "enterprise_id", "module__dimension_code", "module__credit_points"
    ):
        slot = out.setdefault(ent, {})
        slot[dim] = slot.get(dim, 0) + pts
    return out
