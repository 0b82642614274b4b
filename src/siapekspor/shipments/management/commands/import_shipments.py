"""siapekspor import-shipments FILE --user USERNAME [--report OUT.xlsx|OUT.csv]"""

from pathlib import Path

from django.utils.translation import gettext as _

from siapekspor.accounts.models import User
from siapekspor.core.commands import SiapEksporCommand
from siapekspor.core.errors import DomainError
from siapekspor.shipments.importing import import_shipments, write_import_report


class Command(SiapEksporCommand):
    help = (
        "Import shipments (PEB) from xlsx, ods or csv; the PEB number is the key, so "
        "running the same file again changes nothing. Writes a row-by-row report."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--user", required=True, help="Username of the officer the import is recorded for."
        )
        parser.add_argument(
            "--report", type=Path, default=None, help="Write the row report here (.xlsx or .csv)."
        )

    def handle(self, *args, **options):
        user = User.objects.filter(username=options["user"], is_active=True).first()
        if user is None:
            self.fail(_("Unknown user: %(name)s") % {"name": options["user"]})
        try:
            result = import_shipments(actor=user, path=options["file"])
        except DomainError as exc:
            self.fail(exc.message)
        if options["report"]:
            fmt = "csv" if options["report"].suffix.lower() == ".csv" else "xlsx"
            write_import_report(result, options["report"], fmt=fmt)
        for o in result.outcomes:
            if o.problems:
                self.stderr.write(f"{o.sheet}!{o.row}: {o.reason}")
        self.stdout.write(result.counts.line())
