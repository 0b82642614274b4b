"""Shipment pages: list, record, detail with verification, evidence download."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from siapekspor.core import countries
from siapekspor.core.errors import DomainError, PermissionDeniedError
from siapekspor.core.forms import add_domain_error
from siapekspor.core.pagination import IdFirstPaginator
from siapekspor.shipments import access, evidence, selectors, services
from siapekspor.shipments.forms import ImportForm, ShipmentFilterForm, ShipmentForm, VerifyForm

PAGE_SIZE = 50


@login_required
def shipment_list(request):
    if not access.can_list_shipments(request.user):
        raise PermissionDenied
    form = ShipmentFilterForm(request.GET or None)
    filters = selectors.ShipmentFilters()
    if form.is_valid():
        c = form.cleaned_data
        filters = selectors.ShipmentFilters(
            q=c["q"], kind=c["kind"], verification=c["verification"], year=c["year"]
        )
    page = IdFirstPaginator(selectors.shipment_list(request.user, filters), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "shipments/shipment_list.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "can_import": access.can_verify(request.user),
        },
    )


@login_required
def shipment_create(request):
    if not access.can_list_shipments(request.user):
        raise PermissionDenied
    initial = {"kind": "direct", "incoterm": "FOB", "unit": "kg"}
    if request.user.enterprise_id:
        initial["enterprise"] = request.user.enterprise_id
    form = ShipmentForm(
        request.POST or None, request.FILES or None, initial=initial, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        try:
            shipment = services.shipment_save(
                actor=request.user,
                data=form.to_data(),
                evidence_upload=form.cleaned_data["evidence"],
            )
        except PermissionDeniedError as exc:
            raise PermissionDenied from exc
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The shipment was recorded and awaits verification."))
            return redirect("shipments:detail", pk=shipment.pk)
    return render(request, "shipments/shipment_form.html", {"form": form})


@login_required
def shipment_detail(request, pk: int):
    shipment = access.get_shipment_for_user(request.user, pk)
    verify_form = VerifyForm(request.POST or None)
    if request.method == "POST":
        if not access.can_verify(request.user):
            raise PermissionDenied
        if verify_form.is_valid():
            c = verify_form.cleaned_data
            try:
                services.shipment_verify(
                    actor=request.user,
                    shipment=shipment,
                    approve=c["decision"] == "verify",
                    reason=c["reason"],
                )
            except DomainError as exc:
                add_domain_error(verify_form, exc)
            else:
                messages.success(request, _("The verification was saved."))
                return redirect("shipments:detail", pk=shipment.pk)
    return render(
        request,
        "shipments/shipment_detail.html",
        {
            "shipment": shipment,
            "suppliers": list(shipment.suppliers.select_related("enterprise")),
            "destination_name": countries.name(shipment.destination),
            "verify_form": verify_form,
            "can_verify": access.can_verify(request.user),
        },
    )


@login_required
@require_POST
def shipment_delete(request, pk: int):
    shipment = access.get_shipment_for_user(request.user, pk)
    try:
        services.shipment_delete(actor=request.user, shipment=shipment)
    except PermissionDeniedError as exc:
        raise PermissionDenied from exc
    messages.success(request, _("The shipment was deleted."))
    return redirect("shipments:list")


@login_required
def shipment_evidence(request, pk: int):
    """The evidence file, only for users who may open the shipment; never inline."""
    shipment = access.get_shipment_for_user(request.user, pk)  # 404 outside the user's scope
    return evidence.FILES.response(shipment, stem=f"PEB-{shipment.peb_number}")


@login_required
def shipment_import(request):
    """Upload a spreadsheet of shipments: the request stores it and queues the import; the
    page of the import shows its outcome when the worker is done."""
    from siapekspor.shipments.importing import import_upload

    if not access.can_verify(request.user):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            job = import_upload(
                actor=request.user,
                uploaded=form.cleaned_data["file"],
                language=request.LANGUAGE_CODE,
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            return redirect("shipments:import-detail", pk=job.pk)
    return render(request, "shipments/shipment_import.html", {"form": form})


@login_required
def shipment_import_detail(request, pk: int):
    """The outcome of one shipment import (reloads itself while the worker runs it)."""
    job = access.get_import_for_user(request.user, pk)
    return render(request, "shipments/shipment_import_detail.html", {"job": job})
