"""siapekspor load-requirements: load (or refresh) market-entry requirements from the data file."""

from pathlib import Path

from siapekspor.accounts.access import first_admin
from siapekspor.compliance import content, services
from siapekspor.core.commands import SiapEksporCommand


class Command(SiapEksporCommand):
    help = (
        "Load document types and rules (HS prefix × destination × condition, with dates and "
        "sources) from compliance/data/requirements.json or --file. Reloading changes only "
        "what differs; each changed rule gets a new version."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--file", type=Path, help="another requirements file (same format)")

    def handle(self, *args, **options):
        path = options.get("file")
        try:
            data = content.read(path) if path else content.builtin()
        except (OSError, ValueError) as exc:
            self.fail(f"cannot read the requirements file: {exc}")
        try:
            result = services.requirements_load(actor=first_admin(), data=data)
        except content.MissingLanguage as exc:
            self.fail(str(exc))
        self.stdout.write(
            f"documents created={result.documents_created} updated={result.documents_updated} "
            f"rules created={result.rules_created} updated={result.rules_updated}"
        )
