"""Every write of the readiness app: questionnaire loading, assessments, bulk scoring."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siapekspor.core.audit import audit_record
from siapekspor.core.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    PermissionDeniedError,
)
from siapekspor.core.i18n import default as default_language
from siapekspor.core.i18n import set_translations
from siapekspor.readiness import access, hooks
from siapekspor.readiness.content.questionnaire_v1 import SCALE
from siapekspor.readiness.content.questionnaire_v2 import NOT_APPLICABLE
from siapekspor.readiness.models import (
    Answer,
    Assessment,
    AssessmentStatus,
    CurrentLevel,
    Dimension,
    LevelGate,
    Option,
    Question,
    Questionnaire,
)
from siapekspor.readiness.scoring import Structure, load_structure, score

if TYPE_CHECKING:
    from collections.abc import Iterable

    from siapekspor.accounts.models import User
    from siapekspor.registry.models import Enterprise


class AssessmentIncomplete(DomainError):
    code = "assessment_incomplete"
    default_message = _("Answer every question before submitting the assessment.")


class AssessmentClosed(ConflictError):
    code = "assessment_closed"
    default_message = _("This assessment has been submitted and can no longer be changed.")


class NoQuestionnaire(NotFoundError):
    code = "no_questionnaire"
    default_message = _("No questionnaire is loaded yet: run `siapekspor load-readiness`.")


class UnknownAnswer(DomainError):
    code = "unknown_answer"
    default_message = _("An answer does not belong to this questionnaire.")


@transaction.atomic
def questionnaire_load(
    data: dict[str, Any], *, actor: User | None = None, activate: bool = True
) -> tuple[Questionnaire, bool]:
    """Create or refresh one questionnaire version from content data (idempotent by codes).

    Returns (questionnaire, created). Scores of existing options are not changed once answers
    refer to them: a new scoring needs a new version.
    """
    q, created = Questionnaire.objects.get_or_create(
        version=data["version"], defaults={"title": data["title"][default_language()]}
    )
    set_translations(q, "title", data["title"])
    q.is_active = activate or q.is_active
    q.export_floor = data.get("export_floor", "")
    q.save()
    if activate:
        Questionnaire.objects.exclude(pk=q.pk).update(is_active=False)
    for d_order, d in enumerate(data["dimensions"]):
        dim, _c = Dimension.objects.get_or_create(
            questionnaire=q, code=d["code"], defaults={"name": d["name"][default_language()]}
        )
        set_translations(dim, "name", d["name"])
        dim.weight, dim.order = d["weight"], d_order
        dim.ungated_for = list(d.get("ungated_for", ()))
        dim.save()
        for q_order, item in enumerate(d["questions"]):
            question, _c = Question.objects.get_or_create(
                dimension=dim,
                code=item["code"],
                defaults={"text": item["text"][default_language()]},
            )
            set_translations(question, "text", item["text"])
            kind, ref, step = item["next"]
            set_translations(question, "next_step", step)
            question.next_step_kind, question.next_step_ref = kind, ref
            question.weight, question.order = item["weight"], q_order
            question.applies_to = list(item.get("applies_to", ()))
            question.is_branch = bool(item.get("branch", False))
            question.export_credit = bool(item.get("export_credit", False))
            question.save()
            for o_order, (code, points, label, *flags) in enumerate(item.get("options") or SCALE):
                option, made = Option.objects.get_or_create(
                    question=question,
                    code=code,
                    defaults={"label": label[default_language()], "score": points},
                )
                set_translations(option, "label", label)
                if made:  # scoring of an answered option never changes: a new version does
                    option.score = points
                    option.not_applicable = NOT_APPLICABLE in flags
                option.order = o_order
                option.save()
    for g in data["gates"]:
        LevelGate.objects.update_or_create(
            questionnaire=q,
            level=g["level"],
            defaults={
                "min_overall": g["min_overall"],
                "min_per_dimension": g["min_per_dimension"],
                "required_questions": list(g["required_questions"]),
            },
        )
    audit_record(
        actor=actor,
        action="readiness.questionnaire.loaded",
        target=q,
        changes={"version": [None, q.version], "created": [None, created]},
    )
    return q, created


def active_questionnaire() -> Questionnaire:
    """The newest active questionnaire; raises NoQuestionnaire when none is loaded."""
    q = Questionnaire.objects.filter(is_active=True).order_by("-version").first()
    if q is None:
        raise NoQuestionnaire()
    return q


@transaction.atomic
def assessment_start(
    *, actor: User, enterprise: Enterprise, language: str = "id"
) -> tuple[Assessment, bool]:
    """Resume the open draft of this kind for the enterprise, or start one. (assessment, new)."""
    if not access.can_assess(actor, enterprise):
        raise PermissionDeniedError(_("You may not assess this enterprise."))
    kind = access.kind_for(actor)
    draft = (
        Assessment.objects.select_for_update()
        .filter(enterprise=enterprise, kind=kind, status=AssessmentStatus.DRAFT)
        .order_by("-id")
        .first()
    )
    if draft is not None:
        return draft, False
    questionnaire = active_questionnaire()
    assessment = Assessment.objects.create(
        enterprise=enterprise,
        questionnaire=questionnaire,
        kind=kind,
        assessor=actor,
        language=language,
    )
    # What the registry already knows is filled in (the owner may change it). The product
    # type is only suggested on the form (selectors.suggested_product_type): the owner
    # confirms it on the first page.
    if enterprise.nib:
        option = Option.objects.filter(
            question__dimension__questionnaire=questionnaire, question__code="legal_nib", score=100
        ).first()
        if option:
            Answer.objects.create(
                assessment=assessment, question_id=option.question_id, option=option
            )
    audit_record(
        actor=actor,
        action="readiness.assessment.started",
        target=assessment,
        changes={"kind": [None, kind], "enterprise": [None, enterprise.pk]},
    )
    return assessment, True


def _ensure_writable(actor: User, assessment: Assessment) -> None:
    if assessment.status != AssessmentStatus.DRAFT:
        raise AssessmentClosed()
    if not access.can_assess(actor, assessment.enterprise) or access.kind_for(actor) != (
        assessment.kind
    ):
        raise PermissionDeniedError(_("You may not change this assessment."))


@transaction.atomic
def assessment_answer(*, actor: User, assessment: Assessment, answers: dict[str, str]) -> int:
    """Save answers {question code: option code}; returns how many were saved."""
    _ensure_writable(actor, assessment)
    options = {
        (qc, oc): (qid, oid)
        for qc, oc, qid, oid in Option.objects.filter(
            question__dimension__questionnaire_id=assessment.questionnaire_id,
            question__code__in=list(answers),
        ).values_list("question__code", "code", "question_id", "id")
    }
    before = dict(assessment.answers.values_list("question_id", "option_id"))
    changed = {}
    for qcode, ocode in answers.items():
        hit = options.get((qcode, ocode))
        if hit is None:
            raise UnknownAnswer(field=qcode)
        qid, oid = hit
        if before.get(qid) != oid:
            Answer.objects.update_or_create(
                assessment=assessment, question_id=qid, defaults={"option_id": oid}
            )
            changed[qcode] = [before.get(qid), oid]
    if changed:
        Assessment.objects.filter(pk=assessment.pk).update(updated_at=timezone.now())
        audit_record(
            actor=actor, action="readiness.assessment.answered", target=assessment, changes=changed
        )
    return len(changed)


def latest_level(enterprise_id: int) -> str:
    """The level of the enterprise's latest submitted assessment ('' when none)."""
    return (
        Assessment.objects.filter(enterprise_id=enterprise_id, status=AssessmentStatus.SUBMITTED)
        .order_by("-submitted_at", "-id")
        .values_list("level", flat=True)
        .first()
    ) or ""


