"""Compliance pages: overview and queue, gap checklist, an enterprise's certificates and
cases, a case, the requirements and their editing."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from siapekspor.compliance import access, evidence, selectors, services
from siapekspor.compliance.forms import (
    CaseRequestForm,
    CaseUpdateForm,
    CertificateForm,
    ChecklistForm,
    RuleForm,
)
from siapekspor.compliance.models import CaseStatus, Rule
from siapekspor.core.audit import audit_history
from siapekspor.core.errors import DomainError, PermissionDeniedError
from siapekspor.core.forms import add_domain_error


@login_required
def home(request):
    """Owners: their enterprise's certificates; officers: the queue and expiring certificates."""
    user = request.user
    if not access.can_use_compliance(user):
        raise PermissionDenied
    own = access.home_enterprise_id(user)
    if own:
        return redirect("compliance:enterprise", pk=own)
    status = request.GET.get("status", "")
    if status not in CaseStatus.values:
        status = ""
    mine = request.GET.get("mine") == "1"
    return render(
        request,
        "compliance/home.html",
        {
            "cases": list(selectors.case_queue(user, status=status, mine=mine)[:200]),
            "status": status,
            "mine": mine,
            "statuses": CaseStatus.choices,
            "expiring": selectors.expiring_certificates(user, today=timezone.localdate()),
            "summary": selectors.summary(),
        },
    )


@login_required
def checklist(request):
    """The gap checklist: ?hs=<hs6>&market=<iso3>&enterprise=<id>&date=<yyyy-mm-dd>."""
    user = request.user
    if not access.can_read_requirements(user):
        raise PermissionDenied
    enterprise = None
    raw = request.GET.get("enterprise")
    if raw:
        enterprise = access.get_enterprise(user, raw)
    elif access.home_enterprise_id(user):
        enterprise = access.get_enterprise(user, access.home_enterprise_id(user))
    initial = {"date": timezone.localdate()}
    data = None
    if "hs" in request.GET:
        # Links from other pages may send a lower-case market and no date (today).
        data = request.GET.copy()
        data["market"] = data.get("market", "").strip().upper()
        data["date"] = data.get("date") or timezone.localdate().isoformat()
    form = ChecklistForm(data, initial=initial)
    result = advice = None
    if form.is_valid():
        c = form.cleaned_data
        on = c["date"] or timezone.localdate()
        result = selectors.checklist(hs6=c["hs"], market=c["market"], on=on, enterprise=enterprise)
        advice = selectors.origin_advice(hs6=c["hs"], market=c["market"], on=on)
    return render(
        request,
        "compliance/checklist.html",
        {
            "form": form,
            "enterprise": enterprise,
            "result": result,
            "advice": advice,
            "can_request": enterprise is not None and access.can_request_case(user, enterprise),
        },
    )


@login_required
def enterprise(request, pk: int):
    """An enterprise's certificates (add one with evidence) and its assistance cases."""
    ent = access.get_enterprise(request.user, pk)
    can_manage = access.can_manage_certificates(request.user, ent)
    form = CertificateForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if not can_manage:
            raise PermissionDenied
        if form.is_valid():
            c = form.cleaned_data
            try:
                services.certificate_save(
                    actor=request.user,
                    enterprise=ent,
                    data=services.CertificateData(
                        document=c["document"],
                        number=c["number"],
                        issued_on=c["issued_on"],
                        valid_until=c["valid_until"],
                    ),
                    evidence_upload=c["evidence"] or None,
                )
            except DomainError as exc:
                add_domain_error(form, exc)
            else:
                messages.success(request, _("The certificate was saved."))
                return redirect("compliance:enterprise", pk=ent.pk)
    today = timezone.localdate()
    return render(
        request,
        "compliance/enterprise.html",
        {
            "enterprise": ent,
            "certificates": selectors.enterprise_certificates(ent),
            "cases": selectors.enterprise_cases(ent),
            "expiring": [
                c
                for c in selectors.expiring_certificates(request.user, today=today)
                if c.enterprise_id == ent.pk
            ],
            "form": form,
            "case_form": CaseRequestForm(),
            "can_manage": can_manage,
            "can_request": access.can_request_case(request.user, ent),
            "today": today,
        },
    )


