"""EUDR pages: the overview, an enterprise's plots (typed, drawn or uploaded), a plot, its
evidence, and the exports for the EU operator's due-diligence statement."""

from __future__ import annotations

import json
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from siapekspor.core import uploads
from siapekspor.core.errors import DomainError, PermissionDeniedError
from siapekspor.core.forms import add_domain_error
from siapekspor.eudr import access, evidence, geometry, selectors, services
from siapekspor.eudr.forms import EvidenceForm, PlotForm, RevealForm, UploadForm
from siapekspor.eudr.models import Commodity

MAX_LIST = 500


@login_required
def home(request):
    """Owners go to their plots; officers see the enterprises with plots and pick one."""
    user = request.user
    if not access.can_use_eudr(user):
        raise PermissionDenied
    own = access.home_enterprise_id(user)
    if own:
        return redirect("eudr:enterprise", pk=own)
    chosen = request.GET.get("enterprise", "")
    if chosen.isdigit():
        ent = access.get_enterprise(user, int(chosen))
        return redirect("eudr:enterprise", pk=ent.pk)
    return render(request, "eudr/home.html", {"overview": selectors.plot_overview(user)})


def _plot_data(c: dict) -> services.PlotData:
    return services.PlotData(
        geometry=geometry.parse_typed(c["coordinates"]),
        commodity=c["commodity"],
        production_start=c["production_start"],
        production_end=c["production_end"],
        supplier_name=c["supplier_name"],
        name_consent=c["name_consent"],
        area_ha=float(c["area_ha"]) if c["area_ha"] is not None else None,
        regency=c["regency"],
        place=c["place"],
        lot=c["lot"],
        notes=c["notes"],
    )


def _filters(request) -> tuple[str, str]:
    commodity = request.GET.get("commodity", "")
    commodity = commodity if commodity in Commodity.values else ""
    return commodity, request.GET.get("lot", "")[:60]


@login_required
def enterprise(request, pk: int):
    """An enterprise's plots, the forms to add one or upload a file, and the export links."""
    ent = access.get_enterprise(request.user, pk)
    can_manage = access.can_manage_plots(request.user, ent)
    form = PlotForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if not can_manage:
            raise PermissionDenied
        if form.is_valid():
            try:
                saved = services.plot_create(
                    actor=request.user,
                    enterprise=ent,
                    data=_plot_data(form.cleaned_data),
                    evidence_upload=form.cleaned_data["evidence"] or None,
                )
            except DomainError as exc:
                add_domain_error(form, exc, field="coordinates")
            else:
                messages.success(request, _("The plot was saved."))
                for warning in saved.warnings:
                    messages.warning(request, warning)
                return redirect("eudr:plot", pk=saved.plot.pk)
    return _enterprise_page(request, ent, form=form, can_manage=can_manage)


def _enterprise_page(request, ent, *, form, can_manage, upload_form=None, report=None):
    commodity, lot = _filters(request)
    plots = list(selectors.enterprise_plots(ent, commodity=commodity, lot=lot)[:MAX_LIST])
    query = urlencode({k: v for k, v in (("commodity", commodity), ("lot", lot)) if v})
    return render(
        request,
        "eudr/enterprise.html",
        {
            "enterprise": ent,
            "plots": [(p, selectors.masked_supplier(p)) for p in plots],
            "map": selectors.plot_map(plots),
            "form": form,
            "upload_form": upload_form or UploadForm(),
            "report": report,
            "can_manage": can_manage,
            "commodity": commodity,
            "lot": lot,
            "lots": selectors.enterprise_lots(ent),
            "commodities": Commodity.choices,
            "query": query,
        },
    )


@login_required
@require_POST
def upload(request, pk: int):
    """A GeoJSON file of plots: every feature checked, every rejected one reported."""
    ent = access.get_enterprise(request.user, pk)
    can_manage = access.can_manage_plots(request.user, ent)
    if not can_manage:
        raise PermissionDenied
    upload_form = UploadForm(request.POST, request.FILES)
    report = None
    if upload_form.is_valid():
        c = upload_form.cleaned_data
        try:
            report = services.plots_import(
                actor=request.user,
                enterprise=ent,
                content=c["file"].read(services.GEOJSON_MAX_BYTES + 1),
                defaults=services.ImportDefaults(
                    commodity=c["commodity"],
                    production_start=c["production_start"],
                    production_end=c["production_end"],
                    regency=c["regency"],
                    lot=c["lot"],
                ),
            )
        except DomainError as exc:
            add_domain_error(upload_form, exc, field="file")
        else:
            if not report.rejected:
                messages.success(
                    request,
                    _("%(created)s plots recorded, %(already)s already recorded.")
                    % {"created": report.created, "already": report.already},
                )
                for warning in report.warnings[:50]:
                    messages.warning(request, warning)
                return redirect("eudr:enterprise", pk=ent.pk)
    return _enterprise_page(
        request,
        ent,
        form=PlotForm(),
        can_manage=can_manage,
        upload_form=upload_form,
        report=report,
    )


