"""How the partners app's audit entries read in a history (`core.audit.history_lines`): a
disclosure names the organisation, the part of the record seen and the channel in words."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from siapekspor.core import audit
from siapekspor.registry.access import Area

CHANNEL_LABELS = {"page": _("web page"), "api": _("API")}


def _organisation(value: Any) -> str:
    from siapekspor.partners.models import Organisation

    try:
        found = Organisation.objects.filter(pk=int(value)).first()
    except (TypeError, ValueError):
        found = Organisation.objects.filter(code=str(value)).first()
    return found.name if found else str(value)


def _areas(value: Any) -> str:
    """ "profile,readiness" → "profil (usaha dan produk), kesiapan ekspor"."""
    parts = [p for p in str(value).split(",") if p]
    return ", ".join(str(Area(p).label) if p in Area.values else p for p in parts)


def register() -> None:
    audit.register_fields("partners.consent", {"text_version": _("Consent text version")})
    audit.register_fields(
        "registry.enterprise",
        {"organisation": _("Partner organisation"), "area": _("Part of the record")},
    )
    audit.register_values(
        "partners.enterprise.disclose",
        {
            "organisation": _organisation,
            "area": _areas,
            "reason": lambda v: str(CHANNEL_LABELS.get(str(v), v)),
        },
    )
