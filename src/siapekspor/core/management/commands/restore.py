"""`siapekspor restore FOLDER`: verify the checksums, restore, count every table again."""

from __future__ import annotations

from django.utils.translation import gettext as _

from siapekspor.core.backup import BackupError, restore, verify
from siapekspor.core.commands import SiapEksporCommand


class Command(SiapEksporCommand):
    help = (
        "Restore a backup made by `siapekspor backup` into this site's database, replacing "
        "its contents. Stop the web server and the workers first."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="The backup folder (siapekspor-YYYYmmdd-HHMMSS).")
        parser.add_argument(
            "--yes", action="store_true", help="Replace the current data without asking."
        )
        parser.add_argument("--verify-only", action="store_true", help="Only check the checksums.")
        parser.add_argument("--no-files", action="store_true", help="Restore the database only.")

    def handle(self, *args, **opts):
        try:
            manifest = verify(opts["folder"])
            self.stdout.write(
                _("Checksums verified: backup of %(time)s, %(tables)d tables.")
                % {"time": manifest["created_at"], "tables": len(manifest["tables"])}
            )
            if opts["verify_only"]:
                return
            if not opts["yes"]:
                answer = input(_("Replace the current data with this backup? Type yes: "))
                if answer.strip().lower() != "yes":
                    self.fail(_("Restore cancelled."))
            result = restore(opts["folder"], files=not opts["no_files"])
        except BackupError as exc:
            self.fail(exc)
        self.stdout.write(
            _("Restored; row counts match the backup in all %(tables)d tables.")
            % {"tables": len(result.counts)}
        )