@login_required
def certificate_evidence(request, pk: int):
    """The evidence file, only for users who may open the enterprise; never inline."""
    cert = access.get_certificate(request.user, pk)  # 404 outside the user's scope
    return evidence.FILES.response(cert, stem=f"{cert.document.code}-{cert.number or cert.pk}")


@login_required
@require_POST
def certificate_delete(request, pk: int):
    cert = access.get_certificate(request.user, pk)
    try:
        services.certificate_delete(actor=request.user, certificate=cert)
    except PermissionDeniedError as exc:
        raise PermissionDenied from exc
    messages.success(request, _("The certificate was deleted."))
    return redirect("compliance:enterprise", pk=cert.enterprise_id)


@login_required
@require_POST
def case_create(request, pk: int):
    """Ask the office for help with a certificate."""
    ent = access.get_enterprise(request.user, pk)
    form = CaseRequestForm(request.POST)
    if form.is_valid():
        c = form.cleaned_data
        try:
            case = services.case_request(
                actor=request.user,
                enterprise=ent,
                document=c["document"],
                market=c["market"] or "",
                notes=c["notes"],
            )
        except PermissionDeniedError as exc:
            raise PermissionDenied from exc
        except DomainError as exc:
            messages.error(request, str(exc.message))
        else:
            messages.success(request, _("Your request for help was sent to the office."))
            return redirect("compliance:case", pk=case.pk)
    else:
        messages.error(request, _("Choose the certificate you need help with."))
    return redirect("compliance:enterprise", pk=ent.pk)


@login_required
def case(request, pk: int):
    """One assistance case; officers move it on."""
    item = access.get_case(request.user, pk)
    can_work = access.can_work_case(request.user, item)
    form = CaseUpdateForm(
        request.POST or None,
        assignees=access.assignee_choices(request.user),
        initial={
            "status": item.status,
            "assignee": item.assignee_id,
            "deadline": item.deadline,
            "notes": item.notes,
            "refusal_reason": item.refusal_reason,
        },
    )
    if request.method == "POST":
        if not can_work:
            raise PermissionDenied
        if form.is_valid():
            c = form.cleaned_data
            try:
                services.case_update(
                    actor=request.user,
                    case=item,
                    changes=services.CaseChanges(
                        status=c["status"],
                        assignee=c["assignee"],
                        assignee_set=True,
                        deadline=c["deadline"],
                        deadline_set=True,
                        notes=c["notes"],
                        refusal_reason=c["refusal_reason"],
                    ),
                )
            except DomainError as exc:
                add_domain_error(form, exc)
            else:
                messages.success(request, _("The case was updated."))
                return redirect("compliance:case", pk=item.pk)
    return render(
        request, "compliance/case.html", {"case": item, "form": form, "can_work": can_work}
    )


@login_required
def rules(request):
    """The requirements knowledge base (every signed-in user reads it)."""
    if not access.can_read_requirements(request.user):
        raise PermissionDenied
    destination = request.GET.get("destination", "")[:10]
    hs = request.GET.get("hs", "")[:6]
    if hs and not hs.isdigit():
        hs = ""
    return render(
        request,
        "compliance/rules.html",
        {
            "rules": selectors.rules_list(destination=destination, hs=hs),
            "destination": destination,
            "hs": hs,
            "can_edit": access.can_edit_requirements(request.user),
        },
    )


@login_required
def rule_edit(request, pk: int):
    """Edit a rule (province officers and admins); each save is a new version, audited."""
    if not access.can_edit_requirements(request.user):
        raise PermissionDenied
    try:
        rule = Rule.objects.select_related("document").get(pk=pk)
    except Rule.DoesNotExist as exc:
        raise Http404 from exc
    form = RuleForm(request.POST or None, initial=RuleForm.initial_for(rule))
    if request.method == "POST" and form.is_valid():
        try:
            services.rule_update(
                actor=request.user,
                rule=rule,
                changes=form.changes(),
                reason=form.cleaned_data["reason"],
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The rule was saved as a new version."))
            return redirect("compliance:rule", pk=rule.pk)
    return render(
        request,
        "compliance/rule_edit.html",
        {
            "rule": rule,
            "form": form,
            "versions": list(rule.versions.select_related("changed_by")[:20]),
            "history": list(audit_history(rule)[:20]),
        },
    )
