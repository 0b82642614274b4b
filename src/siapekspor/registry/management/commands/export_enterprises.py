"""siapekspor export-enterprises --out FILE.xlsx|FILE.csv --user USERNAME [--regency CODE]
[--reveal --reason TEXT]

Personal data (owner, NIK, phone) is masked unless --reveal is given with a reason and the
user's role may see it. Every export is audited with its row count.
"""

from __future__ import annotations

from pathlib import Path

from django.utils.translation import gettext as _

from siapekspor.accounts.models import User
from siapekspor.core.commands import SiapEksporCommand
from siapekspor.core.errors import DomainError
from siapekspor.registry.importing.export import enterprises_export
from siapekspor.registry.selectors import EnterpriseFilters


class Command(SiapEksporCommand):
    help = "Export the registry (filtered, masked by default) to xlsx or csv."

    def add_arguments(self, parser):
        parser.add_argument("--out", required=True)
        parser.add_argument("--user", required=True, help="Username whose permissions apply.")
        parser.add_argument("--regency", default="")
        parser.add_argument("--kbli", default="")
        parser.add_argument("--reveal", action="store_true", help="Include full personal data.")
        parser.add_argument("--reason", default="")

    def handle(self, *args, **opts):
        user = User.objects.filter(username=opts["user"], is_active=True).first()
        if user is None:
            self.fail(_("Unknown user %(user)s.") % {"user": opts["user"]})
        out = Path(opts["out"])
        fmt = "csv" if out.suffix.lower() == ".csv" else "xlsx"
        try:
            result = enterprises_export(
                actor=user,
                fmt=fmt,
                reveal=opts["reveal"],
                reason=opts["reason"],
                filters=EnterpriseFilters(regency=opts["regency"], kbli=opts["kbli"]),
            )
        except DomainError as exc:
            self.fail(exc.message)
        out.write_bytes(result.content)
        self.stdout.write(
            _("%(rows)s enterprises written to %(path)s.") % {"rows": result.rows, "path": out}
        )
