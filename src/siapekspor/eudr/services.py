"""Every write of the EUDR app: recording plots (typed, drawn or from a GeoJSON file), their
legality evidence, revealing a supplier's name (audited) and recording exports (audited)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from siapekspor.core.audit import audit_record, diff_fields
from siapekspor.core.crypto import seal, unseal
from siapekspor.core.errors import PermissionDeniedError, ValidationFailed
from siapekspor.eudr import access, evidence, geometry
from siapekspor.eudr.models import Commodity, ProductionPlot

if TYPE_CHECKING:
    from django.core.files.uploadedfile import UploadedFile

    from siapekspor.accounts.models import User
    from siapekspor.registry.models import Enterprise, Regency

GEOJSON_MAX_BYTES = 5 * 1024 * 1024
GEOJSON_MAX_FEATURES = 5000
NAME_MAX = 200


@dataclass
class PlotData:
    """What a person gives for one plot; `geometry` is a GeoJSON geometry (dict)."""

    geometry: dict[str, Any]
    commodity: str
    production_start: dt.date
    production_end: dt.date
    supplier_name: str = ""
    name_consent: bool = False
    area_ha: float | None = None  # declared, for a point
    regency: Regency | None = None
    place: str = ""
    lot: str = ""
    notes: str = ""


@dataclass
class Saved:
    plot: ProductionPlot
    warnings: list[str]


def _checked(data: PlotData, *, where: str = "") -> tuple[geometry.Plot, float]:
    """The geometry and area checked, and the fields a person typed; GeometryError or
    ValidationFailed naming what is wrong."""
    plot = geometry.parse_geometry(data.geometry, where=where)
    area = geometry.check_area_rule(plot, data.area_ha, where=where)
    prefix = f"{where}: " if where else ""
    if data.commodity not in Commodity.values:
        raise ValidationFailed(prefix + _("The commodity is coffee or cocoa."), field="commodity")
    if data.production_end < data.production_start:
        raise ValidationFailed(
            prefix + _("The end of the production period cannot be before its start."),
            field="production_end",
        )
    if len(data.supplier_name.strip()) > NAME_MAX:
        raise ValidationFailed(
            prefix + _("The supplier's name is too long (at most 200 characters)."),
            field="supplier_name",
        )
    return plot, area


def _build(
    *, actor: User, enterprise: Enterprise, data: PlotData, plot: geometry.Plot, area: float
) -> ProductionPlot:
    lon, lat = plot.centre
    return ProductionPlot(
        enterprise=enterprise,
        supplier_name_sealed=seal(data.supplier_name.strip()) if data.supplier_name.strip() else "",
        name_consent=bool(data.name_consent and data.supplier_name.strip()),
        commodity=data.commodity,
        geometry=json.dumps(plot.geojson, separators=(",", ":")),
        kind=plot.kind,
        area_ha=Decimal(f"{area:.4f}"),
        longitude=Decimal(f"{lon:.6f}"),
        latitude=Decimal(f"{lat:.6f}"),
        country="IDN",
        regency=data.regency or enterprise.regency,
        place=data.place.strip()[:200],
        production_start=data.production_start,
        production_end=data.production_end,
        lot=data.lot.strip()[:60],
        notes=data.notes.strip(),
        created_by=actor if actor.pk else None,
    )


def _save_new(p: ProductionPlot) -> None:
    try:
        p.full_clean()
    except ValidationError as exc:
        raise ValidationFailed.from_django(exc) from exc
    p.save(force_insert=True)


@transaction.atomic
def plot_create(
    *,
    actor: User,
    enterprise: Enterprise,
    data: PlotData,
    evidence_upload: UploadedFile[bytes] | None = None,
) -> Saved:
    """Record one plot (a point with its declared area, or a polygon whose area is
    computed), with an optional land-legality evidence file; returns the plot and the
    warnings about it (outside Lampung, fewer than six decimals)."""
    if not access.can_manage_plots(actor, enterprise):
        raise PermissionDeniedError()
    plot, area = _checked(data)
    p = _build(actor=actor, enterprise=enterprise, data=data, plot=plot, area=area)
    if evidence_upload is not None:
        evidence.FILES.attach(p, evidence_upload)
    _save_new(p)
    audit_record(actor=actor, action="eudr.plot.create", target=p)
    return Saved(plot=p, warnings=plot.warnings)


@transaction.atomic
def plot_evidence_set(*, actor: User, plot: ProductionPlot, upload: UploadedFile[bytes]) -> None:
    """Attach (or replace) the plot's land-legality evidence (PDF, PNG or JPEG)."""
    if not access.can_manage_plots(actor, plot.enterprise):
        raise PermissionDeniedError()
    old = evidence.FILES.attach(plot, upload)
    plot.save(update_fields=["evidence_file", "evidence_type", "evidence_size", "updated_at"])
    audit_record(
        actor=actor,
        action="eudr.plot.evidence",
        target=plot,
        changes=diff_fields({"evidence_file": old}, {"evidence_file": plot.evidence_file}),
    )


