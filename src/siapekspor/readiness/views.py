"""Pages: readiness overview, per-enterprise history, the step-by-step assessment, results."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from siapekspor.core.errors import DomainError
from siapekspor.core.pagination import IdFirstPaginator
from siapekspor.readiness import access, selectors, services
from siapekspor.readiness.models import AssessmentStatus, Level
from siapekspor.registry.access import Area, get_enterprise_for_user


@login_required
def home(request):
    if access.is_owner(request.user):
        owned = access.home_enterprise_id(request.user)
        if not owned:
            raise Http404
        return redirect("readiness:enterprise", pk=owned)
    from siapekspor.core.charts import bars

    counts = selectors.level_counts(request.user)
    page = None
    level = request.GET.get("level", "")
    if level not in Level.values:
        level = ""
    if access.can_see_assessment_list(request.user):
        qs = selectors.assessment_list(request.user, level=level)
        page = IdFirstPaginator(qs, 25).get_page(request.GET.get("page"))
    return render(
        request,
        "readiness/home.html",
        {
            "bars": bars(counts),
            "counts": counts,
            "page": page,
            "level": level,
            "levels": Level.choices,
        },
    )


def _disclosed(user, enterprise) -> None:
    from siapekspor.partners.services import disclosure_record  # audits partners only

    disclosure_record(actor=user, enterprise=enterprise, channel="page", area=Area.READINESS)


@login_required
def enterprise(request, pk: int):
    ent = get_enterprise_for_user(request.user, pk, area=Area.READINESS)
    _disclosed(request.user, ent)
    history = selectors.enterprise_history(ent)
    latest = next((a for a in reversed(history) if a.status == AssessmentStatus.SUBMITTED), None)
    drafts = [a for a in history if a.status == AssessmentStatus.DRAFT]
    planning = selectors.effective_levels([ent.pk]).get(ent.pk, "")
    if latest is not None and planning == latest.level:
        planning = ""  # shown only when verified exports lift the assessed level
    return render(
        request,
        "readiness/enterprise.html",
        {
            "enterprise": ent,
            "history": list(reversed(history)),
            "latest": latest,
            "diagnosis": selectors.diagnosis(latest) if latest else None,
            "chart": selectors.history_points(history),
            "can_assess": access.can_assess(request.user, ent),
            "draft": next((d for d in drafts if d.kind == access.kind_for(request.user)), None),
            "show_record_link": not access.is_owner(request.user),
            "planning_level": Level(planning).label if planning else "",
        },
    )


@login_required
@require_POST
def start(request, pk: int):
    ent = get_enterprise_for_user(request.user, pk, area=Area.READINESS)
    try:
        assessment, _new = services.assessment_start(
            actor=request.user, enterprise=ent, language=get_language() or "id"
        )
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect("readiness:enterprise", pk=ent.pk)
    return redirect("readiness:take", pk=assessment.pk)


@login_required
def take(request, pk: int):
    assessment = access.get_assessment_for_user(request.user, pk)
    if assessment.status != AssessmentStatus.DRAFT:
        return redirect("readiness:result", pk=assessment.pk)
    if (
        not access.can_assess(request.user, assessment.enterprise)
        or access.kind_for(request.user) != assessment.kind
    ):
        raise PermissionDenied
    chosen = dict(assessment.answers.values_list("question_id", "option__code"))
    _product_type, pages = selectors.form_pages(assessment.questionnaire, chosen)
    requested = request.GET.get("step") or request.POST.get("step")
    if not requested:  # resume at the first page with an unanswered question
        requested = next(
            (i for i, (_d, qs) in enumerate(pages, 1) if any(q.id not in chosen for q in qs)),
            len(pages),
        )
    try:
        step = min(max(int(requested), 1), len(pages))
    except ValueError:
        step = 1
    dimension, questions = pages[step - 1]
    errors = []
    if request.method == "POST":
        answers = {q.code: request.POST[q.code] for q in questions if request.POST.get(q.code)}
        missing = [q for q in questions if q.code not in answers]
        try:
            services.assessment_answer(actor=request.user, assessment=assessment, answers=answers)
        except DomainError as exc:
            errors.append(exc.message)
        if not errors and not missing:
            chosen = dict(assessment.answers.values_list("question_id", "option__code"))
            _product_type, pages = selectors.form_pages(assessment.questionnaire, chosen)
            if step < len(pages):
                return redirect(f"{request.path}?step={step + 1}")
            return redirect(f"{request.path}?step={step}&review=1")
        if missing and not errors:
            errors.append(_("Please answer every question on this page."))
        chosen = dict(assessment.answers.values_list("question_id", "option__code"))
    shown = dict(chosen)
    for q in questions:  # the registry's suggestion, until the owner confirms a product type
        if q.is_branch and q.id not in shown:
            shown[q.id] = selectors.suggested_product_type(assessment.enterprise)
    asked = {q.id for _d, qs in pages for q in qs}
    answered = len(asked & set(chosen))
    total = len(asked)
    return render(
        request,
        "readiness/take.html",
        {
            "assessment": assessment,
            "dimension": dimension,
            "step": step,
            "steps": len(pages),
            "questions": [(q, shown.get(q.id)) for q in questions],
            "errors": errors,
            "answered": answered,
            "total": total,
            "complete": answered >= total,
            "prev_step": step - 1 if step > 1 else None,
        },
    )


@login_required
@require_POST
def submit(request, pk: int):
    assessment = access.get_assessment_for_user(request.user, pk)
    try:
        services.assessment_submit(actor=request.user, assessment=assessment)
    except DomainError as exc:
        messages.error(request, exc.message)
        if assessment.status == AssessmentStatus.DRAFT:
            return redirect("readiness:take", pk=assessment.pk)
    return redirect("readiness:result", pk=assessment.pk)


@login_required
def result(request, pk: int):
    assessment = access.get_assessment_for_user(request.user, pk)
    if assessment.status != AssessmentStatus.SUBMITTED:
        return redirect("readiness:take", pk=assessment.pk)
    _disclosed(request.user, assessment.enterprise)
    from siapekspor.core.charts import bars

    diag = selectors.diagnosis(assessment)
    return render(
        request,
        "readiness/result.html",
        {
            "assessment": assessment,
            "diagnosis": diag,
            "bars": bars(diag.dimensions),
        },
    )
