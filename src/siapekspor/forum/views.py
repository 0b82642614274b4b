"""Forum pages (meetings, actions, minutes as PDF) and the owner's data-rights pages (download,
requests) with the officers' queue."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from siapekspor.core.errors import DomainError
from siapekspor.core.forms import add_domain_error
from siapekspor.core.http import client_ip
from siapekspor.core.pdf import render_pdf
from siapekspor.forum import access, selectors, services
from siapekspor.forum.forms import (
    ActionForm,
    ActionUpdateForm,
    DataRequestForm,
    DecisionForm,
    MeetingForm,
)


def _forum(user) -> None:
    if not access.can_see_forum(user):
        raise PermissionDenied


@login_required
def meeting_list(request):
    _forum(request.user)
    return render(
        request,
        "forum/meeting_list.html",
        {
            "meetings": selectors.meetings_for(request.user),
            "overdue": selectors.overdue_actions(request.user),
            "mine": selectors.my_actions(request.user),
            "can_record": access.can_record_meeting(request.user),
            "today": timezone.localdate(),
        },
    )


@login_required
def meeting_create(request):
    if not access.can_record_meeting(request.user):
        raise PermissionDenied
    form = MeetingForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        c = form.cleaned_data
        try:
            meeting = services.meeting_create(
                actor=request.user,
                title=c["title"],
                held_on=c["held_on"],
                place=c["place"],
                agenda=c["agenda"],
                decisions=c["decisions"],
                guests=c["guests"],
                attendee_ids=[u.pk for u in c["attendees"]],
                enterprise_ids=[e.pk for e in c["enterprises"]],
                programme_ids=[p.pk for p in c["programmes"]],
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The meeting was recorded."))
            return redirect("forum:meeting-detail", pk=meeting.pk)
    return render(request, "forum/meeting_form.html", {"form": form})


def _detail_context(request, meeting) -> dict:
    actions = list(selectors.meeting_actions(meeting))
    today = timezone.localdate()
    for action in actions:
        action.overdue = action.is_overdue(today)
        action.can_update = access.can_update_action(request.user, action)
    return {
        "meeting": meeting,
        "actions": actions,
        "attendees": selectors.meeting_attendees(meeting),
        "enterprises": list(meeting.enterprises.order_by("name")),
        "programmes": list(meeting.programmes.all()),
        "can_record": access.can_record_meeting(request.user),
    }


@login_required
def meeting_detail(request, pk: int):
    _forum(request.user)
    meeting = access.get_meeting_for_user(request.user, pk)
    form = ActionForm(request.POST or None, user=request.user)
    if request.method == "POST":
        if not access.can_record_meeting(request.user):
            raise PermissionDenied
        if form.is_valid():
            c = form.cleaned_data
            try:
                services.action_create(
                    actor=request.user,
                    meeting=meeting,
                    text=c["text"],
                    owner=c["owner"],
                    deadline=c["deadline"],
                    enterprise_ids=[e.pk for e in c["enterprises"]],
                    programme_ids=[p.pk for p in c["programmes"]],
                )
            except DomainError as exc:
                add_domain_error(form, exc)
            else:
                messages.success(request, _("The action was added."))
                return redirect("forum:meeting-detail", pk=meeting.pk)
    ctx = _detail_context(request, meeting)
    ctx.update({"form": form, "update_form": ActionUpdateForm()})
    return render(request, "forum/meeting_detail.html", ctx)


@login_required
def meeting_pdf(request, pk: int):
    _forum(request.user)
    meeting = access.get_meeting_for_user(request.user, pk)
    html = render_to_string("forum/meeting_pdf.html", _detail_context(request, meeting), request)
    pdf = render_pdf(html, language=get_language(), stylesheets=["forum/forum.css"])
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="notulen-{meeting.pk}.pdf"'
    return response


@login_required
@require_POST
def action_update(request, pk: int):
    action = access.get_action_for_user(request.user, pk)
    form = ActionUpdateForm(request.POST)
    if form.is_valid():
        try:
            services.action_update(
                actor=request.user,
                action=action,
                status=form.cleaned_data["status"],
                note=form.cleaned_data["note"],
            )
        except DomainError as exc:
            messages.error(request, str(exc.message))
        else:
            messages.success(request, _("The action was updated."))
    else:
        messages.error(request, _("Choose a valid status."))
    if access.meeting_scope(request.user).filter(pk=action.meeting_id).exists():
        return redirect("forum:meeting-detail", pk=action.meeting_id)
    return redirect("forum:meeting-list")


# --- data-subject rights ------------------------------------------------------------------


def _subject(user) -> None:
    if not access.can_use_data_rights(user):
        raise PermissionDenied


@login_required
def my_data(request):
    _subject(request.user)
    form = DataRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.data_request_create(
                actor=request.user,
                kind=form.cleaned_data["kind"],
                details=form.cleaned_data["details"],
                ip_address=client_ip(request),
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("Your request was sent to the regency office."))
            return redirect("forum:my-data")
    return render(
        request,
        "forum/my_data.html",
        {"form": form, "requests": selectors.requests_of_owner(request.user)},
    )


@login_required
def my_data_download(request, fmt: str):
    _subject(request.user)
    if fmt not in ("json", "pdf"):
        raise Http404
    # The download is audited only once the file is made: a failed attempt (a render error)
    # is not recorded as "Owner downloaded their data". The file therefore shows the history
    # up to this download; the next one lists it.
    if fmt == "json":
        data = selectors.owner_data(request.user)
        body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        content_type, name = "application/json; charset=utf-8", "data-saya.json"
    else:
        report = selectors.owner_report(request.user)
        html = render_to_string("forum/my_data_pdf.html", {"report": report}, request)
        body = render_pdf(html, language=get_language(), stylesheets=["forum/forum.css"])
        content_type, name = "application/pdf", "data-saya.pdf"
    services.data_export_audit(actor=request.user, fmt=fmt, ip_address=client_ip(request))
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _request_page(request, bound: DecisionForm | None = None, bound_pk: int | None = None):
    """The queue; a refused decision shows again at its own request, with its errors and the
    choice kept (never at the top of the page, the other forms blank)."""
    now = timezone.now()
    rows = list(selectors.request_queue(request.user))
    for row in rows:
        row.hours_left = int((row.due_at - now).total_seconds() // 3600)
        row.hours_late = max(0, -row.hours_left)
        row.can_decide = row.status == "open" and access.can_decide_request(request.user, row)
        row.form = (
            bound
            if bound is not None and row.pk == bound_pk
            else DecisionForm(auto_id=f"id_%s_{row.pk}")
        )
    status = 400 if bound is not None else 200
    return render(request, "forum/request_list.html", {"rows": rows}, status=status)


@login_required
def request_list(request):
    if not access.can_see_request_queue(request.user):
        raise PermissionDenied
    return _request_page(request)


@login_required
@require_POST
def request_decide(request, pk: int):
    if not access.can_see_request_queue(request.user):
        raise PermissionDenied
    data_request = access.get_request_for_user(request.user, pk)
    form = DecisionForm(request.POST, auto_id=f"id_%s_{data_request.pk}")
    if not form.is_valid():
        return _request_page(request, form, data_request.pk)
    try:
        services.data_request_decide(
            actor=request.user,
            request=data_request,
            approve=form.cleaned_data["decision"] == "done",
            answer=form.cleaned_data["answer"],
            ip_address=client_ip(request),
        )
    except DomainError as exc:
        add_domain_error(form, exc)
        return _request_page(request, form, data_request.pk)
    messages.success(request, _("The request was decided."))
    return redirect("forum:request-list")
