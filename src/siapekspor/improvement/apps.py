from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImprovementConfig(AppConfig):
    name = "siapekspor.improvement"
    label = "improvement"
    verbose_name = _("Capacity and quality improvement")

    def ready(self):
        from siapekspor.core import audit
        from siapekspor.core.panels import register_nav, register_panel
        from siapekspor.improvement import access, panels
        from siapekspor.registry.access import Area

        register_nav(
            "improvement:home", _("Improvement"), allowed=access.can_use_improvement, order=46
        )
        register_panel(
            "enterprise",
            "improvement/panels/enterprise.html",
            context=panels.enterprise_context,
            order=46,
            area=Area.IMPROVEMENT,
        )
        audit.register_actions(
            {
                "improvement.plan.create": _("Improvement plan added"),
                "improvement.plan.update": _("Improvement plan changed"),
            }
        )