@transaction.atomic
def plot_delete(*, actor: User, plot: ProductionPlot) -> None:
    """Remove a plot and its evidence file."""
    if not access.can_manage_plots(actor, plot.enterprise):
        raise PermissionDeniedError()
    evidence.FILES.delete_on_commit(plot)
    audit_record(actor=actor, action="eudr.plot.delete", target=plot)
    plot.delete()


@transaction.atomic
def supplier_reveal(*, actor: User, plot: ProductionPlot, reason: str) -> str:
    """The supplier's full name, for a user who may manage the plot and gives a reason;
    the view is audited."""
    if not access.can_reveal_supplier(actor, plot.enterprise):
        raise PermissionDeniedError()
    if len(reason.strip()) < 5:
        raise ValidationFailed(_("Give the reason for seeing the full name."), field="reason")
    audit_record(actor=actor, action="eudr.plot.reveal", target=plot, reason=reason.strip())
    return unseal(plot.supplier_name_sealed)


@transaction.atomic
def export_record(*, actor: User, enterprise: Enterprise, rows: int, kind: str, lot: str) -> None:
    """Audit an export of plots for an operator's due-diligence statement (row count)."""
    if not access.can_use_eudr(actor):
        raise PermissionDeniedError()
    audit_record(
        actor=actor,
        action="eudr.plots.export",
        target=enterprise,
        changes={"rows": rows, "format": kind, "lot": lot},
    )


# ---- GeoJSON files --------------------------------------------------------------------------


@dataclass
class ImportDefaults:
    """What applies to every feature of a file unless its properties say otherwise."""

    commodity: str
    production_start: dt.date
    production_end: dt.date
    regency: Regency | None = None
    lot: str = ""


@dataclass
class ImportReport:
    created: int = 0
    already: int = 0
    rejected: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


NAME_KEYS = ("ProducerName", "supplier", "supplier_name", "farmer", "nama_petani", "petani")
AREA_KEYS = ("Area", "area_ha", "area", "luas_ha", "luas")
PLACE_KEYS = ("ProductionPlace", "place", "desa", "village")
COMMODITY_WORDS = {"coffee": "coffee", "kopi": "coffee", "cocoa": "cocoa", "kakao": "cocoa"}


def _prop(props: dict[str, Any], keys: tuple[str, ...]) -> Any:
    lowered = {str(k).lower(): v for k, v in props.items()}
    for key in keys:
        if lowered.get(key.lower()) not in (None, ""):
            return lowered[key.lower()]
    return None


def _feature_date(value: Any, default: dt.date, where: str) -> dt.date:
    if value in (None, ""):
        return default
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise ValidationFailed(
            _("%(where)s: dates are written YYYY-MM-DD.") % {"where": where}
        ) from exc


