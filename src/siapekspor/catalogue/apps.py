from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "siapekspor.catalogue"
    label = "catalogue"
    verbose_name = _("Export catalogue")

    def ready(self) -> None:
        from siapekspor.catalogue import access, photos  # noqa: F401 (upload area)
        from siapekspor.core import audit
        from siapekspor.core.panels import register_nav

        register_nav(
            "catalogue:manage", _("Catalogue"), allowed=access.can_manage_catalogue, order=47
        )
        audit.register_actions(
            {
                "catalogue.listing.created": _("Catalogue listing created"),
                "catalogue.listing.updated": _("Catalogue listing changed"),
                "catalogue.listing.withdrawn": _("Consent to the catalogue withdrawn"),
                "catalogue.photo.added": _("Catalogue photo added"),
                "catalogue.photo.removed": _("Catalogue photo removed"),
            }
        )
