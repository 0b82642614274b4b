import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplianceConfig(AppConfig):
    name = "siapekspor.compliance"
    label = "compliance"
    verbose_name = _("Requirements and certification")

    def ready(self):
        from siapekspor.compliance import access, evidence, panels  # noqa: F401 (upload area)
        from siapekspor.compliance.tasks import send_expiry_reminders
        from siapekspor.core import schedule
        from siapekspor.core.panels import register_nav, register_panel
        from siapekspor.registry.access import Area

        register_nav(
            "compliance:home", _("Certification"), allowed=access.can_use_compliance, order=45
        )
        register_panel(
            "enterprise",
            "compliance/panels/enterprise.html",
            context=panels.enterprise_context,
            order=45,
            area=Area.COMPLIANCE,
        )
        schedule.register(
            "compliance.send_expiry_reminders", send_expiry_reminders, daily_at=dt.time(6, 0)
        )
