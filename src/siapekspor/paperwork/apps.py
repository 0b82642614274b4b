from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PaperworkConfig(AppConfig):
    name = "siapekspor.paperwork"
    label = "paperwork"
    verbose_name = _("Export paperwork")

    def ready(self):
        from siapekspor.core import audit
        from siapekspor.core.panels import register_panel
        from siapekspor.paperwork import panels
        from siapekspor.registry.access import Area

        audit.register_actions(
            {
                "paperwork.price.save": _("Export price saved"),
                "paperwork.document.issue": _("Trade document issued"),
            }
        )

        register_panel(
            "enterprise",
            "paperwork/panels/enterprise.html",
            context=panels.enterprise_context,
            order=47,
            area=Area.PAPERWORK,
        )