@login_required
def plot(request, pk: int):
    """One plot: its map, facts, evidence and (with a reason) the supplier's full name."""
    item = access.get_plot(request.user, pk)
    can_manage = access.can_manage_plots(request.user, item.enterprise)
    revealing = request.method == "POST" and "reason" in request.POST
    evidence_form = EvidenceForm(
        request.POST if request.method == "POST" and not revealing else None, request.FILES or None
    )
    reveal_form = RevealForm(request.POST if revealing else None)
    revealed = None
    if request.method == "POST":
        if not can_manage:
            raise PermissionDenied
        try:
            if revealing:
                if reveal_form.is_valid():
                    revealed = services.supplier_reveal(
                        actor=request.user, plot=item, reason=reveal_form.cleaned_data["reason"]
                    )
            elif evidence_form.is_valid():
                services.plot_evidence_set(
                    actor=request.user, plot=item, upload=evidence_form.cleaned_data["evidence"]
                )
                messages.success(request, _("The evidence was saved."))
                return redirect("eudr:plot", pk=item.pk)
        except PermissionDeniedError as exc:
            raise PermissionDenied from exc
        except DomainError as exc:
            add_domain_error(reveal_form if revealing else evidence_form, exc)
    feature = selectors.feature_of(item)
    return render(
        request,
        "eudr/plot.html",
        {
            "plot": item,
            "supplier": selectors.masked_supplier(item),
            "revealed": revealed,
            "map": selectors.plot_map([item], focus=True),
            "geojson": json.dumps(feature["geometry"]),
            "can_manage": can_manage,
            "can_reveal": access.can_reveal_supplier(request.user, item.enterprise),
            "evidence_form": evidence_form,
            "reveal_form": reveal_form,
        },
    )


@login_required
def plot_evidence(request, pk: int):
    """The evidence file, only for users who may open the enterprise; never inline."""
    item = access.get_plot(request.user, pk)  # 404 outside the user's scope
    return evidence.FILES.response(item, stem=f"{item.reference}-legality")


@login_required
@require_POST
def plot_delete(request, pk: int):
    item = access.get_plot(request.user, pk)
    try:
        services.plot_delete(actor=request.user, plot=item)
    except PermissionDeniedError as exc:
        raise PermissionDenied from exc
    messages.success(request, _("The plot was deleted."))
    return redirect("eudr:enterprise", pk=item.enterprise_id)


def _export(request, pk: int, kind: str):
    ent = access.get_enterprise(request.user, pk)
    commodity, lot = _filters(request)
    plots = selectors.enterprise_plots(ent, commodity=commodity, lot=lot)
    with_names = request.GET.get("names") == "1"
    rows = plots.count()
    services.export_record(actor=request.user, enterprise=ent, rows=rows, kind=kind, lot=lot)
    stem = f"eudr-{ent.pk}" + (f"-{uploads.safe_filename(lot)}" if lot else "")
    if kind == "geojson":
        response: HttpResponse = JsonResponse(
            selectors.export_geojson(plots, with_names=with_names),
            content_type="application/geo+json",
            json_dumps_params={"ensure_ascii": False},
        )
        response["Content-Disposition"] = content_disposition_header(True, f"{stem}.geojson")
    else:
        response = HttpResponse(
            selectors.export_csv(plots, with_names=with_names), content_type="text/csv"
        )
        response["Content-Disposition"] = content_disposition_header(True, f"{stem}.csv")
    return response


@login_required
def export_geojson(request, pk: int):
    """GeoJSON FeatureCollection for the operator's due-diligence statement (?lot=, ?commodity=,
    ?names=1 adds the names of suppliers who consented)."""
    return _export(request, pk, "geojson")


@login_required
def export_csv(request, pk: int):
    """The same plots as a CSV summary."""
    return _export(request, pk, "csv")
