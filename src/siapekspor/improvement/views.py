"""Improvement pages: the officers' list, an enterprise's plans (with the form to propose or
add one) and one plan (with its history and, for officers, its edit form)."""

from __future__ import annotations

from dataclasses import asdict

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from siapekspor.core.audit import audit_history, history_lines
from siapekspor.core.errors import DomainError
from siapekspor.core.forms import add_domain_error
from siapekspor.improvement import access, selectors, services
from siapekspor.improvement.forms import PlanForm
from siapekspor.improvement.models import PlanKind, PlanStatus

LIST_LIMIT = 200


@login_required
def home(request):
    """Owners: their enterprise's plans; officers: the list of plans in their scope."""
    user = request.user
    if not access.can_use_improvement(user):
        raise PermissionDenied
    own = access.home_enterprise_id(user)
    if own:
        return redirect("improvement:enterprise", pk=own)
    status = request.GET.get("status", "")
    kind = request.GET.get("kind", "")
    plans = list(selectors.plan_list(user, status=status, kind=kind)[:LIST_LIMIT])
    counts = selectors.status_counts(user)
    return render(
        request,
        "improvement/home.html",
        {
            "plans": plans,
            "status": status if status in [*PlanStatus.values, "all"] else "",
            "kind": kind if kind in PlanKind.values else "",
            "statuses": PlanStatus.choices,
            "kinds": PlanKind.choices,
            "summary": [(label, counts[value]) for value, label in PlanStatus.choices],
            "limit": LIST_LIMIT,
        },
    )


@login_required
def enterprise(request, pk: int):
    """An enterprise's plans; owners propose one, officers add one."""
    user = request.user
    ent = access.get_enterprise(user, pk)
    can_add = access.can_propose(user, ent)
    with_status = access.can_set_status(user)
    form = PlanForm(request.POST or None, with_status=with_status)
    if request.method == "POST":
        if not can_add:
            raise PermissionDenied
        if form.is_valid():
            try:
                plan = services.plan_create(actor=user, enterprise=ent, data=form.plan_data())
            except DomainError as exc:
                add_domain_error(form, exc)
            else:
                messages.success(request, _("The plan was saved."))
                return redirect("improvement:plan", pk=plan.pk)
    return render(
        request,
        "improvement/enterprise.html",
        {
            "enterprise": ent,
            "plans": selectors.enterprise_plans(ent),
            "form": form,
            "can_add": can_add,
            "proposing": not with_status,
        },
    )


@login_required
def plan(request, pk: int):
    """One plan with its history; officers edit it."""
    user = request.user
    item = access.get_plan(user, pk)
    can_edit = access.can_edit_plan(user, item)
    form = PlanForm(
        request.POST or None,
        editing=True,
        initial=asdict(services.plan_data(item)),
    )
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.plan_update(
                    actor=user,
                    plan=item,
                    data=form.plan_data(),
                    reason=form.cleaned_data.get("reason") or "",
                )
            except DomainError as exc:
                add_domain_error(form, exc)
            else:
                messages.success(request, _("The plan was saved."))
                return redirect("improvement:plan", pk=item.pk)
    return render(
        request,
        "improvement/plan.html",
        {
            "plan": item,
            "form": form,
            "can_edit": can_edit,
            "history": history_lines(audit_history(item)[:50]),
        },
    )
