"""How the registry's audit entries read in a history (`core.audit.history_lines`)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from siapekspor.core import audit


def register() -> None:
    audit.register_actions(
        {
            "registry.enterprise.created": _("Enterprise registered"),
            "registry.enterprise.updated": _("Enterprise details changed"),
            "registry.enterprise.deleted": _("Enterprise deleted"),
            "registry.enterprise.personal_data_viewed": _("Personal data viewed"),
            "registry.enterprise.merged": _("Merged with a duplicate record"),
            "registry.enterprise.merge_undone": _("Merge undone"),
            "registry.product.created": _("Product added"),
            "registry.product.updated": _("Product changed"),
            "registry.product.deleted": _("Product removed"),
        }
    )
    audit.register_fields(
        "registry.enterprise",
        {
            "nik": _("Owner's NIK"),
            "phone": _("Phone / WhatsApp"),
            "owner_name": _("Owner's name"),
        },
        masked=frozenset({"nik", "phone", "owner_name"}),
    )
    audit.register_fields("registry.product", {"hs_code_to_review": _("HS code to review")})