# The columns `_apply` sets (saved with them after scoring).
SCORED_FIELDS = ("dimension_scores", "overall_score", "level", "learning_bonus", "product_type")


def _apply(
    assessment: Assessment,
    structure: Structure,
    option_ids: Iterable[int],
    bonus: dict[str, float] | None,
) -> None:
    exported = bool((assessment.export_record or {}).get("exporting"))
    result = score(structure, option_ids, bonus, exported=exported)
    assessment.dimension_scores = result.dimension_scores
    assessment.overall_score = result.overall
    assessment.level = result.level
    assessment.learning_bonus = bonus or {}
    assessment.product_type = result.product_type


def export_record(enterprise_id: int) -> dict[str, Any]:
    """The enterprise's export status as the shipments app derived it (`shipments.selectors.
    status_of`): whether it has a verified export, direct or indirect, in the trailing 12
    months. Stored on the assessment at submission, so a rescore gives the same level."""
    from siapekspor.shipments.models import StatusCode
    from siapekspor.shipments.selectors import status_of

    status = status_of(enterprise_id)
    if status is None:
        return {"exporting": False, "status": str(StatusCode.NEVER)}
    exporting = status.status == StatusCode.EXPORTING
    return {
        "exporting": exporting,
        "status": status.status,
        "direct": exporting and status.direct_in_window,
        "indirect": exporting and status.indirect_in_window,
        "last_export_date": status.last_export_date.isoformat(),
        "shipments": status.shipments,
        "as_of": status.as_of.isoformat(),
    }


