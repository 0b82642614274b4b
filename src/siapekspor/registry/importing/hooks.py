"""Menu links and the enterprise-page panel of the import, registered from RegistryConfig."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from siapekspor.core.panels import register_nav, register_panel
from siapekspor.registry import access

FIELD_LABELS = {
    "nib": _("NIB"),
    "name": _("Business name"),
    "owner_name": _("Owner's name"),
    "nik": _("NIK"),
    "phone": _("Phone"),
    "address": _("Address"),
    "regency": _("Regency or city"),
    "district": _("District"),
    "kbli": _("KBLI"),
    "annual_revenue": _("Annual revenue"),
    "workforce": _("Workforce"),
    "legal_form": _("Legal form"),
    "owner_gender": _("Owner's gender"),
    "latitude": _("Latitude"),
    "longitude": _("Longitude"),
    "product": _("Product"),
}


def provenance_context(request, enterprise):
    if not access.can_see_provenance(request.user):
        return None
    from siapekspor.registry.models_import import EnterpriseProvenance

    record = EnterpriseProvenance.objects.filter(enterprise=enterprise).first()
    if record is None or not record.fields:
        return None
    rows = [
        {"field": FIELD_LABELS.get(name, name), "batch": batch, "row": row}
        for name, (batch, row) in sorted(record.fields.items())
    ]
    return {"provenance": rows}


def register() -> None:
    register_nav("registry:import-upload", _("Import"), allowed=access.can_import, order=12)
    register_nav(
        "registry:dedup-list", _("Duplicates"), allowed=access.can_review_duplicates, order=13
    )
    register_nav(
        "registry:registry-export", _("Export"), allowed=access.can_export_registry, order=14
    )
    register_panel(
        "enterprise", "registry/import_provenance_panel.html", context=provenance_context, order=40
    )
