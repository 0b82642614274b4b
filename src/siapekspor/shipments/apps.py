from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShipmentsConfig(AppConfig):
    name = "siapekspor.shipments"
    label = "shipments"
    verbose_name = _("Shipments and export status")

    def ready(self):
        from siapekspor.core.panels import register_nav, register_panel
        from siapekspor.shipments import access, panels

        register_nav("shipments:list", _("Shipments"), allowed=access.can_list_shipments, order=40)
        register_panel("enterprise", "shipments/panels/enterprise_exports.html",
                       context=panels.enterprise_context, order=40)