def unanswered(structure: Structure, option_ids: Iterable[int]) -> list[str]:
    """Codes of the questions still to answer: the branch question, then every question asked
    for the chosen product type."""
    from siapekspor.readiness.scoring import product_type_of

    answered = {structure.option_question.get(o) for o in option_ids}
    product_type = product_type_of(structure, option_ids)
    return [
        q.code
        for q in structure.questions.values()
        if (q.is_branch or q.applies(product_type)) and q.id not in answered
    ]


@transaction.atomic
def assessment_submit(*, actor: User, assessment: Assessment) -> Assessment:
    """Score, place at a level and close the assessment; tells the listeners (naik kelas).

    The verified exports of the enterprise (shipments) are read here: with questionnaire
    version 2 an export in the last 12 months sets the level floor and the experience score."""
    _ensure_writable(actor, assessment)
    structure = load_structure(assessment.questionnaire)
    option_ids = list(assessment.answers.values_list("option_id", flat=True))
    missing = unanswered(structure, option_ids)
    if missing:
        raise AssessmentIncomplete(
            details=[(code, _("This question is not answered yet.")) for code in missing]
        )
    previous = latest_level(assessment.enterprise_id)
    bonus = hooks.learning_credit([assessment.enterprise_id]).get(assessment.enterprise_id, {})
    assessment.export_record = export_record(assessment.enterprise_id)
    _apply(assessment, structure, option_ids, bonus)
    assessment.status = AssessmentStatus.SUBMITTED
    assessment.submitted_at = timezone.now()
    assessment.assessor = actor
    assessment.save(
        update_fields=[
            *SCORED_FIELDS,
            "export_record",
            "status",
            "submitted_at",
            "assessor",
            "updated_at",
        ]
    )
    CurrentLevel.objects.update_or_create(
        enterprise_id=assessment.enterprise_id,
        defaults={
            "assessment": assessment,
            "level": assessment.level,
            "overall_score": assessment.overall_score or 0,
            "assessed_at": assessment.submitted_at,
        },
    )
    audit_record(
        actor=actor,
        action="readiness.assessment.submitted",
        target=assessment,
        changes={
            "level": [previous or None, assessment.level],
            "overall_score": [None, str(assessment.overall_score)],
        },
    )
    for listener in hooks.submitted_listeners:
        listener(assessment, previous)
    return assessment


@dataclass
class BulkSummary:
    assessments: int
    seconds: float


