from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadinessConfig(AppConfig):
    name = "siapekspor.readiness"
    label = "readiness"
    verbose_name = _("Export readiness")

    def ready(self):
        from siapekspor.core.panels import register_nav, register_panel
        from siapekspor.readiness import readable_names
        from siapekspor.readiness.panels import enterprise_panel
        from siapekspor.registry.access import Area

        register_nav(
            "readiness:home", _("Readiness"), allowed=lambda u: u.is_authenticated, order=20
        )
        register_panel(
            "enterprise",
            "readiness/panels/enterprise.html",
            context=enterprise_panel,
            order=20,
            area=Area.READINESS,
        )
        readable_names.register()
