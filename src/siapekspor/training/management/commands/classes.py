"""siapekspor classes propose --level pemula --regency 18.71 [--size 20] [--sector 10]"""

from django.utils.translation import gettext as _

from siapekspor.accounts.access import console_operator
from siapekspor.core.commands import SiapEksporCommand
from siapekspor.core.errors import DomainError
from siapekspor.readiness.models import Level
from siapekspor.registry.models import Regency
from siapekspor.training import services


class Command(SiapEksporCommand):
    help = "Class tools. `propose`: candidates for a class with their reasons."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["propose"])
        parser.add_argument("--level", required=True, choices=list(Level.values))
        parser.add_argument("--regency", required=True, help="Regency code, e.g. 18.71")
        parser.add_argument("--size", type=int, default=None)
        parser.add_argument("--sector", default="", help="KBLI division, e.g. 10")

    def handle(self, *args, **options):
        from django.conf import settings

        if not Regency.objects.filter(code=options["regency"]).exists():
            self.fail(_("Unknown regency code: %(code)s") % {"code": options["regency"]})
        size = options["size"] or settings.CLASS_CAPACITY_DEFAULT
        if size < 1:
            self.fail(_("--size must be at least 1."))
        # The command runs with province-wide visibility (an operator at the console).
        operator = console_operator()
        try:
            candidates = services.propose_candidates(
                user=operator,
                level=options["level"],
                regency_id=options["regency"],
                size=size,
                sector=options["sector"],
            )
        except DomainError as exc:
            self.fail(exc.message)
        for i, c in enumerate(candidates, 1):
            self.stdout.write(f"{i:>3}. [{c.enterprise_id}] {c.name} ({c.regency_id})")
            self.stdout.write("     " + " · ".join(c.reason_texts))
        self.stdout.write(f"candidates={len(candidates)}")
