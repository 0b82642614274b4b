"""/api/v1/eudr: an enterprise's plots, recording one (GeoJSON geometry), uploading a
GeoJSON file, evidence, and the operator's export — the same services as the pages."""

import datetime as dt
from decimal import Decimal
from typing import Any

from ninja import Field, File, Form, Query, Router, Schema, Status
from ninja.files import UploadedFile

from siapekspor.api.params import Id, code_field, text_field
from siapekspor.api.schemas import ERRORS
from siapekspor.eudr import access, selectors, services
from siapekspor.registry.models import Regency

router = Router(tags=["eudr"])


class EudrPlotOut(Schema):
    id: int
    reference: str
    enterprise_id: int
    supplier_masked: str
    name_consent: bool
    commodity: str
    hs_heading: str
    kind: str
    area_ha: Decimal
    latitude: Decimal
    longitude: Decimal
    country: str
    regency: str | None = Field(None, alias="regency_id")
    place: str
    production_start: dt.date
    production_end: dt.date
    lot: str
    has_evidence: bool
    geometry: dict[str, Any]

    @staticmethod
    def resolve_supplier_masked(obj):
        return selectors.masked_supplier(obj)

    @staticmethod
    def resolve_has_evidence(obj):
        return bool(obj.evidence_file)

    @staticmethod
    def resolve_geometry(obj):
        import json

        return json.loads(obj.geometry)


class EudrPlotSavedOut(Schema):
    plot: EudrPlotOut
    warnings: list[str]


class EudrPlotIn(Schema):
    geometry: dict[str, Any] = Field(..., description="GeoJSON Point or Polygon, WGS84")
    commodity: str = code_field(...)
    production_start: dt.date
    production_end: dt.date
    supplier_name: str = text_field("")
    name_consent: bool = False
    area_ha: float | None = Field(None, ge=0, le=100000, description="Declared, for a point")
    regency: str = code_field("")
    place: str = text_field("")
    lot: str = text_field("", max_length=60)
    notes: str = text_field("", max_length=2000)


class EudrUploadIn(Schema):
    commodity: str = code_field(...)
    production_start: dt.date
    production_end: dt.date
    regency: str = code_field("")
    lot: str = text_field("", max_length=60)


class EudrImportOut(Schema):
    created: int
    already: int
    rejected: list[str]
    warnings: list[str]


class EudrPlotFilter(Schema):
    commodity: str = code_field()
    lot: str = text_field(max_length=60)


class EudrExportQuery(EudrPlotFilter):
    names: bool = False


class EudrFeatureCollectionOut(Schema):
    type: str
    features: list[dict[str, Any]]


def _regency(code: str) -> Regency | None:
    if not code:
        return None
    regency = Regency.objects.filter(pk=code).first()
    if regency is None:
        from django.utils.translation import gettext

        from siapekspor.core.errors import ValidationFailed

        raise ValidationFailed(gettext("Unknown regency code."), field="regency")
    return regency


@router.get(
    "/eudr/enterprises/{enterprise_id}/plots",
    response={200: list[EudrPlotOut], **ERRORS},
    summary="An enterprise's EUDR plots",
)
def list_eudr_plots(request, enterprise_id: Id, filters: Query[EudrPlotFilter]):
    enterprise = access.get_enterprise(request.auth, enterprise_id)
    return list(
        selectors.enterprise_plots(enterprise, commodity=filters.commodity, lot=filters.lot)[:5000]
    )


@router.post(
    "/eudr/enterprises/{enterprise_id}/plots",
    response={201: EudrPlotSavedOut, **ERRORS},
    summary="Record an EUDR plot (GeoJSON Point with its area, or Polygon)",
)
def create_eudr_plot(request, enterprise_id: Id, payload: EudrPlotIn):
    """A point needs `area_ha` (at most 4 ha); a polygon's area is computed. Warnings say
    when the plot lies outside Lampung or has fewer than six decimals."""
    enterprise = access.get_enterprise(request.auth, enterprise_id)
    saved = services.plot_create(
        actor=request.auth,
        enterprise=enterprise,
        data=services.PlotData(
            geometry=payload.geometry,
            commodity=payload.commodity,
            production_start=payload.production_start,
            production_end=payload.production_end,
            supplier_name=payload.supplier_name,
            name_consent=payload.name_consent,
            area_ha=payload.area_ha,
            regency=_regency(payload.regency),
            place=payload.place,
            lot=payload.lot,
            notes=payload.notes,
        ),
    )
    return Status(201, {"plot": saved.plot, "warnings": saved.warnings})


@router.post(
    "/eudr/enterprises/{enterprise_id}/plots/upload",
    response={200: EudrImportOut, **ERRORS},
    summary="Upload a GeoJSON FeatureCollection of plots",
)
def upload_eudr_plots(
    request,
    enterprise_id: Id,
    file: File[UploadedFile],
    form: Form[EudrUploadIn],
):
    """Multipart: `file` and the defaults for features whose properties do not say them.
    Every rejected feature is listed in `rejected`; when any is, nothing is recorded."""
    enterprise = access.get_enterprise(request.auth, enterprise_id)
    report = services.plots_import(
        actor=request.auth,
        enterprise=enterprise,
        content=file.read(services.GEOJSON_MAX_BYTES + 1),
        defaults=services.ImportDefaults(
            commodity=form.commodity,
            production_start=form.production_start,
            production_end=form.production_end,
            regency=_regency(form.regency),
            lot=form.lot,
        ),
    )
    return report


@router.get(
    "/eudr/plots/{plot_id}",
    response={200: EudrPlotOut, **ERRORS},
    summary="One EUDR plot",
)
def get_eudr_plot(request, plot_id: Id):
    return access.get_plot(request.auth, plot_id)


@router.post(
    "/eudr/plots/{plot_id}/evidence",
    response={200: EudrPlotOut, **ERRORS},
    summary="Upload a plot's land-legality evidence (PDF, PNG or JPEG)",
)
def upload_eudr_evidence(request, plot_id: Id, file: File[UploadedFile]):
    plot = access.get_plot(request.auth, plot_id)
    services.plot_evidence_set(actor=request.auth, plot=plot, upload=file)
    return plot


@router.get(
    "/eudr/enterprises/{enterprise_id}/export",
    response={200: EudrFeatureCollectionOut, **ERRORS},
    summary="GeoJSON FeatureCollection for the operator's due-diligence statement",
)
def export_eudr_plots(request, enterprise_id: Id, query: Query[EudrExportQuery]):
    """ProducerName only with `names=true` and the supplier's recorded consent."""
    enterprise = access.get_enterprise(request.auth, enterprise_id)
    plots = selectors.enterprise_plots(enterprise, commodity=query.commodity, lot=query.lot)
    data = selectors.export_geojson(plots, with_names=query.names)
    services.export_record(
        actor=request.auth,
        enterprise=enterprise,
        rows=len(data["features"]),
        kind="geojson",
        lot=query.lot,
    )
    return data
