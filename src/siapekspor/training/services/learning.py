"""Self-paced learning: loading the modules, grading quizzes, readiness credit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siapekspor.core.audit import audit_record
from siapekspor.core.errors import PermissionDeniedError
from siapekspor.core.i18n import default as default_language
from siapekspor.core.i18n import set_translations
from siapekspor.training import access
from siapekspor.training.models import LearningModule, ModuleProgress, QuizChoice, QuizQuestion

if TYPE_CHECKING:
    from collections.abc import Iterable

    from siapekspor.accounts.models import User
    from siapekspor.registry.models import Enterprise


@transaction.atomic
def modules_load(modules: list[dict[str, Any]], *, actor: User | None = None) -> int:
    """Create or update the learning modules from their content (every language); returns how many."""
    for order, m in enumerate(modules):
        module, _c = LearningModule.objects.get_or_create(
            code=m["code"],
            defaults={
                "level": m["level"],
                "dimension_code": m["dimension"],
                "title": m["title"][default_language()],
                "summary": m["summary"][default_language()],
                "body": m["body"][default_language()],
            },
        )
        module.level, module.dimension_code, module.credit_points = (
            m["level"],
            m["dimension"],
            m["credit"],
        )
        module.order = order
        for f in ("title", "summary", "body"):
            set_translations(module, f, m[f])
        module.save()
        module.quiz.all().delete()
        for q_order, (text, choices) in enumerate(m["quiz"]):
            q = QuizQuestion(module=module, order=q_order)
            set_translations(q, "text", text)
            q.save()
            for c_order, (ctext, correct) in enumerate(choices):
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
