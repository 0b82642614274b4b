"""Pages: importing the buyer directory from a spreadsheet. The request only stores the file
(`importing.import_upload`); the worker imports it; the job's page refreshes itself until the
counts and the row report are there."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render

from siapekspor.buyers import access, importing, selectors
from siapekspor.buyers.forms import BuyerImportForm
from siapekspor.core.errors import DomainError
from siapekspor.core.forms import add_domain_error


@login_required
def buyer_import(request):
    """Upload a spreadsheet of buyers and choose its source; the import runs in the worker."""
    if not access.can_import_buyers(request.user):
        raise PermissionDenied
    form = BuyerImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            job = importing.import_upload(
                actor=request.user,
                uploaded=form.cleaned_data["file"],
                source=form.cleaned_data["source"],
                language=request.LANGUAGE_CODE,
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            return redirect("buyers:import-detail", pk=job.pk)
    recent = selectors.recent_buyer_imports(request.user)
    return render(request, "buyers/buyer_import.html", {"form": form, "recent": recent})


@login_required
def buyer_import_detail(request, pk: int):
    """Status of one import (reloads itself while queued or running), then its counts."""
    job = access.get_buyer_import_for_user(request.user, pk)
    return render(
        request,
        "buyers/buyer_import_detail.html",
        {"job": job, "has_report": importing.report_available(job)},
    )


@login_required
def buyer_import_report(request, pk: int):
    """The row report the command line writes: every row, rejected ones with their reasons."""
    job = access.get_buyer_import_for_user(request.user, pk)
    return importing.report_response(actor=request.user, job=job)
