import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "siapekspor.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from django.conf import settings
        from django.db.backends.signals import connection_created

        from siapekspor.core import (
            admin_health,  # noqa: F401 (registers the admin pages)
            checks,  # noqa: F401 (registers the deploy checks)
            schedule,
        )
        from siapekspor.core.filemodes import (
            create_private_file,
            make_private_dir,
            secure_sqlite_connection,
            sqlite_files,
        )
        from siapekspor.core.tasks import sweep_worker_records

        make_private_dir(settings.VAR_DIR)
        make_private_dir(settings.MEDIA_ROOT)
        database = settings.DATABASES["default"]
        if database["ENGINE"].endswith("sqlite3"):
            for path in sqlite_files(database["NAME"])[:1]:
                make_private_dir(path.parent)
                create_private_file(path)
        connection_created.connect(secure_sqlite_connection, dispatch_uid="siapekspor-sqlite")
        schedule.register(
            "core.sweep_worker_records", sweep_worker_records, every=dt.timedelta(hours=6)
        )
