import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "siapekspor.catalogue"
    label = "catalogue"
    verbose_name = _("Export catalogue")

    def ready(self) -> None:
        from siapekspor.catalogue import access, photos  # noqa: F401 (upload area)
        from siapekspor.catalogue.tasks import reindex_listings
        from siapekspor.core import audit, schedule
        from siapekspor.core.panels import register_nav
        from siapekspor.registry.signals import demo_clearing

        demo_clearing.connect(_clear_demo_rows, dispatch_uid="catalogue.demo_clear")

        register_nav(
            "catalogue:manage", _("Catalogue"), allowed=access.can_manage_catalogue, order=47
        )
        register_nav(
            "catalogue:list", _("Export catalogue"), allowed=access.shows_public_link, order=10
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
        schedule.register("catalogue.reindex_listings", reindex_listings, daily_at=dt.time(3, 30))


def _clear_demo_rows(**kwargs) -> None:
    from siapekspor.catalogue.demo import demo_listings_clear

    demo_listings_clear()
