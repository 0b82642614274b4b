"""Pages of bulk import, duplicate review and export (officers only)."""

from __future__ import annotations

import io

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from siapekspor.core.errors import DomainError, NotFoundError, PermissionDeniedError
from siapekspor.core.forms import add_domain_error
from siapekspor.core.http import client_ip
from siapekspor.registry import access, selectors
from siapekspor.registry.dedup import services as dedup
from siapekspor.registry.dedup.evidence import describe as describe_evidence
from siapekspor.registry.forms import RevealForm
from siapekspor.registry.importing import batch
from siapekspor.registry.importing.export import enterprises_export
from siapekspor.registry.importing.report import write_batch_report
from siapekspor.registry.importing.spec import REVENUE_MONTHLY, REVENUE_YEARLY, SPEC
from siapekspor.registry.importing.template import template_workbook
from siapekspor.registry.models import Regency
from siapekspor.registry.models_import import (
    BatchStatus,
    EnterpriseMerge,
)

BATCH_PAGE = 50
REJECTED_SHOWN = 200
QUEUE_PAGE = 30


def _officer(request) -> None:
    if not access.is_officer(request.user):
        raise PermissionDenied


class UploadForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Spreadsheet (xlsx, ods or csv)"))
    source = forms.CharField(
        label=gettext_lazy("Source label"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("For example: Disperindag Kab. Lampung Selatan 2024."),
    )
    all_or_nothing = forms.BooleanField(
        label=gettext_lazy("All or nothing: write nothing if any row is rejected"), required=False
    )


class ExportForm(forms.Form):
    regency = forms.ModelChoiceField(
        Regency.objects.all(), required=False, label=gettext_lazy("Regency or city")
    )
    kbli = forms.CharField(label=gettext_lazy("KBLI (2 to 5 digits)"), max_length=6, required=False)
    format = forms.ChoiceField(
        label=gettext_lazy("Format"), choices=[("xlsx", "xlsx"), ("csv", "csv")]
    )
    reveal = forms.BooleanField(
        label=gettext_lazy("Include full personal data (NIK, phone, owner)"), required=False
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason (required for personal data)"), max_length=500, required=False
    )


@login_required
def import_upload(request):
    """Upload a spreadsheet: the request only stores it (encrypted) and queues its check."""
    _officer(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            new = batch.batch_upload(
                actor=request.user,
                uploaded=form.cleaned_data["file"],
                source=form.cleaned_data["source"],
                all_or_nothing=form.cleaned_data["all_or_nothing"],
            )
        except DomainError as exc:
            add_domain_error(form, exc, field="file")
        else:
            return redirect("registry:import-confirm", pk=new.pk)
    return render(
        request,
        "registry/import_upload.html",
        {
            "form": form,
            "columns": SPEC.columns,
            # MB as file managers and `filesizeformat` count them (1024 × 1024 bytes): the
            # default 50 MB is 50 × 1024 × 1024 bytes (docs/configuration.md).
            "max_mb": number_format(
                settings.IMPORT_MAX_FILE_BYTES / 1024**2, decimal_pos=0, use_l10n=True
            ),
            "max_rows": number_format(settings.IMPORT_MAX_ROWS, force_grouping=True),
        },
    )


@login_required
def import_template(request):
    """The xlsx template with the recognised headers and an instructions sheet."""
    _officer(request)
    response = HttpResponse(
        template_workbook(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="template-impor-ikm.xlsx"'
    return response


def _batch(request, pk):
    try:
        return access.get_batch_for_user(request.user, pk)
    except PermissionDeniedError as exc:
        raise PermissionDenied from exc
    except NotFoundError as exc:
        raise Http404 from exc


def _reveal(request, found, form: RevealForm) -> bool:
    """A valid reason for this batch's rows: audited; False (with form errors) otherwise."""
    if not form.is_valid():
        return False
    try:
        batch.batch_reveal_rows(
            actor=request.user,
            batch=found,
            reason=form.cleaned_data["reason"],
            ip_address=client_ip(request),
        )
    except PermissionDeniedError as exc:
        raise PermissionDenied from exc
    except DomainError as exc:
        add_domain_error(form, exc, field="reason")
        return False
    return True


@login_required
def import_confirm(request, pk: int):
    """The preview (masked unless revealed with a reason) and the column mapping; while the
    worker checks the file, a page that waits for it."""
    found = _batch(request, pk)
    if not access.can_see_batch_rows(request.user, found):
        raise Http404
    if found.status not in (BatchStatus.UPLOADED, BatchStatus.CHECKING):
        return redirect("registry:batch-detail", pk=found.pk)
    choices = batch.mapping_choices(found)
    error, revealed = None, False
    reveal_form = RevealForm(request.POST if request.POST.get("action") == "reveal" else None)
    if request.method == "POST" and found.status == BatchStatus.UPLOADED:
        if request.POST.get("action") == "reveal":
            revealed = _reveal(request, found, reveal_form)
        else:
            mapping = {}
            for choice in choices:
                key = request.POST.get(f"col-{choice.index}", "")
                if key:
                    mapping.setdefault(key, choice.index)
            try:
                batch.batch_confirm(
                    actor=request.user,
                    batch=found,
                    mapping=mapping,
                    revenue_period=request.POST.get("revenue_period", ""),
                )
            except DomainError as exc:
                error = exc.message
            else:
                messages.success(request, _("The import has started."))
                return redirect("registry:batch-detail", pk=found.pk)
    return render(
        request,
        "registry/import_confirm.html",
        {
            "batch": found,
            "checking": found.status == BatchStatus.CHECKING,
            "choices": choices,
            "preview": batch.batch_preview(found, revealed=revealed),
            "revealed": revealed,
            "can_reveal": access.can_reveal_batch_rows(request.user, found),
            "reveal_form": reveal_form,
            "error": error,
            "keys": [(c.key, c.label) for c in SPEC.columns],
            "revenue_period": batch.guessed_revenue_period(found),
            "revenue_periods": [
                (REVENUE_YEARLY, _("per year")),
                (REVENUE_MONTHLY, _("per month (multiplied by 12)")),
            ],
        },
    )


@login_required
def batch_list(request):
    _officer(request)
    batches = (
        access.batch_scope(request.user)
        .select_related("created_by__regency")  # display_label names the importer
        .order_by("-created_at", "-id")[:BATCH_PAGE]
    )
    return render(request, "registry/batch_list.html", {"batches": batches})


@login_required
def batch_detail(request, pk: int):
    found = _batch(request, pk)
    rejected = found.rows.filter(outcome="rejected").order_by("row_number")[:REJECTED_SHOWN]
    rows = [
        {
            "row": r.row_number,
            "sheet": r.sheet,
            "problems": [(col, _(msg) if msg else "") for col, msg in r.problems],
        }
        for r in rejected
    ]
    running = found.status in (BatchStatus.QUEUED, BatchStatus.RUNNING, BatchStatus.CHECKING)
    return render(
        request,
        "registry/batch_detail.html",
        {
            "batch": found,
            "rejected": rows,
            "shown": REJECTED_SHOWN,
            "running": running,
            "can_run_again": found.can_run_again(),
            "has_report": found.status in (BatchStatus.COMPLETED, BatchStatus.REFUSED),
            "can_reveal": access.can_reveal_batch_rows(request.user, found) and found.rejected,
            "reveal_form": RevealForm(),
        },
    )


@login_required
@require_POST
def batch_run_again(request, pk: int):
    found = _batch(request, pk)
    try:
        batch.batch_run_again(actor=request.user, batch=found)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The import has been queued to run again."))
    return redirect("registry:batch-detail", pk=found.pk)


@login_required
def batch_status(request, pk: int):
    found = _batch(request, pk)
    return JsonResponse(
        {
            "status": found.status,
            "label": found.get_status_display(),
            "percent": found.percent,
            "rows_done": found.rows_done,
            "rows_total": found.rows_total,
            "created": found.created,
            "updated": found.updated,
            "unchanged": found.unchanged,
            "rejected": found.rejected,
            "error": found.error,
        }
    )


@login_required
def batch_report(request, pk: int):
    """The row report. Source cells of rejected rows are masked (NIK, phone, owner name),
    shown in full only on a POST with a reason (audited), and left out for users outside
    the batch's scope (`access.can_see_batch_rows`)."""
    found = _batch(request, pk)
    fmt = "csv" if request.GET.get("format") == "csv" else "xlsx"
    revealed = False
    if request.method == "POST":
        form = RevealForm(request.POST)
        if not _reveal(request, found, form):
            messages.error(request, "; ".join(m for ms in form.errors.values() for m in ms))
            return redirect("registry:batch-detail", pk=found.pk)
        revealed = True
    buffer = io.BytesIO()
    write_batch_report(
        found,
        buffer,
        fmt=fmt,
        cells="full"
        if revealed
        else ("masked" if access.can_see_batch_rows(request.user, found) else "none"),
    )
    content_type = (
        "text/csv; charset=utf-8"
        if fmt == "csv"
        else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response = HttpResponse(buffer.getvalue(), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="import-{found.pk}-report.{fmt}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _candidates_for(user):
    return access.candidate_scope(user).select_related(
        "first__regency", "second__regency", "first__district", "second__district"
    )


@login_required
def dedup_list(request):
    _officer(request)
    candidates = list(_candidates_for(request.user).order_by("-score", "id")[:QUEUE_PAGE])
    for c in candidates:
        c.evidence = describe_evidence(c.reasons)
    merges = access.merge_scope(request.user).select_related(
        "survivor", "merged", "created_by__regency"
    )
    return render(
        request,
        "registry/dedup_list.html",
        {
            "candidates": candidates,
            "merges": merges.order_by("-created_at")[:20],
            "run": dedup.duplicate_run_active(),
            "last_run": dedup.duplicate_run_last_completed(),
            "last_failed": getattr(dedup.duplicate_run_latest(), "status", "") == "failed",
        },
    )


@login_required
@require_POST
def dedup_run(request):
    """Start duplicate detection in the background (or show the run already going)."""
    _officer(request)
    try:
        dedup.duplicate_run_start(actor=request.user)
    except PermissionDeniedError as exc:
        raise PermissionDenied from exc
    messages.success(request, _("Duplicate detection has started. You can leave this page."))
    return redirect("registry:dedup-list")


@login_required
def dedup_run_status(request):
    """The latest run's progress, for the page's progress bar (polled)."""
    _officer(request)
    run = dedup.duplicate_run_latest()
    if run is None:
        return JsonResponse({"status": "none", "percent": 0, "label": ""})
    return JsonResponse(
        {
            "status": run.status,
            "percent": run.percent,
            "label": str(run.get_status_display()),
            "new": run.new_candidates,
        }
    )


@login_required
@require_POST
def dedup_decide(request, pk: int):
    _officer(request)
    candidate = get_object_or_404(_candidates_for(request.user), pk=pk)
    action = request.POST.get("action")
    try:
        if action == "dismiss":
            dedup.candidate_dismiss(actor=request.user, candidate=candidate)
            messages.success(request, _("Marked as not a duplicate."))
        elif action in ("keep-first", "keep-second"):
            survivor, merged = (
                (candidate.first, candidate.second)
                if action == "keep-first"
                else (candidate.second, candidate.first)
            )
            dedup.enterprise_merge(
                actor=request.user, survivor=survivor, merged=merged, candidate=candidate
            )
            messages.success(request, _("The enterprises were merged. You can undo this."))
        else:
            messages.error(request, _("Choose an action."))
    except PermissionDeniedError as exc:
        raise PermissionDenied from exc
    except DomainError as exc:
        messages.error(request, exc.message)
    return redirect("registry:dedup-list")


@login_required
@require_POST
def dedup_undo(request, pk: int):
    _officer(request)
    merge = get_object_or_404(EnterpriseMerge, pk=pk)
    try:
        dedup.merge_undo(actor=request.user, merge=merge)
    except PermissionDeniedError as exc:
        raise Http404 from exc
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The merge was undone."))
    return redirect("registry:dedup-list")


@login_required
def registry_export(request):
    if not access.can_export_registry(request.user):
        raise PermissionDenied
    form = ExportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        c = form.cleaned_data
        try:
            result = enterprises_export(
                actor=request.user,
                fmt=c["format"],
                reveal=c["reveal"],
                reason=c["reason"],
                ip_address=client_ip(request),
                filters=selectors.EnterpriseFilters(
                    regency=c["regency"].code if c["regency"] else "", kbli=c["kbli"]
                ),
            )
        except PermissionDeniedError as exc:
            raise PermissionDenied from exc
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            response = HttpResponse(result.content, content_type=result.content_type)
            response["Content-Disposition"] = (
                f'attachment; filename="ikm-export.{result.extension}"'
            )
            return response
    return render(request, "registry/import_export_form.html", {"form": form})
