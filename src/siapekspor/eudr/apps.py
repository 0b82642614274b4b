from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EudrConfig(AppConfig):
    name = "siapekspor.eudr"
    label = "eudr"
    verbose_name = _("EUDR plots")

    def ready(self):
        from siapekspor.core.panels import register_nav, register_panel
        from siapekspor.eudr import access, evidence, panels  # noqa: F401 (upload area)
        from siapekspor.registry.access import Area

        register_nav("eudr:home", _("EUDR plots"), allowed=access.can_use_eudr, order=46)
        register_panel(
            "enterprise",
            "eudr/panels/enterprise.html",
            context=panels.enterprise_context,
            order=46,
            area=Area.EUDR,
        )
