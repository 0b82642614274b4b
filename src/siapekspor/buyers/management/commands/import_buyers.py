"""siapekspor import-buyers FILE [--user USERNAME] [--source itpc] [--report OUT.xlsx|OUT.csv]"""

from pathlib import Path

from django.utils.translation import gettext as _

from siapekspor.accounts.access import first_admin
from siapekspor.accounts.models import User
from siapekspor.buyers.importing import import_buyers, write_import_report
from siapekspor.buyers.models import BuyerSource
from siapekspor.core.commands import SiapEksporCommand
from siapekspor.core.errors import DomainError


class Command(SiapEksporCommand):
    help = (
        "Import the buyer directory from xlsx, ods or csv (company and country are the key: "
        "running the same file again changes nothing). Every rejected row is reported."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--user", default="", help="Officer recorded as the importer.")
        parser.add_argument(
            "--source",
            default="",
            choices=["", *BuyerSource.values],
            help="Source of rows that name none (attache, itpc, fair, partner).",
        )
        parser.add_argument(
            "--report", type=Path, default=None, help="Write the row report here (.xlsx or .csv)."
        )

    def handle(self, *args, **options):
        if options["user"]:
            user = User.objects.filter(username=options["user"], is_active=True).first()
        else:
            user = first_admin()
        if user is None:
            self.fail(_("Unknown user: %(name)s") % {"name": options["user"]})
        try:
            result = import_buyers(
                actor=user, path=options["file"], default_source=options["source"]
            )
        except DomainError as exc:
            self.fail(exc.message)
        if options["report"]:
            fmt = "csv" if options["report"].suffix.lower() == ".csv" else "xlsx"
            write_import_report(result, options["report"], fmt=fmt)
        for o in result.outcomes:
            if o.problems:
                self.stderr.write(f"{o.sheet}!{o.row}: {o.reason}")
        self.stdout.write(result.counts.line())
