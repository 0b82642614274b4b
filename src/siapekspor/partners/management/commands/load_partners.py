"""siapekspor load-partners: create or refresh the partner organisations and consent texts."""

from siapekspor.core.commands import SiapEksporCommand
from siapekspor.core.errors import DomainError
from siapekspor.partners import services


class Command(SiapEksporCommand):
    help = (
        "Create or update the partner organisations (LPEI, OJK, banks, customs, quarantine, "
        "BPJPH, BPOM …) and the consent texts of partners/content.py; safe to run again."
    )

    def handle(self, *args, **options):
        try:
            created = services.partners_load()
        except DomainError as exc:
            self.fail(str(exc.message))
        self.stdout.write(
            f"organisations created={created['organisations']} texts created={created['texts']}"
        )
