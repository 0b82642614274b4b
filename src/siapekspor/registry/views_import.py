"""Pages of bulk import, duplicate review and export (officers only)."""

from __future__ import annotations

import io

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from siapekspor.core.errors import DomainError, NotFoundError, PermissionDeniedError
from siapekspor.core.forms import add_domain_error
from siapekspor.core.http import client_ip
from siapekspor.core.tabular import TabularError
from siapekspor.registry import access, selectors
from siapekspor.registry.dedup import services as dedup
from siapekspor.registry.importing import services
from siapekspor.registry.importing.export import enterprises_export
from siapekspor.registry.importing.report import write_batch_report
from siapekspor.registry.importing.spec import SPEC
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
    _officer(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            batch = services.batch_upload(
                actor=request.user,
                uploaded=form.cleaned_data["file"],
                source=form.cleaned_data["source"],
                all_or_nothing=form.cleaned_data["all_or_nothing"],
            )
        except DomainError as exc:
            add_domain_error(form, exc, field="file")
        else:
            return redirect("registry:import-confirm", pk=batch.pk)
    return render(
        request,
        "registry/import_upload.html",
        {
            "form": form,
            "columns": SPEC.columns,
            "max_mb": round(services.settings.IMPORT_MAX_FILE_BYTES / 1e6),
            "max_rows": services.settings.IMPORT_MAX_ROWS,
        },
    )


def _batch(request, pk):
    try:
        return services.get_batch_for_user(request.user, pk)
    except PermissionDeniedError as exc:
        raise PermissionDenied from exc
    except NotFoundError as exc:
        raise Http404 from exc


@login_required
def import_confirm(request, pk: int):
    batch = _batch(request, pk)
    if batch.status != BatchStatus.UPLOADED:
        return redirect("registry:batch-detail", pk=batch.pk)
    choices = services.mapping_choices(batch)
    error = None
    if request.method == "POST":
        mapping = {}
        for choice in choices:
            key = request.POST.get(f"col-{choice.index}", "")
            if key:
                mapping.setdefault(key, choice.index)
        try:
            services.batch_confirm(actor=request.user, batch=batch, mapping=mapping)
        except DomainError as exc:
            error = exc.message
        else:
            messages.success(request, _("The import has started."))
            return redirect("registry:batch-detail", pk=batch.pk)
    try:
        preview = services.batch_preview(batch)
    except TabularError as exc:
        preview, error = [], exc.message
    return render(
        request,
        "registry/import_confirm.html",
        {
            "batch": batch,
            "choices": choices,
            "preview": preview,
            "error": error,
            "keys": [(c.key, c.label) for c in SPEC.columns],
        },
    )


@login_required
def batch_list(request):
    _officer(request)
    batches = services.batches_for(request.user).order_by("-created_at", "-id")[:BATCH_PAGE]
    return render(request, "registry/batch_list.html", {"batches": batches})


@login_required
def batch_detail(request, pk: int):
    batch = _batch(request, pk)
    rejected = batch.rows.filter(outcome="rejected").order_by("row_number")[:REJECTED_SHOWN]
    rows = [
        {
            "row": r.row_number,
            "sheet": r.sheet,
            "problems": [(col, _(msg) if msg else "") for col, msg in r.problems],
        }
        for r in rejected
    ]
    return render(
        request,
        "registry/batch_detail.html",
        {
            "batch": batch,
            "rejected": rows,
            "shown": REJECTED_SHOWN,
            "running": batch.status in (BatchStatus.QUEUED, BatchStatus.RUNNING),
            "can_run_again": batch.can_run_again(),
        },
    )


@login_required
@require_POST
def batch_run_again(request, pk: int):
    batch = _batch(request, pk)
    try:
        services.batch_run_again(actor=request.user, batch=batch)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The import has been queued to run again."))
    return redirect("registry:batch-detail", pk=batch.pk)


@login_required
def batch_status(request, pk: int):
    batch = _batch(request, pk)
    return JsonResponse(
        {
            "status": batch.status,
            "label": batch.get_status_display(),
            "percent": batch.percent,
            "rows_done": batch.rows_done,
            "rows_total": batch.rows_total,
            "created": batch.created,
            "updated": batch.updated,
            "unchanged": batch.unchanged,
            "rejected": batch.rejected,
            "error": batch.error,
        }
    )


@login_required
def batch_report(request, pk: int):
    batch = _batch(request, pk)
    fmt = "csv" if request.GET.get("format") == "csv" else "xlsx"
    buffer = io.BytesIO()
    write_batch_report(batch, buffer, fmt=fmt)
    content_type = (
        "text/csv; charset=utf-8"
        if fmt == "csv"
        else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response = HttpResponse(buffer.getvalue(), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="import-{batch.pk}-report.{fmt}"'
    return response


def _candidates_for(user):
    return access.candidate_scope(user).select_related(
        "first__regency", "second__regency", "first__district", "second__district"
    )


@login_required
def dedup_list(request):
    _officer(request)
    candidates = list(_candidates_for(request.user).order_by("-score", "id")[:QUEUE_PAGE])
    merges = access.merge_scope(request.user).select_related("survivor", "merged", "created_by")
    return render(
        request,
        "registry/dedup_list.html",
        {"candidates": candidates, "merges": merges.order_by("-created_at")[:20]},
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
