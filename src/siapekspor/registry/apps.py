from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistryConfig(AppConfig):
    name = "siapekspor.registry"
    label = "registry"
    verbose_name = _("Enterprise registry")

    def ready(self):
        from siapekspor.core.panels import register_nav
        from siapekspor.registry import access

        register_nav(
            "registry:enterprise-list",
            _("Enterprises"),
            allowed=access.can_list_enterprises,
            order=10,
        )
        from siapekspor.registry.importing import hooks

        hooks.register()
