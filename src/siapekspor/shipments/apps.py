import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShipmentsConfig(AppConfig):
    name = "siapekspor.shipments"
    label = "shipments"
    verbose_name = _("Shipments and export status")

    def ready(self):
        from siapekspor.core.panels import register_nav, register_panel
        from siapekspor.registry.access import Area
        from siapekspor.registry.signals import demo_clearing
        from siapekspor.shipments import access, evidence, panels  # noqa: F401 (upload area)

        demo_clearing.connect(_clear_demo_shipments, dispatch_uid="shipments.demo_clear")
        register_nav("shipments:list", _("Shipments"), allowed=access.can_list_shipments, order=40)
        register_panel(
            "enterprise",
            "shipments/panels/enterprise_exports.html",
            context=panels.enterprise_context,
            order=40,
            area=Area.SHIPMENTS,
        )
        # Statuses lapse with time (the trailing 12 months move): refreshed every night.
        from siapekspor.core import schedule
        from siapekspor.shipments.tasks import refresh_export_statuses

        schedule.register(
            "shipments.refresh_export_statuses", refresh_export_statuses, daily_at=dt.time(1, 30)
        )


def _clear_demo_shipments(**kwargs) -> None:
    from siapekspor.shipments.demo import demo_shipments_clear

    demo_shipments_clear()
