import datetime as dt

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
        from siapekspor.registry import history

        history.register()
        from siapekspor.registry import readable_names

        readable_names.register()
        # Uploaded files past their retention, unconfirmed uploads and orphans: daily.
        from siapekspor.core import schedule
        from siapekspor.registry.tasks import sweep_uploads

        schedule.register("registry.sweep_uploads", sweep_uploads, daily_at=dt.time(3, 0))
