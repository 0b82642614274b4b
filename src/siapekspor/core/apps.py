import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "siapekspor.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from siapekspor.core import (
            admin_health,  # noqa: F401 (registers the admin pages)
            schedule,
        )
        from siapekspor.core.tasks import sweep_worker_records

        schedule.register(
            "core.sweep_worker_records", sweep_worker_records, every=dt.timedelta(hours=6)
        )
