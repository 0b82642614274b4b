"""`siapekspor backup`: the database, uploaded files and trade store, with SHA-256 sums."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from siapekspor.core.backup import BackupError, backup
from siapekspor.core.commands import SiapEksporCommand


class Command(SiapEksporCommand):
    help = "Back up the database, the uploaded files and the trade store (see core/backup.py)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=str(Path(settings.VAR_DIR) / "backups"),
            help="Folder that receives the backup folder (default: var/backups).",
        )
        parser.add_argument("--no-media", action="store_true", help="Leave out uploaded files.")
        parser.add_argument("--no-trade", action="store_true", help="Leave out the trade store.")
        parser.add_argument(
            "--with-secrets",
            action="store_true",
            help="Embedded mode: include var/dev-secrets.json (keys beside the data they protect).",
        )

    def handle(self, *args, **opts):
        try:
            folder = backup(
                opts["output"],
                media=not opts["no_media"],
                trade=not opts["no_trade"],
                with_secrets=opts["with_secrets"],
            )
        except BackupError as exc:
            self.fail(exc)
        self.stdout.write(_("Backup written to %(folder)s") % {"folder": folder})
        if not opts["with_secrets"]:
            self.stdout.write(
                _(
                    "The personal-data keys are not in the backup: keep SIAPEKSPOR_PII_KEYS and "
                    "SIAPEKSPOR_PII_HMAC_KEY (or var/dev-secrets.json) safe, apart from it."
                )
            )