def assessments_rescore_bulk(
    *,
    actor: User | None = None,
    questionnaire: Questionnaire | None = None,
    chunk: int = 10_000,
    with_learning: bool = True,
    progress: Callable[[int], None] | None = None,
) -> BulkSummary:
    """Rescore every submitted assessment of a questionnaire (for example after the learning
    credit changed) with set-based reads and one executemany UPDATE per chunk."""
    import json

    started = time.perf_counter()
    questionnaire = questionnaire or active_questionnaire()
    structure = load_structure(questionnaire)
    ids = list(
        Assessment.objects.filter(questionnaire=questionnaire, status=AssessmentStatus.SUBMITTED)
        .order_by("id")
        .values_list("id", "enterprise_id")
    )
    # The export record stays the one read at submission (only version 2 scores it).
    exporters = (
        set(
            Assessment.objects.filter(
                questionnaire=questionnaire,
                status=AssessmentStatus.SUBMITTED,
                export_record__exporting=True,
            ).values_list("id", flat=True)
        )
        if structure.export_floor or any(q.export_credit for q in structure.questions.values())
        else set()
    )
    table = connection.ops.quote_name(Assessment._meta.db_table)
    credit = hooks.learning_credit(None) if with_learning else {}  # everyone's, in one read
    done = 0
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        lo, hi = part[0][0], part[-1][0]
        options: dict[int, list[int]] = {}
        for aid, oid in (
            Answer.objects.filter(assessment_id__gte=lo, assessment_id__lte=hi)
            .values_list("assessment_id", "option_id")
            .iterator(chunk_size=50_000)
        ):
            options.setdefault(aid, []).append(oid)
        rows = []
        for aid, ent in part:
            bonus = credit.get(ent, {})
            result = score(structure, options.get(aid, ()), bonus, exported=aid in exporters)
            rows.append(
                (
                    json.dumps(result.dimension_scores),
                    str(result.overall),
                    result.level,
                    json.dumps(bonus),
                    aid,
                )
            )
        with transaction.atomic(), connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # COPY the new values into a temporary table, then one joined UPDATE.
                cursor.execute(
                    "CREATE TEMP TABLE readiness_rescore_tmp (ds text, os text, "
                    "lv text, lb text, id bigint) ON COMMIT DROP"
                )
                with cursor.cursor.copy(
                    "COPY readiness_rescore_tmp (ds, os, lv, lb, id) FROM STDIN"
                ) as copy:
                    for row in rows:
                        copy.write_row(row)
                cursor.execute(
                    f"UPDATE {table} AS t SET dimension_scores = v.ds::jsonb, "  # noqa: S608
                    "overall_score = v.os::numeric, level = v.lv, learning_bonus = v.lb::jsonb "
                    "FROM readiness_rescore_tmp AS v WHERE t.id = v.id AND ("
                    "t.level IS DISTINCT FROM v.lv OR t.overall_score IS DISTINCT FROM "
                    "v.os::numeric OR t.dimension_scores IS DISTINCT FROM v.ds::jsonb OR "
                    "t.learning_bonus IS DISTINCT FROM v.lb::jsonb)"
                )
                # Inside an outer transaction (a caller's, or a test's) nothing commits
                # between chunks: drop it now so that the next chunk can create it again.
                cursor.execute("DROP TABLE readiness_rescore_tmp")
            else:
                cursor.executemany(
                    f"UPDATE {table} SET dimension_scores = %s, overall_score = %s, "  # noqa: S608
                    "level = %s, learning_bonus = %s WHERE id = %s",
                    rows,
                )
        done += len(rows)
        if progress:
            progress(len(rows))
    _rebuild_current_levels(questionnaire.pk)
    seconds = time.perf_counter() - started
    audit_record(
        actor=actor,
        action="readiness.assessment.rescored",
        target_type="readiness.assessment",
        target_id="*",
        label=f"{done} assessments",
        changes={"count": done, "questionnaire": questionnaire.version},
    )
    return BulkSummary(done, seconds)


@transaction.atomic
def _rebuild_current_levels(questionnaire_id: int) -> None:
    """Set-based: every enterprise with a submitted assessment of this questionnaire gets
    the level of its latest submitted assessment (of any version)."""
    cl = connection.ops.quote_name(CurrentLevel._meta.db_table)
    a = connection.ops.quote_name(Assessment._meta.db_table)
    touched = f"SELECT enterprise_id FROM {a} WHERE status = 'submitted' AND questionnaire_id = %s"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {cl} WHERE enterprise_id IN ({touched})",  # noqa: S608
            [questionnaire_id],
        )
        cursor.execute(
            f"INSERT INTO {cl} (enterprise_id, assessment_id, level, overall_score, assessed_at) "  # noqa: S608
            f"SELECT x.enterprise_id, x.id, x.level, x.overall_score, x.submitted_at FROM {a} x "
            f"WHERE x.id IN (SELECT MAX(y.id) FROM {a} y WHERE y.status = 'submitted' "
            f"AND y.enterprise_id IN ({touched}) GROUP BY y.enterprise_id)",
            [questionnaire_id],
        )
