from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportingConfig(AppConfig):
    name = "siapekspor.reporting"
    label = "reporting"
    verbose_name = _("Reporting")

    def ready(self):
        from siapekspor.core.panels import register_nav
        from siapekspor.reporting.access import can_see_dashboard

        register_nav(
            "reporting:dashboard", _("Export outcomes"), allowed=can_see_dashboard, order=60
        )
