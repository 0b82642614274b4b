from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MarketsConfig(AppConfig):
    name = "siapekspor.markets"
    label = "markets"
    verbose_name = _("Markets")

    def ready(self):
        from siapekspor.core.panels import register_nav, register_panel
        from siapekspor.markets import panels
        from siapekspor.registry.access import Area

        register_nav(
            "markets:product-search",
            _("Markets"),
            allowed=lambda user: user.is_authenticated,
            order=40,
        )
        register_panel(
            "enterprise",
            "markets/panels/enterprise_markets.html",
            context=panels.enterprise_markets_context,
            order=30,
            area=Area.MARKETS,
        )