def _feature_data(feature: Any, defaults: ImportDefaults, where: str) -> PlotData:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise ValidationFailed(_("%(where)s: this is not a GeoJSON Feature.") % {"where": where})
    props = feature.get("properties") or {}
    if not isinstance(props, dict):
        props = {}
    area = _prop(props, AREA_KEYS)
    if area is not None:
        try:
            area = float(str(area).replace(",", "."))
        except ValueError as exc:
            raise ValidationFailed(
                _("%(where)s: the area is not a number of hectares.") % {"where": where}
            ) from exc
    commodity = str(_prop(props, ("commodity", "komoditas")) or defaults.commodity).lower()
    harvest = _prop(props, ("harvest_date", "tanggal_panen"))
    start = _feature_date(
        _prop(props, ("production_start", "ProductionStartDate")) or harvest,
        defaults.production_start,
        where,
    )
    end = _feature_date(
        _prop(props, ("production_end", "ProductionEndDate")) or harvest,
        defaults.production_end,
        where,
    )
    return PlotData(
        geometry=feature.get("geometry"),  # type: ignore[arg-type]  # checked by geometry
        commodity=COMMODITY_WORDS.get(commodity, commodity),
        production_start=start,
        production_end=end,
        supplier_name=str(_prop(props, NAME_KEYS) or "")[: NAME_MAX + 1],
        area_ha=area,
        regency=defaults.regency,
        place=str(_prop(props, PLACE_KEYS) or ""),
        lot=defaults.lot,
    )


def read_feature_collection(content: bytes) -> list[Any]:
    """The features of a GeoJSON FeatureCollection file, or ValidationFailed saying why the
    file cannot be read (size, encoding, JSON, type, count)."""
    if len(content) > GEOJSON_MAX_BYTES:
        raise ValidationFailed(_("The GeoJSON file is larger than 5 MB."), field="file")
    try:
        data = json.loads(content.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ValidationFailed(
            _("The file is not a GeoJSON text file (UTF-8)."), field="file"
        ) from exc
    except ValueError as exc:
        raise ValidationFailed(
            _("The file is not valid JSON: %(error)s") % {"error": str(exc)[:120]}, field="file"
        ) from exc
    if isinstance(data, dict) and data.get("type") == "Feature":
        data = {"type": "FeatureCollection", "features": [data]}
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise ValidationFailed(
            _("The file must be a GeoJSON FeatureCollection of points and polygons."),
            field="file",
        )
    features = data.get("features")
    if not isinstance(features, list) or not features:
        raise ValidationFailed(_("The file has no features."), field="file")
    if len(features) > GEOJSON_MAX_FEATURES:
        raise ValidationFailed(
            _("The file has more than %(n)s features; split it.") % {"n": GEOJSON_MAX_FEATURES},
            field="file",
        )
    return features


@transaction.atomic
def plots_import(
    *, actor: User, enterprise: Enterprise, content: bytes, defaults: ImportDefaults
) -> ImportReport:
    """Record the plots of a GeoJSON FeatureCollection. Every feature is checked first and
    every rejected one is reported by its number; when any is rejected, nothing is recorded
    (fix the file and upload it again). A plot already recorded for the enterprise (same
    geometry and commodity) is not recorded twice, so uploading a file again changes
    nothing."""
    if not access.can_manage_plots(actor, enterprise):
        raise PermissionDeniedError()
    features = read_feature_collection(content)
    report = ImportReport()
    existing = set(
        ProductionPlot.objects.filter(enterprise=enterprise).values_list("commodity", "geometry")
    )
    pending: list[ProductionPlot] = []
    for number, feature in enumerate(features, start=1):
        where = _("Feature %(n)s") % {"n": number}
        try:
            data = _feature_data(feature, defaults, where)
            plot, area = _checked(data, where=where)
        except ValidationFailed as exc:
            report.rejected.append(str(exc.message))
            continue
        report.warnings += [f"{where}: {w}" for w in plot.warnings]
        p = _build(actor=actor, enterprise=enterprise, data=data, plot=plot, area=area)
        if (p.commodity, p.geometry) in existing:
            report.already += 1
            continue
        existing.add((p.commodity, p.geometry))
        pending.append(p)
    if report.rejected:
        return report
    for p in pending:
        _save_new(p)
    report.created = len(pending)
    if pending:
        audit_record(
            actor=actor,
            action="eudr.plots.import",
            target=enterprise,
            changes={"created": report.created, "already": report.already},
        )
    return report
