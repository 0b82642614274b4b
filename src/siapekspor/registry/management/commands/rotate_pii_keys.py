"""siapekspor rotate-pii-keys [--reindex]: re-seal personal data with the first key of
SIAPEKSPOR_PII_KEYS (and the current format), or recompute the blind indexes."""

from django.utils.translation import gettext as _

from siapekspor.core.commands import SiapEksporCommand
from siapekspor.registry import rekeying
from siapekspor.registry.models import Enterprise


class Command(SiapEksporCommand):
    help = (
        "Re-seal every NIK, phone number and owner name (in the registry, the rejected rows of "
        "imports and the merge snapshots) with the current sealing key and format, so an old "
        "key can be removed from SIAPEKSPOR_PII_KEYS. With --reindex, recompute the blind "
        "indexes instead, after SIAPEKSPOR_PII_HMAC_KEY changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=2000)
        parser.add_argument(
            "--reindex",
            action="store_true",
            help="Recompute the NIK, phone and owner-name blind indexes with the current pepper.",
        )

    def handle(self, *args, **options):
        if options["batch_size"] < 1:
            self.fail(_("--batch-size must be at least 1."))
        total = Enterprise.objects.count()
        bar = self.progress(total, "rotate-pii-keys")
        run = (
            rekeying.blind_indexes_recompute
            if options["reindex"]
            else rekeying.personal_data_reseal
        )
        done = run(batch_size=options["batch_size"], progress=bar.update)
        bar.close()
        verb = "reindexed" if options["reindex"] else "resealed"
        self.stdout.write(
            f"{verb}={done.enterprises} rows={done.rows} merges={done.merges} total={total}"
        )
